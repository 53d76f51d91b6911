// Recovery figures per brand and period: how many clocks started, how many ended recovered or lost, the
// recovery rate (recovered / decided — running clocks are not judged yet) and the median time to recover.
import { bucketStartMs, bucketStarts, type TimeBucket } from '../stats/time-buckets.ts';
import { LOST_REASONS, type LostReason, type RecoveryClock } from './recovery-clock.ts';

export interface RecoveryFigures {
  started: number;
  recovered: number;
  lost: number;
  running: number;
  /** recovered / (recovered + lost), 0–1; null while none is decided. */
  rate: number | null;
  /** Median hours from the negative mention to the one that recovered the customer; null with none recovered. */
  medianHoursToRecover: number | null;
}

export interface RecoveryPeriod extends RecoveryFigures {
  /** Start of the period (ISO, UTC). */
  start: string;
}

export interface BrandRecovery extends RecoveryFigures {
  brand: string;
  /** Lost clocks by why they were lost. */
  lostBy: Record<LostReason, number>;
  /** One entry per period of the range, empty ones included. */
  periods: RecoveryPeriod[];
}

/** The median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 100) / 100;
}

export function recoveryFigures(clocks: readonly RecoveryClock[]): RecoveryFigures {
  const count = (state: RecoveryClock['state']) => clocks.filter((c) => c.state === state).length;
  const recovered = count('recovered');
  const lost = count('lost');
  return {
    started: clocks.length,
    recovered,
    lost,
    running: count('running'),
    rate: recovered + lost ? Math.round((recovered / (recovered + lost)) * 1000) / 1000 : null,
    medianHoursToRecover: median(clocks.flatMap((c) => (c.hoursToRecover === undefined ? [] : [c.hoursToRecover]))),
  };
}

/** Clocks started in [from, to), per brand (alphabetical), each with its periods of `bucket`. */
export function recoveryStats(clocks: readonly RecoveryClock[], range: { from: string; to: string; bucket: TimeBucket }): BrandRecovery[] {
  const fromMs = Date.parse(range.from);
  const toMs = Date.parse(range.to);
  const inRange = clocks.filter((c) => {
    const started = Date.parse(c.startedAt);
    return started >= fromMs && started < toMs;
  });
  const brands = [...new Set(inRange.map((c) => c.brand))].sort();
  const starts = bucketStarts(range.from, range.to, range.bucket);
  return brands.map((brand) => {
    const own = inRange.filter((c) => c.brand === brand);
    const lostBy = Object.fromEntries(LOST_REASONS.map((r) => [r, own.filter((c) => c.lostReason === r).length])) as Record<LostReason, number>;
    const periods = starts.map((start) => {
      const startMs = Date.parse(start);
      return { start, ...recoveryFigures(own.filter((c) => bucketStartMs(Date.parse(c.startedAt), range.bucket) === startMs)) };
    });
    return { brand, ...recoveryFigures(own), lostBy, periods };
  });
}
