// The inbox's controls above the list: counts per status (which filter by status), the other filters,
// and the bulk bar for ticked items.
import { AspectFilter } from './aspect-filter.tsx';
import { CompetitorFilter } from './competitor-filter.tsx';
import { MOMENTS } from '../../../shared/moment-of-truth.ts';
import type { SentimentBucket } from '../../db/mentions.ts';
import type { AssigneeFilter } from './inbox-filters.ts';
import { TRIAGE_STATUSES } from './inbox-item.ts';
import type { InboxModel } from './inbox-model.ts';

const SENTIMENTS: SentimentBucket[] = ['negative', 'neutral', 'positive', 'unscored'];

export function StatusTabs({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const counts = model.counts.value;
  const current = model.filters.value.status;
  const total = TRIAGE_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <nav class="inbox-tabs" aria-label={t('inbox.statuses')}>
      <button type="button" class="inbox-tab" aria-pressed={current === undefined} data-status="all" onClick={() => model.setFilters({ status: undefined })}>
        {t('inbox.all')} <span class="inbox-tab__count">{total}</span>
      </button>
      {TRIAGE_STATUSES.map((status) => (
        <button key={status} type="button" class="inbox-tab" aria-pressed={current === status} data-status={status} onClick={() => model.setFilters({ status })}>
          {t(`status.${status}`)} <span class="inbox-tab__count">{counts[status]}</span>
        </button>
      ))}
    </nav>
  );
}

const encodeAssignee = (filter: AssigneeFilter | undefined): string =>
  filter === undefined ? '' : filter.kind === 'name' ? `name:${filter.name}` : filter.kind;

function decodeAssignee(value: string): AssigneeFilter | undefined {
  if (value === 'me' || value === 'unassigned') return { kind: value };
  return value.startsWith('name:') ? { kind: 'name', name: value.slice(5) } : undefined;
}

export function FilterBar({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const filters = model.filters.value;
  const facets = model.facets.value;
  const any = t('inbox.any');
  return (
    <div class="inbox-filters">
      <label>
        {t('inbox.filter.sentiment')}
        <select value={filters.sentiment ?? ''} onChange={(e) => model.setFilters({ sentiment: (e.currentTarget.value || undefined) as SentimentBucket | undefined })}>
          <option value="">{any}</option>
          {SENTIMENTS.map((s) => (
            <option key={s} value={s}>{t(`sentiment.${s}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filter.platform')}
        <select value={filters.platform ?? ''} onChange={(e) => model.setFilters({ platform: e.currentTarget.value || undefined })}>
          <option value="">{any}</option>
          {facets.platforms.map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filter.moment')}
        <select value={filters.moment ?? ''} onChange={(e) => model.setFilters({ moment: (e.currentTarget.value || undefined) as (typeof MOMENTS)[number] | undefined })}>
          <option value="">{any}</option>
          {MOMENTS.map((m) => (
            <option key={m} value={m}>{m}</option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filter.assignee')}
        <select value={encodeAssignee(filters.assignee)} onChange={(e) => model.setFilters({ assignee: decodeAssignee(e.currentTarget.value) })}>
          <option value="">{any}</option>
          <option value="me">{t('inbox.assignee.me')}</option>
          <option value="unassigned">{t('inbox.assignee.nobody')}</option>
          {facets.assignees.map((name) => (
            <option key={name} value={`name:${name}`}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filter.brand')}
        <select value={filters.brand ?? ''} onChange={(e) => model.setFilters({ brand: e.currentTarget.value || undefined })}>
          <option value="">{any}</option>
          {facets.brands.map((b) => (
            <option key={b} value={b}>{b}</option>
          ))}
        </select>
      </label>
      <CompetitorFilter model={model} />
      <AspectFilter model={model} />
    </div>
  );
}

export function BulkBar({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const count = model.checked.value.size;
  const all = model.visible.value.length > 0 && count === model.visible.value.length;
  return (
    <div class="inbox-bulk" role="toolbar" aria-label={t('inbox.bulk')}>
      <label class="inbox-bulk__all">
        <input type="checkbox" checked={all} onChange={(e) => model.checkAllVisible(e.currentTarget.checked)} />
        {count > 0 ? t('inbox.ticked', { count }) : t('inbox.tickAll')}
      </label>
      {count > 0 && (
        <>
          <button type="button" class="vigia-button" onClick={() => void model.assignToMe()}>{t('inbox.assignToMe')}</button>
          <button type="button" class="vigia-button" onClick={() => void model.setStatus('responded')}>{t('triage.responded')}</button>
          <button type="button" class="vigia-button" onClick={() => void model.setStatus('resolved')}>{t('triage.resolved')}</button>
          <button type="button" class="vigia-button" onClick={() => void model.setStatus('ignored')}>{t('triage.ignored')}</button>
        </>
      )}
    </div>
  );
}
