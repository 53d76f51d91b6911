// Spans of time in plain words, English and Spanish, with the plural each number takes: "35 min",
// "3 h 20 min", "2 d 4 h" (short, for rows) or "2 days and 4 hours", "1 día" (long, for tooltips).
import type { UiLanguage } from '../i18n/language.ts';

export type DurationUnit = 'minute' | 'hour' | 'day';
export interface DurationPart {
  unit: DurationUnit;
  value: number;
}

export interface DurationOptions {
  /** `short`: "2 d 4 h"; `long`: "2 days and 4 hours". @default 'short' */
  style?: 'short' | 'long';
  /** The largest unit: `hour` for business time, where a "day" would be ambiguous. @default 'day' */
  largest?: 'day' | 'hour';
}

const MINUTE_MS = 60_000;

/** Words per language, unit and plural category (Intl.PluralRules: "one" or "other" in both languages). */
const UNIT_WORDS: Record<UiLanguage, Record<'short' | 'long', Record<DurationUnit, { one: string; other: string }>>> = {
  en: {
    short: { minute: { one: 'min', other: 'min' }, hour: { one: 'h', other: 'h' }, day: { one: 'd', other: 'd' } },
    long: { minute: { one: 'minute', other: 'minutes' }, hour: { one: 'hour', other: 'hours' }, day: { one: 'day', other: 'days' } },
  },
  es: {
    short: { minute: { one: 'min', other: 'min' }, hour: { one: 'h', other: 'h' }, day: { one: 'd', other: 'd' } },
    long: { minute: { one: 'minuto', other: 'minutos' }, hour: { one: 'hora', other: 'horas' }, day: { one: 'día', other: 'días' } },
  },
};
const AND: Record<UiLanguage, string> = { en: ' and ', es: ' y ' };
const UNDER_A_MINUTE: Record<UiLanguage, Record<'short' | 'long', string>> = {
  en: { short: '< 1 min', long: 'less than a minute' },
  es: { short: '< 1 min', long: 'menos de un minuto' },
};

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();
/** "one" or "other" for a count in the language. */
export function pluralOf(count: number, lang: UiLanguage): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * A span split into at most two units, rounded to what a person reads: minutes under an hour; hours and
 * minutes under ten hours; whole hours up to a day (or always, with `largest: 'hour'`); days and hours beyond.
 * Empty under half a minute.
 */
export function durationParts(ms: number, largest: 'day' | 'hour' = 'day'): DurationPart[] {
  const minutes = Math.round(Math.max(0, ms) / MINUTE_MS);
  if (minutes < 1) return [];
  if (minutes < 60) return [{ unit: 'minute', value: minutes }];
  if (minutes < 600) {
    const parts: DurationPart[] = [{ unit: 'hour', value: Math.floor(minutes / 60) }];
    if (minutes % 60 > 0) parts.push({ unit: 'minute', value: minutes % 60 });
    return parts;
  }
  const hours = Math.round(minutes / 60);
  if (largest === 'hour' || hours < 24) return [{ unit: 'hour', value: hours }];
  const parts: DurationPart[] = [{ unit: 'day', value: Math.floor(hours / 24) }];
  if (hours % 24 > 0) parts.push({ unit: 'hour', value: hours % 24 });
  return parts;
}

/** Whether the words around a span take the singular ("queda 1 h") or the plural ("quedan 2 h"). */
export function durationPlural(ms: number, lang: UiLanguage, largest: 'day' | 'hour' = 'day'): 'one' | 'other' {
  const parts = durationParts(ms, largest);
  if (parts.length === 0) return 'one';
  return parts.length === 1 ? pluralOf(parts[0]!.value, lang) : 'other';
}

/** The span in words: "35 min", "2 d 4 h", "1 día", "2 days and 4 hours"; "< 1 min" under half a minute. */
export function formatDuration(ms: number, lang: UiLanguage, options: DurationOptions = {}): string {
  const style = options.style ?? 'short';
  const parts = durationParts(ms, options.largest);
  if (parts.length === 0) return UNDER_A_MINUTE[lang][style];
  const number = new Intl.NumberFormat(lang);
  const words = parts.map(({ unit, value }) => `${number.format(value)} ${UNIT_WORDS[lang][style][unit][pluralOf(value, lang)]}`);
  return words.join(style === 'long' ? AND[lang] : ' ');
}
