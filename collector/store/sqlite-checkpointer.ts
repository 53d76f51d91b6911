// Checkpoints of a SQLite file's write-ahead log in a thread of their own. SQLite checkpoints in the writer by
// default: every 1 000 pages of WAL the commit that passed them copies the log into the file and syncs it,
// which was half the bytes a batch of mentions wrote and all its syncs. Here a thread with its own connection
// copies the log after writes (at most every 200 ms), beside the writer (a WAL checkpoint runs concurrently with
// the one writer and its readers), and the writer's own checkpoint stays as a backstop that bounds the log if
// the thread falls behind. Durability is SQLite's synchronous=NORMAL either way: commits are not synced, a
// checkpoint syncs the log before copying it and the file after. Started only once the log has grown past
// what a small run writes, so `vigia fetch` of a feed or two costs no thread.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The log size (in bytes, about SQLite's 1 000 default pages) past which the checkpoint thread starts. */
export const CHECKPOINT_THREAD_AFTER_BYTES = 4 * 1024 * 1024;
/** wal_autocheckpoint while the thread runs: the writer checkpoints itself only when the log passes this many pages. */
export const BACKSTOP_PAGES = 16_000;

/**
 * The least time between two of the thread's checkpoints, a few batches of 1 000 mentions: the index pages every
 * batch touches are copied once for several, and each of a run of small writes (triage edits) does not pay two syncs.
 */
const SPACING_MS = 200;

// Plain JavaScript: the thread loads better-sqlite3 only, the same way whether the sources or dist/ run. A
// write announced while a checkpoint is due or running waits as a message (numbered, so settled() knows which
// checkpoint followed it); a burst of writes costs one more checkpoint, not one each.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('busy_timeout = 0');
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message) });
  throw error;
}
let due;
let asked = 0;
let last = 0;
parentPort.on('message', (message) => {
  if (message === 'close') {
    clearTimeout(due);
    db.close();
    parentPort.close();
    return;
  }
  asked = Math.max(asked, message);
  if (due) return;
  due = setTimeout(() => {
    due = undefined;
    const answers = asked;
    last = Date.now();
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // Another connection recovering the log, say: the next write tries again. Anything else stops the thread.
      const code = error && error.code;
      if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') return parentPort.postMessage({ error: String(error && error.message) });
    }
    parentPort.postMessage({ answers });
  }, Math.max(0, last + workerData.spacingMs - Date.now()));
});
`;

export interface Checkpointer {
  /** Called after each committed write: the thread copies what the log holds now. */
  wrote(): void;
  /** Resolves once the thread has run a checkpoint begun after this call (tests): it copied what was written before. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

interface Options {
  /** Called when the thread fails (it then stops; the writer's own checkpoints take over again). */
  onFailure(reason: string): void;
}

/** Starts the thread for `file` (a WAL-mode SQLite file that exists). */
export function startCheckpointer(file: string, { onFailure }: Options): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { file, driver, spacingMs: SPACING_MS } });
  // A process that forgets to close its store still exits.
  worker.unref();
  let failed = false;
  let closing = false;
  let asked = 0;
  let waiting: { after: number; resolve: () => void }[] = [];
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const answer = (upTo: number) => {
    waiting = waiting.filter((w) => (w.after <= upTo ? (w.resolve(), false) : true));
    if (!waiting.length && !closing) worker.unref();
  };
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    answer(Infinity);
    void worker.terminate();
    onFailure(reason);
  };
  worker.on('message', (message: { error?: string; answers?: number }) => {
    if (message.error) return fail(message.error);
    answer(message.answers ?? 0);
  });
  worker.on('error', (error) => fail(error.message));
  worker.once('exit', () => fail('the checkpoint thread stopped'));
  const ask = () => (asked++, worker.postMessage(asked), asked);
  return {
    wrote: () => void (failed || ask()),
    settled: () => (failed ? Promise.resolve() : new Promise((resolve) => (worker.ref(), waiting.push({ after: ask(), resolve })))),
    async close() {
      if (!failed) {
        failed = true;
        closing = true;
        answer(Infinity);
        // Held until it has closed its connection, or the process could end before the last close checkpoints.
        worker.ref();
        worker.postMessage('close');
      }
      await exited;
    },
  };
}

/** Whether the log of `file` has grown past what a small run writes (its size on disk, not its live frames). */
export function logOutgrew(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > CHECKPOINT_THREAD_AFTER_BYTES;
  } catch {
    return false;
  }
}
