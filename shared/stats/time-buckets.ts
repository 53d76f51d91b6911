// Time buckets of statistics series, in UTC: an hour, a day, or an ISO week (Monday first). The collector's
// SQL groups by them and the extension's offline figures use them, so both draw the same bars.

export const TIME_BUCKETS = ['hour', 'day', 'week'] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A bucket's length in milliseconds. */
export const bucketSizeMs = (bucket: TimeBucket): number => (bucket === 'hour' ? HOUR : bucket === 'day' ? DAY : 7 * DAY);

/** The first instant (ms) of the bucket holding `ms`. */
export function bucketStartMs(ms: number, bucket: TimeBucket): number {
  if (bucket === 'hour') return Math.floor(ms / HOUR) * HOUR;
  const day = Math.floor(ms / DAY) * DAY;
  if (bucket === 'day') return day;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY;
}

/** The first instant of the bucket holding `iso`, as an ISO string. */
export const bucketStart = (iso: string, bucket: TimeBucket): string => new Date(bucketStartMs(Date.parse(iso), bucket)).toISOString();

/** The bucket after the one starting at `startMs`. */
export const nextBucketMs = (startMs: number, bucket: TimeBucket): number => startMs + bucketSizeMs(bucket);

/** Every bucket start from the one holding `from` to the last one before `to` (empty ones included). */
export function bucketStarts(from: string, to: string, bucket: TimeBucket): string[] {
  const end = Date.parse(to);
  const starts: string[] = [];
  for (let t = bucketStartMs(Date.parse(from), bucket); t < end; t = nextBucketMs(t, bucket)) starts.push(new Date(t).toISOString());
  return starts;
}

/** How many buckets a range holds, without listing them (to refuse absurd requests first). */
export const bucketCount = (from: string, to: string, bucket: TimeBucket): number =>
  Math.max(0, Math.ceil((Date.parse(to) - bucketStartMs(Date.parse(from), bucket)) / bucketSizeMs(bucket)));

/** More buckets than a chart can show is a mistake (an hourly series over a year). */
export const MAX_BUCKETS = 2000;
