// Finds the PostgreSQL server tests may use (VIGIA_TEST_DATABASE_URL, which scripts/postgres.sh starts for
// `npm test`) and gives each test its own schema. A dev run without a server skips those tests with a
// reason; CI (CI=true) must have one.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type TestPostgres = { url: string; reason?: undefined } | { url?: undefined; reason: string };

/** The test server's URL when it answers, else why not. */
export async function findTestPostgres(env: NodeJS.ProcessEnv = process.env): Promise<TestPostgres> {
  const url = env.VIGIA_TEST_DATABASE_URL;
  if (!url) return { reason: 'VIGIA_TEST_DATABASE_URL is not set (npm test starts a server with scripts/postgres.sh)' };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url };
  } catch (error) {
    return { reason: `PostgreSQL at VIGIA_TEST_DATABASE_URL does not answer: ${(error as Error).message}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** True where a missing server must fail the run instead of skipping (continuous integration). */
export const mustHavePostgres = (env: NodeJS.ProcessEnv = process.env) => /^(1|true|yes)$/i.test(env.CI ?? '');

/** A fresh schema name, unique per test, for `openPostgresStore(url, { schema })`. */
export const testSchemaName = () => `vigia_t_${randomBytes(6).toString('hex')}`;

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
