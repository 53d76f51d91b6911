import { execFile, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCollectorSettings } from '../config.ts';
import { runFetch } from './fetch-url.ts';

const status = {
  id: '1001',
  uri: 'https://social.example/users/marta/statuses/1001',
  url: 'https://social.example/@marta/1001',
  created_at: '2026-11-20T10:00:00.000Z',
  content: '<p>Tercera vez sin fibra con Lumora. Fatal.</p>',
  language: 'es',
  account: { acct: 'marta', username: 'marta', display_name: 'Marta', url: 'https://social.example/@marta', followers_count: 40 },
};

/** Feeds that once crashed `vigia fetch` or reached the terminal unescaped. */
const FEEDS: Record<string, string> = {
  '/xhtml.atom': `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>tag:e,2026:1</id><link href="https://blog.example/1"/>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Lumora <b>otra vez</b> sin fibra</div></title>
    <published>not a date</published><content type="text">Fatal &lt;3</content></entry></feed>`,
  '/broken.xml': '<rss version="2.0"><channel><item><title>cut',
  '/deep.xml': `<rss version="2.0"><channel><item><title>${'<b>'.repeat(50_000)}</title></item></channel></rss>`,
  '/many.xml': `<rss version="2.0"><channel><title>t</title>${Array.from({ length: 300 }, (_, i) => `<item><guid>g${i}</guid><title>Lumora ${i}</title><description>${'sin fibra '.repeat(200)}</description></item>`).join('')}</channel></rss>`,
  '/ansi.xml': `<rss version="2.0"><channel><item><title>\u009b31mRojo\u202e</title><link>https://news.example/\u0085</link></item></channel></rss>`,
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/api/v1/timelines/tag/lumora')) return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([status]));
    if (req.url?.startsWith('/ansi-error')) return res.writeHead(200, { 'content-type': 'text/plain' }).end('\u001b[2J\u001b]0;pwned\u0007\u009b31m gotcha\u0007!');
    const feed = FEEDS[req.url ?? ''];
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed ?? '<rss version="2.0"><channel><title>t</title><item><title>Lumora news</title><link>https://news.example/1</link></item></channel></rss>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function fetchLines(url: string, opts: Parameters<typeof runFetch>[3] = {}) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  const count = await runFetch(url, defaultCollectorSettings(), out, opts);
  const text = chunks.join('');
  return { count, text, mentions: text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('vigia fetch URL', () => {
  it('reads a Mastodon API URL with the mastodon adapter', async () => {
    const { count, mentions } = await fetchLines(`${base}/api/v1/timelines/tag/lumora`);
    expect(count).toBe(1);
    expect(mentions[0]).toMatchObject({ platform: 'mastodon', text: 'Tercera vez sin fibra con Lumora. Fatal.', author: { handle: 'marta@social.example' }, reach: 40, lang: 'es' });
  });

  it('falls back to the feed reader, and obeys an explicit kind', async () => {
    expect((await fetchLines(`${base}/feed.xml`)).mentions[0]).toMatchObject({ title: 'Lumora news', url: 'https://news.example/1' });
    await expect(fetchLines(`${base}/feed.xml`, { kind: 'hackernews' })).rejects.toThrow(/^fetch: http:\/\/127\.0\.0\.1:\d+\/feed\.xml: parser: fetch: 127\.0\.0\.1:\d+ did not answer JSON/);
    await expect(fetchLines(`${base}/feed.xml`, { kind: 'nope' })).rejects.toThrow(/^fetch: .*: config: unknown kind "nope"$/);
  });

  it('reads a valid Atom feed with an xhtml title and a bad date', async () => {
    const { mentions } = await fetchLines(`${base}/xhtml.atom`);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ title: 'Lumora otra vez sin fibra', text: 'Fatal <3' });
    expect(mentions[0]!.publishedAt).toBeUndefined();
  });

  it('fails with one line naming the feed and the cause, whatever it is given', async () => {
    const cases = [['/broken.xml', 'rss', /parser: not a valid RSS\/Atom feed: Unclosed root tag/], ['/ansi-error', 'hackernews', /did not answer JSON \(it starts " gotcha\\x07!"\)$/]] as const;
    for (const [path, kind, cause] of cases) {
      const error = await fetchLines(`${base}${path}`, { kind }).then(() => undefined, (e: Error) => e);
      expect(error?.message).toMatch(new RegExp(`^fetch: ${base.replace(/[.:/]/g, '\\$&')}${path}: `));
      expect(error?.message).toMatch(cause);
      expect(error?.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    await expect(fetchLines('not a url')).rejects.toThrow(/^fetch: not a url: config: "not a url" is not a URL$/);
  });

  it('prints no terminal control from a feed, not even inside JSON', async () => {
    const { text, mentions } = await fetchLines(`${base}/ansi.xml`);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // Controls are no part of a mention; a right-to-left mark is (Arabic, Hebrew), escaped only on the wire.
    expect(mentions[0]!.title).toBe('31mRojo\u202e');
  });
});

describe('vigia fetch on the command line', () => {
  const run = promisify(execFile);
  const vigia = resolve('bin/vigia.js');

  it('prints one line and no stack trace for a broken or hostile feed, and exits non-zero', async () => {
    for (const path of ['/broken.xml', '/deep.xml']) {
      const failure = await run('node', [vigia, 'fetch', `${base}${path}`]).then(() => undefined, (e: { code: number; stderr: string; stdout: string }) => e);
      expect(failure, path).toBeDefined();
      expect(failure!.code).not.toBe(0);
      const lines = failure!.stderr.trim().split('\n');
      expect(lines, failure!.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^fetch: http://127\\.0\\.0\\.1:\\d+${path}: parser: `));
      expect(failure!.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('stays quiet when its reader stops early (vigia fetch URL | head)', async () => {
    const child = spawn('node', [vigia, 'fetch', `${base}/many.xml`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 120_000);
});
