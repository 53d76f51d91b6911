// Tickets asked for from the UI: one request per mention, stored in Dexie first (so a click made offline is
// never lost) and sent to the collector at once when it answers, else on the sync loop's next pass. The
// collector makes opening idempotent; this keeps the UI from asking twice and says where the ticket stands.
import { db } from '../../../db/vigia-db.ts';
import type { TicketRequestRow } from '../../../db/ticket-requests.ts';
import type { CollectorClient } from '../../../sync/collector-client.ts';
import { CollectorAuthError, CollectorHttpError, describeError, isTransientCollectorError } from '../../../sync/collector-errors.ts';
import { putServerMentions } from '../../../sync/mention-store.ts';
import { notifyMentionsChanged } from '../../../sync/mentions-changed.ts';
import { isSettled, outcomeOf, rowFieldsOf, type TicketOutcome } from '../ticket-outcome.ts';

/** The collector's reason without the "collector: 422 on /api/… (" wrapping. */
const reasonOf = (error: unknown): string => describeError(error).replace(/^collector: (?:\d{3} on \S+|401 unauthorized) \((.*)\)$/s, '$1');

/** Where the mention's ticket stands here: the synced mention's ticket, else the stored request. */
export async function ticketStatus(mentionId: string): Promise<TicketOutcome | undefined> {
  const [row, request] = await Promise.all([db.mentions.get(mentionId), db.ticketRequests.get(mentionId)]);
  if (row?.mention.ticket) return { kind: 'created', ticket: row.mention.ticket };
  return request ? outcomeOf(request) : undefined;
}

/** Sends one stored request; the row is updated with the answer, or kept waiting when the collector is away. */
async function send(client: CollectorClient, row: TicketRequestRow): Promise<TicketRequestRow> {
  let next: TicketRequestRow;
  try {
    const answer = await client.createTicket(row.mentionId, row.helpdesk);
    next = { mentionId: row.mentionId, requestedAt: row.requestedAt, attempts: row.attempts + 1, ...rowFieldsOf(answer) };
    // The mention now carries its ticket: show it at once rather than at the next change feed read.
    if (answer.ticket) await client.getMention(row.mentionId).then((m) => db.transaction('rw', db.mentions, () => putServerMentions([m])), () => undefined);
  } catch (error) {
    const waits = isTransientCollectorError(error) || error instanceof CollectorAuthError || !(error instanceof CollectorHttpError);
    next = { ...row, attempts: row.attempts + 1, state: waits ? 'offline' : 'failed', lastError: reasonOf(error) };
  }
  await db.ticketRequests.put(next);
  await notifyMentionsChanged();
  return next;
}

/** Asks for the mention's ticket once: an existing (not refused) ticket or request is answered as it stands. */
export async function requestTicket(client: CollectorClient | undefined, mentionId: string, helpdesk: string | undefined, now: Date = new Date()): Promise<TicketOutcome> {
  const current = await ticketStatus(mentionId);
  if (isSettled(current)) return current!;
  if (!(await db.mentions.get(mentionId))) throw new Error(`tickets: no mention ${mentionId} in this browser`);
  const row: TicketRequestRow = { mentionId, state: 'offline', requestedAt: now.toISOString(), attempts: 0, ...(helpdesk ? { helpdesk } : {}) };
  await db.ticketRequests.put(row);
  if (!client) return { kind: 'offline', detail: 'the collector is not configured' };
  return outcomeOf(await send(client, row));
}

/** Sends requests that wait here and reads back those the collector queued; stops at the first unreachable answer. */
export async function flushTicketRequests(client: CollectorClient): Promise<void> {
  const rows = await db.ticketRequests.where('state').anyOf('offline', 'queued', 'sending').toArray();
  for (const row of rows) {
    if (row.state === 'offline') {
      if ((await send(client, row)).state === 'offline') return;
      continue;
    }
    try {
      const answer = await client.ticketOf(row.mentionId);
      await db.ticketRequests.put({ ...row, ...rowFieldsOf(answer) });
    } catch (error) {
      if (isTransientCollectorError(error) || error instanceof CollectorAuthError) return;
    }
  }
}
