// The triage inbox: in the popup (compact: a "negative only" switch and the status counts) and as a full
// page (every filter, bulk actions, the journey of the selected mention's customer).
import type { ComponentChildren } from 'preact';
import type { Translator } from '../../i18n/dictionary.ts';
import type { SyncStatus } from '../../sync/sync-status.ts';
import { BulkBar, FilterBar, StatusTabs } from './inbox-controls.tsx';
import { FindBar, FindSummary } from './find-bar.tsx';
import type { InboxModel } from './inbox-model.ts';
import { InboxRow } from './inbox-row.tsx';
import { TeamBar } from '../team/team-bar.tsx';

function SyncLine({ status, t }: { status: SyncStatus | undefined; t: Translator }) {
  if (!status || status.state === 'not-configured') return null;
  const text = status.state === 'error' ? t('sync.error', { detail: status.detail ?? '' }) : status.state === 'live' ? t('sync.live') : t('sync.syncing');
  return <p class={`inbox__sync inbox__sync--${status.state}`} data-sync={status.state}>{text}</p>;
}

export interface InboxViewProps {
  model: InboxModel;
  compact: boolean;
  /** Buttons for the header (open the full inbox, the dashboard, the settings). */
  actions?: ComponentChildren;
  /** Beside the list on the full page (the journey panel). */
  aside?: ComponentChildren;
}

export function InboxView({ model, compact, actions, aside }: InboxViewProps) {
  const t = model.t.value;
  const items = model.visible.value;
  const notice = model.notice.value;
  return (
    <main class={`inbox ${compact ? 'inbox--compact popup' : 'inbox--page'}`} lang={model.language.value}>
      <header class="inbox__header">
        <h1>{t('inbox.title')}</h1>
        {compact && (
          <label class="inbox__quick">
            <input
              type="checkbox"
              checked={model.filters.value.sentiment === 'negative'}
              onChange={(e) => model.setFilters({ sentiment: e.currentTarget.checked ? 'negative' : undefined })}
            />
            {t('popup.negativeOnly')}
          </label>
        )}
        <div class="inbox__actions">{actions}</div>
      </header>
      <SyncLine status={model.syncStatus.value} t={t} />
      {!model.configured.value && <p class="inbox__notice">{t('popup.notConfigured')}</p>}
      <FindBar model={model} compact={compact} />
      <StatusTabs model={model} />
      <TeamBar model={model} />
      {!compact && <FilterBar model={model} />}
      <BulkBar model={model} />
      <p class={`inbox__notice inbox__notice--${notice?.tone ?? 'none'}`} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </p>
      <FindSummary model={model} />
      <div class="inbox__body">
        <section class="inbox__list" role="listbox" aria-label={t('inbox.title')} aria-multiselectable="true">
          {model.items.value !== undefined && items.length === 0 && model.find.search.value.trim() === '' && <p class="inbox__empty">{t('popup.empty')}</p>}
          {items.map((item) => (
            <InboxRow key={item.id} item={item} model={model} compact={compact} />
          ))}
        </section>
        {aside}
      </div>
      <footer class="inbox__keys">{t('inbox.keys')}</footer>
    </main>
  );
}
