// Many rows into one table in a few statements, past Kysely's query builder (which rebuilds and compiles
// every row object each time): one cached multi-row INSERT … VALUES per chunk on both engines. On
// PostgreSQL this beat INSERT … SELECT FROM unnest(…): the arrays cost the client an escaping pass over
// every value (the JSON documents are full of quotes) and the server an array parse, where VALUES sends
// each value as it is.
import { CompiledQuery, type Kysely } from 'kysely';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';

/** One column: its name and its PostgreSQL type (documents which conversion the value gets). */
export interface BulkColumn<Row> {
  name: keyof Row & string;
  pg: 'text' | 'bigint' | 'float8';
}

/** Rows per statement: at most this many, and this many bound parameters (SQLite allows 32 766, PostgreSQL 65 535). */
const MAX_ROWS = 1000;
const MAX_PARAMETERS = 16_000;

const statements = new Map<string, string>();

/** The statement for `rows` rows; the same text for the same row count, so SQLite's statement cache reuses it. */
function statementOf<Row>(dialect: StoreDialect, table: string, columns: readonly BulkColumn<Row>[], rows: number, tail: string): string {
  const key = `${dialect} ${table} ${columns.map((c) => c.name).join()} ${rows} ${tail}`;
  let text = statements.get(key);
  if (!text) {
    text = buildStatement(dialect, table, columns, rows, tail);
    // Full chunks repeat; odd-sized last chunks would grow the map without bound.
    if (statements.size < 64) statements.set(key, text);
  }
  return text;
}

function buildStatement<Row>(dialect: StoreDialect, table: string, columns: readonly BulkColumn<Row>[], rows: number, conflict: string): string {
  const width = columns.length;
  const row =
    dialect === 'postgres'
      ? (r: number) => `(${columns.map((c, i) => `$${r * width + i + 1}${c.pg === 'text' ? '' : `::${c.pg}`}`).join(', ')})`
      : () => `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) VALUES ${Array.from({ length: rows }, (_, r) => row(r)).join(', ')} ${conflict}`;
}

/**
 * Inserts `rows` into `table`; `conflict` is the ON CONFLICT clause both engines share. With `returning`, the
 * values of that column of the rows actually inserted (a conflict skips a row), else undefined.
 */
export async function bulkInsert<Row, Key extends keyof Row & string = never>(
  db: Kysely<VigiaDatabase>,
  dialect: StoreDialect,
  table: string,
  columns: readonly BulkColumn<Row>[],
  rows: readonly Row[],
  conflict: string,
  returning?: Key,
): Promise<Row[Key][] | undefined> {
  const chunk = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length));
  const tail = returning ? `${conflict} RETURNING ${returning}` : conflict;
  const inserted: Row[Key][] | undefined = returning ? [] : undefined;
  for (let i = 0; i < rows.length; i += chunk) {
    const end = Math.min(rows.length, i + chunk);
    const parameters: unknown[] = [];
    for (let r = i; r < end; r++) for (const c of columns) parameters.push(rows[r]![c.name]);
    const result = await db.executeQuery<Row>(CompiledQuery.raw(statementOf(dialect, table, columns, end - i, tail), parameters));
    if (inserted) for (const row of result.rows) inserted.push(row[returning!]);
  }
  return inserted;
}
