// Contract, aspects: stored with the mentions, filterable, and aggregated into the same key drivers by both
// engines' SQL.
import { expect, it } from 'vitest';
import { makeMention } from '../../testing/mention-factory.ts';
import type { ContractContext } from './store-contract.ts';

const negative = { score: -0.7, label: 'negative' as const, confidence: 0.9 };
const positive = { score: 0.6, label: 'positive' as const, confidence: 0.9 };

export function aspectContract(ctx: ContractContext): void {
  it('stores aspects with their mentions, lists by aspect and computes key drivers', async () => {
    const mixed = makeMention({ publishedAt: '2026-11-20T10:00:00.000Z', sentiment: negative, aspects: [{ aspect: 'staff', sentiment: 'positive', cue: 'crew' }, { aspect: 'baggage', sentiment: 'negative', cue: 'bag' }] });
    const refund = makeMention({ publishedAt: '2026-11-21T10:00:00.000Z', sentiment: negative, aspects: [{ aspect: 'refund', sentiment: 'negative', cue: 'reembolso' }] });
    const before = makeMention({ publishedAt: '2026-11-12T10:00:00.000Z', sentiment: positive, aspects: [{ aspect: 'baggage', sentiment: 'positive', cue: 'maleta' }] });
    const plain = makeMention({ publishedAt: '2026-11-22T10:00:00.000Z', sentiment: { unscored: 'no sentiment signal' } });
    await ctx.store.insertMentions([mixed, refund, before, plain]);
    // Inserting the same mention again adds no second set of aspect rows.
    await ctx.store.insertMentions([mixed]);

    expect((await ctx.store.getMention(mixed.id))?.aspects).toEqual(mixed.aspects);
    const list = async (aspect: string, extra = {}) => (await ctx.store.listMentions({ aspect, ...extra }, { mode: 'newest' }, 50)).items.map((m) => m.id);
    expect(await list('baggage')).toEqual([mixed.id, before.id]);
    expect(await list('baggage', { sentiment: 'positive' })).toEqual([before.id]);
    expect(await list('delivery')).toEqual([]);

    const drivers = await ctx.store.aspectStats({ from: '2026-11-17T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' });
    expect(drivers.current).toEqual({ from: '2026-11-17T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z', mentions: 3, net: -1, aspectNet: -0.5 });
    // The unscored mention counts in `mentions` but not in the net: two negatives of two scored mentions.
    expect(drivers.previous).toMatchObject({ from: '2026-11-10T00:00:00.000Z', mentions: 1, net: 1, aspectNet: 1 });
    expect(drivers.aspects.map((a) => [a.aspect, a.volume, a.contribution])).toEqual([
      ['baggage', 1, -1.25],
      ['refund', 1, -0.5],
      ['staff', 1, 0.25],
    ]);
    expect(drivers.explained).toBe(-1.5);
    const acme = await ctx.store.aspectStats({ from: '2026-11-17T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z', brand: 'Acme' });
    expect(acme).toMatchObject({ aspects: [], current: { mentions: 0 } });
  });
}
