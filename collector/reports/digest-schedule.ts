// When the weekly digest is due: the latest scheduled moment (its day and time in its time zone) at or before
// now. The digest of that moment covers the seven days before it. Only the latest one is ever owed: a
// collector that was down at the scheduled time sends it when it starts again (within the week), and a
// digest missed for longer is skipped, never sent late in a burst.
import { localDateOf, addDays, weekdayOf, instantOf } from '../../shared/time/zoned-time.ts';
import { minuteOfDay } from '../../shared/time/business-hours.ts';
import { DIGEST_DAYS, type WeeklyDigestSettings } from './digest-settings.ts';

export interface DigestSlot {
  /** The scheduled moment (ISO): the end of the week covered, exclusive. */
  at: string;
  /** Seven days before `at`. */
  from: string;
  /** The id its deliveries are claimed under: sent once per webhook, by any process, across restarts. */
  id: string;
}

/** The latest slot at or before `now`. */
export function latestDigestSlot(now: Date, s: Pick<WeeklyDigestSettings, 'day' | 'at' | 'timezone'>): DigestSlot {
  const minute = minuteOfDay(s.at)!;
  const want = DIGEST_DAYS.indexOf(s.day);
  let date = localDateOf(now.getTime(), s.timezone);
  // Back to the wanted weekday, then a week further if that day's time is still ahead.
  date = addDays(date, -((weekdayOf(date) - want + 7) % 7));
  let at = instantOf(date, minute, s.timezone);
  if (at > now.getTime()) at = instantOf(addDays(date, -7), minute, s.timezone);
  const atIso = new Date(at).toISOString();
  return { at: atIso, from: new Date(at - 7 * 86_400_000).toISOString(), id: `digest:${atIso}` };
}
