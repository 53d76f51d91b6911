// `column IN (list)` for lists of any length, on either engine. SQLite binds each value (500 to a
// statement, far below its limit); PostgreSQL takes the whole list as one array parameter, `= any($1)`,
// read once by the server and planned once (the primary key and indexes serve it as they serve IN), so an
// import's batch of 5 000 keys costs one round trip instead of ten, each parsing 500 parameters.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { StoreDialect } from './sql-backend.ts';

const SQLITE_CHUNK = 500;
const POSTGRES_CHUNK = 20_000;

/** `column` is one of `values` (a list of at most one chunk, see chunkedIn). */
export function isIn(dialect: StoreDialect, column: string, values: readonly (string | number)[]): Expression<SqlBool> {
  return dialect === 'postgres' ? sql<SqlBool>`${sql.ref(column)} = any(${[...values]})` : sql<SqlBool>`${sql.ref(column)} in (${sql.join([...values])})`;
}

/** `fn` for each chunk of `items` in turn (a chunk per statement on this engine), the results together. */
export async function chunkedIn<T, R>(dialect: StoreDialect, items: readonly T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const size = dialect === 'postgres' ? POSTGRES_CHUNK : SQLITE_CHUNK;
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    const rows = await fn(items.slice(i, i + size));
    for (const row of rows) out.push(row);
  }
  return out;
}
