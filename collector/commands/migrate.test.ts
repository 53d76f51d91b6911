import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from '../store/testing/postgres-test-server.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { COPIED_TABLES, tableChecksum, tablesOf } from '../store/store-copy.ts';
import { runMigrate } from './migrate.ts';

let dir: string;
let from: string;
let token: string;
let userToken: string;
const mentions = Array.from({ length: 1203 }, (_, i) => makeMention({ text: i % 2 ? 'El técnico no vino' : 'Great router', reach: i }));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-migrate-'));
  from = join(dir, 'old.db');
  const store = openSqliteStore(from);
  await store.insertMentions(mentions);
  await store.updateTriage(mentions[5]!.id, { status: 'responded', assignee: 'Ana', updatedAt: '2026-11-24T10:00:00.000Z' });
  await store.recordSourceRun({ id: 'reddit', kind: 'rss', url: 'http://127.0.0.1/r', ranAt: '2026-11-24T10:00:00Z', ok: false, error: 'fetcher: 503', itemsSeen: 0, itemsNew: 0 });
  token = await store.createToken('ana');
  // The team: a person with their token, a note, a tag and a correction (each with its audit entry).
  userToken = (await store.team.addUser({ name: 'Bea', email: 'bea@example.com' }, '2026-11-24T10:00:00.000Z')).token;
  const edit = { by: 'Bea', at: '2026-11-24T10:05:00.000Z' };
  await store.team.addNote(mentions[5]!.id, { id: 'note-moved-1', text: 'Llamada hecha' }, edit);
  await store.team.setTags(mentions[5]!.id, ['facturación'], edit);
  await store.team.correctSentiment(mentions[6]!.id, { label: 'negative' }, edit);
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Checks the moved store behaves as the old one did, and keeps working. */
async function expectMoved(target: Awaited<ReturnType<typeof openPostgresStore>>) {
  expect(await target.countMentions()).toBe(1203);
  // 1203 inserts, one triage edit and three team changes (note, tags, correction), each its own seq.
  expect(await target.latestSeq()).toBe(1207);
  expect(await target.getMention(mentions[5]!.id)).toMatchObject({ triage: { status: 'responded', assignee: 'Ana' } });
  expect(await target.getMention(mentions[7]!.id)).toEqual(mentions[7]);
  expect(await target.sourceState('reddit')).toMatchObject({ errorCount: 1, lastError: 'fetcher: 503' });
  expect(await target.verifyToken(token)).toBe('ana');
  await target.createToken('after the move');
  await target.insertMentions([makeMention()]);
  expect(await target.latestSeq()).toBe(1208);
  // The facet rows written beside each mention came along too.
  expect(Number((await target.sql.db.selectFrom('mention_brands').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n)).toBe(1204);
  // New tokens get ids after the copied ones (on PostgreSQL the identity was moved past them).
  expect((await target.sql.db.selectFrom('tokens').select('id').orderBy('id').execute()).map((r) => Number(r.id))).toEqual([1, 2, 3]);
  // The team came along: Bea's token still stands for her, her note, tags, correction and the history.
  expect(await target.verifyToken(userToken)).toBe('Bea');
  expect((await target.team.callerOf('Bea')).user?.email).toBe('bea@example.com');
  expect(await target.getMention(mentions[5]!.id)).toMatchObject({ notes: [{ author: 'Bea', text: 'Llamada hecha' }], tags: ['facturación'] });
  expect(await target.team.corrections({ limit: 5 })).toEqual([expect.objectContaining({ mentionId: mentions[6]!.id, label: 'negative', correctedBy: 'Bea' })]);
  await target.team.addNote(mentions[5]!.id, { text: 'after the move' }, { by: 'Bea', at: '2026-11-24T11:00:00.000Z' });
  expect((await target.team.history(mentions[5]!.id))?.map((h) => h.action)).toEqual(['status', 'assignee', 'note-added', 'tags', 'note-added']);
}

describe('vigia migrate', () => {
  it('copies a SQLite installation whole, with counts and checksums per table', async () => {
    const lines: string[] = [];
    const to = join(dir, 'new.db');
    expect(await runMigrate({ from, to }, (l) => lines.push(l))).toBe(true);
    const table = (name: string) => lines.find((l) => l.startsWith(`${name} `));
    expect(table('mentions')).toMatch(/^mentions +rows +1203 → 1203 +sha256 [0-9a-f]{16} → [0-9a-f]{16} ✓$/);
    expect(table('tokens')).toMatch(/^tokens +rows +2 → 2 .* ✓$/);
    expect(table('users')).toMatch(/^users +rows +1 → 1 .* ✓$/);
    expect(table('sentiment_corrections')).toMatch(/^sentiment_corrections +rows +1 → 1 .* ✓$/);
    expect(table('mention_brands')).toMatch(/^mention_brands +rows +1203 → 1203 .* ✓$/);
    expect(lines.filter((l) => /sha256/.test(l))).toHaveLength(COPIED_TABLES.length);
    expect(lines.filter((l) => /sha256 .* ✓$/.test(l))).toHaveLength(COPIED_TABLES.length);
    const target = openSqliteStore(to);
    try {
      await expectMoved(target);
    } finally {
      await target.close();
    }
  });

  it('refuses a missing source file and a target that already holds data', async () => {
    await expect(runMigrate({ from: join(dir, 'typo.db'), to: join(dir, 'x.db') })).rejects.toThrow(/^store: no SQLite file at .*typo\.db/);
    await expect(runMigrate({ from, to: from })).rejects.toThrow(/same store/);
    const busy = join(dir, 'busy.db');
    const store = openSqliteStore(busy);
    await store.insertMentions([makeMention()]);
    await store.close();
    await expect(runMigrate({ from, to: busy }, () => undefined)).rejects.toThrow(/^store: the target already holds mentions/);
  });

  it('knows every table of the schema, and refuses a store holding one it does not', async () => {
    const store = openSqliteStore(from);
    expect(await tablesOf(store)).toEqual([...COPIED_TABLES.map((t) => t.name), 'schema_migrations'].sort());
    await sql`CREATE TABLE plugin_notes (id TEXT PRIMARY KEY)`.execute(store.sql.db);
    await store.close();
    await expect(runMigrate({ from, to: join(dir, 'new.db') }, () => undefined)).rejects.toThrow(/^store: the source holds tables this version cannot copy \(plugin_notes\)/);
  });

  it('tells tables apart by their checksum when a single field differs', async () => {
    const store = openSqliteStore(from);
    const before = await tableChecksum(store, 'mentions', ['id']);
    await store.updateTriage(mentions[0]!.id, { assignee: 'Bo', updatedAt: '2026-11-25T00:00:00.000Z' });
    const after = await tableChecksum(store, 'mentions', ['id']);
    expect(after.rows).toBe(before.rows);
    expect(after.checksum).not.toBe(before.checksum);
    await store.close();
  });
});

const server = await findTestPostgres();
describe.skipIf(!server.url)('vigia migrate to PostgreSQL', () => {
  it('moves a SQLite installation into PostgreSQL without loss', async () => {
    const schema = testSchemaName();
    // The target names its schema through the URL's options, as a user could.
    const to = `${server.url}${server.url!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const setup = await openPostgresStore(server.url!, { schema });
    await setup.close();
    try {
      const lines: string[] = [];
      expect(await runMigrate({ from, to }, (l) => lines.push(l))).toBe(true);
      expect(lines.filter((l) => l.endsWith('✓'))).toHaveLength(COPIED_TABLES.length);
      const target = await openPostgresStore(server.url!, { schema });
      try {
        await expectMoved(target);
      } finally {
        await target.close();
      }
    } finally {
      await dropSchema(server.url!, schema);
    }
  }, 60_000);
});
