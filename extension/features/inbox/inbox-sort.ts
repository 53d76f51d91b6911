// The inbox's orders: priority (the default), newest, oldest, and time left in the response window.
import type { InboxItem } from './inbox-item.ts';
import { byPriority } from './inbox-item.ts';
import { responseWindowOf, timeLeftRank } from './response-window.ts';
import type { ResponseClock } from './triage-clock.ts';

export const INBOX_SORTS = ['priority', 'newest', 'oldest', 'time-left'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export const isInboxSort = (value: unknown): value is InboxSort => (INBOX_SORTS as readonly unknown[]).includes(value);

const newestFirst = (a: InboxItem, b: InboxItem): number => b.recency.localeCompare(a.recency) || a.id.localeCompare(b.id);

/**
 * The items in the chosen order (a new array). Dates are `recency` (publication, else collection); ties
 * fall to the id, so the order never flickers. "time-left" puts the windows still open first, least time
 * left first, then the overdue (least late first), the answered and the undated, each by priority within.
 */
export function sortInbox(items: readonly InboxItem[], sort: InboxSort, now: number, clock: ResponseClock): InboxItem[] {
  const list = [...items];
  if (sort === 'priority') return list.sort(byPriority);
  if (sort === 'newest') return list.sort(newestFirst);
  if (sort === 'oldest') return list.sort((a, b) => a.recency.localeCompare(b.recency) || a.id.localeCompare(b.id));
  const ranks = new Map(list.map((i) => [i.id, timeLeftRank(responseWindowOf(i.publishedAt, i.triageStatus, now, clock, i.firstResponseAt, i.urgency))]));
  return list.sort((a, b) => {
    const [ra, rb] = [ranks.get(a.id)!, ranks.get(b.id)!];
    return ra[0] - rb[0] || ra[1] - rb[1] || byPriority(a, b);
  });
}
