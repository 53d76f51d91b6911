// Two processes writing one SQLite file at once (a `vigia collect` beside `vigia start`): both finish
// without "database is locked", and a reader following the change feed meanwhile misses no change.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.ts';

const run = promisify(execFile);
const writer = fileURLToPath(new URL('./testing/concurrent-writer.ts', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-processes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('lets two processes write one file at once while a third reads the change feed', { timeout: 60_000 }, async () => {
  const file = join(dir, 'vigia.db');
  const reader = openSqliteStore(file);
  await reader.ready;
  const writers = ['a', 'b'].map((prefix) => run(process.execPath, ['--import', import.meta.resolve('tsx'), writer, file, prefix, '150']));
  let done = false;
  void Promise.allSettled(writers).then(() => (done = true));
  const seen = new Map<string, number>();
  let after = 0;
  for (;;) {
    const finished = done;
    const page = await reader.listMentions({}, { mode: 'changes', afterSeq: after }, 20);
    page.items.forEach((m, i) => seen.set(m.id, page.seqs![i]!));
    after = page.lastSeq;
    if (finished && !page.next) break;
    if (!page.items.length) await new Promise((r) => setTimeout(r, 5));
  }
  const outputs = await Promise.all(writers);
  expect(outputs.map((o) => o.stdout.trim())).toEqual(['done 150', 'done 150']);
  const rows = await reader.sql.db.selectFrom('mentions').select(['id', 'seq']).execute();
  expect(rows).toHaveLength(300);
  expect(rows.filter((r) => seen.get(r.id) !== r.seq)).toEqual([]);
  expect((await reader.getMention('a-0'))?.triage).toMatchObject({ status: 'assigned', assignee: 'a' });
  await reader.close();
});
