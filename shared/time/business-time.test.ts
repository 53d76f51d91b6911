import { describe, expect, it } from 'vitest';
import { businessHoursSchema, compileBusinessHours, parseWorkingDays } from './business-hours.ts';
import { businessTimeBetween } from './business-time.ts';
import { instantOf, localDateOf, offsetAt } from './zoned-time.ts';

const H = 3_600_000;
const at = (iso: string): number => Date.parse(iso);
const madrid = compileBusinessHours(businessHoursSchema.parse({ timezone: 'Europe/Madrid', days: 'mon-fri', from: '09:00', to: '18:00' }));

describe('zoned time', () => {
  it('finds the instant of a local time on either side of a DST change', () => {
    // Madrid: CET (+1) until 29 March 2026 at 02:00, CEST (+2) after; back on 25 October 2026 at 03:00.
    expect(new Date(instantOf({ year: 2026, month: 3, day: 27 }, 9 * 60, 'Europe/Madrid')).toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(new Date(instantOf({ year: 2026, month: 3, day: 30 }, 9 * 60, 'Europe/Madrid')).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(offsetAt(at('2026-10-26T12:00:00Z'), 'Europe/Madrid')).toBe(1 * H);
  });

  it('reads a skipped time after the jump and a repeated time at its first showing', () => {
    expect(new Date(instantOf({ year: 2026, month: 3, day: 29 }, 2 * 60 + 30, 'Europe/Madrid')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(instantOf({ year: 2026, month: 10, day: 25 }, 2 * 60 + 30, 'Europe/Madrid')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // Midnight that ends the day is the next day's first instant.
    expect(new Date(instantOf({ year: 2026, month: 3, day: 28 }, 24 * 60, 'Europe/Madrid')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('tells the local date in the zone, not in UTC', () => {
    expect(localDateOf(at('2026-11-20T23:30:00Z'), 'Europe/Madrid')).toEqual({ year: 2026, month: 11, day: 21 });
    expect(localDateOf(at('2026-11-21T03:30:00Z'), 'America/Mexico_City')).toEqual({ year: 2026, month: 11, day: 20 });
  });
});

describe('businessTimeBetween', () => {
  it('counts only opening hours on working days', () => {
    // Wednesday 10:00 to 16:00 Madrid (CET): 6 h.
    expect(businessTimeBetween(at('2026-11-18T09:00:00Z'), at('2026-11-18T15:00:00Z'), madrid)).toBe(6 * H);
    // Wednesday 20:00 to Thursday 08:00: closed all along.
    expect(businessTimeBetween(at('2026-11-18T19:00:00Z'), at('2026-11-19T07:00:00Z'), madrid)).toBe(0);
    // Wednesday 17:00 to Thursday 10:00: 1 h + 1 h.
    expect(businessTimeBetween(at('2026-11-18T16:00:00Z'), at('2026-11-19T09:00:00Z'), madrid)).toBe(2 * H);
  });

  it('skips the weekend: Friday 17:00 to Monday 10:00 is 2 h', () => {
    expect(businessTimeBetween(at('2026-11-20T16:00:00Z'), at('2026-11-23T09:00:00Z'), madrid)).toBe(2 * H);
    // A whole week is five 9-hour days.
    expect(businessTimeBetween(at('2026-11-16T00:00:00Z'), at('2026-11-23T00:00:00Z'), madrid)).toBe(45 * H);
  });

  it('stays right across the spring DST weekend, where the wall clock loses an hour', () => {
    const from = at('2026-03-27T16:00:00Z'); // Friday 17:00 CET
    const to = at('2026-03-30T08:00:00Z'); // Monday 10:00 CEST
    expect(to - from).toBe(64 * H);
    expect(businessTimeBetween(from, to, madrid)).toBe(2 * H);
  });

  it('counts a 23-hour and a 25-hour day as they are when open around the clock', () => {
    const always = compileBusinessHours(businessHoursSchema.parse({ timezone: 'Europe/Madrid', days: 'mon-sun', from: '00:00', to: '24:00' }));
    const spring = { year: 2026, month: 3, day: 29 };
    const autumn = { year: 2026, month: 10, day: 25 };
    expect(businessTimeBetween(instantOf(spring, 0, 'Europe/Madrid'), instantOf(spring, 1440, 'Europe/Madrid'), always)).toBe(23 * H);
    expect(businessTimeBetween(instantOf(autumn, 0, 'Europe/Madrid'), instantOf(autumn, 1440, 'Europe/Madrid'), always)).toBe(25 * H);
  });

  it('keeps local opening hours across the US change, a different weekend from Europe', () => {
    const ny = compileBusinessHours(businessHoursSchema.parse({ timezone: 'America/New_York', from: '09:00', to: '17:00' }));
    // Friday 6 March 2026 16:00 EST (21:00Z) to Monday 9 March 10:00 EDT (14:00Z).
    expect(businessTimeBetween(at('2026-03-06T21:00:00Z'), at('2026-03-09T14:00:00Z'), ny)).toBe(2 * H);
  });

  it('skips holidays and honours other working days', () => {
    const withHoliday = compileBusinessHours(businessHoursSchema.parse({ timezone: 'Europe/Madrid', from: '09:00', to: '18:00', holidays: ['2026-12-08'] }));
    // Monday 7 December 09:00 to Wednesday 9 December 09:00, the 8th a holiday: 9 h.
    expect(businessTimeBetween(at('2026-12-07T08:00:00Z'), at('2026-12-09T08:00:00Z'), withHoliday)).toBe(9 * H);
    const sixDays = compileBusinessHours(businessHoursSchema.parse({ timezone: 'UTC', days: 'mon-thu,sat', from: '10:00', to: '14:00' }));
    expect(businessTimeBetween(at('2026-11-16T00:00:00Z'), at('2026-11-23T00:00:00Z'), sixDays)).toBe(5 * 4 * H);
  });

  it('is zero for an empty or reversed span', () => {
    expect(businessTimeBetween(at('2026-11-18T10:00:00Z'), at('2026-11-18T10:00:00Z'), madrid)).toBe(0);
    expect(businessTimeBetween(at('2026-11-18T12:00:00Z'), at('2026-11-18T10:00:00Z'), madrid)).toBe(0);
  });
});

describe('business hours config', () => {
  it('reads working days, ranges wrapping the week included', () => {
    expect([...parseWorkingDays('mon-fri')].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...parseWorkingDays('fri-mon')].sort()).toEqual([0, 1, 5, 6]);
    expect(() => parseWorkingDays('mon-fry')).toThrow('"fry" is not a day');
  });

  it('names each bad field', () => {
    const result = businessHoursSchema.safeParse({ timezone: 'Europe/Madird', days: 'lun-vie', from: '9am', to: '18:00', holidays: ['2026-02-30'] });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^timezone: is not a time zone/),
        expect.stringMatching(/^days: "lun" is not a day/),
        expect.stringMatching(/^from: must be a time like "09:00"/),
        expect.stringMatching(/^holidays\.0: must be a date/),
      ]),
    );
    expect(businessHoursSchema.safeParse({ timezone: 'UTC', from: '18:00', to: '09:00' }).error?.issues[0]?.message).toMatch(/"to" must be after "from"/);
  });
});
