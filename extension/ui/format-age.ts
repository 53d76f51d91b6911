// "3 h ago" / "hace 3 h", "2 days ago" / "hace 2 días": how long ago something happened, in the UI's
// language — minutes and hours short, as a row needs them; days and beyond in words, with their plurals (Intl).
import type { UiLanguage } from '../i18n/language.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Beyond hours, the unit a span is told in, up to (excluding) the seconds given. */
const LONG_UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['day', DAY, 14 * DAY],
  ['week', 7 * DAY, 60 * DAY],
  ['month', 30 * DAY, 365 * DAY],
  ['year', 365 * DAY, Number.POSITIVE_INFINITY],
];

const SHORT_AGO: Record<UiLanguage, (n: string, unit: 'min' | 'h') => string> = {
  en: (n, unit) => `${n} ${unit} ago`,
  es: (n, unit) => `hace ${n} ${unit}`,
};

/** "5 min ago", "3 h ago", "1 day ago", "hace 2 días", "hace 3 semanas" for a span of `seconds`; undefined under a minute. */
export function formatAgo(seconds: number, lang: UiLanguage): string | undefined {
  if (seconds < MINUTE) return undefined;
  const number = new Intl.NumberFormat(lang);
  if (seconds < HOUR) return SHORT_AGO[lang](number.format(Math.floor(seconds / MINUTE)), 'min');
  if (seconds < DAY) return SHORT_AGO[lang](number.format(Math.floor(seconds / HOUR)), 'h');
  const format = new Intl.RelativeTimeFormat(lang, { style: 'long', numeric: 'always' });
  const [unit, size] = LONG_UNITS.find(([, , below]) => seconds < below)!;
  return format.format(-Math.floor(seconds / size), unit);
}

/**
 * Age of an ISO date at `now` ("3 h ago", "hace 2 días"); `nowWord` under a minute, also for a date a
 * little in the future (clock skew). Undefined for an unparseable date (shown as "date unknown", never invented).
 */
export function formatAge(iso: string, now: number, lang: UiLanguage, nowWord: string): string | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  return formatAgo(Math.max(0, Math.round((now - at) / 1000)), lang) ?? nowWord;
}

/** The full date and time, for a tooltip. */
export const formatDateTime = (iso: string, lang: UiLanguage): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The date alone, e.g. "2 Nov 2026". */
export const formatDate = (iso: string, lang: UiLanguage): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
