// Beside the full-page inbox: the journey of the selected mention's customer ("open journey" from a badge
// or a row), asked from the background's journey cache by the author's handles.
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CustomerJourneyAnswer } from '../crm-overlay/overlay-journey.ts';
import { sendToBackground } from '../../messages.ts';
import { SentimentChip } from '../../ui/sentiment-chip.tsx';
import { formatDateTime } from '../../ui/format-age.ts';
import type { InboxItem } from './inbox-item.ts';
import type { InboxModel } from './inbox-model.ts';

type JourneyState = { state: 'loading' } | { state: 'ready'; answer: CustomerJourneyAnswer } | { state: 'error'; detail: string };

/** `reddit:marta_rz` → the handle as the journey lookup takes it. */
const toHandles = (item: InboxItem) =>
  item.handleKeys.map((key) => ({ platform: key.slice(0, key.indexOf(':')), handle: key.slice(key.indexOf(':') + 1) }));

const journey = signal<JourneyState>({ state: 'loading' });

export function JourneyPanel({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const item = model.selected.value;
  const customerId = item?.customerId;
  useEffect(() => {
    if (!item || !customerId) return;
    let current = true;
    journey.value = { state: 'loading' };
    sendToBackground('customer:journey', { emails: [], handles: toHandles(item) }).then(
      (answer) => current && (journey.value = { state: 'ready', answer }),
      (error: unknown) => current && (journey.value = { state: 'error', detail: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [item?.id, customerId]);
  if (!item || !customerId) return null;
  const state = journey.value;
  return (
    <aside class="inbox-journey" data-customer-id={customerId} aria-label={t('inbox.journey.title')}>
      <h2>{t('inbox.journey.title')}</h2>
      {state.state === 'loading' && <p>{t('overlay.loading')}</p>}
      {state.state === 'error' && <p class="inbox__notice--error">{t('overlay.error', { detail: state.detail })}</p>}
      {state.state === 'ready' && state.answer.kind === 'known' && (
        <>
          <p class="inbox-journey__who">
            <strong>{state.answer.journey.customer.names[0] ?? customerId}</strong>{' '}
            {t('inbox.journey.bad', { count: state.answer.journey.risk.badExperiences })}
            {state.answer.journey.risk.churnRisk && <span class="inbox-tag inbox-tag--risk"> {t('inbox.journey.churn')}</span>}
          </p>
          <ol class="inbox-journey__timeline">
            {state.answer.journey.timeline.map((entry) => (
              <li key={entry.id} data-entry-kind={entry.kind}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, model.language.value)}</time> · {entry.platform ?? entry.channel}
                {entry.sentiment && <SentimentChip sentiment={'label' in entry.sentiment ? entry.sentiment.label : 'unscored'} t={t} />}
                {entry.summary && <span class="inbox-journey__summary"> {entry.summary}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {state.state === 'ready' && state.answer.kind !== 'known' && <p>{t('inbox.journey.unknown')}</p>}
    </aside>
  );
}
