import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateConfig } from './config.ts';
import type { HttpClient } from './http/http-client.ts';
import { startLeasedCollector } from './lease-scheduler.ts';
import { createBrandMatcher } from './pipeline/match-brands.ts';
import type { SqlStore } from './store/sql-store.ts';
import type { StoreHarness } from './store/testing/store-contract.ts';
import type { VigiaStore } from './store/store.ts';
import { testEngines } from './store/testing/test-databases.ts';

const LEASE_MS = 600;
const config = validateConfig({ brands: [{ name: 'Lumora', query: 'lumora' }], sources: [{ id: 'slow', kind: 'rss', url: 'http://127.0.0.1:9/slow.xml', every: '1h' }] });
const matcher = createBrandMatcher(config.brands);

/** A feed that answers (304) only once open() is called, and counts who asked. */
function slowFeed() {
  const calls: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const http: HttpClient = {
    async get(url) {
      calls.push(url);
      await gate;
      return { status: 304, notModified: true, url, body: new Uint8Array() };
    },
  };
  return { calls, open, http };
}

/** A store handle that, once killed, never answers again: all the others see of a process killed with SIGKILL. */
function killable(store: VigiaStore) {
  let dead = false;
  const proxy = new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => (dead ? new Promise(() => undefined) : (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
  return { store: proxy, kill: () => void (dead = true) };
}

/** Polls `check` until it holds; the deadline turns a hang into a failure naming what was awaited. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(10);
  }
}

describe.each(await testEngines())('leased collectors renew the lease of a running source ($name)', (engine) => {
  let harness: StoreHarness;
  beforeEach(async () => {
    harness = await engine.create();
  });
  afterEach(async () => {
    await harness.destroy();
  });

  /** Who holds the slow source's lease, and until when, as the database says. */
  const leaseOf = (store: SqlStore) => store.sql.db.selectFrom('sources').select(['lease_owner', 'lease_until']).where('id', '=', 'slow').executeTakeFirstOrThrow();

  it('keeps a slow source from a second collector while it runs, and hands it over once its collector is gone', { timeout: 20_000 }, async () => {
    const errors: unknown[] = [];
    const lost: string[] = [];
    const report = { leaseMs: LEASE_MS, idleMs: 20, onError: (e: unknown) => errors.push(e), onLeaseLost: (id: string) => lost.push(id) };
    const a = killable(await harness.open());
    const feedA = slowFeed();
    startLeasedCollector(config.sources, { store: a.store, http: feedA.http, matcher }, { ...report, collectorId: 'a' });
    await until('collector a runs the source', () => feedA.calls.length === 1);
    const runningSince = Date.now();
    const reader = await harness.open();

    const feedB = slowFeed();
    const b = startLeasedCollector(config.sources, { store: await harness.open(), http: feedB.http, matcher }, { ...report, collectorId: 'b' });
    // Only time shows an absence: three lease lengths, in which an unrenewed lease would have gone to b.
    await sleep(3 * LEASE_MS);
    expect(feedB.calls).toEqual([]);
    const renewed = await leaseOf(reader);
    expect(renewed.lease_owner).toBe('a');
    expect(Date.parse(renewed.lease_until!)).toBeGreaterThan(runningSince + 2 * LEASE_MS);

    a.kill();
    await until('collector b takes over the source', () => feedB.calls.length === 1);
    expect((await leaseOf(reader)).lease_owner).toBe('b');
    feedB.open();
    await until('collector b released the source', async () => (await leaseOf(reader)).lease_owner === null);
    await b.stop();
    feedA.open(); // the killed collector's run ends, and it says nothing more to the store
    expect(errors).toEqual([]);
    expect(lost).toEqual([]);
  });

  it('lets a run finish when its lease went to another collector, and says so', { timeout: 20_000 }, async () => {
    const lost: string[] = [];
    const runs: boolean[] = [];
    const store = await harness.open();
    const feed = slowFeed();
    const a = startLeasedCollector(config.sources, { store, http: feed.http, matcher }, { collectorId: 'a', leaseMs: LEASE_MS, idleMs: 20, onLeaseLost: (id) => lost.push(id), onRun: (r) => runs.push(r.ok) });
    await until('collector a runs the source', () => feed.calls.length === 1);
    // As if a's lease had run out unrenewed (a long pause, a skewed clock) and another collector took it.
    await store.sql.db.updateTable('sources').set({ lease_owner: 'other' }).where('id', '=', 'slow').execute();
    await until('collector a notices', () => lost.length === 1);
    expect(lost).toEqual(['slow']);
    feed.open();
    await until('the run finishes', () => runs.length === 1);
    expect(runs).toEqual([true]);
    // a cannot release what is no longer its lease: the other collector's stays.
    expect((await leaseOf(store)).lease_owner).toBe('other');
    await a.stop();
  });
});
