// What tickets need from storage: one record per mention (its claim, so a mention never gets two tickets),
// the queue of attempts with their backoff and lease, the ticket once created, and its status as the
// helpdesk reports it. The SQL store implements it on both engines (collector/store/ticket-queries.ts).
import type { HelpdeskVendor, TicketState } from '../../shared/api/tickets.ts';
import type { Mention, MentionTicket, TicketStatus } from '../../shared/mention.ts';
import type { TicketDraft } from './define-connector.ts';

/** One mention's ticket, from the request to the helpdesk's last word on it. */
export interface TicketRecord {
  mentionId: string;
  helpdesk: string;
  vendor: HelpdeskVendor;
  state: TicketState;
  /** Attempts started so far. */
  attempts: number;
  /** When the next attempt is due (queued). */
  nextAttemptAt?: string;
  /** The last attempt's error, named. */
  lastError?: string;
  /** An attempt may have reached the helpdesk without us hearing back (a timeout, a crash mid-request): look before sending again. */
  ambiguous: boolean;
  /** Until when the attempt under way holds the record (sending). */
  leaseUntil?: string;
  /** The ticket, once created. */
  ticket?: MentionTicket;
  /** The helpdesk's own word for its status ("pending", "4", "Closed"). */
  vendorStatus?: string;
  /** The customer the mention's author is linked to, when known at request time. */
  customerId?: string;
  requestedBy: string;
  requestedAt: string;
  updatedAt: string;
  /** When the poll fallback last read it. */
  polledAt?: string;
  /** The content sent, fixed at the first attempt: every retry sends the same (idempotency keys compare payloads). */
  draft?: TicketDraft;
}

/** What to ask for: the mention, where, and who asked. */
export interface TicketRequest {
  mentionId: string;
  helpdesk: string;
  vendor: HelpdeskVendor;
  customerId?: string;
  by: string;
  now: string;
}

/** One line of the queue per helpdesk and state, for `vigia status`. */
export interface TicketQueueSummary {
  helpdesk: string;
  vendor: HelpdeskVendor;
  state: TicketState;
  count: number;
  /** The soonest next attempt among them (queued). */
  nextAttemptAt?: string;
  /** The most recent error among them. */
  lastError?: string;
}

export interface TicketStore {
  /**
   * Claims the mention's ticket: the first request inserts a queued record (`claimed: true`); any later one
   * gets the existing record (`claimed: false`) — whichever process asks. A `failed` record is queued again.
   */
  request(input: TicketRequest): Promise<{ record: TicketRecord; claimed: boolean }>;
  get(mentionId: string): Promise<TicketRecord | undefined>;
  /** Mention ids whose records are due: queued with nextAttemptAt ≤ now, or sending with a lease run out. */
  due(now: string, limit: number): Promise<string[]>;
  /**
   * Takes a due record for one attempt (state sending, attempts + 1, lease until now + leaseMs); undefined when
   * it is not due or another process took it. Taking it back from a lease that ran out marks it ambiguous.
   */
  lease(mentionId: string, now: string, leaseMs: number): Promise<TicketRecord | undefined>;
  /** Keeps the content of the first attempt for every later one. */
  saveDraft(mentionId: string, draft: TicketDraft): Promise<void>;
  /** The helpdesk created it: the record, and the mention's document (a new change seq), say so. */
  markCreated(mentionId: string, ticket: MentionTicket, vendorStatus: string | undefined, now: string): Promise<Mention | undefined>;
  /** The attempt failed but may succeed later: queued again for `nextAttemptAt`. */
  markRetry(mentionId: string, failure: { error: string; nextAttemptAt: string; ambiguous: boolean }, now: string): Promise<void>;
  /** Refused for good until someone asks again. */
  markFailed(mentionId: string, error: string, now: string): Promise<void>;
  /** The record of a created ticket, by the helpdesk that holds it and its id there. */
  byTicket(helpdesk: string, ticketId: string): Promise<TicketRecord | undefined>;
  /**
   * A new status from the helpdesk (webhook or poll): record and mention document updated (a new change seq);
   * undefined when nothing changed. A status older than the stored one (`at` before its updatedAt) is ignored.
   */
  setStatus(mentionId: string, update: { status: TicketStatus; vendorStatus?: string; at: string }): Promise<Mention | undefined>;
  /** Created tickets of a helpdesk not yet solved, least recently polled first, polled before `before` (or never). */
  openTickets(helpdesk: string, before: string, limit: number): Promise<TicketRecord[]>;
  markPolled(mentionIds: readonly string[], now: string): Promise<void>;
  summary(): Promise<TicketQueueSummary[]>;
}
