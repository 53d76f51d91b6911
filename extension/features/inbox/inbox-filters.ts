// The inbox's filters (sentiment, platform, moment, status, assignee, brand, aspect, competitor, period), the counts per status under
// the other filters, and the values each filter offers — pure functions over the listed items.
import type { TriageStatus } from '../../../shared/mention.ts';
import type { MomentOfTruth } from '../../../shared/moment-of-truth.ts';
import type { SentimentBucket } from '../../db/mentions.ts';
import { TRIAGE_STATUSES, type InboxItem } from './inbox-item.ts';

/** Who a mention is assigned to: the user, nobody, or a name. */
export type AssigneeFilter = { kind: 'me' } | { kind: 'unassigned' } | { kind: 'name'; name: string };

/** Every filter; an absent field does not filter. */
export interface InboxFilters {
  sentiment?: SentimentBucket;
  platform?: string;
  moment?: MomentOfTruth;
  status?: TriageStatus;
  assignee?: AssigneeFilter;
  brand?: string;
  /** Mentions naming this aspect. */
  aspect?: string;
  /** Mentions about competitors only (every brand matched is a competitor): left out (`hide`) or alone (`only`). */
  competitor?: 'hide' | 'only';
  /** Mentions whose date (publication, else collection) is in [from, to): a dashboard period. */
  range?: { from: string; to: string };
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function matchesAssignee(item: InboxItem, filter: AssigneeFilter, me: string): boolean {
  if (filter.kind === 'unassigned') return item.assignee === undefined;
  const name = filter.kind === 'me' ? me : filter.name;
  return item.assignee !== undefined && name !== '' && sameName(item.assignee, name);
}

/** Whether the item passes every filter; `me` is the user's assignee name from the settings. */
export function matchesFilters(item: InboxItem, filters: InboxFilters, me: string): boolean {
  return (
    (filters.sentiment === undefined || item.sentiment === filters.sentiment) &&
    (filters.platform === undefined || item.platform === filters.platform) &&
    (filters.moment === undefined || item.moment === filters.moment) &&
    (filters.status === undefined || item.triageStatus === filters.status) &&
    (filters.brand === undefined || item.brands.includes(filters.brand)) &&
    (filters.aspect === undefined || item.aspects?.some((a) => a.aspect === filters.aspect) === true) &&
    (filters.competitor === undefined || (filters.competitor === 'only') === (item.competitor === true)) &&
    (filters.range === undefined || (item.recency >= filters.range.from && item.recency < filters.range.to)) &&
    (filters.assignee === undefined || matchesAssignee(item, filters.assignee, me))
  );
}

/** Items per status under every filter but the status one (so the counts tell where to look next). */
export function countByStatus(items: InboxItem[], filters: InboxFilters, me: string): Record<TriageStatus, number> {
  const counts = Object.fromEntries(TRIAGE_STATUSES.map((s) => [s, 0])) as Record<TriageStatus, number>;
  const others = { ...filters, status: undefined };
  for (const item of items) if (matchesFilters(item, others, me)) counts[item.triageStatus] += 1;
  return counts;
}

/** The values present in the items, sorted, for each filter's choices. */
export function facetsOf(items: InboxItem[]): { platforms: string[]; brands: string[]; assignees: string[]; moments: MomentOfTruth[]; aspects: string[] } {
  const sorted = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    platforms: sorted(items.map((i) => i.platform)),
    brands: sorted(items.flatMap((i) => i.brands)),
    assignees: sorted(items.flatMap((i) => (i.assignee ? [i.assignee] : []))),
    moments: sorted(items.flatMap((i) => (i.moment ? [i.moment] : []))),
    aspects: sorted(items.flatMap((i) => (i.aspects ?? []).map((a) => a.aspect))),
  };
}
