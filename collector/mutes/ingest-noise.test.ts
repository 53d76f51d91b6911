// Noise control in a real collection run: an RSS feed on 127.0.0.1 read into a SQLite store, with mute
// rules from the config and from people, and an accepted exclusion.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateConfig } from '../config.ts';
import { createCollectDeps, type CollectRuntime } from '../pipeline/collect-deps.ts';
import { collectSource } from '../pipeline/collect-source.ts';
import { startFixtureServer, type FixtureServer } from '../reviews/testing/fixture-server.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { VigiaStore } from '../store/store.ts';

const items = [
  ['1', 'promo_bot', 'Sorteo exprés: gana un router Kestrel hoy'],
  ['2', 'marta_rz', 'Kestrel lleva dos días sin fibra en mi barrio'],
  ['3', 'birder', 'A kestrel falcon hovering over the motorway'],
  ['4', 'luis', 'Great sorteo exprés from Kestrel, ignore it'],
  ['5', 'ana_cx', 'Kestrel support solved it in minutes'],
];
const feed = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>${base}</link>${items
  .map(([id, author, text]) => `<item><guid>${base}/p/${id}</guid><link>${base}/p/${id}</link><author>${author}</author><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">${author}</dc:creator><title>${text}</title><description>${text}</description><pubDate>Mon, 07 Dec 2026 10:0${id}:00 GMT</pubDate></item>`)
  .join('')}</channel></rss>`;

let fixture: FixtureServer;
let store: VigiaStore;
let deps: CollectRuntime;
let dir: string;

beforeAll(async () => {
  fixture = await startFixtureServer((request, response, base) => {
    if (request.url === '/feed.xml') return response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(base));
    response.writeHead(404).end();
  });
  dir = mkdtempSync(join(tmpdir(), 'vigia-noise-'));
  store = openSqliteStore(join(dir, 'vigia.db'));
});
afterAll(async () => {
  await deps?.close();
  await store.close();
  await fixture.close();
  rmSync(dir, { recursive: true, force: true });
});

it('hides at ingest what the config and people muted, drops what an accepted exclusion excludes, and keeps the rest shown', async () => {
  const config = validateConfig({
    brands: [{ name: 'Kestrel', query: 'kestrel', mute: { phrases: ['sorteo exprés'] } }],
    sources: [{ id: 'kestrel-blog', kind: 'rss', url: `${fixture.url}/feed.xml`, every: '5m', robots: false }],
  });
  deps = await createCollectDeps(config, store);
  expect((await store.noise.listMutes()).map((r) => [r.by, r.kind, r.value])).toEqual([['config', 'phrase', 'sorteo exprés']]);
  await store.noise.addMute({ brand: 'Kestrel', kind: 'author', value: '@promo_bot', by: 'ana' }, '2026-12-07T09:00:00.000Z');
  await store.noise.addExclusion({ brand: 'Kestrel', exclusion: '-"kestrel falcon"', by: 'ana' }, '2026-12-07T09:00:00.000Z');

  const run = await collectSource(config.sources[0]!, deps);
  expect(run).toMatchObject({ ok: true, seen: 5, stored: 4 });
  const all = (await store.listMentions({}, { mode: 'newest' }, 10)).items;
  const byText = (start: string) => all.find((m) => m.text.startsWith(start));
  expect(byText('A kestrel falcon')).toBeUndefined();
  expect(byText('Sorteo exprés')?.muted?.rule).toMatchObject({ kind: 'rule', muteKind: 'author', value: '@promo_bot' });
  expect(byText('Great sorteo')?.muted?.rule).toMatchObject({ kind: 'rule', muteKind: 'phrase', value: 'sorteo exprés' });
  expect((await store.listMentions({ muted: 'hide' }, { mode: 'newest' }, 10)).items.map((m) => m.author.name).sort()).toEqual(['ana_cx', 'marta_rz']);
});
