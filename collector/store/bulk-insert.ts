// Many rows into one table in a few statements, past Kysely's query builder (which rebuilds and compiles
// every row object each time): SQLite gets one cached multi-row INSERT per chunk, PostgreSQL one INSERT …
// SELECT FROM unnest(…) per chunk, whose parameters are one array per column however many rows there are.
import { CompiledQuery, type Kysely } from 'kysely';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';

/** One column: its name and PostgreSQL array type for unnest. */
export interface BulkColumn<Row> {
  name: keyof Row & string;
  pg: 'text' | 'bigint' | 'float8';
}

/** SQLite's bound-parameter limit is 32 766; rows per statement stay below it and below this. */
const SQLITE_ROWS = 500;
const SQLITE_PARAMETERS = 32_000;
/** PostgreSQL: rows per unnest statement (arrays have no parameter limit; this bounds one message's size). */
const POSTGRES_ROWS = 5000;

const statements = new Map<string, string>();

/** The statement for `rows` rows; the same text for the same row count, so SQLite's statement cache reuses it. */
function statementOf<Row>(dialect: StoreDialect, table: string, columns: readonly BulkColumn<Row>[], rows: number, conflict: string): string {
  const key = `${dialect} ${table} ${columns.map((c) => c.name).join()} ${rows} ${conflict}`;
  let text = statements.get(key);
  if (!text) {
    text = buildStatement(dialect, table, columns, rows, conflict);
    // Full chunks repeat; odd-sized last chunks would grow the map without bound.
    if (statements.size < 64) statements.set(key, text);
  }
  return text;
}

function buildStatement<Row>(dialect: StoreDialect, table: string, columns: readonly BulkColumn<Row>[], rows: number, conflict: string): string {
  const names = columns.map((c) => c.name).join(', ');
  if (dialect === 'postgres') {
    return `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.pg}[]`).join(', ')}) ${conflict}`;
  }
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${names}) VALUES ${Array.from({ length: rows }, () => row).join(', ')} ${conflict}`;
}

/** Inserts `rows` into `table`; `conflict` is the ON CONFLICT clause both engines share. */
export async function bulkInsert<Row>(
  db: Kysely<VigiaDatabase>,
  dialect: StoreDialect,
  table: string,
  columns: readonly BulkColumn<Row>[],
  rows: readonly Row[],
  conflict: string,
): Promise<void> {
  const chunk = dialect === 'postgres' ? POSTGRES_ROWS : Math.min(SQLITE_ROWS, Math.floor(SQLITE_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const parameters =
      dialect === 'postgres'
        ? columns.map((c) => part.map((row) => row[c.name]))
        : part.flatMap((row) => columns.map((c) => row[c.name]));
    await db.executeQuery(CompiledQuery.raw(statementOf(dialect, table, columns, part.length, conflict), parameters));
  }
}
