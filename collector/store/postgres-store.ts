// The PostgreSQL backend of VigiaStore, shared by many collectors and API servers.
import { openPostgresBackend, type PostgresBackendOptions } from './postgres-backend.ts';
import { createSqlStore, type SqlStore } from './sql-store.ts';

export type PostgresStoreOptions = PostgresBackendOptions & { now?: () => Date };

/** Connects, brings the schema up to date (once, even with many processes starting together) and returns the store. */
export async function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<SqlStore> {
  const store = createSqlStore(await openPostgresBackend(url, opts), opts);
  try {
    await store.ready;
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
