// Tickets on either engine: the claim (an INSERT the primary key decides), the queue's lease (a conditional
// UPDATE only one process can win), and the ticket written into its mention's document with a new change
// seq, so the extension's feed hears of it like any triage change.
import { sql, type Kysely } from 'kysely';
import type { HelpdeskVendor, TicketState } from '../../shared/api/tickets.ts';
import type { Mention, MentionTicket, TicketStatus } from '../../shared/mention.ts';
import type { TicketDraft } from '../tickets/define-connector.ts';
import type { TicketQueueSummary, TicketRecord, TicketRequest, TicketStore } from '../tickets/ticket-store.ts';
import { toMention } from './mention-rows.ts';
import type { TicketsTable, VigiaDatabase } from './schema.ts';
import type { ChangeAnnouncer, SqlBackend } from './sql-backend.ts';

const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function toTicketRecord(row: TicketsTable): TicketRecord {
  const ticket: MentionTicket | undefined =
    row.ticket_id && row.ticket_status
      ? {
          helpdesk: row.helpdesk,
          vendor: row.vendor,
          id: row.ticket_id,
          ...(row.ticket_url ? { url: row.ticket_url } : {}),
          status: row.ticket_status as TicketStatus,
          createdAt: row.ticket_created_at ?? row.updated_at,
          updatedAt: row.status_at ?? row.updated_at,
        }
      : undefined;
  const record: TicketRecord = {
    mentionId: row.mention_id,
    helpdesk: row.helpdesk,
    vendor: row.vendor as HelpdeskVendor,
    state: row.state as TicketState,
    attempts: Number(row.attempts),
    ambiguous: Number(row.ambiguous) === 1,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    updatedAt: row.updated_at,
  };
  const extra = { draft: row.draft ? (JSON.parse(row.draft) as TicketDraft) : undefined, nextAttemptAt: opt(row.next_attempt_at), lastError: opt(row.last_error), leaseUntil: opt(row.lease_until), ticket, vendorStatus: opt(row.vendor_status), customerId: opt(row.customer_id), polledAt: opt(row.polled_at) };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(record, { [key]: value });
  return record;
}

/** Writes the ticket into the mention's document with a new change seq; must run in a change transaction. */
async function writeMentionTicket(trx: Kysely<VigiaDatabase>, announce: ChangeAnnouncer, mentionId: string, ticket: MentionTicket): Promise<Mention | undefined> {
  const row = await trx.selectFrom('mentions').selectAll().where('id', '=', mentionId).executeTakeFirst();
  if (!row) return undefined;
  const doc = { ...(JSON.parse(row.doc) as Mention), ticket };
  const max = await trx.selectFrom('mentions').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
  const seq = Number(max?.max ?? 0) + 1;
  await trx.updateTable('mentions').set({ doc: JSON.stringify(doc), seq }).where('id', '=', mentionId).execute();
  announce(seq);
  return toMention({ ...row, doc: JSON.stringify(doc) });
}

