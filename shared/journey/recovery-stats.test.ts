import { describe, expect, it } from 'vitest';
import type { RecoveryClock } from './recovery-clock.ts';
import { median, recoveryStats } from './recovery-stats.ts';

const clock = (brand: string, startedAt: string, state: RecoveryClock['state'], extra: Partial<RecoveryClock> = {}): RecoveryClock => ({
  customerId: 'c',
  brand,
  mentionId: `${brand}-${startedAt}`,
  startedAt,
  deadline: new Date(Date.parse(startedAt) + 48 * 3_600_000).toISOString(),
  state,
  ...extra,
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});

describe('recoveryStats', () => {
  const clocks = [
    clock('Lumora', '2026-11-02T10:00:00.000Z', 'recovered', { hoursToRecover: 4 }),
    clock('Lumora', '2026-11-03T10:00:00.000Z', 'recovered', { hoursToRecover: 10 }),
    clock('Lumora', '2026-11-04T10:00:00.000Z', 'lost', { lostReason: 'expired' }),
    clock('Lumora', '2026-11-10T10:00:00.000Z', 'lost', { lostReason: 'left' }),
    clock('Lumora', '2026-11-11T10:00:00.000Z', 'running'),
    clock('Nubitel', '2026-11-05T10:00:00.000Z', 'recovered', { hoursToRecover: 1 }),
    // Outside the range: not counted.
    clock('Lumora', '2026-10-20T10:00:00.000Z', 'recovered', { hoursToRecover: 100 }),
  ];

  it('gives rate and median time to recover per brand, running clocks not judged', () => {
    const [lumora, nubitel] = recoveryStats(clocks, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-15T00:00:00.000Z', bucket: 'week' });
    expect(lumora).toMatchObject({ brand: 'Lumora', started: 5, recovered: 2, lost: 2, running: 1, rate: 0.5, medianHoursToRecover: 7, lostBy: { expired: 1, left: 1, 'negative-again': 0 } });
    expect(nubitel).toMatchObject({ brand: 'Nubitel', started: 1, rate: 1, medianHoursToRecover: 1 });
  });

  it('splits the range into periods, empty ones included', () => {
    const [lumora] = recoveryStats(clocks, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-15T00:00:00.000Z', bucket: 'week' });
    // ISO weeks start on Monday: 26 Oct, 2 Nov, 9 Nov.
    expect(lumora!.periods.map((p) => [p.start.slice(0, 10), p.started, p.rate])).toEqual([
      ['2026-10-26', 0, null],
      ['2026-11-02', 3, 0.667],
      ['2026-11-09', 2, 0],
    ]);
  });

  it('has no brands when no clock started in the range', () => {
    expect(recoveryStats(clocks, { from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z', bucket: 'day' })).toEqual([]);
  });
});
