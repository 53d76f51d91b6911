// Time buckets of the sentiment series: the shared UTC buckets (shared/stats/time-buckets.ts), and how a
// SQL prefix of `sort_at` names one.
import { bucketStart, type TimeBucket } from '../../shared/stats/time-buckets.ts';

export { bucketCount, bucketStart, bucketStarts } from '../../shared/stats/time-buckets.ts';

/** The characters of `sort_at` SQL groups by: the hour ("2026-11-20T10"), else the day ("2026-11-20"). */
export const sqlPrefixLength = (bucket: TimeBucket): number => (bucket === 'hour' ? 13 : 10);

/** An instant inside the bucket SQL's prefix of `sort_at` falls in (weeks are grouped by day, then merged). */
export const instantOfPrefix = (prefix: string): string => (prefix.length === 13 ? `${prefix}:00:00.000Z` : `${prefix}T00:00:00.000Z`);

/** The bucket of a SQL prefix of `sort_at`. */
export const bucketStartOf = (prefix: string, bucket: TimeBucket): string => bucketStart(instantOfPrefix(prefix), bucket);
