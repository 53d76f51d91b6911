// Contract, sources: run records (consecutive errors, validators from the last success) and leases that
// hand each due source to one collector at a time, with expiry for collectors that died.
import { expect, it } from 'vitest';
import { makeMention } from '../../testing/mention-factory.ts';
import type { ContractContext } from './store-contract.ts';

const feed = (id: string) => ({ id, kind: 'rss', url: `http://127.0.0.1/${id}.xml`, everyMs: 60_000 });

export function sourceContract(ctx: ContractContext): void {
  it('counts consecutive errors and keeps validators from the last success', async () => {
    const { store } = ctx;
    const base = { id: 's', kind: 'rss', url: 'http://127.0.0.1/feed', itemsSeen: 3, itemsNew: 1 };
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:00:00Z', ok: true, etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 09:00:00 GMT', nextRunAt: '2026-11-24T10:05:00Z' });
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:05:00Z', ok: false, error: 'fetcher: timed out', itemsSeen: 0, itemsNew: 0 });
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:10:00Z', ok: false, error: 'parser: bad xml', itemsSeen: 0, itemsNew: 0 });
    expect(await store.sourceState('s')).toEqual({
      id: 's',
      kind: 'rss',
      url: 'http://127.0.0.1/feed',
      etag: '"v1"',
      lastModified: 'Tue, 24 Nov 2026 09:00:00 GMT',
      lastRunAt: '2026-11-24T10:10:00Z',
      lastSuccessAt: '2026-11-24T10:00:00Z',
      // A run that does not say when the source is due next keeps what was stored.
      nextRunAt: '2026-11-24T10:05:00Z',
      itemsSeen: 0,
      itemsNew: 0,
      errorCount: 2,
      lastError: 'parser: bad xml',
    });
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:15:00Z', ok: true, etag: '"v2"' });
    expect(await store.sourceState('s')).toMatchObject({ errorCount: 0, lastError: undefined, etag: '"v2"', lastModified: undefined, lastSuccessAt: '2026-11-24T10:15:00Z' });
    expect((await store.listSourceStates()).map((s) => s.id)).toEqual(['s']);
    expect(await store.sourceState('nope')).toBeUndefined();
  });

  it("keeps API sources' since cursors from the last success", async () => {
    const { store } = ctx;
    const base = { id: 'api', kind: 'mastodon', url: 'https://mastodon.example/api/v1/timelines/tag/acme', itemsSeen: 2, itemsNew: 2 };
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:00:00Z', ok: true, sinceId: '1115448917361531380', since: '2026-11-24T09:59:00.000Z' });
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:05:00Z', ok: false, error: 'fetcher: 503', itemsSeen: 0, itemsNew: 0 });
    expect(await store.sourceState('api')).toMatchObject({ sinceId: '1115448917361531380', since: '2026-11-24T09:59:00.000Z' });
  });

  it('leases each due source to one collector and takes it back from a collector that died', async () => {
    let clock = Date.parse('2026-11-24T10:00:00.000Z');
    const store = await ctx.harness.open({ now: () => new Date(clock) });
    await store.registerSources(['a', 'b', 'c', 'd', 'e'].map(feed));
    // A source that only has run records (collected without leases) is not offered.
    await store.recordSourceRun({ id: 'legacy', kind: 'rss', url: 'http://127.0.0.1/x', ranAt: '2026-11-24T09:00:00Z', ok: true, itemsSeen: 0, itemsNew: 0 });
    const first = await store.leaseDueSources('c1', 2, 30_000);
    expect(first).toEqual([
      { id: 'a', kind: 'rss', url: 'http://127.0.0.1/a.xml', leaseUntil: '2026-11-24T10:00:30.000Z' },
      { id: 'b', kind: 'rss', url: 'http://127.0.0.1/b.xml', leaseUntil: '2026-11-24T10:00:30.000Z' },
    ]);
    expect((await store.leaseDueSources('c2', 10, 30_000)).map((l) => l.id)).toEqual(['c', 'd', 'e']);
    expect(await store.leaseDueSources('c3', 10, 30_000)).toEqual([]);

    // c1 finishes "a"; c2 may not end c1's lease on "b".
    expect(await store.releaseSource('c1', 'a', '2026-11-24T10:01:00.000Z')).toBe(true);
    expect(await store.releaseSource('c2', 'b', '2026-11-24T10:01:00.000Z')).toBe(false);
    expect(await store.sourceState('a')).toMatchObject({ nextRunAt: '2026-11-24T10:01:00.000Z' });
    expect(await store.leaseDueSources('c3', 10, 30_000)).toEqual([]);

    // c2 was killed: its leases run out and c3 takes them, along with "b" (c1's lease ran out too); "a" is not due yet.
    clock += 30_000;
    expect((await store.leaseDueSources('c3', 10, 30_000)).map((l) => l.id)).toEqual(['b', 'c', 'd', 'e']);
    expect(await store.releaseSource('c2', 'c', '2026-11-24T10:02:00.000Z')).toBe(false);
    for (const id of ['b', 'c', 'd', 'e']) expect(await store.releaseSource('c3', id, '2026-11-24T10:05:00.000Z')).toBe(true);
    clock += 30_000;
    expect((await store.leaseDueSources('c1', 10, 30_000)).map((l) => l.id)).toEqual(['a']);

    // Registering again updates the source but keeps its lease and schedule.
    await store.registerSources([{ ...feed('a'), url: 'http://127.0.0.1/moved.xml', everyMs: 5_000 }]);
    expect(await store.sourceState('a')).toMatchObject({ url: 'http://127.0.0.1/moved.xml', nextRunAt: '2026-11-24T10:01:00.000Z' });
    expect(await store.releaseSource('c1', 'a', '2026-11-24T10:09:00.000Z')).toBe(true);
  });

  it('renews a lease only for the collector holding it', async () => {
    let clock = Date.parse('2026-11-24T10:00:00.000Z');
    const store = await ctx.harness.open({ now: () => new Date(clock) });
    await store.registerSources([feed('a')]);
    expect((await store.leaseDueSources('c1', 5, 30_000)).map((l) => l.id)).toEqual(['a']);
    clock += 20_000;
    expect(await store.renewSourceLease('c1', 'a', 30_000)).toBe(true);
    expect(await store.renewSourceLease('c2', 'a', 30_000)).toBe(false);
    // Past the first lease, within the renewed one (until 10:00:50): nobody else gets it.
    clock += 15_000;
    expect(await store.leaseDueSources('c2', 5, 30_000)).toEqual([]);
    // c1 stopped renewing (it died): once the renewed lease runs out c2 takes it, and c1 cannot renew it back.
    clock += 15_000;
    expect((await store.leaseDueSources('c2', 5, 30_000)).map((l) => l.id)).toEqual(['a']);
    expect(await store.renewSourceLease('c1', 'a', 30_000)).toBe(false);
    expect(await store.releaseSource('c1', 'a', '2026-11-24T10:05:00.000Z')).toBe(false);
    expect(await store.releaseSource('c2', 'a', '2026-11-24T10:05:00.000Z')).toBe(true);
    // A released lease is nobody's to renew.
    expect(await store.renewSourceLease('c2', 'a', 30_000)).toBe(false);
  });

  it('signals committed changes to listeners once they are live, and stops when asked', async () => {
    const { store } = ctx;
    const signals = recordSignals(store);
    await signals.next(); // the listener is live
    expect(signals.heard).toEqual([undefined]);
    await store.insertMentions([makeMention(), makeMention()]);
    await signals.next();
    const m = makeMention();
    await store.insertMentions([m]);
    await signals.next();
    await store.updateTriage(m.id, { status: 'ignored', updatedAt: '2026-11-24T10:00:00.000Z' });
    await signals.next();
    expect(signals.heard).toEqual([undefined, 2, 3, 4]);
    // Nothing committed, nothing signalled: a second listener hears the next change and the first, stopped, does not.
    await store.insertMentions([m]);
    signals.stop();
    const later = recordSignals(store);
    await later.next();
    await store.insertMentions([makeMention()]);
    await later.next();
    expect(later.heard).toEqual([undefined, 5]);
    expect(signals.heard).toEqual([undefined, 2, 3, 4]);
  });

  // PostgreSQL: another process (LISTEN/NOTIFY); SQLite: another store on the file in this process.
  it('signals changes committed through another store on the same database', async () => {
    const other = await ctx.harness.open();
    const signals = recordSignals(other);
    await signals.next();
    await ctx.store.insertMentions([makeMention()]);
    await signals.next();
    expect(signals.heard).toEqual([undefined, 1]);
  });
}

/** Records what a store's change listener hears; next() waits for the next signal. */
function recordSignals(store: ContractContext['store']) {
  const heard: (number | undefined)[] = [];
  let waiters: (() => void)[] = [];
  const stop = store.onChange((seq) => {
    heard.push(seq);
    const wake = waiters;
    waiters = [];
    wake.forEach((w) => w());
  });
  let consumed = 0;
  return {
    heard,
    stop,
    /** Resolves when a signal beyond the ones already waited for has arrived. */
    next(): Promise<void> {
      const target = (consumed += 1);
      return new Promise<void>((resolve) => {
        const check = () => (heard.length >= target ? resolve() : waiters.push(check));
        check();
      });
    },
  };
}
