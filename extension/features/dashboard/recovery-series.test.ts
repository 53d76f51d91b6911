import { describe, expect, it } from 'vitest';
import type { RecoveryStatsAnswer } from '../../../shared/api/recovery.ts';
import { ratePercent, recoverySeries } from './recovery-series.ts';

const figures = (rate: number | null, median: number | null) => ({ started: 3, recovered: 2, lost: 1, running: 0, rate, medianHoursToRecover: median });

describe('recovery series', () => {
  it("merges the brands' periods on one time axis, with null where a brand decided nothing", () => {
    const answer: RecoveryStatsAnswer = {
      from: '2026-11-01T00:00:00.000Z', to: '2026-11-15T00:00:00.000Z', bucket: 'week', windowHours: 48,
      brands: [
        { brand: 'Lumora', ...figures(0.667, 6), lostBy: { 'negative-again': 1, left: 0, expired: 0 }, periods: [{ start: '2026-11-01T00:00:00.000Z', ...figures(0.5, 4) }, { start: '2026-11-08T00:00:00.000Z', ...figures(1, 8.5) }] },
        { brand: 'Nubitel', ...figures(null, null), lostBy: { 'negative-again': 0, left: 0, expired: 0 }, periods: [{ start: '2026-11-08T00:00:00.000Z', ...figures(null, null) }] },
      ],
    };
    const series = recoverySeries(answer);
    expect(series.xs).toEqual([Date.parse('2026-11-01T00:00:00Z') / 1000, Date.parse('2026-11-08T00:00:00Z') / 1000]);
    expect(series.brands).toEqual([
      { brand: 'Lumora', rate: [50, 100], median: [4, 8.5] },
      { brand: 'Nubitel', rate: [null, null], median: [null, null] },
    ]);
    expect(ratePercent(0.667)).toBe('67 %');
    expect(ratePercent(null)).toBeUndefined();
  });
});
