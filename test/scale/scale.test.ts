// Beyond one machine, end to end on loopback: 3 leased collector processes and 2 API server processes share
// one PostgreSQL; 200 fixture feeds grow while one collector is killed with SIGKILL. No item may be lost or
// stored twice, and a live SSE client on each API server must see every mention (LISTEN/NOTIFY fan-out).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../collector/store/postgres-store.ts';
import { findTestPostgres, mustHavePostgres } from '../../collector/store/testing/postgres-test-server.ts';
import { startFeedFarm } from './feed-farm.ts';
import { startApiServer, startCollector, type Child } from './processes.ts';
import { followStream, type StreamClient } from './sse-client.ts';

const FEEDS = 200;
const POSTS_PER_FEED = 6;
const LEASE_MS = 4000;
const server = await findTestPostgres();
if (!server.url && mustHavePostgres()) {
  it('has a PostgreSQL server for the scale test (CI=true)', () => {
    throw new Error(`scale test cannot run: ${server.reason}`);
  });
} else if (!server.url) {
  console.warn(`Skipping the scale test: ${server.reason}`);
}

/** Polls `check` until it is true; the deadline turns a hang into a failure that says what was awaited. */
async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`scale: timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe.skipIf(!server.url)('scale: 3 collectors and 2 API servers on one PostgreSQL', () => {
  it('stores every item once and streams every mention to each API server, one collector killed mid-run', { timeout: 180_000 }, async () => {
    const database = `vigia_scale_${randomBytes(4).toString('hex')}`;
    const url = Object.assign(new URL(server.url!), { pathname: `/${database}` }).toString();
    await withAdmin(server.url!, (c) => c.query(`CREATE DATABASE ${database}`));
    const farm = await startFeedFarm({ feeds: FEEDS, postsPerFeed: POSTS_PER_FEED, visibleAtStart: 3 });
    const dir = mkdtempSync(join(tmpdir(), 'vigia-scale-'));
    const store = await openPostgresStore(url);
    const children: Child[] = [];
    const streams: StreamClient[] = [];
    try {
      const config = join(dir, 'vigia.config.json');
      const sources = Array.from({ length: FEEDS }, (_, f) => ({ id: `feed-${f}`, kind: 'rss', url: farm.feedUrl(f), every: '1s' }));
      writeFileSync(config, JSON.stringify({ brands: [{ name: 'Lumora', query: 'lumora' }], sources }));
      const token = await store.createToken('scale');

      const apis = await Promise.all([startApiServer('api-1', url), startApiServer('api-2', url)]);
      children.push(...apis.map((a) => a.child));
      streams.push(...(await Promise.all(apis.map((a) => followStream(a.url, token)))));
      const collectors = await Promise.all(['collector-1', 'collector-2', 'collector-3'].map((id) => startCollector(id, config, url, LEASE_MS)));
      children.push(...collectors);

      // Kill collector-1 with SIGKILL while it holds leases, a good way into the first pass.
      let leasedAtKill: string[] = [];
      await waitUntil('collector-1 holds leases after a third of the first posts are stored', async () => {
        if ((await store.countMentions()) < (FEEDS * 3) / 3) return false;
        const held = await store.sql.db.selectFrom('sources').select('id').where('lease_owner', '=', 'collector-1').where('lease_until', '>', new Date().toISOString()).execute();
        leasedAtKill = held.map((r) => r.id);
        return leasedAtKill.length > 0;
      });
      collectors[0]!.process.kill('SIGKILL');
      const killedAt = new Date().toISOString();

      // The feeds grow: each new post appears once everything visible so far is stored.
      let visible = 3;
      while (farm.reveal()) {
        await waitUntil(`all ${FEEDS * visible} visible posts are stored`, async () => (await store.countMentions()) >= FEEDS * visible);
        visible += 1;
      }
      const total = FEEDS * POSTS_PER_FEED;
      await waitUntil(`all ${total} posts are stored`, async () => (await store.countMentions()) >= total);
      await waitUntil('every SSE client has seen every mention', () => streams.every((s) => s.mentionIds.size >= total || s.ended));

      const rows = await store.sql.db.selectFrom('mentions').select(['id', 'doc']).execute();
      expect(rows).toHaveLength(total);
      // Every post once: one mention per post link, none missing, none twice under another id.
      expect(rows.map((r) => (JSON.parse(r.doc) as { url: string }).url).sort()).toEqual(farm.allPostLinks().sort());
      const ids = new Set(rows.map((r) => r.id));
      for (const stream of streams) {
        expect(stream.ended).toBeUndefined();
        expect([...ids].filter((id) => !stream.mentionIds.has(id))).toEqual([]);
        expect(stream.mentionIds.size).toBe(total);
      }
      // The killed collector's leases ran out and the others collected those sources after it died.
      for (const id of leasedAtKill) expect((await store.sourceState(id))?.lastRunAt ?? '', id).toSatisfy((ranAt: string) => ranAt > killedAt);
      expect(collectors[1]!.output()).toMatch(/"ok":true/);
      expect(collectors[2]!.output()).toMatch(/"ok":true/);
      expect((await store.listSourceStates()).filter((s) => s.errorCount > 0)).toEqual([]);
      const runs = collectors.map((c) => (c.output().match(/"ok":true/g) ?? []).length);
      console.log(`scale: ${total} mentions from ${FEEDS} feeds; collector-1 killed holding ${leasedAtKill.length} leases; source runs per collector ${runs.join(' / ')}; SSE events ${streams.map((s) => s.events).join(' / ')}`);
    } finally {
      streams.forEach((s) => s.close());
      await Promise.all(children.map((c) => c.stop()));
      await store.close();
      await farm.close();
      rmSync(dir, { recursive: true, force: true });
      await withAdmin(server.url!, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    }
  });
});
