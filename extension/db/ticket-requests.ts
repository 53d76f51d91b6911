// The ticketRequests table: a ticket asked for from a mention, one row per mention, kept until the synced
// mention carries its ticket. `offline` rows never reached the collector (sent when it answers again); the
// others mirror where the collector says the ticket stands, so the UI never offers to open it twice.
import type { MentionTicket } from '../../shared/mention.ts';
import type { TicketState } from '../../shared/api/tickets.ts';

/** `offline`: waiting here for the collector; the rest are the collector's states (shared/api/tickets.ts). */
export type TicketRequestState = 'offline' | TicketState;

export interface TicketRequestRow {
  /** The mention the ticket is for (primary key: one request per mention). */
  mentionId: string;
  /** The configured helpdesk asked for; absent means the collector's default. */
  helpdesk?: string;
  state: TicketRequestState;
  /** When the user asked (ISO 8601). */
  requestedAt: string;
  /** Tries to reach the collector (offline rows). */
  attempts: number;
  /** Why it waits or was refused, in the collector's (or the network's) words. */
  lastError?: string;
  /** When the collector tries the helpdesk again (queued). */
  nextAttemptAt?: string;
  ticket?: MentionTicket;
}

export const TICKET_REQUESTS_INDEXES = 'mentionId, state';
