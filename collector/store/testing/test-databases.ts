// Fresh databases for tests on every engine this machine offers (SQLite always, PostgreSQL when
// VIGIA_TEST_DATABASE_URL answers), each opened as several store handles the way several processes would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../postgres-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from '../postgres-test-server.ts';
import { openSqliteStore } from '../sqlite-store.ts';
import { trackStores, type StoreHarness } from '../store-contract.ts';

export interface TestEngine {
  name: 'SQLite' | 'PostgreSQL';
  /** A fresh, empty database; its harness opens handles on it and deletes it on destroy(). */
  create(): Promise<StoreHarness>;
}

const sqlite: TestEngine = {
  name: 'SQLite',
  async create() {
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
  },
};

const postgres = (url: string): TestEngine => ({
  name: 'PostgreSQL',
  async create() {
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
  },
});

/** SQLite, and PostgreSQL when the test server answers (scripts/postgres.sh). */
export async function testEngines(): Promise<TestEngine[]> {
  const server = await findTestPostgres();
  return server.url ? [sqlite, postgres(server.url)] : [sqlite];
}
