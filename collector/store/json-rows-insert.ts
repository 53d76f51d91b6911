// Many rows into one table: bulkInsert on SQLite; on PostgreSQL the rows travel as one JSON array per
// few thousand rows, read by the server with json_populate_recordset. A multi-row VALUES of a thousand
// rows binds twelve thousand parameters that the server parses and plans each time (journeys: about 120 ms
// a statement while the client waited); the JSON text is made by V8's native stringify and read by
// PostgreSQL's C parser (about ×0.7 of the time, a third of the client's CPU, on 20 000 journeys).
import { CompiledQuery, type Kysely } from 'kysely';
import { bulkInsert, type BulkColumn } from './bulk-insert.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';

/** Rows per JSON array: a few megabytes of touchpoint documents at most. */
const JSON_ROWS = 5000;

/**
 * Inserts `rows` (objects whose keys are the columns' names; null for SQL NULL) into `table`; `conflict` is
 * the ON CONFLICT clause both engines share ('' for rows known to be new). Numbers keep their value (JSON's
 * shortest round-trip form, read back exactly into float8 and bigint).
 */
export async function insertRows<Row>(db: Kysely<VigiaDatabase>, dialect: StoreDialect, table: string, columns: readonly BulkColumn<Row>[], rows: readonly Row[], conflict = ''): Promise<void> {
  if (dialect !== 'postgres') return void (await bulkInsert(db, dialect, table, columns, rows, conflict));
  const names = columns.map((c) => c.name);
  const text = `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM json_populate_recordset(NULL::${table}, $1::json) ${conflict}`;
  for (let i = 0; i < rows.length; i += JSON_ROWS) {
    const slice = rows.slice(i, i + JSON_ROWS);
    // Only the columns named (the rows are flat: the list filters their keys).
    const json = JSON.stringify(slice, names);
    // A lone surrogate (JSONL's "\ud800") is escaped by stringify and refused by PostgreSQL's JSON reader,
    // where a bound parameter stores it as U+FFFD: such rows go the way they always went.
    if (LONE_SURROGATE.test(json)) await bulkInsert(db, dialect, table, columns, slice, conflict);
    else await db.executeQuery(CompiledQuery.raw(text, [json]));
  }
}

/**
 * How JSON.stringify writes a lone surrogate, or a NUL (which both ways refuse, each with its own error): a
 * false alarm on a literal backslash-u text costs only speed.
 */
const LONE_SURROGATE = /\\u(?:[dD][89a-fA-F]|0000)/;
