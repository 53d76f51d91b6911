// The collapsible panel the overlay shows over the CRM page: the customer and their journey, or, when
// nobody is known for sure, candidate public authors and the mentions by the page's handles.
import { MomentLegend } from './moment-legend.tsx';
import { MentionCard } from '../../ui/mention-card.tsx';
import { AuthorCandidates } from './author-candidates.tsx';
import { CustomerSummary } from './customer-summary.tsx';
import { IdentityFoundLine } from './identity-found.tsx';
import { JourneyMetrics } from './journey-metrics.tsx';
import { JourneyTimeline } from './journey-timeline.tsx';
import type { CustomerJourneyAnswer } from './overlay-journey.ts';
import type { OverlayModel } from './overlay-model.ts';
import { SentimentSparkline } from './sentiment-sparkline.tsx';

function AnswerBody({ answer, model }: { answer: CustomerJourneyAnswer; model: OverlayModel }) {
  const t = model.t.value;
  const lang = model.language.value;
  if (answer.kind === 'known') {
    const { journey } = answer;
    return (
      <>
        {answer.offline && <p class="vigia-overlay__notice vigia-overlay__notice--error">{t('overlay.offline', { detail: answer.offline })}</p>}
        <CustomerSummary journey={journey} t={t} />
        {answer.candidates.length > 0 && <AuthorCandidates candidates={answer.candidates} canLink model={model} />}
        {journey.journey ? <JourneyMetrics journey={journey.journey} journeyCount={journey.journeyCount} t={t} lang={lang} /> : <p class="vigia-overlay__notice">{t('overlay.noJourney')}</p>}
        <SentimentSparkline scores={journey.sparkline} t={t} />
        {journey.timeline.length > 0 && <JourneyTimeline entries={journey.timeline} currentJourneyId={journey.journey?.id} t={t} lang={lang} />}
        <MomentLegend moments={journey.timeline.map((entry) => entry.moment)} t={t} />
      </>
    );
  }
  const mentions = answer.mentions;
  return (
    <>
      {answer.kind === 'not-configured' && <p class="vigia-overlay__notice">{t('overlay.notConfigured')}</p>}
      {answer.kind === 'unknown' && answer.offline && <p class="vigia-overlay__notice vigia-overlay__notice--error">{t('overlay.offline', { detail: answer.offline })}</p>}
      {answer.kind === 'unknown' && answer.candidates.length > 0 && <AuthorCandidates candidates={answer.candidates} canLink={answer.canLink} model={model} />}
      {mentions.length > 0 && <p class="vigia-section-title">{t('overlay.mentions')}</p>}
      {mentions.map((mention) => (
        <MentionCard key={mention.id} mention={mention} lang={lang} t={t} now={model.now.value} />
      ))}
      {mentions.length === 0 && (answer.kind !== 'unknown' || answer.candidates.length === 0) && <p class="vigia-overlay__notice vigia-overlay__empty">{t('overlay.empty')}</p>}
    </>
  );
}

export function OverlayPanel({ model }: { model: OverlayModel }) {
  const t = model.t.value;
  const lookup = model.lookup.value;
  const collapsed = model.collapsed.value;
  const answer = lookup.state === 'ready' ? lookup.answer : undefined;
  return (
    <aside class={`vigia-overlay${collapsed ? ' vigia-overlay--collapsed' : ''}`} aria-label={t('overlay.title')} data-state={lookup.state} data-answer={answer?.kind}>
      <header class="vigia-overlay__header">
        <strong>{t('overlay.title')}</strong>
        {answer?.kind === 'known' && answer.journey.risk.churnRisk && <span class="vigia-overlay__flag" title={t('overlay.churnRisk')}>!</span>}
        {answer?.kind === 'known' && answer.stale && <span class="vigia-overlay__count">{t('overlay.stale')}</span>}
        <button type="button" class="vigia-button" aria-expanded={!collapsed} onClick={() => model.toggle()}>
          {collapsed ? t('overlay.expand') : t('overlay.collapse')}
        </button>
      </header>
      {!collapsed && (
        <div class="vigia-overlay__body">
          <IdentityFoundLine person={model.person.value} recipe={model.recipe.value} t={t} />
          {lookup.state === 'loading' && <p class="vigia-overlay__notice">{t('overlay.loading')}</p>}
          {lookup.state === 'error' && <p class="vigia-overlay__notice vigia-overlay__notice--error">{t('overlay.error', { detail: lookup.detail })}</p>}
          {answer && <AnswerBody answer={answer} model={model} />}
        </div>
      )}
    </aside>
  );
}
