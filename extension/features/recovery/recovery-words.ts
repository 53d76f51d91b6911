// A recovery clock in the UI's words: running (time left, urgent under 6 h), recovered (when, how long it
// took) or lost (when, and why: negative again, said they left, ran out of time). A running clock whose
// deadline has passed reads as lost by running out, as the collector will record it.
import type { RecoveryClock } from '../../../shared/journey/recovery-clock.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { formatDuration } from '../../ui/time-words.ts';

/** Under this many hours left a running clock is shown as urgent (red). */
export const URGENT_HOURS = 6;
const HOUR_MS = 3_600_000;

export type ClockTone = 'running' | 'urgent' | 'recovered' | 'lost';

export interface ClockWords {
  tone: ClockTone;
  text: string;
  /** The longer explanation (a tooltip). */
  title?: string;
}

export const formatWhen = (iso: string, lang: UiLanguage): string =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

export function recoveryClockWords(clock: RecoveryClock, now: number, t: Translator, lang: UiLanguage): ClockWords {
  if (clock.state === 'running') {
    const leftMs = Date.parse(clock.deadline) - now;
    if (leftMs <= 0) return { tone: 'lost', text: t('recovery.lost.expired', { when: formatWhen(clock.deadline, lang) }) };
    return {
      tone: leftMs < URGENT_HOURS * HOUR_MS ? 'urgent' : 'running',
      text: t('recovery.running', { left: formatDuration(leftMs, lang, { style: 'long' }) }),
      title: t('recovery.runningTitle', { deadline: formatWhen(clock.deadline, lang) }),
    };
  }
  const when = formatWhen(clock.endedAt ?? clock.deadline, lang);
  if (clock.state === 'recovered') {
    const took = formatDuration((clock.hoursToRecover ?? (Date.parse(clock.endedAt ?? clock.deadline) - Date.parse(clock.startedAt)) / HOUR_MS) * HOUR_MS, lang, { style: 'long' });
    return { tone: 'recovered', text: t('recovery.recovered', { when, took }) };
  }
  return { tone: 'lost', text: t(`recovery.lost.${clock.lostReason ?? 'expired'}`, { when }) };
}
