import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
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

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/api/v1/timelines/tag/lumora')) return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([status]));
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>t</title><item><title>Lumora news</title><link>https://news.example/1</link></item></channel></rss>');
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
  return { count, mentions: chunks.join('').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('vigia fetch URL', () => {
  it('reads a Mastodon API URL with the mastodon adapter', async () => {
    const { count, mentions } = await fetchLines(`${base}/api/v1/timelines/tag/lumora`);
    expect(count).toBe(1);
    expect(mentions[0]).toMatchObject({ platform: 'mastodon', text: 'Tercera vez sin fibra con Lumora. Fatal.', author: { handle: 'marta@social.example' }, reach: 40, lang: 'es' });
  });

  it('falls back to the feed reader, and obeys an explicit kind', async () => {
    expect((await fetchLines(`${base}/feed.xml`)).mentions[0]).toMatchObject({ title: 'Lumora news', url: 'https://news.example/1' });
    await expect(fetchLines(`${base}/feed.xml`, { kind: 'hackernews' })).rejects.toThrow(/^parser: fetch: 127\.0\.0\.1:\d+ did not answer JSON/);
    await expect(fetchLines(`${base}/feed.xml`, { kind: 'nope' })).rejects.toThrow('config: unknown kind "nope"');
  });
});
