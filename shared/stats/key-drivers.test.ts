import { describe, expect, it } from 'vitest';
import { makeMention } from '../../collector/testing/mention-factory.ts';
import { keyDriversOf } from './key-driver-tally.ts';
import { keyDrivers, previousPeriod, type AspectTally, type PeriodTally } from './key-drivers.ts';
import { netSentiment } from './sentiment-stats.ts';

const range = { from: '2026-11-08T00:00:00.000Z', to: '2026-11-15T00:00:00.000Z' };

describe('keyDrivers', () => {
  it('compares with the period of equal length just before', () => {
    expect(previousPeriod(range.from, range.to)).toEqual({ from: '2026-11-01T00:00:00.000Z', to: range.from });
  });

  it('decomposes the brand net change into aspect contributions that sum to it', () => {
    // Before: 4 mentions — 2 delivery-positive, 1 billing-negative, 1 neutral without aspects. Net (2 − 1) / 4.
    // Now: 4 mentions — 1 delivery-positive, 3 billing-negative. Net (1 − 3) / 4.
    const periods: PeriodTally[] = [
      { period: 'previous', label: 'positive', count: 2 },
      { period: 'previous', label: 'negative', count: 1 },
      { period: 'previous', label: 'neutral', count: 1 },
      { period: 'current', label: 'positive', count: 1 },
      { period: 'current', label: 'negative', count: 3 },
    ];
    const aspects: AspectTally[] = [
      { period: 'previous', aspect: 'delivery', sentiment: 'positive', count: 2, weight: 2 },
      { period: 'previous', aspect: 'billing', sentiment: 'negative', count: 1, weight: 1 },
      { period: 'current', aspect: 'delivery', sentiment: 'positive', count: 1, weight: 1 },
      { period: 'current', aspect: 'billing', sentiment: 'negative', count: 3, weight: 3 },
    ];
    const k = keyDrivers(range, periods, aspects);
    expect(k.current.net).toBe(-0.5);
    expect(k.previous.net).toBe(0.25);
    expect(k.netChange).toBe(-0.75);
    expect(k.aspects.map((a) => [a.aspect, a.contribution])).toEqual([
      ['billing', -0.5],
      ['delivery', -0.25],
    ]);
    expect(k.explained).toBe(-0.75);
    expect(k.unexplained).toBe(0);
    const billing = k.aspects[0]!;
    expect(billing).toMatchObject({ volume: 3, negative: 3, net: -1, previousVolume: 1, previousNet: -1, netChange: 0 });
  });

  it('leaves unscored mentions out of the net, as share of voice and the reports do: one net on every screen', () => {
    // Now: 2 positive, 1 negative, 1 neutral and 4 mentions whose text could not be scored.
    const periods: PeriodTally[] = [
      { period: 'current', label: 'positive', count: 2 },
      { period: 'current', label: 'negative', count: 1 },
      { period: 'current', label: 'neutral', count: 1 },
      { period: 'current', label: 'unscored', count: 4 },
    ];
    const k = keyDrivers(range, periods, [
      { period: 'current', aspect: 'delivery', sentiment: 'positive', count: 2, weight: 2 },
      { period: 'current', aspect: 'billing', sentiment: 'negative', count: 1, weight: 1 },
    ]);
    expect(k.current.mentions).toBe(8);
    expect(k.current.net).toBe(netSentiment({ positive: 2, negative: 1, neutral: 1, unscored: 4 }));
    expect(k.current.net).toBe(0.25);
    // The aspects' shares are over the same scored mentions, so they still add up to the net.
    expect(k.current.aspectNet).toBe(0.25);
    expect(k.aspects.map((a) => [a.aspect, a.share])).toEqual([
      ['delivery', 0.5],
      ['billing', -0.25],
    ]);
  });

  it('splits a mixed mention between its aspects, so it weighs once', () => {
    // One mention: staff positive, baggage negative (weight ½ each). Its own label is negative.
    const k = keyDrivers(range, [{ period: 'current', label: 'negative', count: 1 }], [
      { period: 'current', aspect: 'staff', sentiment: 'positive', count: 1, weight: 0.5 },
      { period: 'current', aspect: 'baggage', sentiment: 'negative', count: 1, weight: 0.5 },
    ]);
    expect(k.current.aspectNet).toBe(0);
    expect(k.current.net).toBe(-1);
    expect(k.aspects.map((a) => a.share).sort()).toEqual([-0.5, 0.5]);
    // Without a previous period there is no change of net, but the shares still say what each adds now.
    expect(k.netChange).toBeNull();
    expect(k.unexplained).toBeNull();
    expect(k.previous).toMatchObject({ mentions: 0, net: null, aspectNet: null });
  });

  it('answers an empty range with no aspects and null nets', () => {
    const k = keyDrivers(range, [], []);
    expect(k).toMatchObject({ aspects: [], netChange: null, explained: 0, current: { mentions: 0, net: null } });
  });
});

