// The inbox's competitor filter: a social-media manager triaging our complaints hides the mentions about
// competitors only; marketing shows only them. The status counts and the unseen count follow it.
import type { InboxFilters } from './inbox-filters.ts';
import type { InboxModel } from './inbox-model.ts';

const isChoice = (value: string): value is NonNullable<InboxFilters['competitor']> => value === 'hide' || value === 'only';

export function CompetitorFilter({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const current = model.filters.value.competitor;
  return (
    <label title={t('inbox.competitorFilter.hint')}>
      {t('inbox.filter.competitor')}
      <select value={current ?? ''} data-filter="competitor" onChange={(e) => model.setFilters({ competitor: isChoice(e.currentTarget.value) ? e.currentTarget.value : undefined })}>
        <option value="">{t('inbox.competitorFilter.all')}</option>
        <option value="hide">{t('inbox.competitorFilter.hide')}</option>
        <option value="only">{t('inbox.competitorFilter.only')}</option>
      </select>
    </label>
  );
}
