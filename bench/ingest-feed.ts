// A large local feed for the ingest benchmark: an Atom document of N Lumora posts built from the
// hand-written moment examples (English and Spanish, every moment and sentiment), with authors who post
// more than once, reposts (near-duplicates) and a share of posts about other things (no brand match).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './seeded-random.ts';

const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), '../shared/moments/testdata');

function exampleTexts(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(TESTDATA).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(TESTDATA, file), 'utf8').split('\n')) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text.replace(/\bAcme\b/g, 'Lumora'));
    }
  }
  return out;
}

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The feed's XML: `count` entries, newest first, the same for the same count on every run. */
export function buildIngestFeed(count: number, seed = 18): string {
  const random = seeded(seed);
  const texts = exampleTexts();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const entries: string[] = [];
  const start = Date.UTC(2026, 10, 1);
  for (let i = 0; i < count; i++) {
    // One in ten is about something else (no brand), one in five reposts an earlier text nearly verbatim.
    const base = i % 10 === 9 ? pick(texts).replace(/\bLumora\b/g, 'the shop') : pick(texts);
    const text = i % 5 === 4 ? `RT ${base} #${(i % 97).toString(36)}` : `${base} ${pick(texts)}`;
    const user = `user${Math.floor(random() * count * 0.4)}`;
    const at = new Date(start + (count - i) * 37_000).toISOString();
    entries.push(
      `<entry><id>urn:bench:${i}</id><title>${escapeXml(text.slice(0, 60))}</title><link href="https://www.reddit.com/r/lumora/comments/${i.toString(36)}/"/>` +
        `<author><name>/u/${user}</name><uri>https://www.reddit.com/user/${user}</uri></author><updated>${at}</updated>` +
        `<content type="html">${escapeXml(`<p>${escapeXml(text)}</p>`)}</content></entry>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Lumora search</title><id>urn:bench</id><updated>${new Date(start).toISOString()}</updated>\n${entries.join('\n')}\n</feed>\n`;
}

/** Serves `xml` on 127.0.0.1 at /feed.atom until closed. */
export async function serveFeed(xml: string): Promise<{ url: string; close(): Promise<void> }> {
  const body = Buffer.from(xml);
  const server = createServer((req, res) => {
    if (req.url !== '/feed.atom') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/feed.atom`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
