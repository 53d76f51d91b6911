// A throwaway API over a fresh database (a SQLite file, or any test engine's), with a token, for the route tests.
import { openTempStore } from '../../customers/testing/customer-fixtures.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import type { TestEngine } from '../../store/testing/test-databases.ts';
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

/** The same over a fresh database of `engine` (SQLite, PostgreSQL when it answers): for routes whose SQL differs by engine. */
export async function openEngineApiFixture(engine: TestEngine, options: Omit<ApiOptions, 'store'> = {}): Promise<ApiFixture> {
  const harness = await engine.create();
  try {
    const store = await harness.open();
    const api = createApi({ store, pollMs: 50, pingMs: 60_000, ...options });
    return {
      api,
      store,
      auth: { authorization: `Bearer ${await store.createToken('test')}` },
      async close() {
        await api.close();
        await harness.destroy();
      },
    };
  } catch (error) {
    await harness.destroy();
    throw error;
  }
}
