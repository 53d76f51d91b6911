// Fresh databases for tests on every engine this machine offers (SQLite always, PostgreSQL when
// VIGIA_TEST_DATABASE_URL answers), each opened as several store handles the way several processes would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../postgres-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from './postgres-test-server.ts';
import { openSqliteStore } from '../sqlite-store.ts';
import { trackStores, type StoreHarness } from './store-contract.ts';

export interface TestEngine {
  name: 'SQLite' | 'PostgreSQL';
  /** A fresh, empty database; its harness opens handles on it and deletes it on destroy(). */
  create(): Promise<StoreHarness>;
}

/** A fresh SQLite file in a temporary folder. */
export async function createSqliteHarness(): Promise<StoreHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-test-db-'));
  const stores = trackStores();
  return {
    open: async (opts) => stores.add(openSqliteStore(join(dir, 'vigia.db'), opts)),
    concurrentConnections: false,
    async destroy() {
      await stores.closeAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema on the PostgreSQL server at `url`. */
export async function createPostgresHarness(url: string): Promise<StoreHarness> {
  const schema = testSchemaName();
  const stores = trackStores();
  return {
    open: async (opts) => stores.add(await openPostgresStore(url, { schema, poolSize: 4, ...opts })),
    concurrentConnections: true,
    async destroy() {
      await stores.closeAll();
      await dropSchema(url, schema);
    },
  };
}

const sqlite: TestEngine = { name: 'SQLite', create: createSqliteHarness };
const postgres = (url: string): TestEngine => ({ name: 'PostgreSQL', create: () => createPostgresHarness(url) });

/** SQLite, and PostgreSQL when the test server answers (scripts/postgres.sh). */
export async function testEngines(): Promise<TestEngine[]> {
  const server = await findTestPostgres();
  return server.url ? [sqlite, postgres(server.url)] : [sqlite];
}
