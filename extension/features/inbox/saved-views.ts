// Saved views: a name for the current filters, sort and search, kept per user (the assignee name set in
// the options, so colleagues sharing a browser profile keep their own) in extension storage, versioned.
import { storage } from '#imports';
import { z } from 'zod';
import { triageStatusSchema } from '../../../shared/mention.ts';
import { momentSchema } from '../../../shared/moment-of-truth.ts';
import { foldText } from '../../../shared/text-fold.ts';
import type { InboxFilters } from './inbox-filters.ts';
import { INBOX_SORTS, type InboxSort } from './inbox-sort.ts';
import { MAX_SEARCH_LENGTH } from './inbox-search.ts';

/** One saved view. */
export interface SavedView {
  id: string;
  /** As the user typed it. */
  name: string;
  filters: InboxFilters;
  sort: InboxSort;
  /** The search box's text ('' for none). */
  search: string;
  /** When it was last saved (ISO 8601). */
  savedAt: string;
}

/** Longest view name. @default 60 */
export const MAX_VIEW_NAME = 60;

const filtersSchema = z.object({
  sentiment: z.enum(['negative', 'neutral', 'positive', 'unscored']).optional(),
  platform: z.string().optional(),
  moment: momentSchema.optional(),
  status: triageStatusSchema.optional(),
  assignee: z.union([z.object({ kind: z.literal('me') }), z.object({ kind: z.literal('unassigned') }), z.object({ kind: z.literal('name'), name: z.string() })]).optional(),
  brand: z.string().optional(),
  aspect: z.string().optional(),
  competitor: z.enum(['hide', 'only']).optional(),
  range: z.object({ from: z.string(), to: z.string() }).optional(),
});

const savedViewSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(MAX_VIEW_NAME),
  filters: filtersSchema,
  sort: z.enum(INBOX_SORTS),
  search: z.string().max(MAX_SEARCH_LENGTH),
  savedAt: z.string(),
});

/** Every user's views, by user key. Values are checked when read: a bad one is dropped, not the rest. */
export const savedViewsItem = storage.defineItem<Record<string, unknown[]>>('local:savedViews', {
  version: 1,
  fallback: {},
});

/** The storage key of a user: their assignee name folded ("Ana" and "ana " share views); '' before one is set. */
export const userKeyOf = (assignee: string): string => foldText(assignee.trim());

/** A user's valid views, by name. */
export function viewsOf(all: Record<string, unknown[]> | undefined, user: string): SavedView[] {
  const views: SavedView[] = [];
  for (const value of all?.[userKeyOf(user)] ?? []) {
    const parsed = savedViewSchema.safeParse(value);
    if (parsed.success) views.push(parsed.data as SavedView);
  }
  return views.sort((a, b) => a.name.localeCompare(b.name));
}

/** The list with `view` in it: replacing a view of the same name (case- and accent-insensitive), else added. */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const same = (v: SavedView) => foldText(v.name.trim()) === foldText(view.name.trim());
  const existing = views.find(same);
  const next = [...views.filter((v) => !same(v)), existing ? { ...view, id: existing.id } : view];
  return next.sort((a, b) => a.name.localeCompare(b.name));
}

export const withoutView = (views: readonly SavedView[], id: string): SavedView[] => views.filter((v) => v.id !== id);

/** The view that shows exactly the current state, if one does. */
export function viewMatching(views: readonly SavedView[], state: Pick<SavedView, 'filters' | 'sort' | 'search'>): SavedView | undefined {
  const key = (s: Pick<SavedView, 'filters' | 'sort' | 'search'>) => JSON.stringify([normalizeFilters(s.filters), s.sort, s.search.trim()]);
  const wanted = key(state);
  return views.find((v) => key(v) === wanted);
}

/** Filters with keys in one order and no undefined values, so equal views compare equal. */
function normalizeFilters(filters: InboxFilters): [string, unknown][] {
  return Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Stores a user's list. */
export async function storeViews(user: string, views: readonly SavedView[]): Promise<void> {
  const all = await savedViewsItem.getValue();
  await savedViewsItem.setValue({ ...all, [userKeyOf(user)]: [...views] });
}
