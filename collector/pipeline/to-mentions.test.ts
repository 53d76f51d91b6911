// Reading a run a slice at a time gives the mentions of reading it whole: the same ids, groups of
// near-duplicates, customer links, triage and order, for any slice size, inline or on the pool.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoConfig } from '../demo/demo-config.ts';
import { importDemoCrm } from '../demo/demo-crm.ts';
import { startFixtureServer } from '../demo/fixture-server.ts';
import { createHttpClient } from '../http/http-client.ts';
import { parseFeed } from '../sources/rss.ts';
import type { RawItem } from '../sources/kit/define-source.ts';
import type { Mention } from '../../shared/mention.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { createClusterer } from './cluster.ts';
import type { CollectDeps } from './collect-source.ts';
import { createBrandMatcher } from './match-brands.ts';
import { itemsToMentions, writeItemMentions } from './to-mentions.ts';

let dir: string;
let store: SqlStore;
let items: RawItem[] = [];
const config = demoConfig({ reddit: 'http://127.0.0.1/r', mastodon: 'http://127.0.0.1/m', news: 'http://127.0.0.1/n' });

beforeAll(async () => {
  const fixture = await startFixtureServer();
  try {
    for (const url of [fixture.feedUrls.reddit, fixture.feedUrls.mastodon]) items.push(...(await parseFeed(await (await fetch(url)).text())).items);
  } finally {
    await fixture.close();
  }
  // Every post twice (the second copy is a duplicate in the run) and a reworded repost of each: near-duplicates.
  items = [...items, ...items, ...items.map((item) => ({ ...item, guid: `${item.guid}-repost`, url: undefined, content: `RT ${item.content ?? ''}` }))];
  dir = mkdtempSync(join(tmpdir(), 'vigia-to-mentions-'));
  store = openSqliteStore(join(dir, 'vigia.db'));
  await store.ready;
  await importDemoCrm(store);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const deps = (): CollectDeps => ({ store, http: createHttpClient(config.collector), matcher: createBrandMatcher(config.brands), clusterer: createClusterer() });

it('gives the same mentions whatever the slice size', async () => {
  const at = new Date('2026-11-21T10:00:00Z');
  const source = config.sources[0]!;
  const whole = await itemsToMentions(source, items, deps(), at, Number.MAX_SAFE_INTEGER);
  expect(whole.length).toBeGreaterThan(10);
  expect(whole.some((m) => m.customerId)).toBe(true);
  expect(whole.some((m) => m.clusterId !== m.id)).toBe(true);
  for (const slice of [5, 1000]) expect(await itemsToMentions(source, items, deps(), at, slice)).toEqual(whole);
});

it('writes each slice as it is made and the mentions of known customers once the run is linked, the same mentions in all', async () => {
  const at = new Date('2026-11-21T10:00:00Z');
  const source = config.sources[0]!;
  const whole = await itemsToMentions(source, items, deps(), at, Number.MAX_SAFE_INTEGER);
  const writes: Mention[][] = [];
  const made = await writeItemMentions(source, items, deps(), at, async (ready) => void writes.push(ready), 5);
  expect(made).toEqual(whole);
  const written = writes.flat();
  expect(written.length).toBe(whole.length);
  expect([...written].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...whole].sort((a, b) => a.id.localeCompare(b.id)));
  // Slices went out one by one; every linked mention waited for the whole run, in the last write.
  expect(writes.length).toBeGreaterThan(2);
  expect(writes.slice(0, -1).flat().some((m) => m.customerId)).toBe(false);
  expect(writes.at(-1)!.every((m) => m.customerId)).toBe(true);
});

it('fails the run with the first write that fails, its earlier slices written and nothing after it', async () => {
  const at = new Date('2026-11-21T10:00:00Z');
  const writes: Mention[][] = [];
  const write = async (ready: Mention[]) => {
    if (writes.length === 2) throw new Error('disk full');
    writes.push(ready);
  };
  let read = 0;
  const counting = { ...deps(), store: { ...store, knownMentionIds: (ids: string[]) => (read++, store.knownMentionIds(ids)) } as SqlStore };
  await expect(writeItemMentions(config.sources[0]!, items, counting, at, write, 5)).rejects.toThrow('disk full');
  expect(writes.length).toBe(2);
  // The run stopped reading soon after: a few slices ahead, not the other slices of the run.
  expect(read).toBeLessThan(Math.ceil(items.length / 5) / 2);
});
