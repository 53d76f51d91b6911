// The schema of both backends as numbered migrations, each applied once, in order, recorded in
// schema_migrations (the same table the first SQLite-only store kept, so its files upgrade in place).
// A migration is written once with Kysely's schema builder; only column types differ per dialect.
import { sql, type Kysely } from 'kysely';
import { addMentionFacets, createCustomerTables } from './customer-migrations.ts';
import type { SqlBackend, StoreDialect } from './sql-backend.ts';
import { uniqueTokenNames } from './token-migrations.ts';
import { addMentionUrgency } from './urgency-migration.ts';
import { createTicketTable } from './ticket-migration.ts';
import { addNoiseControl } from './noise-migration.ts';
import { createTeamTables } from './team-migration.ts';
import { rebuildMentionPhrases } from './phrase-migration.ts';
import { createMentionAspects } from './aspect-migration.ts';
import { movePhrasesToMentions } from './phrase-column-migration.ts';
import { addSeqStamping } from './seq-stamp-migration.ts';
import { addSeqTaking } from './seq-take-migration.ts';
import { addSeqClaims } from './seq-claim-migration.ts';

/** Column types per dialect. PostgreSQL text is compared byte-wise ("C") to sort exactly like SQLite. */
export function columnTypes(dialect: StoreDialect) {
  const pg = dialect === 'postgres';
  return {
    text: pg ? sql`text collate "C"` : sql`text`,
    integer: pg ? sql`bigint` : sql`integer`,
    real: pg ? sql`double precision` : sql`real`,
  };
}

export interface Migration {
  version: number;
  name: string;
  // Kysely<any>: a migration sees the schema as it was then, not as the current types describe it.
  up(db: Kysely<any>, dialect: StoreDialect): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'mentions, sources and tokens',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('mentions')
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('seq', t.integer, (c) => c.notNull().unique())
        .addColumn('source', t.text, (c) => c.notNull())
        .addColumn('platform', t.text, (c) => c.notNull())
        .addColumn('author_handle', t.text)
        .addColumn('sort_at', t.text, (c) => c.notNull())
        .addColumn('published_at', t.text)
        .addColumn('collected_at', t.text, (c) => c.notNull())
        .addColumn('sentiment_label', t.text, (c) => c.notNull())
        .addColumn('moment', t.text)
        .addColumn('priority', t.real, (c) => c.notNull())
        .addColumn('status', t.text, (c) => c.notNull())
        .addColumn('assignee', t.text)
        .addColumn('status_at', t.text, (c) => c.notNull())
        .addColumn('assignee_at', t.text, (c) => c.notNull())
        .addColumn('customer_id', t.text)
        .addColumn('search', t.text, (c) => c.notNull())
        .addColumn('doc', t.text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('mentions_sort').on('mentions').columns(['sort_at desc', 'id desc']).execute();
      await db.schema.createIndex('mentions_platform').on('mentions').columns(['platform', 'sort_at desc']).execute();
      await db.schema.createIndex('mentions_sentiment').on('mentions').columns(['sentiment_label', 'sort_at desc']).execute();
      await db.schema.createIndex('mentions_status').on('mentions').columns(['status', 'sort_at desc']).execute();
      await db.schema.createIndex('mentions_author').on('mentions').column('author_handle').execute();
      await db.schema
        .createTable('sources')
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('kind', t.text, (c) => c.notNull())
        .addColumn('url', t.text, (c) => c.notNull())
        .addColumn('etag', t.text)
        .addColumn('last_modified', t.text)
        .addColumn('last_run_at', t.text)
        .addColumn('last_success_at', t.text)
        .addColumn('next_run_at', t.text)
        .addColumn('items_seen', t.integer, (c) => c.notNull().defaultTo(0))
        .addColumn('items_new', t.integer, (c) => c.notNull().defaultTo(0))
        .addColumn('error_count', t.integer, (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', t.text)
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', t.integer, (c) => (dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('hash', t.text, (c) => c.notNull().unique())
        .addColumn('created_at', t.text, (c) => c.notNull())
        .addColumn('last_used_at', t.text)
        .execute();
    },
  },
  {
    version: 2,
    name: 'source leases for many collectors',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      // SQLite adds one column per ALTER TABLE.
      await db.schema.alterTable('sources').addColumn('every_ms', t.integer).execute();
      await db.schema.alterTable('sources').addColumn('lease_owner', t.text).execute();
      await db.schema.alterTable('sources').addColumn('lease_until', t.text).execute();
      await db.schema.createIndex('sources_due').on('sources').columns(['next_run_at']).execute();
    },
  },
  { version: 3, name: 'customers, identities, touchpoints, identity links and journeys', up: (db, dialect) => createCustomerTables(db, columnTypes(dialect), dialect) },
  { version: 4, name: 'mention facets: stage, author name, first response, brands and negative terms', up: (db, dialect) => addMentionFacets(db, columnTypes(dialect), dialect) },
  { version: 5, name: 'trigram index for text search (PostgreSQL)', up: addSearchTrigramIndex },
  {
    version: 6,
    name: "API sources' incremental cursors",
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema.alterTable('sources').addColumn('since_id', t.text).execute();
      await db.schema.alterTable('sources').addColumn('since_at', t.text).execute();
    },
  },
  {
    version: 7,
    name: 'alert deliveries claimed per webhook',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('alert_deliveries')
        .addColumn('alert_id', t.text, (c) => c.notNull())
        .addColumn('webhook_hash', t.text, (c) => c.notNull())
        .addColumn('claimed_at', t.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_deliveries_pk', ['alert_id', 'webhook_hash'])
        .execute();
      await db.schema.createIndex('alert_deliveries_claimed').on('alert_deliveries').column('claimed_at').execute();
    },
  },
  { version: 8, name: 'one API token per name', up: uniqueTokenNames },
  { version: 9, name: 'mention urgency for triage (now, soon, none)', up: (db, dialect) => addMentionUrgency(db, columnTypes(dialect)) },
  { version: 10, name: 'noise control (mutes, query exclusions, muted mentions) and posted replies', up: (db, dialect) => addNoiseControl(db, columnTypes(dialect)) },
  { version: 11, name: 'team: users, notes, tags, audit trail, sentiment corrections', up: (db, dialect) => createTeamTables(db, columnTypes(dialect), dialect) },
  { version: 12, name: 'helpdesk tickets from mentions, one per mention', up: (db, dialect) => createTicketTable(db, columnTypes(dialect)) },
  { version: 13, name: 'mention aspects (what each mention talks about, with its own sentiment)', up: (db, dialect) => createMentionAspects(db, columnTypes(dialect)) },
  { version: 14, name: 'top negative phrases: the 1–3-word phrases of every mention', up: (db, dialect) => rebuildMentionPhrases(db, dialect) },
  { version: 15, name: 'mention phrases in a column of the mention, not a row per phrase', up: (db, dialect) => movePhrasesToMentions(db, columnTypes(dialect), dialect) },
  { version: 16, name: 'change seqs stamped at commit on PostgreSQL, so concurrent writers do not wait for each other', up: (db, dialect) => addSeqStamping(db, dialect) },
  { version: 17, name: 'new mentions written with final seqs under the seq lock on PostgreSQL, not renumbered at commit', up: (db, dialect) => addSeqTaking(db, dialect) },
  { version: 18, name: 'change seqs from a sequence on PostgreSQL, claimed by open transactions instead of locked', up: (db, dialect) => addSeqClaims(db, dialect) },
];

