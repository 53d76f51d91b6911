// PostgreSQL, several writers at once: a change transaction does not make the others wait for it, and the
// change feed still never skips a change that commits late. SQLite has one writer per file (contract tests).
import { describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { toMentionRow } from './mention-rows.ts';
import { openPostgresStore } from './postgres-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from './testing/postgres-test-server.ts';

const server = await findTestPostgres();

describe.skipIf(!server.url)('PostgreSQL change seqs with concurrent writers', () => {
  const url = server.url!;

  it('lets a writer commit while an earlier one is open, and the feed still gets the late one after its cursor', async () => {
    const schema = testSchemaName();
    const [early, late, reader] = await Promise.all([0, 1, 2].map(() => openPostgresStore(url, { schema, poolSize: 2 })));
    try {
      const first = makeMention({ id: 'written-first' });
      const second = makeMention({ id: 'written-second' });
      let written!: () => void;
      let finish!: () => void;
      const wrote = new Promise<void>((r) => (written = r));
      const gate = new Promise<void>((r) => (finish = r));
      // The first writer takes its seq as every writer does (highest + 1), then stays open: handed out as
      // written, its seq would be the lower one, committed after the second writer's.
      const open = early!.sql.changeTransaction(async (trx, announce) => {
        const max = await trx.selectFrom('mentions').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
        const seq = Number(max?.max ?? 0) + 1;
        await trx.insertInto('mentions').values(toMentionRow(first, seq)).execute();
        announce(seq);
        written();
        await gate;
      });
      await wrote;
      // Waiting for the first writer here would never end: it commits only after this one.
      expect((await late!.insertMentions([second])).map((m) => m.id)).toEqual(['written-second']);
      const before = await reader!.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
      expect(before.items.map((m) => m.id)).toEqual(['written-second']);
      finish();
      await open;
      const after = await reader!.listMentions({}, { mode: 'changes', afterSeq: before.lastSeq }, 10);
      expect(after.items.map((m) => m.id)).toEqual(['written-first']);
      expect(after.lastSeq).toBe(before.lastSeq + 1);
      expect(await reader!.latestSeq()).toBe(after.lastSeq);
    } finally {
      await Promise.all([early, late, reader].map((s) => s?.close()));
      await dropSchema(url, schema);
    }
  });

  it('stamps the seqs of one transaction in the order they were written, after every committed one', async () => {
    const schema = testSchemaName();
    const store = await openPostgresStore(url, { schema });
    try {
      await store.insertMentions([makeMention({ id: 'a' }), makeMention({ id: 'b' })]);
      await store.insertMentions([makeMention({ id: 'c' })]);
      await store.updateTriage('a', { assignee: 'ana', updatedAt: new Date().toISOString() });
      const feed = await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
      expect(feed.items.map((m) => m.id)).toEqual(['b', 'c', 'a']);
      expect(feed.seqs).toEqual([2, 3, 4]);
    } finally {
      await store.close();
      await dropSchema(url, schema);
    }
  });
});
