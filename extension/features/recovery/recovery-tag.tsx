// A recovery clock as a compact tag (inbox rows, the overlay): its state in words, red when little time is
// left, with the brand when the customer talks about several.
import type { RecoveryClock } from '../../../shared/journey/recovery-clock.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { recoveryClockWords } from './recovery-words.ts';

export function RecoveryTag({ clock, now, t, lang, brand }: { clock: RecoveryClock; now: number; t: Translator; lang: UiLanguage; brand?: boolean }) {
  const words = recoveryClockWords(clock, now, t, lang);
  return (
    <span class={`vigia-recovery vigia-recovery--${words.tone}`} data-recovery={words.tone} data-recovery-mention={clock.mentionId} title={words.title ?? words.text}>
      {words.text}
      {brand && clock.brand !== '*' && <> {t('recovery.brand', { brand: clock.brand })}</>}
    </span>
  );
}
