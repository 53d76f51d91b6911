// Where a mention's ticket stands as every screen shows it: created (a link), queued at the collector (the
// helpdesk was unreachable, it retries), waiting in this browser (the collector was unreachable), or refused.
import type { TicketAnswer } from '../../../shared/api/tickets.ts';
import type { MentionTicket } from '../../../shared/mention.ts';
import type { TicketRequestRow } from '../../db/ticket-requests.ts';

export type TicketOutcome =
  | { kind: 'created'; ticket: MentionTicket }
  /** The collector has it and retries the helpdesk (`sending`: an attempt is under way). */
  | { kind: 'queued'; detail?: string; nextAttemptAt?: string }
  /** Kept in this browser until the collector answers. */
  | { kind: 'offline'; detail?: string }
  /** Refused for good (401, 403, 422…, or no such helpdesk); asking again is allowed. */
  | { kind: 'failed'; detail: string };

/** The outcome a collector answer (or a stored request) stands for. */
export function outcomeOf(row: Pick<TicketRequestRow, 'state' | 'ticket' | 'lastError' | 'nextAttemptAt'>): TicketOutcome {
  if (row.ticket) return { kind: 'created', ticket: row.ticket };
  switch (row.state) {
    case 'offline':
      return { kind: 'offline', ...(row.lastError ? { detail: row.lastError } : {}) };
    case 'failed':
      return { kind: 'failed', detail: row.lastError ?? 'refused' };
    default:
      return { kind: 'queued', ...(row.lastError ? { detail: row.lastError } : {}), ...(row.nextAttemptAt ? { nextAttemptAt: row.nextAttemptAt } : {}) };
  }
}

/** The stored request's fields from the collector's answer. */
export function rowFieldsOf(answer: TicketAnswer): Pick<TicketRequestRow, 'state' | 'helpdesk'> & Partial<Pick<TicketRequestRow, 'ticket' | 'lastError' | 'nextAttemptAt'>> {
  return {
    state: answer.state,
    helpdesk: answer.helpdesk,
    ...(answer.ticket ? { ticket: answer.ticket } : {}),
    ...(answer.lastError ? { lastError: answer.lastError } : {}),
    ...(answer.nextAttemptAt ? { nextAttemptAt: answer.nextAttemptAt } : {}),
  };
}

/** A ticket counts as asked for (no second button) unless it was refused. */
export const isSettled = (outcome: TicketOutcome | undefined): boolean => outcome !== undefined && outcome.kind !== 'failed';
