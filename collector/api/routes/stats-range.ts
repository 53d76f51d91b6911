// The period every statistics route answers for: `to` defaults to now, `from` to 30 days before `to`
// (docs/api-contract.md), and a range whose buckets would be too many for one answer is refused.
import { bucketCount, MAX_BUCKETS, type TimeBucket } from '../../../shared/stats/time-buckets.ts';
import { ApiError } from '../../errors.ts';

/** The range when `from` is not given: this many days before `to`. */
export const DEFAULT_STATS_DAYS = 30;

/** The asked range with its documented defaults; 400 when `from` is not before `to`. */
export function statsRange(query: { from?: string | undefined; to?: string | undefined }, now: string): { from: string; to: string } {
  const to = query.to ?? now;
  const from = query.from ?? new Date(Date.parse(to) - DEFAULT_STATS_DAYS * 86_400_000).toISOString();
  if (from >= to) throw new ApiError(400, '"from" must be before "to"', [{ path: 'from', message: 'must be before "to"' }]);
  return { from, to };
}

/** 400 when the range holds more than MAX_BUCKETS buckets; `advice` says what to choose instead. */
export function checkBucketCount(range: { from: string; to: string }, bucket: TimeBucket, noun = 'buckets', advice = 'choose a wider bucket or a shorter range'): void {
  if (bucketCount(range.from, range.to, bucket) <= MAX_BUCKETS) return;
  throw new ApiError(400, `more than ${MAX_BUCKETS} ${bucket} ${noun}: ${advice}`, [{ path: 'bucket', message: `too many ${noun} for the range` }]);
}
