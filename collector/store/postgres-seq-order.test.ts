// PostgreSQL, several writers at once: a change transaction does not make the others wait for it, and the
// change feed still never skips a change that commits late. SQLite has one writer per file (contract tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { toMentionRow } from './mention-rows.ts';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { copyStore } from './store-copy.ts';
import { dropSchema, findTestPostgres, testSchemaName } from './testing/postgres-test-server.ts';

const server = await findTestPostgres();

/** Sessions whose COPY of mentions waits on a lock (a key another transaction holds). */
async function waitingCopies(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'COPY mentions %'`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

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

  it('never lets the feed pass the seqs an open writer of new mentions took, however many commit after it', async () => {
    const schema = testSchemaName();
    const [early, late, reader] = await Promise.all([0, 1, 2].map(() => openPostgresStore(url, { schema, poolSize: 2 })));
    try {
      let written!: () => void;
      let finish!: () => void;
      const wrote = new Promise<void>((r) => (written = r));
      const gate = new Promise<void>((r) => (finish = r));
      const open = early!.sql.changeTransaction(async (trx, announce) => {
        const [seq] = await early!.sql.takeSeqs!(trx, ['taken-first']);
        await trx.insertInto('mentions').values(toMentionRow(makeMention({ id: 'taken-first' }), seq!)).execute();
        announce(seq!);
        written();
        await gate;
      });
      await wrote;
      // Later writers do not wait for the open one; their seqs are higher, and the feed holds them back.
      expect((await late!.insertMentions([makeMention({ id: 'taken-second' })])).map((m) => m.id)).toEqual(['taken-second']);
      expect((await late!.insertMentions([makeMention({ id: 'taken-third' })])).map((m) => m.id)).toEqual(['taken-third']);
      const held = await reader!.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
      expect(held.items).toEqual([]);
      expect(held.lastSeq).toBe(0);
      expect(await reader!.latestSeq()).toBe(0);
      finish();
      await open;
      const feed = await reader!.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
      expect(feed.items.map((m) => m.id)).toEqual(['taken-first', 'taken-second', 'taken-third']);
      expect(feed.seqs).toEqual([1, 2, 3]);
      expect(await reader!.latestSeq()).toBe(3);
    } finally {
      await Promise.all([early, late, reader].map((s) => s?.close()));
      await dropSchema(url, schema);
    }
  });

  it('lets the feed go on past the seqs of a writer that rolled back', async () => {
    const schema = testSchemaName();
    const store = await openPostgresStore(url, { schema, poolSize: 3 });
    try {
      let written!: () => void;
      let fail!: () => void;
      const wrote = new Promise<void>((r) => (written = r));
      const gate = new Promise<void>((r) => (fail = r));
      const open = store.sql.changeTransaction(async (trx) => {
        const [seq] = await store.sql.takeSeqs!(trx, ['rolled-back']);
        await trx.insertInto('mentions').values(toMentionRow(makeMention({ id: 'rolled-back' }), seq!)).execute();
        written();
        await gate;
        throw new Error('given up');
      });
      await wrote;
      await store.insertMentions([makeMention({ id: 'kept' })]);
      expect((await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10)).items).toEqual([]);
      // Readers that heard of "kept" and read nothing hear again when the claim goes.
      const signals: (number | undefined)[] = [];
      const live = new Promise<void>((r) => store.onChange((seq) => (signals.push(seq), r())));
      await live;
      signals.length = 0;
      fail();
      await expect(open).rejects.toThrow('given up');
      await vi.waitFor(() => expect(signals).toContain(undefined), { timeout: 20_000, interval: 20 });
      const feed = await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
      expect(feed.items.map((m) => m.id)).toEqual(['kept']);
      expect(feed.seqs).toEqual([2]);
      expect(await store.latestSeq()).toBe(2);
    } finally {
      await store.close();
      await dropSchema(url, schema);
    }
  });

  it('stores a batch once another writer committed one of its ids while it was being written, without that one', async () => {
    const schema = testSchemaName();
    const [first, second] = await Promise.all([0, 1].map(() => openPostgresStore(url, { schema, poolSize: 2 })));
    try {
      let written!: () => void;
      let finish!: () => void;
      const wrote = new Promise<void>((r) => (written = r));
      const gate = new Promise<void>((r) => (finish = r));
      const open = first!.sql.changeTransaction(async (trx, announce) => {
        const [seq] = await first!.sql.takeSeqs!(trx, ['both']);
        await trx.insertInto('mentions').values(toMentionRow(makeMention({ id: 'both' }), seq!)).execute();
        announce(seq!);
        written();
        await gate;
      });
      await wrote;
      // The second writer does not see "both" yet, so it writes it too and waits on its key until the first commits.
      const batch = second!.insertMentions([makeMention({ id: 'both', title: 'the second copy' }), makeMention({ id: 'only-second' })]);
      await vi.waitFor(async () => expect(await waitingCopies(url)).toBeGreaterThanOrEqual(1), { timeout: 20_000, interval: 50 });
      finish();
      await open;
      expect((await batch).map((m) => m.id)).toEqual(['only-second']);
      const feed = await second!.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
      expect(feed.items.map((m) => m.id)).toEqual(['both', 'only-second']);
      expect(feed.items[0]!.title).not.toBe('the second copy');
      expect(await second!.countMentions()).toBe(2);
    } finally {
      await Promise.all([first, second].map((s) => s?.close()));
      await dropSchema(url, schema);
    }
  });

  it('numbers changes after the seqs a copy of another store brought in', async () => {
    const schema = testSchemaName();
    const dir = mkdtempSync(join(tmpdir(), 'vigia-seq-copy-'));
    const source = openSqliteStore(join(dir, 'old.db'));
    const target = await openPostgresStore(url, { schema });
    try {
      await source.insertMentions([makeMention({ id: 'old-1' }), makeMention({ id: 'old-2' })]);
      await source.updateTriage('old-1', { status: 'resolved', updatedAt: new Date().toISOString() });
      await copyStore(source, target);
      await target.insertMentions([makeMention({ id: 'new' })]);
      await target.updateTriage('old-2', { assignee: 'ana', updatedAt: new Date().toISOString() });
      const feed = await target.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
      expect(feed.items.map((m) => m.id)).toEqual(['old-1', 'new', 'old-2']);
      expect(feed.seqs).toEqual([3, 4, 5]);
    } finally {
      await Promise.all([source.close(), target.close()]);
      await dropSchema(url, schema);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