export function createTicketQueries(backend: SqlBackend): TicketStore {
  const { db } = backend;
  const get = async (mentionId: string, from: Kysely<VigiaDatabase> = db) => {
    const row = await from.selectFrom('tickets').selectAll().where('mention_id', '=', mentionId).executeTakeFirst();
    return row && toTicketRecord(row);
  };
  const dueNow = (now: string) => sql<boolean>`((state = 'queued' AND next_attempt_at <= ${now}) OR (state = 'sending' AND lease_until <= ${now}))`;

  return {
    get: (mentionId) => get(mentionId),

    async request(input: TicketRequest) {
      const inserted = await db
        .insertInto('tickets')
        .values({
          mention_id: input.mentionId, helpdesk: input.helpdesk, vendor: input.vendor, state: 'queued', attempts: 0, next_attempt_at: input.now,
          ambiguous: 0, customer_id: input.customerId ?? null, requested_by: input.by, requested_at: input.now, updated_at: input.now,
        })
        .onConflict((oc) => oc.column('mention_id').doNothing())
        .returning('mention_id')
        .executeTakeFirst();
      if (inserted) return { record: (await get(input.mentionId))!, claimed: true };
      // Asked again after a refusal (credentials fixed, say): the same record is queued again, never a second one.
      await db.updateTable('tickets').set({ state: 'queued', next_attempt_at: input.now, updated_at: input.now }).where('mention_id', '=', input.mentionId).where('state', '=', 'failed').execute();
      return { record: (await get(input.mentionId))!, claimed: false };
    },

    async due(now, limit) {
      const rows = await db.selectFrom('tickets').select('mention_id').where(dueNow(now)).orderBy('next_attempt_at').limit(limit).execute();
      return rows.map((r) => r.mention_id);
    },

    async lease(mentionId, now, leaseMs) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      const result = await db
        .updateTable('tickets')
        .set({
          state: 'sending', lease_until: until, updated_at: now,
          attempts: sql<number>`attempts + 1`,
          // Taking over an attempt whose lease ran out: it may have reached the helpdesk before its process died.
          ambiguous: sql<number>`CASE WHEN state = 'sending' THEN 1 ELSE ambiguous END`,
        })
        .where('mention_id', '=', mentionId)
        .where(dueNow(now))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? get(mentionId) : undefined;
    },

    async saveDraft(mentionId, draft) {
      await db.updateTable('tickets').set({ draft: JSON.stringify(draft) }).where('mention_id', '=', mentionId).where('draft', 'is', null).execute();
    },

    markCreated: (mentionId, ticket, vendorStatus, now) =>
      backend.changeTransaction(async (trx, announce) => {
        await trx
          .updateTable('tickets')
          .set({
            state: 'created', ticket_id: ticket.id, ticket_url: ticket.url ?? null, ticket_status: ticket.status, vendor_status: vendorStatus ?? null,
            ticket_created_at: ticket.createdAt, status_at: ticket.updatedAt, lease_until: null, next_attempt_at: null, last_error: null, ambiguous: 0, updated_at: now,
          })
          .where('mention_id', '=', mentionId)
          .execute();
        return writeMentionTicket(trx, announce, mentionId, ticket);
      }),

    async markRetry(mentionId, failure, now) {
      await db
        .updateTable('tickets')
        .set({ state: 'queued', next_attempt_at: failure.nextAttemptAt, last_error: failure.error, ambiguous: failure.ambiguous ? 1 : 0, lease_until: null, updated_at: now })
        .where('mention_id', '=', mentionId)
        .where('state', '!=', 'created')
        .execute();
    },

    async markFailed(mentionId, error, now) {
      await db.updateTable('tickets').set({ state: 'failed', last_error: error, next_attempt_at: null, lease_until: null, updated_at: now }).where('mention_id', '=', mentionId).where('state', '!=', 'created').execute();
    },

    async byTicket(helpdesk, ticketId) {
      const row = await db.selectFrom('tickets').selectAll().where('helpdesk', '=', helpdesk).where('ticket_id', '=', ticketId).executeTakeFirst();
      return row && toTicketRecord(row);
    },

    setStatus: (mentionId, update) =>
      backend.changeTransaction(async (trx, announce) => {
        const record = await get(mentionId, trx);
        if (!record?.ticket) return undefined;
        if (update.at < record.ticket.updatedAt) return undefined;
        const vendorStatus = update.vendorStatus ?? record.vendorStatus;
        if (record.ticket.status === update.status && vendorStatus === record.vendorStatus) return undefined;
        const now = new Date().toISOString();
        await trx.updateTable('tickets').set({ ticket_status: update.status, vendor_status: vendorStatus ?? null, status_at: update.at, updated_at: now }).where('mention_id', '=', mentionId).execute();
        return writeMentionTicket(trx, announce, mentionId, { ...record.ticket, status: update.status, updatedAt: update.at });
      }),

    async openTickets(helpdesk, before, limit) {
      const rows = await db
        .selectFrom('tickets')
        .selectAll()
        .where('helpdesk', '=', helpdesk)
        .where('state', '=', 'created')
        .where('ticket_status', '!=', 'solved')
        .where((eb) => eb.or([eb('polled_at', 'is', null), eb('polled_at', '<', before)]))
        .orderBy(sql`coalesce(polled_at, '')`)
        .limit(limit)
        .execute();
      return rows.map(toTicketRecord);
    },

    async markPolled(mentionIds, now) {
      if (mentionIds.length) await db.updateTable('tickets').set({ polled_at: now }).where('mention_id', 'in', [...mentionIds]).execute();
    },

    async summary(): Promise<TicketQueueSummary[]> {
      const groups = await db
        .selectFrom('tickets')
        .select(['helpdesk', 'vendor', 'state', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.min('next_attempt_at').as('next')])
        .groupBy(['helpdesk', 'vendor', 'state'])
        .orderBy('helpdesk')
        .orderBy('state')
        .execute();
      const out: TicketQueueSummary[] = [];
      for (const g of groups) {
        const latest = await db.selectFrom('tickets').select('last_error').where('helpdesk', '=', g.helpdesk).where('state', '=', g.state).where('last_error', 'is not', null).orderBy('updated_at', 'desc').limit(1).executeTakeFirst();
        out.push({
          helpdesk: g.helpdesk, vendor: g.vendor as HelpdeskVendor, state: g.state as TicketState, count: Number(g.n),
          ...(g.next ? { nextAttemptAt: String(g.next) } : {}),
          ...(latest?.last_error && g.state !== 'created' ? { lastError: latest.last_error } : {}),
        });
      }
      return out;
    },
  };
}
