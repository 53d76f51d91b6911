// Copies every table of one store into another (SQLite file → PostgreSQL, or back) and proves it with a
// row count and a checksum per table, each read back from both sides. Seqs are copied as they are, so
// the extension's change-feed cursors stay valid after the move.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { SqlStore } from './sql-store.ts';
import { StoreError } from './store-error.ts';

/** The tables an installation consists of, with the key they are paged and compared by. */
export const COPIED_TABLES = [
  { name: 'mentions', key: 'id' },
  { name: 'sources', key: 'id' },
  { name: 'tokens', key: 'id' },
] as const;

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
async function* readTable(db: AnyDb, table: string, key: string): AsyncGenerator<Row[]> {
  let last: unknown;
  for (;;) {
    let query = db.selectFrom(table).selectAll().orderBy(key).limit(BATCH);
    if (last !== undefined) query = query.where(key, '>', last);
    const rows = (await query.execute()) as Row[];
    if (!rows.length) return;
    yield rows;
    last = rows.at(-1)![key];
    if (rows.length < BATCH) return;
  }
}

/** One canonical line per row: columns sorted by name, numbers as numbers, so both engines agree. */
const canonicalRow = (row: Row) =>
  JSON.stringify(Object.keys(row).sort().map((k) => [k, typeof row[k] === 'bigint' ? Number(row[k]) : row[k]]));

/** Row count and SHA-256 over every row, in key order. */
export async function tableChecksum(store: SqlStore, table: string, key: string): Promise<{ rows: number; checksum: string }> {
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
  await ensureEmpty(target);
  for (const { name, key } of COPIED_TABLES) {
    let copied = 0;
    for await (const rows of readTable(source.sql.db as AnyDb, name, key)) {
      // Batches of 1000 rows in one transaction each; a chunk of 500 per INSERT keeps parameters in bounds.
      await target.sql.writeTransaction(async (trx) => {
        for (let i = 0; i < rows.length; i += 500) await (trx as AnyDb).insertInto(name).values(rows.slice(i, i + 500)).execute();
      });
      copied += rows.length;
    }
    onTable(name, copied);
  }
  if (target.backend === 'postgres') {
    // Token ids were copied explicitly: move the identity past them so new tokens do not collide.
    await sql`SELECT setval(pg_get_serial_sequence('tokens', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM tokens), false)`.execute(target.sql.db);
  }
  const reports: TableCopyReport[] = [];
  for (const { name, key } of COPIED_TABLES) {
    const [from, to] = await Promise.all([tableChecksum(source, name, key), tableChecksum(target, name, key)]);
    reports.push({ table: name, sourceRows: from.rows, targetRows: to.rows, sourceChecksum: from.checksum, targetChecksum: to.checksum, ok: from.rows === to.rows && from.checksum === to.checksum });
  }
  return reports;
}
