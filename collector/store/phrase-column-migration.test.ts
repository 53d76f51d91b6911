// Migration 15 on both engines: a store whose phrases are mention_terms rows comes out with each mention's
// phrases in its column, none lost, the rows' table gone, and top negative phrases counted as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { MIGRATIONS, migrateSchema } from './migrations.ts';
import { toMentionRow } from './mention-rows.ts';
import { openPostgresBackend } from './postgres-backend.ts';
import { openSqliteBackend } from './sqlite-backend.ts';
import type { SqlBackend } from './sql-backend.ts';
import { createSqlStore } from './sql-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from './testing/postgres-test-server.ts';

const server = await findTestPostgres();
const engines: { name: string; open(): Promise<SqlBackend>; reopen(): Promise<SqlBackend>; destroy(): Promise<void> }[] = [];
{
  const dir = mkdtempSync(join(tmpdir(), 'vigia-phrases-'));
  const file = join(dir, 'vigia.db');
  engines.push({ name: 'SQLite', open: async () => openSqliteBackend(file), reopen: async () => openSqliteBackend(file), destroy: async () => rmSync(dir, { recursive: true, force: true }) });
}
if (server.url) {
  const url = server.url;
  const schema = testSchemaName();
  engines.push({ name: 'PostgreSQL', open: () => openPostgresBackend(url, { schema }), reopen: () => openPostgresBackend(url, { schema }), destroy: () => dropSchema(url, schema) });
}

describe.each(engines)('migration 15: phrases into a column of the mention ($name)', (engine) => {
  afterEach(() => engine.destroy());

  it('folds every mention_terms row into its mention, drops the table, and ranks the same phrases', async () => {
    const backend = await engine.open();
    await migrateSchema(backend, MIGRATIONS.filter((m) => m.version < 15));
    const angry = makeMention({ publishedAt: '2026-11-20T10:00:00.000Z', sentiment: { score: -0.8, label: 'negative', confidence: 0.9 } });
    const calm = makeMention({ publishedAt: '2026-11-20T11:00:00.000Z' });
    const bare = makeMention({ publishedAt: '2026-11-20T12:00:00.000Z' });
    const db = backend.db as unknown as Kysely<any>;
    for (const [i, m] of [angry, calm, bare].entries()) {
      const { phrases: _, ...row } = toMentionRow(m, i + 1);
      await db.insertInto('mentions').values(row).execute();
    }
    const terms = { [angry.id]: ['router down', 'no refund', 'router'], [calm.id]: ['router'], [bare.id]: [] as string[] };
    for (const [id, list] of Object.entries(terms)) for (const term of list) await db.insertInto('mention_terms').values({ mention_id: id, term }).execute();
    await backend.close();

    const store = createSqlStore(await engine.reopen());
    try {
      await store.ready;
      const rows = await store.sql.db.selectFrom('mentions').select(['id', 'phrases']).execute();
      const phrases = Object.fromEntries(rows.map((r) => [r.id, (JSON.parse(r.phrases ?? '[]') as string[]).sort()]));
      expect(phrases).toEqual({ [angry.id]: [...terms[angry.id]!].sort(), [calm.id]: ['router'], [bare.id]: [] });
      await expect(store.sql.db.selectFrom('mention_terms' as never).selectAll().execute()).rejects.toThrow();
      const stats = await store.sentimentStats({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', bucket: 'week', by: 'platform', now: '2026-11-24T00:00:00.000Z' });
      expect(stats.topNegativeTerms.map((t) => t.term).sort()).toEqual(['no refund', 'router', 'router down']);
    } finally {
      await store.close();
    }
  });
});
