// The one rule for a date that comes from outside (a feed entry, an API post): read it if it can be read,
// and believe it only if it could be true. A bad date costs its entry the date, never the entry.

/**
 * How far after collection time a date is still believed: servers with a wrong clock or a time zone
 * written as UTC land a few hours ahead; a date further out would pin its mention to the top of every
 * newest-first list.
 */
export const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

/** Nothing Vigía collects was published before the web had feeds; earlier dates are placeholders (1970, 0001). */
export const EARLIEST_TRUSTED = Date.UTC(1990, 0, 1);

/** A time in milliseconds as an ISO string, or undefined when it is not a real time or not believable. */
function trustedTime(ms: number, now: Date): string | undefined {
  if (!Number.isFinite(ms) || ms < EARLIEST_TRUSTED || ms > now.getTime() + FUTURE_TOLERANCE_MS) return undefined;
  return new Date(ms).toISOString();
}

/** Month abbreviations of RFC 822 dates written in Spanish, Portuguese, French, German and Italian feeds. */
const MONTHS: Record<string, string> = {
  ene: 'Jan', gen: 'Jan', janv: 'Jan', fev: 'Feb', fév: 'Feb', févr: 'Feb', abr: 'Apr', avr: 'Apr', mai: 'May', mag: 'May',
  juin: 'Jun', giu: 'Jun', juil: 'Jul', lug: 'Jul', ago: 'Aug', août: 'Aug', aoû: 'Aug', set: 'Sep', sept: 'Sep',
  out: 'Oct', okt: 'Oct', ott: 'Oct', dic: 'Dec', dez: 'Dec', déc: 'Dec', mär: 'Mar', mrz: 'Mar', mars: 'Mar',
};
/** Zone names JavaScript's Date does not know but feeds write. */
const ZONES: Record<string, string> = { CET: '+0100', CEST: '+0200', WET: '+0000', WEST: '+0100', EET: '+0200', EEST: '+0300', BST: '+0100', BRT: '-0300', ART: '-0300', CLT: '-0400', CLST: '-0300', COT: '-0500', PET: '-0500', MSK: '+0300', JST: '+0900', AEST: '+1000', AEDT: '+1100' };

/** "Seg, 24 Set 2018 19:42:40 BRT" as JavaScript reads it: "24 Sep 2018 19:42:40 -0300". */
function inEnglish(text: string): string {
  const m = /^(?:[^\d,]{2,14},\s*)?(\d{1,2})[\s-]+([^\d\s.,-]{3,5})\.?[\s-]+(\d{2,4})\b(.*)$/u.exec(text);
  if (!m) return text;
  const [, day, month = '', year, rest = ''] = m;
  const zone = / ([A-Z]{3,4})$/.exec(rest)?.[1];
  return `${day} ${MONTHS[month.toLowerCase()] ?? month} ${year}${zone && ZONES[zone] ? rest.replace(/[A-Z]{3,4}$/, ZONES[zone]) : rest}`;
}

/** A date as a source wrote it (ISO 8601, RFC 822 in English and other languages) in milliseconds, if it reads as one. */
export function readDate(value: string | undefined): number | undefined {
  const text = value?.trim();
  // Date.parse reads a lone number as a year or a month; a date has a four-digit year or a day and a month.
  if (!text || !/\d{4}|\d{1,2}[\s-]+\p{L}{3}/u.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isFinite(ms)) return ms;
  const translated = Date.parse(inEnglish(text));
  return Number.isFinite(translated) ? translated : undefined;
}

/** A date as a source wrote it, as an ISO string; undefined when it is missing, unreadable, before 1990, or more than a day after `now`. */
export function trustedDate(value: string | undefined, now: Date = new Date()): string | undefined {
  const ms = readDate(value);
  return ms === undefined ? undefined : trustedTime(ms, now);
}

/**
 * Of the dates an entry gives (published, updated…, in order of preference), the first believable one as
 * an ISO string; else the first readable one (normalisation refuses it); else undefined. One bad date
 * never hides a good one.
 */
export function preferredDate(candidates: readonly (string | undefined)[], now: Date = new Date()): string | undefined {
  for (const value of candidates) {
    const trusted = trustedDate(value, now);
    if (trusted) return trusted;
  }
  const readable = candidates.map(readDate).find((ms) => ms !== undefined);
  return readable === undefined ? undefined : new Date(readable).toISOString();
}

/** Epoch seconds (Reddit's created_utc, Algolia's created_at_i) as an ISO string; undefined rather than a throw for any number. */
export function dateFromEpochSeconds(seconds: number | undefined, now: Date = new Date()): string | undefined {
  return seconds === undefined ? undefined : trustedTime(seconds * 1000, now);
}
