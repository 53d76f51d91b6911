// How the overlay words and draws journey figures: hours, the 48 h rule, resolution, channel icons.
import type { JourneyMetrics } from '../../../shared/journey/journey-metrics.ts';
import type { Channel } from '../../../shared/journey/touchpoint.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';

/** Hours with at most one decimal, in the UI's number format ("19.8", "19,8"). */
export const formatHours = (hours: number, lang: UiLanguage): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: hours < 10 ? 1 : 0 }).format(hours);

/** Time to first response against the 48-hour immediacy rule. */
export function firstResponseText(metrics: Pick<JourneyMetrics, 'firstResponse'>, t: Translator, lang: UiLanguage): string {
  const { hours, immediacy } = metrics.firstResponse;
  if (immediacy === 'waiting') return t('immediacy.waiting');
  if (immediacy === 'not-applicable') return t('immediacy.notApplicable');
  if (hours === undefined) return t('immediacy.missedNoReply');
  return t(immediacy === 'met' ? 'immediacy.met' : 'immediacy.missed', { hours: formatHours(hours, lang) });
}

/** Resolved in N hours, or open for N hours. */
export function resolutionText(metrics: Pick<JourneyMetrics, 'resolution'>, t: Translator, lang: UiLanguage): string {
  const { resolved, hours, openHours } = metrics.resolution;
  if (resolved) return t('resolution.resolved', { hours: formatHours(hours ?? 0, lang) });
  return t('resolution.open', { hours: formatHours(openHours ?? 0, lang) });
}

/** One glyph per channel, from symbols common fonts carry (the label goes next to it for screen readers). */
export const CHANNEL_ICONS: Record<Channel, string> = {
  email: '✉',
  phone: '☎',
  chat: '⌨',
  store: '⌂',
  web: '⊕',
  social: '@',
  review: '★',
  ticket: '⚑',
};

/** A short date in the UI's language ("18 Nov", "18 nov"); undefined for an unreadable date (never guessed). */
export function formatShortDate(iso: string, lang: UiLanguage): string | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(at));
}

/** Points of a sentiment sparkline: scores −1 … 1 spread over `width`, 1 at the top, −1 at the bottom. */
export function sparklinePoints(scores: readonly number[], width: number, height: number): [number, number][] {
  if (scores.length === 0) return [];
  const step = scores.length > 1 ? width / (scores.length - 1) : 0;
  const clamp = (s: number) => Math.max(-1, Math.min(1, s));
  const round = (n: number) => Math.round(n * 10) / 10;
  return scores.map((s, i) => [round(scores.length > 1 ? i * step : width / 2), round(((1 - clamp(s)) / 2) * height)]);
}
