// The response window in words, as rows and badge menus show it: "2 d 4 h over the 48 h limit",
// "quedan 3 h para responder", "answered in 35 min" — "(business hours)" when counted in them.
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { durationPlural, formatDuration, type DurationOptions } from '../../ui/time-words.ts';
import type { ResponseWindow } from './response-window.ts';

const HOUR_MS = 3_600_000;

/** Spans of ten hours or more are told in whole hours: down to the last whole one. */
const floorToWholeHours = (ms: number): number => (ms >= 10 * HOUR_MS ? Math.floor(ms / HOUR_MS) * HOUR_MS : ms);

/**
 * `responseHours`: the limit (48). `style` short for a row ("2 d 4 h"), long for a tooltip ("2 days and
 * 4 hours"). Business time is told in hours: a business "day" would mislead. Time left is in hours too, to
 * read against the limit ("45 h left" of 48, not "1 d 21 h").
 */
export function responseWindowText(window: ResponseWindow, t: Translator, lang: UiLanguage, responseHours: number, style: 'short' | 'long' = 'short'): string {
  if (window.state === 'unknown') return t('inbox.windowUnknown');
  if (window.state === 'none') return t('window.none');
  if (window.state === 'answered' && window.tookMs === undefined) return t('inbox.answered');
  const options: DurationOptions = { style, ...(window.business || window.state === 'open' ? { largest: 'hour' as const } : {}) };
  // Time left is never rounded up: 47 h 30 min left is "47 h", not a "48 h" that was never there.
  const ms = window.state === 'open' ? floorToWholeHours(window.leftMs) : window.state === 'overdue' ? window.overMs : (window.tookMs ?? 0);
  const duration = formatDuration(ms, lang, options);
  let text: string;
  if (window.state === 'open') text = t(`window.left.${durationPlural(ms, lang, options.largest)}`, { duration });
  else if (window.state === 'overdue') text = t('window.over', { duration, limit: formatDuration(responseHours * HOUR_MS, lang, { largest: 'hour', style }) });
  else if (ms > responseHours * HOUR_MS) text = t('window.answeredLate', { duration, limit: formatDuration(responseHours * HOUR_MS, lang, { largest: 'hour', style }) });
  else text = t('window.answeredIn', { duration });
  return window.business ? t('window.business', { text }) : text;
}
