// What a badge shows: sentiment (colour and word), moment of truth, "known customer", whether the post was
// collected, and a menu of quick actions (assign to me, responded, resolved, ignore, mute the author, not
// about us, correct the sentiment, open journey).
import type { SentimentLabel, TriageStatus } from '../../../shared/mention.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { PostBadge } from './post-badge.ts';
import { onlyTrusted } from './trusted-event.ts';
import { AspectChips, aspectsText } from '../../ui/aspect-chips.tsx';

/** What the user asked a badge to do. */
export type BadgeAction =
  | { kind: 'status'; status: TriageStatus }
  | { kind: 'assign-to-me' }
  | { kind: 'open-journey' }
  | { kind: 'mute-author' }
  | { kind: 'not-about-us' }
  | { kind: 'correct'; label: SentimentLabel };

export type BadgeState = { state: 'loading' } | PostBadge;

export interface BadgeViewProps {
  badge: BadgeState;
  t: Translator;
  open: boolean;
  onToggle: () => void;
  onAction: (action: BadgeAction) => void;
  /** An action in flight or its error. */
  busy?: boolean;
  error?: string;
}

const STATUS_ACTIONS: [TriageStatus, 'triage.responded' | 'triage.resolved' | 'triage.ignored'][] = [
  ['responded', 'triage.responded'],
  ['resolved', 'triage.resolved'],
  ['ignored', 'triage.ignored'],
];

export function BadgeView({ badge, t, open, onToggle, onAction, busy, error }: BadgeViewProps) {
  if (badge.state === 'loading') return <span class="badge badge--loading">{t('badge.loading')}</span>;
  if (badge.state === 'unavailable') return <span class="badge badge--unavailable" title={badge.detail}>{t('badge.unavailable', { detail: badge.detail })}</span>;
  const collected = badge.source === 'collected' && badge.mentionId !== undefined;
  const sentiment = t(`sentiment.${badge.sentiment}`);
  const toggle = onlyTrusted<MouseEvent>(() => onToggle());
  const act = (action: BadgeAction) => onlyTrusted<MouseEvent>(() => onAction(action));
  return (
    <span class={`badge badge--${badge.sentiment}`} data-source={badge.source}>
      <span class="badge__sentiment" title={[badge.score === undefined ? sentiment : `${sentiment} (${badge.score.toFixed(2)})`, ...(badge.aspects?.length ? [`${t('aspects.label')}: ${aspectsText(badge.aspects, t)}`] : [])].join('\n')}>
        {t('badge.label', { sentiment })}
      </span>
      {badge.urgency && <span class="badge__urgency">{t(`urgency.${badge.urgency}`)}</span>}
      {badge.moment && <span class="badge__moment">{badge.moment}</span>}
      {badge.customerId && <span class="badge__customer">{t('badge.knownCustomer')}</span>}
      {collected && badge.triageStatus && (
        <span class="badge__status" data-triage-status={badge.triageStatus}>
          {t(`status.${badge.triageStatus}`)}
          {badge.assignee ? ` · ${badge.assignee}` : ''}
          {badge.pending ? ' …' : ''}
        </span>
      )}
      <button type="button" class="badge__more" aria-expanded={open} aria-label={t('badge.actions')} onClick={toggle}>
        ⋯
      </button>
      {open && (
        <span class="badge__menu" role="menu">
          {!collected && <span class="badge__note">{t('badge.notCollected')}</span>}
          {badge.aspects?.length ? <AspectChips aspects={badge.aspects} t={t} class="badge__aspects" /> : null}
          <button type="button" role="menuitem" disabled={!collected || busy} onClick={act({ kind: 'assign-to-me' })}>
            {t('inbox.assignToMe')}
          </button>
          {STATUS_ACTIONS.map(([status, label]) => (
            <button key={status} type="button" role="menuitem" disabled={!collected || busy} aria-pressed={badge.triageStatus === status} onClick={act({ kind: 'status', status })}>
              {t(label)}
            </button>
          ))}
          <button type="button" role="menuitem" disabled={!collected || busy} data-action="mute-author" onClick={act({ kind: 'mute-author' })}>
            {t('noise.muteAuthor')}
          </button>
          <button type="button" role="menuitem" disabled={!collected || busy} data-action="not-about-us" onClick={act({ kind: 'not-about-us' })}>
            {t('noise.notAboutUs')}
          </button>
          {(['negative', 'neutral', 'positive'] as const).map((label) => (
            <button key={label} type="button" role="menuitem" data-correct={label} disabled={!collected || busy || badge.sentiment === label} onClick={act({ kind: 'correct', label })}>
              {t('team.correctTo', { label: t(`sentiment.${label}`) })}
            </button>
          ))}
          <button type="button" role="menuitem" disabled={!badge.customerId} onClick={act({ kind: 'open-journey' })}>
            {t('badge.openJourney')}
          </button>
          {badge.priorityWhy && badge.priority !== undefined && (
            <span class="badge__why">
              {t('badge.why', { priority: Math.round(badge.priority) })} {badge.priorityWhy.map((f) => `${t('lang.code') === 'es' ? f.es : f.en} +${f.points}`).join(' · ')}
            </span>
          )}
          <span class="badge__source">{t(collected ? 'badge.collected' : 'badge.analyzed')}</span>
          {error && <span class="badge__error">{error}</span>}
        </span>
      )}
    </span>
  );
}
