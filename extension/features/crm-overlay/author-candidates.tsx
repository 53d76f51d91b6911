// Public authors who might be the customer on the page, each with a "Link" button.
import type { AuthorCandidate } from '../../../shared/customer/customer-journey-view.ts';
import type { OverlayModel } from './overlay-model.ts';

export function AuthorCandidates({ candidates, canLink, model }: { candidates: readonly AuthorCandidate[]; canLink: boolean; model: OverlayModel }) {
  const t = model.t.value;
  const linking = model.linking.value;
  return (
    <section class="vigia-candidates">
      <p class="vigia-section-title">{t('overlay.candidates')}</p>
      {!canLink && <p class="vigia-overlay__notice">{t('overlay.cannotLink')}</p>}
      <ul class="vigia-candidates__list">
        {candidates.map((c) => {
          const busy = linking?.platform === c.platform && linking.handle === c.handle && !linking.error;
          const failed = linking?.platform === c.platform && linking.handle === c.handle ? linking.error : undefined;
          return (
            <li key={`${c.platform}:${c.handle}`} class="vigia-candidate" data-candidate={`${c.platform}:${c.handle}`}>
              <span class="vigia-candidate__who">
                <strong>{c.name ?? c.handle}</strong> <span class="vigia-candidate__handle">{`${c.platform}: ${c.handle}`}</span>
              </span>
              <span class="vigia-candidate__why">
                {c.reason} · {t('overlay.candidateMentions', { count: c.mentionCount })}
              </span>
              <button type="button" class="vigia-button" disabled={!canLink || linking !== undefined && !linking.error} onClick={() => void model.link(c)}>
                {busy ? t('overlay.linking') : t('overlay.link')}
              </button>
              {failed && <span class="vigia-overlay__notice vigia-overlay__notice--error">{t('overlay.linkFailed', { detail: failed })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
