// The acronyms the timeline shows (LZMOT, IMOT…), each said in plain words, under a fold at the foot of
// the panel; only the ones this customer's timeline uses.
import type { MomentOfTruth } from '../../../shared/moment-of-truth.ts';
import type { Translator } from '../../i18n/dictionary.ts';

export function MomentLegend({ moments, t }: { moments: readonly (MomentOfTruth | undefined)[]; t: Translator }) {
  const used = [...new Set(moments.filter((m): m is MomentOfTruth => m !== undefined))];
  if (!used.length) return null;
  return (
    <details class="vigia-legend">
      <summary>{t('overlay.legend')}</summary>
      <dl>
        {used.map((moment) => (
          <div key={moment} class="vigia-legend__item">
            <dt>
              <span class="vigia-moment" data-moment={moment}>
                {moment}
              </span>
            </dt>
            <dd>
              {t(`momentPlain.${moment}`)} <span class="vigia-legend__term">({t(`moment.${moment}`)})</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
