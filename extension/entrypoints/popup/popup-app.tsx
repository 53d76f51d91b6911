// The popup: sync state, the "negative only" filter and the recent mentions with triage buttons.
import { browser } from '#imports';
import type { TriageStatus } from '../../../shared/mention.ts';
import type { MessageKey, Translator } from '../../i18n/dictionary.ts';
import type { MentionSummary } from '../../mention-summary.ts';
import type { SyncStatus } from '../../sync/sync-status.ts';
import { MentionCard } from '../../ui/mention-card.tsx';
import type { PopupModel } from './popup-model.ts';

/** The buttons, in order: the status each sets and its label key. */
const TRIAGE_ACTIONS: [TriageStatus, MessageKey][] = [
  ['responded', 'triage.responded'],
  ['resolved', 'triage.resolved'],
  ['ignored', 'triage.ignored'],
];

function SyncLine({ status, t }: { status: SyncStatus | undefined; t: Translator }) {
  if (!status || status.state === 'not-configured') return null;
  const text =
    status.state === 'error' ? t('sync.error', { detail: status.detail ?? '' }) : status.state === 'live' ? t('sync.live') : t('sync.syncing');
  return <p class={`popup__sync popup__sync--${status.state}`}>{text}</p>;
}

function TriageControls({ mention, model }: { mention: MentionSummary; model: PopupModel }) {
  const t = model.t.value;
  const request = model.triage.value[mention.id];
  const busy = request?.busy === true;
  return (
    <div class="popup__triage">
      <span class="popup__status" data-triage-status={mention.triageStatus}>
        {t('triage.status', { status: t(`status.${mention.triageStatus}`) })}
        {mention.pending && <> {t('triage.pending')}</>}
      </span>
      {TRIAGE_ACTIONS.map(([status, label]) => (
        <button key={status} type="button" class="vigia-button" aria-pressed={mention.triageStatus === status} disabled={busy} onClick={() => void model.setTriage(mention.id, status)}>
          {t(label)}
        </button>
      ))}
      {request && !request.busy && request.error !== undefined && <span class="popup__error">{t('triage.failed', { detail: request.error })}</span>}
    </div>
  );
}

export function PopupApp({ model }: { model: PopupModel }) {
  const t = model.t.value;
  const mentions = model.mentions.value;
  return (
    <main class="popup" lang={model.language.value}>
      <header class="popup__header">
        <h1>{t('popup.title')}</h1>
        <label class="popup__filter">
          <input type="checkbox" checked={model.negativeOnly.value} onChange={(e) => (model.negativeOnly.value = e.currentTarget.checked)} />
          {t('popup.negativeOnly')}
        </label>
      </header>
      <SyncLine status={model.syncStatus.value} t={t} />
      {!model.configured.value && (
        <p class="popup__notice">
          {t('popup.notConfigured')}{' '}
          <button type="button" class="vigia-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup.openOptions')}
          </button>
        </p>
      )}
      {mentions?.length === 0 && <p class="popup__notice">{t('popup.empty')}</p>}
      <section class="popup__list">
        {mentions?.map((mention) => (
          <MentionCard key={mention.id} mention={mention} lang={model.language.value} t={t} now={model.now.value}>
            <TriageControls mention={mention} model={model} />
          </MentionCard>
        ))}
      </section>
    </main>
  );
}
