// "3 h ago" / "hace 3 h": how long ago something happened, in the UI's language, via Intl.
import type { UiLanguage } from '../i18n/language.ts';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * Age of an ISO date at `now`, narrow style (e.g. "3h ago", "hace 3 h"); `nowWord` under a minute.
 * Returns undefined for an unparseable date (shown as "date unknown", never invented).
 */
export function formatAge(iso: string, now: number, lang: UiLanguage, nowWord: string): string | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  const format = new Intl.RelativeTimeFormat(lang, { style: 'narrow', numeric: 'always' });
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
  }
  return nowWord;
}

/** The full date and time, for a tooltip. */
export const formatDateTime = (iso: string, lang: UiLanguage): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The date alone, e.g. "2 Nov 2026". */
export const formatDate = (iso: string, lang: UiLanguage): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
