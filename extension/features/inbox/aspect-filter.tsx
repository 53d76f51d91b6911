// The inbox's aspect filter (the shipped aspects and any other the listed mentions name) and, when the
// dashboard opened the inbox on a key driver, the period it was for, with a button that lifts it.
import { SHIPPED_ASPECTS } from '../../../shared/aspects/aspect-ids.ts';
import { aspectName } from '../../ui/aspect-chips.tsx';
import { formatDateTime } from '../../ui/format-age.ts';
import type { InboxModel } from './inbox-model.ts';

export function AspectFilter({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const { aspect, range } = model.filters.value;
  const ids = [...new Set([...SHIPPED_ASPECTS, ...model.facets.value.aspects, ...(aspect ? [aspect] : [])])];
  const lang = model.language.value;
  return (
    <>
      <label>
        {t('aspects.filter')}
        <select value={aspect ?? ''} data-filter="aspect" onChange={(e) => model.setFilters({ aspect: e.currentTarget.value || undefined })}>
          <option value="">{t('inbox.any')}</option>
          {ids.map((id) => (
            <option key={id} value={id}>{aspectName(id, t)}</option>
          ))}
        </select>
      </label>
      {range && (
        <button type="button" class="vigia-button inbox-range" data-filter="range" title={t('inbox.range.clear')} onClick={() => model.setFilters({ range: undefined })}>
          {t('inbox.range', { from: formatDateTime(range.from, lang), to: formatDateTime(range.to, lang) })} ×
        </button>
      )}
    </>
  );
}
