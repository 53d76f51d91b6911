// Finding things in the inbox (signals): the search box, the order, saved views per user, seen marks and
// new arrivals, and the response clock the collector configured. The inbox model composes it.
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { refreshToolbarCount } from './background/toolbar-count.ts';
import type { InboxFilters } from './inbox-filters.ts';
import type { InboxItem } from './inbox-item.ts';
import { searchInbox } from './inbox-search.ts';
import { sortInbox, type InboxSort } from './inbox-sort.ts';
import { savedViewsItem, storeViews, viewMatching, viewsOf, withoutView, withView, type SavedView } from './saved-views.ts';
import { createSeenWatcher } from './seen-on-screen.ts';
import { markSeen, observeSeenIds, seenSinceItem } from './seen-state.ts';
import { toResponseClock, triageClockItem, type ResponseClock } from './triage-clock.ts';
import { isNewArrival } from './unread.ts';

/** What the find model reads from the inbox model. */
export interface FindDeps {
  items: ReadonlySignal<InboxItem[] | undefined>;
  filters: Signal<InboxFilters>;
  me: ReadonlySignal<string>;
  now: ReadonlySignal<number>;
  t: ReadonlySignal<Translator>;
  language: ReadonlySignal<UiLanguage>;
  /** Says what an action did (the inbox's notice line). */
  tell(tone: 'ok' | 'error', text: string): void;
}

export type FindModel = ReturnType<typeof createFindModel>;

export function createFindModel(deps: FindDeps) {
  const search = signal('');
  const sort = signal<InboxSort>('priority');
  const allViews = signal<Record<string, unknown[]>>({});
  const seen = signal<ReadonlySet<string>>(new Set());
  const seenSince = signal<string | undefined>(undefined);
  const clock = signal<ResponseClock>(toResponseClock(undefined));

  const views = computed(() => viewsOf(allViews.value, deps.me.value));
  const activeView = computed(() => viewMatching(views.value, { filters: deps.filters.value, sort: sort.value, search: search.value }));
  /** The items the search matches, before the other filters (the status counts are taken from these). */
  const matching = computed(() => searchInbox(deps.items.value ?? [], search.value));
  const isUnseen = (item: Pick<InboxItem, 'id' | 'collectedAt'>): boolean => seenSince.value !== undefined && isNewArrival(item, seen.value, seenSince.value);

  void savedViewsItem.getValue().then((v) => (allViews.value = v));
  const unwatchViews = savedViewsItem.watch((v) => (allViews.value = v));
  void seenSinceItem.getValue().then((v) => (seenSince.value = v));
  const unwatchSince = seenSinceItem.watch((v) => (seenSince.value = v));
  void triageClockItem.getValue().then((v) => (clock.value = toResponseClock(v)));
  const unwatchClock = triageClockItem.watch((v) => (clock.value = toResponseClock(v)));
  const seenSubscription = observeSeenIds().subscribe({ next: (ids) => (seen.value = ids), error: () => undefined });

  async function mark(ids: string[]): Promise<number> {
    const fresh = await markSeen(ids);
    if (fresh > 0) await refreshToolbarCount().catch(() => undefined);
    return fresh;
  }

  const watcher = createSeenWatcher((id) => void mark([id]).catch(() => undefined));

  async function saveViews(next: SavedView[]): Promise<void> {
    await storeViews(deps.me.value, next);
  }

  return {
    search,
    sort,
    views,
    activeView,
    matching,
    seen,
    clock,
    isUnseen,
    /** Searched and filtered items in the chosen order. */
    arrange(list: readonly InboxItem[]): InboxItem[] {
      return sortInbox(list, sort.value, deps.now.value, clock.value);
    },
    /** Marks mentions seen (opened, or shown long enough); unseen ones only. */
    markSeen(ids: readonly string[]): void {
      const unseen = ids.filter((id) => !seen.value.has(id));
      if (unseen.length > 0) void mark(unseen);
    },
    /** A row's element while it is a new arrival (null otherwise): shown long enough, it is marked seen. */
    watchRow(id: string, element: Element | null): void {
      watcher.watch(id, element);
    },
    /** Marks every new arrival among the given (listed) items seen. */
    async markAllSeen(items: readonly InboxItem[]): Promise<void> {
      const t = deps.t.value;
      const ids = items.filter(isUnseen).map((i) => i.id);
      try {
        const count = await mark(ids);
        deps.tell('ok', t('find.markedSeen', { count }));
      } catch (error) {
        deps.tell('error', t('find.failed', { detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    /** Saves the current filters, sort and search under a name (replacing a view of that name). */
    async saveView(name: string): Promise<boolean> {
      const t = deps.t.value;
      const trimmed = name.trim();
      if (trimmed === '') {
        deps.tell('error', t('find.views.noName'));
        return false;
      }
      const replaces = views.value.some((v) => v.name.trim().toLocaleLowerCase() === trimmed.toLocaleLowerCase());
      const view: SavedView = { id: crypto.randomUUID(), name: trimmed, filters: { ...deps.filters.value }, sort: sort.value, search: search.value.trim(), savedAt: new Date().toISOString() };
      try {
        await saveViews(withView(views.value, view));
        deps.tell('ok', t(replaces ? 'find.views.updated' : 'find.views.saved', { name: trimmed }));
        return true;
      } catch (error) {
        deps.tell('error', t('find.failed', { detail: error instanceof Error ? error.message : String(error) }));
        return false;
      }
    },
    /** Shows a saved view: its filters, sort and search replace the current ones. */
    applyView(id: string): void {
      const view = views.value.find((v) => v.id === id);
      if (!view) return;
      deps.filters.value = { ...view.filters };
      sort.value = view.sort;
      search.value = view.search;
      deps.tell('ok', deps.t.value('find.views.applied', { name: view.name }));
    },
    async deleteView(id: string): Promise<void> {
      const view = views.value.find((v) => v.id === id);
      if (!view) return;
      await saveViews(withoutView(views.value, id));
      deps.tell('ok', deps.t.value('find.views.deleted', { name: view.name }));
    },
    dispose(): void {
      unwatchViews();
      unwatchSince();
      unwatchClock();
      seenSubscription.unsubscribe();
      watcher.dispose();
    },
  };
}
