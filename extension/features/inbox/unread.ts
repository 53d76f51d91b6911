// New arrivals and the toolbar count, as pure rules: a mention is new until this user has seen it, counting
// from the first time the extension looked (minus the 48 h window, so an install starts with what is still
// answerable, not years of history). The toolbar shows the new ones that need a person now first.
import type { TriageStatus, Urgency } from '../../../shared/mention.ts';
import type { SentimentBucket } from '../../db/mentions.ts';

/** What the rules read of an inbox item. */
export interface ArrivalFacts {
  id: string;
  collectedAt: string;
  triageStatus: TriageStatus;
  urgency?: Urgency;
  sentiment: SentimentBucket;
}

/** Statuses still waiting for someone: only these are counted on the toolbar. */
const OPEN: readonly TriageStatus[] = ['new', 'assigned'];

/** New to this user: collected since the baseline and never seen here. */
export const isNewArrival = (item: Pick<ArrivalFacts, 'id' | 'collectedAt'>, seen: ReadonlySet<string>, since: string): boolean =>
  item.collectedAt >= since && !seen.has(item.id);

/** Needs a person within hours: urgency `now`; a mention from before urgency existed, when negative. */
export const needsPersonNow = (item: Pick<ArrivalFacts, 'urgency' | 'sentiment'>): boolean =>
  item.urgency === undefined ? item.sentiment === 'negative' : item.urgency === 'now';

export interface UnreadCounts {
  /** New arrivals still open. */
  all: number;
  /** Of those, the ones that need a person now. */
  now: number;
}

export function unreadCounts(items: readonly ArrivalFacts[], seen: ReadonlySet<string>, since: string): UnreadCounts {
  const counts: UnreadCounts = { all: 0, now: 0 };
  for (const item of items) {
    if (!OPEN.includes(item.triageStatus) || !isNewArrival(item, seen, since)) continue;
    counts.all += 1;
    if (needsPersonNow(item)) counts.now += 1;
  }
  return counts;
}

/** What the toolbar icon shows: the number, its colour, and which count it is. */
export interface ToolbarBadge {
  text: string;
  color: string;
  /** `now`: new mentions that need a person now; `new`: every new open mention; `none`: nothing new. */
  kind: 'now' | 'new' | 'none';
}

/** Red for `now`, slate for the rest. */
export const TOOLBAR_COLORS = { now: '#c62828', new: '#455a64' } as const;

/**
 * The number that needs acting on: new `now` mentions when there are any (red), else every new open
 * mention (slate), else nothing. A count swollen by praise and news is one people learn to ignore; the
 * red one asks for a person within hours. Over 999 shows "999+" (the icon holds four characters).
 */
export function toolbarBadgeOf(counts: UnreadCounts): ToolbarBadge {
  const text = (n: number): string => (n > 999 ? '999+' : String(n));
  if (counts.now > 0) return { text: text(counts.now), color: TOOLBAR_COLORS.now, kind: 'now' };
  if (counts.all > 0) return { text: text(counts.all), color: TOOLBAR_COLORS.new, kind: 'new' };
  return { text: '', color: TOOLBAR_COLORS.new, kind: 'none' };
}
