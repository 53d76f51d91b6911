// A throwaway API over a fresh SQLite file, with a token, for the route tests.
import { openTempStore } from '../../customers/testing/customer-fixtures.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { createApi, type Api, type ApiOptions } from '../server.ts';

export interface ApiFixture {
  api: Api;
  store: SqlStore;
  /** `Authorization` header of a valid token. */
  auth: { authorization: string };
  close(): Promise<void>;
}

/** `tokenName`: whom the token stands for (links record it). @default "test" */
export async function openApiFixture(options: Omit<ApiOptions, 'store'> = {}, tokenName = 'test'): Promise<ApiFixture> {
  const temp = openTempStore();
  const api = createApi({ store: temp.store, pollMs: 50, pingMs: 1000, ...options });
  const auth = { authorization: `Bearer ${await temp.store.createToken(tokenName)}` };
  return {
    api,
    store: temp.store,
    auth,
    async close() {
      await api.close();
      await temp.close();
    },
  };
}
