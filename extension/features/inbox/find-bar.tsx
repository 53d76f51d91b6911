// The inbox's find bar: the search box, the sort menu, saved views (choose, save under a name, delete) and
// the new-arrival count with "mark all seen". The popup shows the same, compact.
import { useSignal } from '@preact/signals';
import './find.css';
import { INBOX_SORTS, isInboxSort } from './inbox-sort.ts';
import type { InboxModel } from './inbox-model.ts';
import { MAX_SEARCH_LENGTH } from './inbox-search.ts';
import { MAX_VIEW_NAME } from './saved-views.ts';
import { pluralOf } from '../../ui/time-words.ts';

function SavedViews({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const { find } = model;
  const naming = useSignal(false);
  const name = useSignal('');
  const active = find.activeView.value;
  const owner = model.me.value.trim() === '' ? t('find.views.ownerNone') : t('find.views.owner', { name: model.me.value.trim() });
  const save = async (): Promise<void> => {
    if (await find.saveView(name.value)) naming.value = false;
  };
  return (
    <div class="inbox-find__views" data-find="views">
      <label title={owner}>
        {t('find.views')}
        <select value={active?.id ?? ''} onChange={(e) => find.applyView(e.currentTarget.value)}>
          <option value="">{t('find.views.choose')}</option>
          {find.views.value.map((v) => (
            <option key={v.id} value={v.id}>{v.name}</option>
          ))}
        </select>
      </label>
      {naming.value ? (
        <form
          class="inbox-find__name"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            type="text"
            aria-label={t('find.views.name')}
            placeholder={t('find.views.name')}
            maxLength={MAX_VIEW_NAME}
            value={name.value}
            onInput={(e) => (name.value = e.currentTarget.value)}
            ref={(el) => el?.focus()}
          />
          <button type="submit" class="vigia-button">{t('find.views.confirm')}</button>
          <button type="button" class="vigia-button" onClick={() => (naming.value = false)}>{t('find.views.cancel')}</button>
        </form>
      ) : (
        <button
          type="button"
          class="vigia-button"
          onClick={() => {
            name.value = active?.name ?? '';
            naming.value = true;
          }}
        >
          {t('find.views.save')}
        </button>
      )}
      {active && !naming.value && (
        <button type="button" class="vigia-button" onClick={() => void find.deleteView(active.id)}>{t('find.views.delete')}</button>
      )}
    </div>
  );
}

export function FindBar({ model, compact }: { model: InboxModel; compact: boolean }) {
  const t = model.t.value;
  const { find } = model;
  const unseen = model.visible.value.filter(find.isUnseen).length;
  const lang = model.language.value;
  return (
    <div class={`inbox-find${compact ? ' inbox-find--compact' : ''}`} role="search">
      <input
        type="search"
        class="inbox-find__search"
        aria-label={t('find.search')}
        placeholder={t('find.search.placeholder')}
        title={t('find.search.hint')}
        maxLength={MAX_SEARCH_LENGTH}
        value={find.search.value}
        // Keys typed here are text, not triage commands (mount-inbox.tsx skips keys from inputs).
        onInput={(e) => (find.search.value = e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && find.search.value !== '') {
            e.preventDefault();
            find.search.value = '';
          }
        }}
      />
      <label class="inbox-find__sort">
        {t('find.sort')}
        <select value={find.sort.value} onChange={(e) => isInboxSort(e.currentTarget.value) && (find.sort.value = e.currentTarget.value)}>
          {INBOX_SORTS.map((sort) => (
            <option key={sort} value={sort}>{t(`find.sort.${sort}`)}</option>
          ))}
        </select>
      </label>
      {!compact && <SavedViews model={model} />}
      {unseen > 0 && (
        <span class="inbox-find__unseen" data-find="unseen">
          <span class="inbox-find__unseen-count">{t(`find.unseen.${pluralOf(unseen, lang)}`, { count: unseen })}</span>
          <button type="button" class="vigia-button" onClick={() => void find.markAllSeen(model.visible.value)}>{t('find.markAllSeen')}</button>
        </span>
      )}
    </div>
  );
}

/** Under the bar: how many items the search matched, or that none did. */
export function FindSummary({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const query = model.find.search.value.trim();
  if (query === '' || model.items.value === undefined) return null;
  const count = model.visible.value.length;
  return (
    <p class="inbox-find__summary" data-find="summary" aria-live="polite">
      {count === 0 ? t('find.noResults', { query }) : t('find.results', { count, total: model.items.value.length, query })}
    </p>
  );
}
