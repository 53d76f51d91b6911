// The checkpoint thread: it copies the log into the file beside a writer that never checkpoints itself, so the
// log is reused from its start instead of growing; the store hands it its log once the log outgrows a small run.
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { syntheticMention } from '../../bench/storage-rows.ts';
import { BACKSTOP_PAGES, startCheckpointer } from './sqlite-checkpointer.ts';
import { openSqliteStore } from './sqlite-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-checkpoint-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ROW = 'x'.repeat(1000);

it('copies the log into the file beside a writer that never checkpoints, which then reuses the log from its start', async () => {
  const file = join(dir, 'log.db');
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('wal_autocheckpoint = 0');
  raw.exec('CREATE TABLE t (v TEXT)');
  const insert = raw.prepare('INSERT INTO t VALUES (?)');
  const batch = raw.transaction(() => {
    for (let i = 0; i < 500; i++) insert.run(ROW);
  });
  const checkpointer = startCheckpointer(file, { onFailure: (reason) => expect.fail(reason) });
  const logSizes: number[] = [];
  for (let n = 0; n < 12; n++) {
    batch();
    checkpointer.wrote();
    await checkpointer.settled();
    logSizes.push(statSync(`${file}-wal`).size);
  }
  // Everything written is in the file itself: a connection that reads no log finds it there.
  const [state] = raw.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
  expect(state!.checkpointed).toBe(state!.log);
  expect(statSync(file).size).toBeGreaterThan(12 * 500 * ROW.length);
  // One batch is about 140 pages of 4 KiB; without the thread the log would hold all twelve.
  expect(Math.max(...logSizes)).toBeLessThan(3 * 200 * 4096);
  await checkpointer.close();
  raw.close();
});

it('takes the checkpoints off the store’s writer once its log outgrows a small run, and closes with it', async () => {
  const file = join(dir, 'store.db');
  const store = openSqliteStore(file);
  await store.ready;
  const autocheckpoint = async () => (await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(store.sql.db)).rows[0]?.wal_autocheckpoint;
  await store.insertMentions([syntheticMention(0, 'small')]);
  expect(await autocheckpoint()).toBe(1000);
  for (let b = 0; b < 6; b++) await store.insertMentions(Array.from({ length: 500 }, (_, n) => syntheticMention(b * 500 + n, 'big')));
  expect(await autocheckpoint()).toBe(BACKSTOP_PAGES);
  expect(await store.countMentions()).toBe(3001);
  await store.close();
  // The last connection to close checkpointed the log and removed it: the thread's connection was closed first.
  expect(() => statSync(`${file}-wal`)).toThrow();
  const reopened = openSqliteStore(file);
  expect(await reopened.countMentions()).toBe(3001);
  await reopened.close();
});
