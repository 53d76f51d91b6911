import { describe, expect, it } from 'vitest';
import { keyDrivers, previousPeriod, type AspectTally, type PeriodTally } from './key-drivers.ts';

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
