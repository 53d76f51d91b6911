// How much business time lies between two instants: the sum, over each local working day, of the part of
// its opening hours inside the span. Days are walked on the zone's calendar and each opening and closing
// is turned into an instant on its own, so a DST change (a 23- or 25-hour day) is counted as the clocks
// read it, never as a fixed 24 h.
import { addDays, instantOf, isoDateOf, localDateOf, weekdayOf, type LocalDate } from './zoned-time.ts';
import type { CompiledBusinessHours } from './business-hours.ts';

/** Spans longer than this many days are counted over their last this-many days only. @default 3660 */
export const MAX_BUSINESS_DAYS = 3660;

const windows = new Map<string, [number, number] | null>();

/** The day's opening and closing instants, or null when closed; remembered, as every row asks for the same days. */
function openWindowOf(date: LocalDate, hours: CompiledBusinessHours): [number, number] | null {
  const iso = isoDateOf(date);
  const key = `${hours.timeZone}|${hours.openMinute}|${hours.closeMinute}|${iso}`;
  const known = windows.get(key);
  if (known !== undefined) return hours.days.has(weekdayOf(date)) && !hours.holidays.has(iso) ? known : null;
  const window: [number, number] = [instantOf(date, hours.openMinute, hours.timeZone), instantOf(date, hours.closeMinute, hours.timeZone)];
  // A cache for a long-lived page: dates repeat, so it stays as large as the span of dates ever seen.
  if (windows.size > 50_000) windows.clear();
  windows.set(key, window);
  return hours.days.has(weekdayOf(date)) && !hours.holidays.has(iso) ? window : null;
}

/** Business milliseconds in [from, to) (epoch ms); 0 when `to` is not after `from`. */
export function businessTimeBetween(from: number, to: number, hours: CompiledBusinessHours): number {
  if (!(to > from)) return 0;
  const start = Math.max(from, to - MAX_BUSINESS_DAYS * 86_400_000);
  let date = localDateOf(start, hours.timeZone);
  const last = isoDateOf(localDateOf(to, hours.timeZone));
  let total = 0;
  for (;;) {
    const window = openWindowOf(date, hours);
    if (window) total += Math.max(0, Math.min(window[1], to) - Math.max(window[0], start));
    if (isoDateOf(date) >= last) break;
    date = addDays(date, 1);
  }
  return total;
}

/** Business milliseconds in a normal working day (closing minus opening). */
export const businessDayLength = (hours: CompiledBusinessHours): number => (hours.closeMinute - hours.openMinute) * 60_000;
