// Time buckets of the sentiment series, in UTC: an hour, a day, or an ISO week (Monday first).
import type { SentimentBucket } from './sentiment-stats.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The first instant of the bucket holding `iso`. */
export function bucketStart(iso: string, bucket: SentimentBucket): string {
  const t = Date.parse(iso);
  if (bucket === 'hour') return new Date(t - (t % HOUR)).toISOString();
  const day = t - (((t % DAY) + DAY) % DAY);
  if (bucket === 'day') return new Date(day).toISOString();
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(day - weekday * DAY).toISOString();
}

/** A bucket from SQL's prefix of `sort_at` ("2026-11-20T10" per hour, "2026-11-20" per day and week). */
export function bucketStartOf(prefix: string, bucket: SentimentBucket): string {
  return bucketStart(prefix.length === 13 ? `${prefix}:00:00.000Z` : `${prefix}T00:00:00.000Z`, bucket);
}

/** Every bucket start from the one holding `from` to the last one before `to`. */
export function bucketStarts(from: string, to: string, bucket: SentimentBucket): string[] {
  const end = Date.parse(to);
  const starts: string[] = [];
  for (let t = Date.parse(bucketStart(from, bucket)); t < end; ) {
    starts.push(new Date(t).toISOString());
    t += bucket === 'hour' ? HOUR : bucket === 'day' ? DAY : 7 * DAY;
  }
  return starts;
}

/** How many buckets a range holds, without listing them (to refuse absurd requests first). */
export function bucketCount(from: string, to: string, bucket: SentimentBucket): number {
  const size = bucket === 'hour' ? HOUR : bucket === 'day' ? DAY : 7 * DAY;
  return Math.ceil((Date.parse(to) - Date.parse(bucketStart(from, bucket))) / size);
}
