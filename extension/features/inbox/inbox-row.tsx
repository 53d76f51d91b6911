// One inbox item: the mention card with its moment, urgency, priority and the reasons behind it, assignee,
// the time left to answer within 48 h, and the triage buttons (exactly Responded / Resolved / Ignore).
import type { PriorityFactor, TriageStatus } from '../../../shared/mention.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { MentionCard } from '../../ui/mention-card.tsx';
import type { InboxItem } from './inbox-item.ts';
import type { InboxModel } from './inbox-model.ts';
import { responseWindowOf } from './response-window.ts';
import { responseWindowText } from './response-window-words.ts';
import { RowActions } from '../replies/row-actions.tsx';
import { RecoveryTag } from '../recovery/recovery-tag.tsx';
import { TicketAction } from '../tickets/ticket-action.tsx';
import { ticketNotice } from '../tickets/ticket-notice.ts';

/** The buttons, in order: the status each sets and its label key. */
export const TRIAGE_ACTIONS: [TriageStatus, MessageKey][] = [
  ['responded', 'triage.responded'],
  ['resolved', 'triage.resolved'],
  ['ignored', 'triage.ignored'],
];

/** The reasons behind a priority in the UI language, each with the points it added ("… +84"). */
export function priorityWhyText(why: readonly PriorityFactor[], lang: UiLanguage): string {
  return why.map((f) => `${lang === 'es' ? f.es : f.en} +${f.points}`).join(' · ');
}

export function InboxRow({ item, model, compact }: { item: InboxItem; model: InboxModel; compact: boolean }) {
  const t = model.t.value;
  const selected = model.selectedId.value === item.id;
  const lang = model.language.value;
  const clock = model.find.clock.value;
  const window = responseWindowOf(item.publishedAt, item.triageStatus, model.now.value, clock, item.firstResponseAt, item.urgency);
  const unseen = model.find.isUnseen(item);
  return (
    <div
      class={`inbox-row${selected ? ' inbox-row--selected' : ''}${unseen ? ' inbox-row--unseen' : ''}`}
      role="option"
      aria-selected={selected}
      data-row-id={item.id}
      data-unseen={unseen}
      onClick={() => model.select(item.id)}
      ref={(el) => {
        if (selected && el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
        model.find.watchRow(item.id, unseen ? el : null);
      }}
    >
      <input
        type="checkbox"
        class="inbox-row__check"
        aria-label={t('inbox.tick', { title: item.title ?? item.excerpt.slice(0, 40) })}
        checked={model.checked.value.has(item.id)}
        onClick={(e) => e.stopPropagation()}
        onChange={() => model.toggleCheck(item.id)}
      />
      <MentionCard mention={item} lang={model.language.value} t={t} now={model.now.value}>
        <div class="inbox-row__facts">
          {unseen && <span class="inbox-new">{t('find.new')}</span>}
          {item.urgency && <span class={`inbox-tag inbox-tag--urgency-${item.urgency}`} title={t('inbox.urgency')} data-urgency={item.urgency}>{t(`urgency.${item.urgency}`)}</span>}
          {item.moment && <span class="inbox-tag" title={t('inbox.moment')}>{item.moment}</span>}
          <span class="inbox-tag" title={t('inbox.priority')}>P{Math.round(item.priority)}</span>
          <span class={`inbox-window inbox-window--${window.state}`} data-window={window.state} title={responseWindowText(window, t, lang, clock.responseHours, 'long')}>
            {responseWindowText(window, t, lang, clock.responseHours)}
          </span>
          {item.assignee && <span class="inbox-assignee">{t('inbox.assignedTo', { name: item.assignee })}</span>}
          {item.competitor && <span class="inbox-tag inbox-tag--competitor" data-competitor title={t('inbox.competitorHint')}>{t('inbox.competitor')}</span>}
          {item.customerId && <span class="inbox-tag inbox-tag--customer">{t('badge.knownCustomer')}</span>}
          {item.recovery && <RecoveryTag clock={item.recovery} now={model.now.value} t={t} lang={lang} />}
        </div>
        {item.priorityWhy && (
          <p class="inbox-row__why" data-priority-why>
            <span class="inbox-row__why-label">{t('inbox.why', { priority: Math.round(item.priority) })}</span> {priorityWhyText(item.priorityWhy, model.language.value)}
          </p>
        )}
        <div class="inbox-row__triage">
          <span class="inbox-row__status" data-triage-status={item.triageStatus} data-pending={item.pending}>
            {t('triage.status', { status: t(`status.${item.triageStatus}`) })}
            {item.pending && <> {t('triage.pending')}</>}
          </span>
          {TRIAGE_ACTIONS.map(([status, label]) => (
            <button
              key={status}
              type="button"
              class="vigia-button"
              aria-pressed={item.triageStatus === status}
              onClick={(e) => {
                e.stopPropagation();
                model.select(item.id);
                void model.setStatus(status, [item.id]);
              }}
            >
              {t(label)}
            </button>
          ))}
          <RowActions item={item} model={model} />
          <TicketAction mentionId={item.id} {...(item.ticket ? { ticket: item.ticket } : {})} t={t} lang={lang} onOutcome={(o) => (model.notice.value = ticketNotice(o, t))} />
          {!compact && item.customerId && (
            <a class="inbox-row__journey" href={`#mention=${encodeURIComponent(item.id)}&customer=${encodeURIComponent(item.customerId)}`}>
              {t('badge.openJourney')}
            </a>
          )}
        </div>
      </MentionCard>
    </div>
  );
}
