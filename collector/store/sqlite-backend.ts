// The embedded engine: one better-sqlite3 file in WAL mode behind Kysely's SqliteDialect, with prepared
// statements cached (Kysely prepares every query anew) and write transactions taken with BEGIN IMMEDIATE,
// so a second process on the same file (a separate `vigia collect`) waits its turn instead of failing.
// The file holds personal data: it is created private, and deleted content is overwritten (secure_delete).
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { VigiaDatabase } from './schema.ts';
import { BACKSTOP_PAGES, logOutgrew, startCheckpointer, type Checkpointer } from './sqlite-checkpointer.ts';
import { createSignalHub, type SqlBackend } from './sql-backend.ts';
import { StoreError } from './store-error.ts';

const STATEMENT_CACHE_SIZE = 256;

/** Wraps a better-sqlite3 handle so Kysely reuses prepared statements for repeated SQL. */
function withStatementCache(raw: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => raw.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = raw.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * Creates the folder (0700) and the file (0600) before SQLite does, whatever the umask: SQLite gives its
 * -wal and -shm files the database file's mode. An existing folder or file keeps the mode it has.
 */
function createPrivately(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  if (existsSync(file)) return;
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/** How long an erasure waits for other processes' readers before it leaves the WAL to a later checkpoint. */
const SCRUB_TRIES = 10;

interface SharedFile {
  raw: Database.Database;
  /** The handle Kysely runs on, with its statement cache. */
  database: ReturnType<typeof withStatementCache>;
  db: Kysely<VigiaDatabase>;
  hubs: Set<ReturnType<typeof createSignalHub>>;
  refs: number;
  /** Called after each committed write transaction: hands the log to the checkpoint thread. */
  wrote(): void;
  /** The checkpoint thread, once the log has outgrown a small run (file databases only). */
  checkpointer?: Checkpointer;
}

/**
 * One connection per file and process: stores opened twice on one file in a process (an API test and a
 * collector) share it, so Kysely's connection mutex orders their transactions. Two connections would
 * deadlock, one waiting synchronously (busy_timeout) for a lock the other can only release after an await.
 */
const sharedFiles = new Map<string, SharedFile>();

function openFile(file: string): SharedFile {
  const key = file === ':memory:' ? undefined : resolve(file);
  const known = key && sharedFiles.get(key);
  if (known) return (known.refs++, known);
  let raw: Database.Database | undefined;
  try {
    if (key) createPrivately(key);
    raw = new Database(file);
    // Deleted rows are overwritten with zeros, not left in free pages: `vigia forget` must erase the bytes.
    raw.pragma('secure_delete = ON');
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('foreign_keys = ON');
  } catch (error) {
    raw?.close();
    throw new StoreError(`cannot open the SQLite file ${file}: ${(error as Error).message}`, { cause: error });
  }
  const database = withStatementCache(raw);
  const db = new Kysely<VigiaDatabase>({ dialect: new SqliteDialect({ database }) });
  const shared: SharedFile = { raw, database, db, hubs: new Set(), refs: 1, wrote: () => {} };
  if (key) (sharedFiles.set(key, shared), (shared.wrote = checkpointInThread(shared, key)));
  const close = db.destroy.bind(db);
  db.destroy = async () => {
    if (--shared.refs > 0) return;
    if (key) sharedFiles.delete(key);
    // The thread's connection first: the last connection to close checkpoints the log and deletes it.
    await shared.checkpointer?.close();
    await close();
  };
  return shared;
}

/**
 * What runs after a committed write on `file`: nothing until the log outgrows a small run, then the checkpoint
 * thread takes the checkpoints off the writer (sqlite-checkpointer.ts), the writer's own raised to a backstop.
 * If the thread fails, the writer checkpoints as SQLite does by default again.
 */
function checkpointInThread(shared: SharedFile, file: string): () => void {
  let given = false;
  return () => {
    if (shared.checkpointer) return shared.checkpointer.wrote();
    if (given || !logOutgrew(file)) return;
    given = true;
    shared.checkpointer = startCheckpointer(file, {
      onFailure: () => {
        shared.checkpointer = undefined;
        if (shared.raw.open) shared.raw.pragma('wal_autocheckpoint = 1000');
      },
    });
    shared.raw.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    shared.checkpointer.wrote();
  };
}

export function openSqliteBackend(file: string): SqlBackend {
  const shared = openFile(file);
  const { raw, database, db, hubs } = shared;
  const hub = createSignalHub();
  hubs.add(hub);

  // Kysely's own transactions begin DEFERRED, which fails at once (SQLITE_BUSY) when another process wrote
  // between our first read and our first write; IMMEDIATE takes the write lock first and waits for it.
  const immediate = <T>(fn: (conn: Kysely<VigiaDatabase>) => Promise<T>): Promise<T> =>
    db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const value = await fn(conn);
        await sql`commit`.execute(conn);
        shared.wrote();
        return value;
      } catch (error) {
        if (raw.inTransaction) await sql`rollback`.execute(conn);
        throw error;
      }
    });

  let closed = false;
  return {
    dialect: 'sqlite',
    db,
    async changeTransaction(fn) {
      let changed: number | undefined;
      const result = await immediate((conn) => fn(conn, (seq) => (changed = Math.max(changed ?? 0, seq))));
      // Every store on this file in this process hears it; other processes find it by polling the feed.
      if (changed !== undefined) for (const h of hubs) h.emit(changed);
      return result;
    },
    writeTransaction: immediate,
    rowInserter(table, columns, conflict) {
      // Prepared through Kysely's statement cache: the same statement object every batch.
      const statement = database.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${conflict}`);
      return (values) => statement.run(values).changes > 0;
    },
    async scrubErased() {
      // TRUNCATE copies the WAL into the file (where secure_delete zeroed the erased rows) and empties it;
      // it waits for readers (busy_timeout) and gives up while another process still reads an old snapshot.
      for (let i = 0; i < SCRUB_TRIES; i++) {
        const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
        if (rows[0]?.busy === 0) return undefined;
      }
      return `another process kept the write-ahead log (${file}-wal) busy: the erased rows stay in it until it is checkpointed, at the latest when the last process using the file closes it`;
    },
    onChange: (listener) => hub.add(listener, true),
    async close() {
      if (closed) return;
      closed = true;
      hub.listeners.clear();
      hubs.delete(hub);
      await db.destroy();
    },
  };
}
