// Copies every table of one store into another (SQLite file → PostgreSQL, or back) and proves it with a
// row count and a checksum per table, each read back from both sides. Seqs are copied as they are, so
// the extension's change-feed cursors stay valid after the move.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { moveChangeSeqsPast } from './seq-claim-migration.ts';
import type { SqlStore } from './sql-store.ts';
import { StoreError } from './store-error.ts';

/**
 * The tables an installation consists of, with the key they are paged and compared by, and the identity
 * column whose sequence must move past the copied ids on PostgreSQL. A new table must be listed here:
 * copyStore refuses a source holding a table it does not know, rather than leave it behind.
 */
export const COPIED_TABLES: readonly { name: string; key: readonly string[]; identity?: string }[] = [
  { name: 'mentions', key: ['id'] },
  { name: 'sources', key: ['id'] },
  { name: 'tokens', key: ['id'], identity: 'id' },
  { name: 'customers', key: ['id'] },
  { name: 'customer_identities', key: ['kind', 'scope', 'value'] },
  { name: 'touchpoints', key: ['id'] },
  { name: 'identity_links', key: ['id'], identity: 'id' },
  { name: 'identity_link_mentions', key: ['link_id', 'mention_id'] },
  { name: 'journey_moves', key: ['customer_id', 'touchpoint_id'] },
  { name: 'journeys', key: ['id'] },
  { name: 'mention_brands', key: ['mention_id', 'brand'] },
  // Claims travel too: an alert raised again after the move must not reach a webhook twice.
  { name: 'alert_deliveries', key: ['alert_id', 'webhook_hash'] },
  // A mention's ticket claim moves with it: after the move it must not get a second ticket.
  { name: 'tickets', key: ['mention_id'] },
  { name: 'mutes', key: ['id'] },
  { name: 'query_exclusions', key: ['id'] },
  // The team: people, notes, tags, the audit trail, and the corrections with the layer learned from them.
  { name: 'users', key: ['id'] },
  { name: 'mention_notes', key: ['mention_id', 'id'] },
  { name: 'mention_tags', key: ['mention_id'] },
  { name: 'mention_history', key: ['id'], identity: 'id' },
  { name: 'sentiment_corrections', key: ['mention_id'] },
  { name: 'correction_layers', key: ['name'] },
  { name: 'mention_aspects', key: ['mention_id', 'aspect'] },
];

/** Kept by each store for itself: the target has its own, from its own migrations. */
const NOT_COPIED = new Set(['schema_migrations']);

const BATCH = 1000;

export interface TableCopyReport {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  /** Same count and same checksum. */
  ok: boolean;
}

type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

/** Reads a table in key order, one batch at a time (keyset paging, so 1 M rows never sit in memory). */
async function* readTable(db: AnyDb, table: string, key: readonly string[]): AsyncGenerator<Row[]> {
  let last: unknown[] | undefined;
  const columns = sql.join(key.map((k) => sql.ref(k)));
  for (;;) {
    let query = db.selectFrom(table).selectAll().orderBy(key.map((k) => sql.ref(k))).limit(BATCH);
    if (last) query = query.where(sql<boolean>`(${columns}) > (${sql.join(last)})`);
    const rows = (await query.execute()) as Row[];
    if (!rows.length) return;
    yield rows;
    last = key.map((k) => rows.at(-1)![k]);
    if (rows.length < BATCH) return;
  }
}

/** The tables the store's database holds (in its schema, on PostgreSQL). */
export async function tablesOf(store: SqlStore): Promise<string[]> {
  const query =
    store.backend === 'postgres'
      ? sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
      : sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`;
  return (await query.execute(store.sql.db)).rows.map((r) => r.name).sort();
}

/** One canonical line per row: columns sorted by name, numbers as numbers, so both engines agree. */
const canonicalRow = (row: Row) =>
  JSON.stringify(Object.keys(row).sort().map((k) => [k, typeof row[k] === 'bigint' ? Number(row[k]) : row[k]]));

/** Row count and SHA-256 over every row, in key order. */
export async function tableChecksum(store: SqlStore, table: string, key: readonly string[]): Promise<{ rows: number; checksum: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const batch of readTable(store.sql.db as AnyDb, table, key)) {
    for (const row of batch) hash.update(`${canonicalRow(row)}\n`);
    rows += batch.length;
  }
  return { rows, checksum: hash.digest('hex') };
}

async function ensureEmpty(target: SqlStore): Promise<void> {
  for (const { name } of COPIED_TABLES) {
    const row = await (target.sql.db as AnyDb).selectFrom(name).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    if (Number(row?.n ?? 0) > 0) throw new StoreError(`the target already holds ${name}: copy only into an empty store`);
  }
}

/** Copies all tables (the target must be empty), then compares counts and checksums of both sides. */
export async function copyStore(source: SqlStore, target: SqlStore, onTable: (table: string, rows: number) => void = () => undefined): Promise<TableCopyReport[]> {
  await Promise.all([source.ready, target.ready]);
  const known = new Set(COPIED_TABLES.map((t) => t.name));
  const unknown = (await tablesOf(source)).filter((t) => !known.has(t) && !NOT_COPIED.has(t));
  if (unknown.length) throw new StoreError(`the source holds tables this version cannot copy (${unknown.join(', ')}): upgrade Vigía first`);
  await ensureEmpty(target);
  for (const { name, key, identity } of COPIED_TABLES) {
    let copied = 0;
    for await (const rows of readTable(source.sql.db as AnyDb, name, key)) {
      // Batches of 1000 rows in one transaction each; 500 rows per INSERT keep parameters in bounds.
      await target.sql.writeTransaction(async (trx) => {
        for (let i = 0; i < rows.length; i += 500) await (trx as AnyDb).insertInto(name).values(rows.slice(i, i + 500)).execute();
      });
      copied += rows.length;
    }
    if (identity && target.backend === 'postgres') {
      // Ids were copied explicitly: move the identity past them so new rows do not collide.
      await sql`SELECT setval(pg_get_serial_sequence(${name}, ${identity}), (SELECT COALESCE(MAX(${sql.ref(identity)}), 0) + 1 FROM ${sql.table(name)}), false)`.execute(target.sql.db);
    }
    if (name === 'mentions' && target.backend === 'postgres') await moveChangeSeqsPast(target.sql.db);
    onTable(name, copied);
  }
  const reports: TableCopyReport[] = [];
  for (const { name, key } of COPIED_TABLES) {
    const [from, to] = await Promise.all([tableChecksum(source, name, key), tableChecksum(target, name, key)]);
    reports.push({ table: name, sourceRows: from.rows, targetRows: to.rows, sourceChecksum: from.checksum, targetChecksum: to.checksum, ok: from.rows === to.rows && from.checksum === to.checksum });
  }
  return reports;
}
