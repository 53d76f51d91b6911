// Picks the backend: PostgreSQL when VIGIA_DATABASE_URL is a postgres:// URL, else the embedded SQLite file
// under the data directory (collector/paths.ts).
import { databaseFile } from '../paths.ts';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { SqlStore } from './sql-store.ts';
import { StoreError } from './store-error.ts';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** True for a postgres:// or postgresql:// URL. */
export const isPostgresUrl = (location: string) => POSTGRES_URL.test(location);

/** Opens the store at a PostgreSQL URL or a SQLite file path, its schema brought up to date. */
export async function openStoreAt(location: string): Promise<SqlStore> {
  if (isPostgresUrl(location)) return openPostgresStore(location);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) throw new StoreError(`"${location.split('//')[0]}//…" is not a database Vigía can use: give a postgres:// URL or a SQLite file path`);
  const store = openSqliteStore(location);
  try {
    await store.ready;
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** The store this installation uses: VIGIA_DATABASE_URL=postgres://… or the SQLite file in the data directory. */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<SqlStore> {
  const url = env.VIGIA_DATABASE_URL?.trim();
  if (url && !isPostgresUrl(url)) throw new StoreError('VIGIA_DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite file)');
  return openStoreAt(url || databaseFile(env));
}
