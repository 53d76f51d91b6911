// Contract, many writers: collectors and API servers writing at once must store every item exactly once,
// never hand one source to two collectors, and never let the change feed skip a change that commits late.
import { expect, it } from 'vitest';
import { makeMention } from '../../testing/mention-factory.ts';
import type { SqlStore } from '../sql-store.ts';
import type { ContractContext } from './store-contract.ts';

const WRITERS = 4;
const ROUNDS = 25;

/** Separate connections where the backend allows concurrent writers from one process, else the one store. */
async function openWriters(ctx: ContractContext): Promise<SqlStore[]> {
  if (!ctx.harness.concurrentConnections) return Array.from({ length: WRITERS }, () => ctx.store);
  return Promise.all(Array.from({ length: WRITERS }, () => ctx.harness.open()));
}

export function concurrencyContract(ctx: ContractContext): void {
  it('keeps the change feed gap-free and every item once with concurrent writers', { timeout: 30_000 }, async () => {
    const writers = await openWriters(ctx);
    const reader = ctx.store;
    let writing = true;
    const insertedBy = new Map<string, number>();
    const write = async (store: SqlStore, w: number) => {
      for (let round = 0; round < ROUNDS; round++) {
        // Every writer also tries the same shared ids, as collectors that fetch the same feed do.
        const batch = [makeMention({ id: `shared-${round}` }), makeMention(), makeMention()];
        for (const m of await store.insertMentions(batch)) insertedBy.set(m.id, (insertedBy.get(m.id) ?? 0) + 1);
        const target = batch[(round + w) % batch.length]!;
        await store.updateTriage(target.id, { assignee: `agent-${w}`, updatedAt: new Date(Date.UTC(2026, 10, 24, 10, round, w)).toISOString() });
      }
    };
    const seen = new Map<string, number>();
    const seqs: number[] = [];
    const read = async () => {
      let after = 0;
      for (;;) {
        const stillWriting = writing;
        const page = await reader.listMentions({}, { mode: 'changes', afterSeq: after }, 7);
        page.items.forEach((m, i) => seen.set(m.id, page.seqs![i]!));
        seqs.push(...page.seqs!);
        after = page.lastSeq;
        if (!stillWriting && !page.next) return;
      }
    };
    const reading = read();
    try {
      await Promise.all(writers.map(write));
    } finally {
      writing = false;
      await reading;
    }

    // Exactly once: each id inserted by one writer only, and stored once.
    expect([...insertedBy.values()].every((n) => n === 1)).toBe(true);
    expect(await reader.countMentions()).toBe(insertedBy.size);
    expect(insertedBy.size).toBe(ROUNDS + WRITERS * ROUNDS * 2);
    // The reader saw seqs in increasing order and, for every mention, its latest change.
    expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);
    const rows = await reader.sql.db.selectFrom('mentions').select(['id', 'seq']).execute();
    const missed = rows.filter((r) => seen.get(r.id) !== Number(r.seq));
    expect(missed).toEqual([]);
  });

  it('never leases one source to two collectors at once', { timeout: 30_000 }, async () => {
    const collectors = await openWriters(ctx);
    const ids = Array.from({ length: 40 }, (_, i) => `feed-${String(i).padStart(2, '0')}`);
    await ctx.store.registerSources(ids.map((id) => ({ id, kind: 'rss', url: `http://127.0.0.1/${id}`, everyMs: 60_000 })));
    const leasedBy = new Map<string, string[]>();
    await Promise.all(
      collectors.map(async (store, c) => {
        for (;;) {
          const leases = await store.leaseDueSources(`collector-${c}`, 3, 60_000);
          if (!leases.length) return;
          for (const lease of leases) leasedBy.set(lease.id, [...(leasedBy.get(lease.id) ?? []), `collector-${c}`]);
        }
      }),
    );
    expect([...leasedBy.keys()].sort()).toEqual(ids);
    expect([...leasedBy.values()].filter((owners) => owners.length > 1)).toEqual([]);
  });
}
