// For tests: a fresh SQLite store in a temporary directory, and the demo CRM exports imported into it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCrmExportUrl, importDemoCrm } from '../../demo/demo-crm.ts';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import type { ImportSummary } from '../import-runner.ts';

/** The demo's exports "now": every touchpoint falls in the 30 days before it. */
export const DEMO_NOW = '2026-11-24T00:00:00.000Z';
export const demoExportPath = demoCrmExportUrl;

export interface TempStore {
  store: SqlStore;
  dir: string;
  close(): Promise<void>;
}

export function openTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-customers-'));
  const store = openSqliteStore(join(dir, 'vigia.db'));
  return {
    store,
    dir,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Imports every demo export in order; returns one summary per file. */
export const importDemoExports = (store: SqlStore, now = DEMO_NOW): Promise<ImportSummary[]> => importDemoCrm(store, new Date(now));

/** Every row of every table, as JSON text: what a "nothing remains" check searches. */
export async function everyTableAsText(store: SqlStore): Promise<Map<string, string>> {
  const tables = new Map<string, string>();
  for (const table of await store.sql.db.introspection.getTables()) {
    tables.set(table.name, JSON.stringify(await store.sql.db.selectFrom(table.name as 'mentions').selectAll().execute()));
  }
  return tables;
}
