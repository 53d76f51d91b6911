// The dashboard's date range: presets, the date inputs' values, and the bucket size that keeps the
// sentiment chart readable (hours for two days, days up to two months, weeks beyond).
import type { SentimentStats } from '../../sync/sentiment-stats.ts';

/** From (inclusive) and to (exclusive), ISO instants at UTC midnight. */
export interface StatsRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const midnight = (ms: number): number => Math.floor(ms / DAY) * DAY;

/** The last `days` days up to and including today. */
export function lastDays(days: number, now: number): StatsRange {
  const to = midnight(now) + DAY;
  return { from: new Date(to - days * DAY).toISOString(), to: new Date(to).toISOString() };
}

/** The range from two `<input type="date">` values (the end day included); undefined when unreadable or reversed. */
export function rangeFromInputs(from: string, to: string): StatsRange | undefined {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  return { from: new Date(start).toISOString(), to: new Date(end + DAY).toISOString() };
}

/** The inputs' values for a range (the end day is the last day included). */
export function inputsOf(range: StatsRange): { from: string; to: string } {
  return { from: range.from.slice(0, 10), to: new Date(Date.parse(range.to) - DAY).toISOString().slice(0, 10) };
}

/** Hours up to two days, days up to 62, weeks beyond. */
export function bucketFor(range: StatsRange): SentimentStats['bucket'] {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY;
  return days <= 2 ? 'hour' : days <= 62 ? 'day' : 'week';
}
