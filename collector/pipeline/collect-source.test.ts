// A run stores its slices as they are made: when a later slice fails, what was stored before stays stored,
// is pushed live and counted on the source's failed run, and the next run stores the rest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { validateConfig } from '../config.ts';
import type { HttpClient } from '../http/http-client.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { collectSource } from './collect-source.ts';
import { createBrandMatcher } from './match-brands.ts';

const NOW = new Date('2026-11-25T10:00:00Z');
const item = (i: number) =>
  `<item><title>Lumora post ${i}</title><link>https://www.reddit.com/r/lumora/comments/p${i}/</link><guid>t3_p${i}</guid><pubDate>Mon, 24 Nov 2026 10:00:00 GMT</pubDate><description>Lumora ${['fibra', 'router', 'factura', 'app'][i % 4]} number ${i} of the run</description></item>`;
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>r</title><link>https://www.reddit.com/r/lumora/</link><description>d</description>${Array.from({ length: 12 }, (_, i) => item(i)).join('')}</channel></rss>`;
const http: HttpClient = { get: async (url) => ({ status: 200, notModified: false, url, body: new TextEncoder().encode(feed), contentType: 'application/rss+xml' }) };
const config = validateConfig({ brands: [{ name: 'Lumora', query: 'lumora' }], sources: [{ id: 'r', kind: 'rss', url: 'http://127.0.0.1/r.rss', every: '5m', platform: 'reddit' }] });

let dir: string;
let store: SqlStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-collect-source-'));
  store = openSqliteStore(join(dir, 'vigia.db'));
  await store.ready;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it('keeps the slices stored before a failing one, pushes them live, counts them on the failed run, and stores the rest next time', async () => {
  let inserts = 0;
  const failing = { ...store, insertMentions: (mentions: Mention[]) => (++inserts === 2 ? Promise.reject(new Error('disk full')) : store.insertMentions(mentions)) } as SqlStore;
  const live: Mention[][] = [];
  const deps = { store: failing, http, matcher: createBrandMatcher(config.brands), now: () => NOW, sliceItems: 5, onStored: (m: Mention[]) => void live.push(m) };
  const run = await collectSource(config.sources[0]!, deps);
  expect(run).toMatchObject({ ok: false, error: expect.stringContaining('disk full') });
  expect(await store.countMentions()).toBe(5);
  expect(live.map((m) => m.length)).toEqual([5]);
  expect(await store.sourceState('r')).toMatchObject({ errorCount: 1, itemsNew: 5 });

  const again = await collectSource(config.sources[0]!, { ...deps, store, onStored: undefined });
  expect(again).toMatchObject({ ok: true, seen: 12, stored: 7 });
  expect(await store.countMentions()).toBe(12);
});
