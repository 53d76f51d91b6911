// The embedded SQLite backend of VigiaStore: one file under data/ (WAL), no server to start.
import { openSqliteBackend } from './sqlite-backend.ts';
import { createSqlStore, type SqlStore } from './sql-store.ts';

export { hashToken } from './token-queries.ts';

/** Opens (creating or upgrading) the store in `file`; usable at once, every call waits for the schema. */
export function openSqliteStore(file: string, opts: { now?: () => Date } = {}): SqlStore {
  return createSqlStore(openSqliteBackend(file), opts);
}
