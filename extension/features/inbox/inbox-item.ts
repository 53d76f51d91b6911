// One mention as the inbox lists it: the card's summary plus what triage needs (priority, moment, brands,
// assignee, the response window), projected from a stored row.
import type { RecoveryClock } from '../../../shared/journey/recovery-clock.ts';
import { isAboutCompetitorsOnly, type MentionTicket, type PriorityFactor, type TriageStatus, type Urgency } from '../../../shared/mention.ts';
import type { JourneyStage, MomentOfTruth } from '../../../shared/moment-of-truth.ts';
import type { MentionRow } from '../../db/mentions.ts';
import { toMentionSummary, type MentionSummary } from '../../mention-summary.ts';
import { searchTextOf } from './inbox-search.ts';

/** A row of the inbox. */
export interface InboxItem extends MentionSummary {
  priority: number;
  /** How soon a person should answer; absent on mentions collected before urgency existed. */
  urgency?: Urgency;
  /** The reasons behind `priority`, in both languages. */
  priorityWhy?: PriorityFactor[];
  moment?: MomentOfTruth;
  stage?: JourneyStage;
  /** Brands the mention matched, in the config's spelling. */
  brands: string[];
  /** Every brand it matched is a competitor (`brands[].competitor`): shown labelled, nothing to answer. */
  competitor?: true;
  /** Who handles it: a pending local edit wins over the collector's. */
  assignee?: string;
  customerId?: string;
  /** The author's handles (`platform:handle`), to find their customer's journey. */
  handleKeys: string[];
  /** When the collector first stored it: a new arrival is one collected after the user last looked. */
  collectedAt: string;
  /** Title, text and author folded for search (shared/search: what the collector's `q` searches). */
  searchText: string;
  /** When someone first acted on it (the collector's, else a pending local edit's time). */
  firstResponseAt?: string;
  /** The helpdesk ticket opened from it. */
  ticket?: MentionTicket;
  /** The recovery clock it started or decided (its author is a known customer). */
  recovery?: RecoveryClock;
}

/** The assignee the user sees: the pending edit's (which may clear it), else the collector's. */
export function assigneeOf(row: MentionRow): string | undefined {
  if (row.pendingTriage && 'assignee' in row.pendingTriage) return row.pendingTriage.assignee ?? undefined;
  return row.mention.triage.assignee;
}

/** The collector's first response time, else that of a pending local edit that moved it off "new". */
function firstResponseOf(row: MentionRow): string | undefined {
  const { triage, firstResponseAt } = row.mention;
  if (firstResponseAt) return firstResponseAt;
  if (triage.status === 'new' && row.pendingTriage?.status && row.pendingTriage.status !== 'new') return row.pendingTriage.updatedAt;
  return undefined;
}

export function toInboxItem(row: MentionRow): InboxItem {
  const { mention } = row;
  const item: InboxItem = {
    ...toMentionSummary(row),
    priority: mention.priority,
    brands: [...new Set(mention.matches.map((m) => m.brand))],
    handleKeys: row.handleKeys,
    collectedAt: mention.collectedAt,
    searchText: searchTextOf(row),
  };
  const firstResponseAt = firstResponseOf(row);
  if (firstResponseAt) item.firstResponseAt = firstResponseAt;
  if (mention.moment) item.moment = mention.moment;
  if (mention.urgency) item.urgency = mention.urgency;
  if (mention.priorityWhy?.length) item.priorityWhy = mention.priorityWhy;
  if (mention.stage) item.stage = mention.stage;
  const assignee = assigneeOf(row);
  if (assignee) item.assignee = assignee;
  if (mention.customerId) item.customerId = mention.customerId;
  if (mention.ticket) item.ticket = mention.ticket;
  if (isAboutCompetitorsOnly(mention.matches)) item.competitor = true;
  return item;
}

/** Most urgent first; equal priorities newest first, then by id so the order never flickers. */
export function byPriority(a: InboxItem, b: InboxItem): number {
  return b.priority - a.priority || b.recency.localeCompare(a.recency) || a.id.localeCompare(b.id);
}

/** The statuses in the order the inbox counts them. */
export const TRIAGE_STATUSES: readonly TriageStatus[] = ['new', 'assigned', 'responded', 'resolved', 'ignored'];
