// A throwaway API over a fresh SQLite file, with a token, for the route tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import type { VigiaStore } from '../../store/store.ts';
import { createApi, type Api, type ApiOptions } from '../server.ts';

export interface ApiFixture {
  api: Api;
  store: VigiaStore;
  /** `Authorization` header of a valid token. */
  auth: { authorization: string };
  close(): Promise<void>;
}

export async function openApiFixture(options: Omit<ApiOptions, 'store'> = {}): Promise<ApiFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-api-'));
  const store = openSqliteStore(join(dir, 'vigia.db'));
  const api = createApi({ store, pollMs: 50, pingMs: 1000, ...options });
  const auth = { authorization: `Bearer ${await store.createToken('test')}` };
  return {
    api,
    store,
    auth,
    async close() {
      await api.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