describe('keyDriversOf (mentions in memory)', () => {
  it('tallies mentions as the collector does: one row per aspect, weights shared, brand and range applied', async () => {
    const { keyDriversOf } = await import('./key-driver-tally.ts');
    const base = { source: 's', platform: 'reddit', kind: 'post', author: {}, text: 't', lang: 'en', collectedAt: '2026-11-20T00:00:00.000Z', triage: { status: 'new', updatedAt: '2026-11-20T00:00:00.000Z' }, priority: 0 } as const;
    const mentions = [
      { ...base, id: 'a', publishedAt: '2026-11-09T00:00:00.000Z', sentiment: { label: 'negative', score: -0.5, confidence: 1 }, matches: [{ brand: 'Lumora', terms: [] }], aspects: [{ aspect: 'staff', sentiment: 'positive' }, { aspect: 'baggage', sentiment: 'negative' }] },
      { ...base, id: 'b', publishedAt: '2026-11-02T00:00:00.000Z', sentiment: { label: 'positive', score: 0.5, confidence: 1 }, matches: [{ brand: 'Lumora', terms: [] }], aspects: [{ aspect: 'baggage', sentiment: 'positive' }] },
      { ...base, id: 'c', publishedAt: '2026-11-09T00:00:00.000Z', sentiment: { label: 'negative', score: -0.5, confidence: 1 }, matches: [{ brand: 'Other', terms: [] }], aspects: [{ aspect: 'refund', sentiment: 'negative' }] },
      { ...base, id: 'd', publishedAt: '2026-11-20T00:00:00.000Z', sentiment: { label: 'negative', score: -0.5, confidence: 1 }, matches: [{ brand: 'Lumora', terms: [] }], aspects: [{ aspect: 'refund', sentiment: 'negative' }] },
    ] as const;
    const k = keyDriversOf(mentions as never, { ...range, brand: 'Lumora' });
    expect(k.current).toMatchObject({ mentions: 1, net: -1, aspectNet: 0 });
    expect(k.previous).toMatchObject({ mentions: 1, net: 1, aspectNet: 1 });
    expect(k.aspects.map((a) => [a.aspect, a.contribution])).toEqual([
      ['baggage', -1.5],
      ['staff', 0.5],
    ]);
  });

  it('keeps the catch-all other out of the ranking, and in the sums', () => {
    // Now: 2 mentions — one naming no aspect (other, negative), one billing-negative. Before: nothing.
    const k = keyDrivers(range, [{ period: 'current', label: 'negative', count: 2 }], [
      { period: 'current', aspect: 'other', sentiment: 'negative', count: 1, weight: 1 },
      { period: 'current', aspect: 'billing', sentiment: 'negative', count: 1, weight: 1 },
    ]);
    expect(k.aspects.map((a) => a.aspect)).toEqual(['billing']);
    expect(k.other).toMatchObject({ aspect: 'other', volume: 1, contribution: -0.5 });
    expect(k.explained).toBe(-1);
    expect(keyDrivers(range, [{ period: 'current', label: 'negative', count: 1 }], []).other).toBeUndefined();
  });
});

describe('keyDriversOf', () => {
  const ours = { brand: 'Lumora', terms: ['lumora'] };
  const rival = { brand: 'Rivalia', terms: ['rivalia'], competitor: true as const };
  const negative = { score: -0.7, label: 'negative', confidence: 0.9 } as const;
  const mentions = [
    makeMention({ publishedAt: '2026-11-09T10:00:00.000Z', matches: [ours], sentiment: negative, aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'bill' }] }),
    makeMention({ publishedAt: '2026-11-10T10:00:00.000Z', matches: [rival], sentiment: negative, aspects: [{ aspect: 'delivery', sentiment: 'negative', cue: 'parcel' }] }),
    makeMention({ publishedAt: '2026-11-11T10:00:00.000Z', matches: [rival, ours], sentiment: negative, aspects: [{ aspect: 'support', sentiment: 'negative', cue: 'support' }] }),
  ];

  it('without a brand counts our mentions only (a post about us and a competitor is ours)', () => {
    const k = keyDriversOf(mentions, range);
    expect(k.current.mentions).toBe(2);
    expect(k.aspects.map((a) => a.aspect).sort()).toEqual(['billing', 'support']);
  });

  it('gives a competitor named as brand its own drivers', () => {
    expect(keyDriversOf(mentions, { ...range, brand: 'Rivalia' }).aspects.map((a) => a.aspect).sort()).toEqual(['delivery', 'support']);
  });
});
