import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { MIGRATIONS } from './migrations.ts';
import { openPostgresStore } from './postgres-store.ts';
import { dropSchema, findTestPostgres, mustHavePostgres, testSchemaName } from './testing/postgres-test-server.ts';
import { describeStoreContract } from './testing/store-contract.ts';
import { createPostgresHarness } from './testing/test-databases.ts';

const server = await findTestPostgres();
if (!server.url) {
  if (mustHavePostgres()) {
    it('has a PostgreSQL server to test against (CI=true)', () => {
      throw new Error(`PostgreSQL store tests cannot run: ${server.reason}`);
    });
  } else {
    console.warn(`Skipping the PostgreSQL store tests: ${server.reason}`);
  }
}

describe.skipIf(!server.url)('PostgreSQL', () => {
  const url = server.url!;

  describeStoreContract('PostgreSQL', () => createPostgresHarness(url));

  it('applies each migration once when several processes start together', async () => {
    const schema = testSchemaName();
    const opening = await Promise.allSettled(Array.from({ length: 4 }, () => openPostgresStore(url, { schema, poolSize: 2 })));
    const stores = opening.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    try {
      expect(opening.filter((o) => o.status === 'rejected')).toEqual([]);
      const versions = await stores[0]!.sql.db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
      expect(versions.map((v) => Number(v.version))).toEqual(MIGRATIONS.map((m) => m.version));
      await stores[1]!.insertMentions([makeMention()]);
      expect(await stores[3]!.countMentions()).toBe(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await dropSchema(url, schema);
    }
  });

  it('answers text search from a trigram index when pg_trgm is available', async () => {
    const schema = testSchemaName();
    const store = await openPostgresStore(url, { schema });
    try {
      await store.insertMentions([makeMention({ text: 'El técnico no vino' }), makeMention({ text: 'unrelated' })]);
      const plan = await store.sql.db.transaction().execute(async (trx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(trx);
        return (await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT id FROM mentions WHERE search LIKE ${'%tecnico%'} ESCAPE '\\'`.execute(trx)).rows;
      });
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on mentions_search_trgm/);
      expect((await store.listMentions({ q: 'TÉCNICO' }, { mode: 'newest' }, 5)).items).toHaveLength(1);
    } finally {
      await store.close();
      await dropSchema(url, schema);
    }
  });

  it('listens again after its listening connection is cut, and says changes may have been missed', async () => {
    const schema = testSchemaName();
    const store = await openPostgresStore(url, { schema, relistenMs: 20 });
    const heard: (number | undefined)[] = [];
    let wake = () => {};
    /** Resolves once `count` signals have been heard (at once if they already have). */
    const next = (count: number) =>
      new Promise<void>((resolve) => {
        wake = () => heard.length >= count && resolve();
        wake();
      });
    const stop = store.onChange((seq) => (heard.push(seq), wake()));
    try {
      await next(1); // live
      const cut = await sql<{ n: number }>`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE query = ${`LISTEN vigia_changes_${schema}`}`.execute(store.sql.db);
      expect(cut.rows[0]!.n).toBe(1);
      await next(2); // listening again: "you may have missed something"
      await store.insertMentions([makeMention()]);
      await next(3);
      expect(heard).toEqual([undefined, undefined, 1]);
    } finally {
      stop();
      await store.close();
      await dropSchema(url, schema);
    }
  });

  it('names the server it cannot reach, without the password', async () => {
    await expect(openPostgresStore('postgres://vigia:s3cret@127.0.0.1:1/none')).rejects.toThrow(
      /^store: cannot use PostgreSQL at postgres:\/\/vigia:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/,
    );
  });
});
