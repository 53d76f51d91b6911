// The customer's recovery clock in the overlay: the one that matters now (running and due soonest, else the
// latest) and, folded below it, the earlier ones.
import { currentClock, type RecoveryClock } from '../../../shared/journey/recovery-clock.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { RecoveryTag } from '../recovery/recovery-tag.tsx';

const EARLIER_SHOWN = 5;

export function RecoveryBlock({ clocks, now, t, lang }: { clocks: readonly RecoveryClock[]; now: number; t: Translator; lang: UiLanguage }) {
  const current = currentClock(clocks);
  if (!current) return null;
  const earlier = clocks.filter((c) => c !== current).slice(0, EARLIER_SHOWN);
  const brands = new Set(clocks.map((c) => c.brand)).size > 1;
  return (
    <section class="vigia-recovery-block" data-recovery-state={current.state}>
      <p class="vigia-section-title">{t('recovery.title')}</p>
      <RecoveryTag clock={current} now={now} t={t} lang={lang} brand={brands} />
      {earlier.length > 0 && (
        <details>
          <summary>{t('recovery.earlier')}</summary>
          <ol>
            {earlier.map((clock) => (
              <li key={`${clock.mentionId}:${clock.brand}`}>
                <RecoveryTag clock={clock} now={now} t={t} lang={lang} brand={brands} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
