// The migration that adds the tickets table: one row per mention that someone asked a helpdesk ticket for.
// Its primary key is the claim that keeps a mention from ever getting two tickets, across processes.
import type { Kysely } from 'kysely';
import type { columnTypes } from './migrations.ts';

export async function createTicketTable(db: Kysely<any>, t: ReturnType<typeof columnTypes>): Promise<void> {
  await db.schema
    .createTable('tickets')
    .addColumn('mention_id', t.text, (c) => c.primaryKey())
    .addColumn('helpdesk', t.text, (c) => c.notNull())
    .addColumn('vendor', t.text, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('attempts', t.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.text)
    .addColumn('last_error', t.text)
    .addColumn('ambiguous', t.integer, (c) => c.notNull().defaultTo(0))
    .addColumn('lease_until', t.text)
    .addColumn('ticket_id', t.text)
    .addColumn('ticket_url', t.text)
    .addColumn('ticket_status', t.text)
    .addColumn('vendor_status', t.text)
    .addColumn('ticket_created_at', t.text)
    .addColumn('status_at', t.text)
    .addColumn('customer_id', t.text)
    .addColumn('requested_by', t.text, (c) => c.notNull())
    .addColumn('requested_at', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text, (c) => c.notNull())
    .addColumn('polled_at', t.text)
    .addColumn('draft', t.text)
    .execute();
  await db.schema.createIndex('tickets_due').on('tickets').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('tickets_by_ticket').on('tickets').columns(['helpdesk', 'ticket_id']).execute();
}
