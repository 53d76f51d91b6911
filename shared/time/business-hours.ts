// Business hours as the config writes them (`triage.businessHours`) and the API serves them: a time zone,
// working days, opening and closing times and holidays — checked once, then compiled for the clock maths.
import { z } from 'zod';
import { isValidTimeZone } from './zoned-time.ts';

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** "09:00" … "23:59", and "24:00" for the end of the day. */
const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes after midnight of "HH:MM", or undefined when it is not such a time. */
export function minuteOfDay(clock: string): number | undefined {
  const match = CLOCK.exec(clock);
  if (!match) return undefined;
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

/**
 * The weekdays of "mon-fri", "mon-thu,sat", "sun" (0 = Sunday … 6 = Saturday); a range may wrap the week
 * ("fri-mon"). Throws a message naming the bad part.
 */
export function parseWorkingDays(days: string): Set<number> {
  const out = new Set<number>();
  const indexOf = (name: string): number => {
    const index = DAY_NAMES.indexOf(name.trim().toLowerCase() as (typeof DAY_NAMES)[number]);
    if (index < 0) throw new Error(`"${name.trim()}" is not a day (use ${DAY_NAMES.join(', ')})`);
    return index;
  };
  for (const part of days.split(',')) {
    const [first, last, extra] = part.split('-');
    if (extra !== undefined || first === undefined || first.trim() === '') throw new Error(`"${part.trim()}" is not a day or a range like "mon-fri"`);
    const start = indexOf(first);
    const end = last === undefined ? start : indexOf(last);
    for (let day = start; ; day = (day + 1) % 7) {
      out.add(day);
      if (day === end) break;
    }
  }
  return out;
}

const isCalendarDate = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
};

export const businessHoursSchema = z
  .object({
    /** IANA time zone the hours are kept in, e.g. "Europe/Madrid", "America/Mexico_City". */
    timezone: z.string().refine(isValidTimeZone, { message: 'is not a time zone this system knows (an IANA name like "Europe/Madrid")' }),
    /** Working days: "mon-fri", "mon-thu,sat"… @default "mon-fri" */
    days: z
      .string()
      .default('mon-fri')
      .superRefine((days, ctx) => {
        try {
          parseWorkingDays(days);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    /** Opening time, "HH:MM" local. */
    from: z.string().refine((t) => minuteOfDay(t) !== undefined, { message: 'must be a time like "09:00"' }),
    /** Closing time, "HH:MM" local ("24:00" for midnight), after `from`. */
    to: z.string().refine((t) => minuteOfDay(t) !== undefined, { message: 'must be a time like "18:00" (or "24:00")' }),
    /** Local dates with no business hours, "YYYY-MM-DD". */
    holidays: z.array(z.string().refine(isCalendarDate, { message: 'must be a date like "2026-12-25"' })).max(1000).default([]),
  })
  .refine((h) => (minuteOfDay(h.from) ?? 0) < (minuteOfDay(h.to) ?? 0), { message: '"to" must be after "from" (hours over midnight are not supported)', path: ['to'] });
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/** Business hours ready for the clock maths. */
export interface CompiledBusinessHours {
  timeZone: string;
  /** Weekdays open, 0 = Sunday. */
  days: ReadonlySet<number>;
  /** Opening and closing, minutes after local midnight. */
  openMinute: number;
  closeMinute: number;
  /** "YYYY-MM-DD" local dates closed. */
  holidays: ReadonlySet<string>;
}

/** Compiles validated business hours (throws on input that skipped the schema). */
export function compileBusinessHours(hours: BusinessHours): CompiledBusinessHours {
  const openMinute = minuteOfDay(hours.from);
  const closeMinute = minuteOfDay(hours.to);
  if (openMinute === undefined || closeMinute === undefined || openMinute >= closeMinute) throw new Error(`business hours: bad opening times ${hours.from}–${hours.to}`);
  return { timeZone: hours.timezone, days: parseWorkingDays(hours.days), openMinute, closeMinute, holidays: new Set(hours.holidays) };
}