/**
 * Migration 5. `q` is a LIKE '%…%' on the folded text: SQLite scans (fine for one machine's store), and
 * PostgreSQL can answer the same query from a pg_trgm GIN index. pg_trgm is a trusted extension, so a
 * database owner may create it; where it is missing or not allowed, search keeps working by scanning.
 */
async function addSearchTrigramIndex(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  const available = await sql`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`.execute(db);
  if (!available.rows.length) return;
  // In public, whatever the store's schema: dropping one installation's schema must not take the extension along.
  await sql`SAVEPOINT vigia_trgm`.execute(db);
  try {
    // Installations in other schemas of the database may be migrating too: one creates the extension.
    await sql`SELECT pg_advisory_xact_lock(hashtext('vigia.pg_trgm'))`.execute(db);
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`.execute(db);
    await sql`CREATE INDEX mentions_search_trgm ON mentions USING gin (search public.gin_trgm_ops)`.execute(db);
    await sql`RELEASE SAVEPOINT vigia_trgm`.execute(db);
  } catch {
    await sql`ROLLBACK TO SAVEPOINT vigia_trgm`.execute(db);
  }
}

/**
 * Brings the schema up to date. Runs in one transaction under a migration lock on PostgreSQL, so concurrent starters (two collectors
 * booting at once against PostgreSQL) apply each migration exactly once; the later one finds them done.
 */
export async function migrateSchema(backend: SqlBackend, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return backend.changeTransaction(async (trx) => {
    const t = columnTypes(backend.dialect);
    const db = trx as unknown as Kysely<any>;
    // One migrating process at a time per schema (a change transaction no longer excludes others on PostgreSQL).
    if (backend.dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(hashtext('vigia.migrate.' || current_schema()))`.execute(db);
    await db.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', t.integer, (c) => c.primaryKey())
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('applied_at', t.text, (c) => c.notNull())
      .execute();
    const done = new Set((await trx.selectFrom('schema_migrations').select('version').execute()).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await migration.up(db, backend.dialect);
      await trx.insertInto('schema_migrations').values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() }).execute();
      applied.push(migration.version);
    }
    return applied;
  });
}
