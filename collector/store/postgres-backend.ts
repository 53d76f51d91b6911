// The shared engine for many collectors and API servers: PostgreSQL through a pg pool behind Kysely's
// PostgresDialect. Change seqs are stamped under a transaction-scoped advisory lock just before the commit, so
// they commit in order (see changeTransaction); committed changes are announced with NOTIFY and heard with LISTEN.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { VigiaDatabase } from './schema.ts';
import { createSignalHub, type SqlBackend } from './sql-backend.ts';
import { StoreError, redactUrl } from './store-error.ts';

export interface PostgresBackendOptions {
  /** Keep the tables in this schema (created when missing) instead of `public`; lets installations share a database. */
  schema?: string;
  /** Connections in the pool. @default 10 */
  poolSize?: number;
  /** Wait before re-establishing a dropped LISTEN connection. @default 1000 */
  relistenMs?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,50}$/;
const INT8_OID = 20;
const DEADLOCK = '40P01';
const DEADLOCK_ATTEMPTS = 3;

/** Seqs, counts and ids are BIGINT: read them as numbers (they stay far below 2^53). */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Two processes creating the schema at once: IF NOT EXISTS still lets the slower one hit the unique index. */
function ignoreRaceOnCreate(error: { code?: string }): void {
  if (error.code !== '23505' && error.code !== '42P06') throw error;
}

/** A stable 32-bit key per schema, so installations in separate schemas do not wait for each other. */
function lockKeyOf(schema: string): number {
  let hash = 0x811c9dc5;
  for (const char of `vigia.change-seq.${schema}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
}

export async function openPostgresBackend(url: string, opts: PostgresBackendOptions = {}): Promise<SqlBackend> {
  const schema = opts.schema ?? 'public';
  if (!IDENTIFIER.test(schema)) throw new StoreError(`schema "${schema}" must be a lowercase identifier`);
  const channel = schema === 'public' ? 'vigia_changes' : `vigia_changes_${schema}`;
  const connection = { connectionString: url, types, application_name: 'vigia', ...(opts.schema ? { options: `-c search_path=${schema}` } : {}) };
  const pool = new pg.Pool({ ...connection, max: opts.poolSize ?? 10 });
  // An idle connection that drops is replaced on the next query; it must not crash the process.
  pool.on('error', () => undefined);
  try {
    if (opts.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch(ignoreRaceOnCreate);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new StoreError(`cannot use PostgreSQL at ${redactUrl(url)}: ${(error as Error).message || (error as Error).name}`, { cause: error });
  }
  const db = new Kysely<VigiaDatabase>({ dialect: new PostgresDialect({ pool }) });
  const hub = createSignalHub();
  const lockKey = lockKeyOf(schema);
  // Literals, not parameters: several statements go in one message only without parameters (the channel is
  // built from a checked identifier, the key is a number).
  const stampAndCommit = `SELECT vigia_stamp_seqs(${lockKey}, '${channel}'); COMMIT`;
  let listener: pg.Client | undefined;
  let live = false;
  let relisten: NodeJS.Timeout | undefined;
  let closed = false;

  const listen = async (): Promise<void> => {
    relisten = undefined;
    const client = new pg.Client(connection);
    listener = client;
    const retry = () => {
      if (closed || listener !== client) return;
      listener = undefined;
      live = false;
      void client.end().catch(() => undefined);
      relisten = setTimeout(() => void listen(), opts.relistenMs ?? 1000);
      relisten.unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (message) => {
      if (message.channel === channel) hub.emit(Number(message.payload) || undefined);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      if (closed) return;
      live = true;
      // Changes committed while nobody listened were not heard: tell listeners to read the feed again.
      hub.emit(undefined);
    } catch {
      retry();
    }
  };

  return {
    dialect: 'postgres',
    db,
    writeTransaction: (fn) => db.transaction().execute(fn),
    // Deleted row versions stay in the table files until VACUUM reclaims their space, and their bytes until
    // it is reused; WAL segments, archives, replicas and backups keep theirs (README: "Erasure").
    scrubErased: async () => 'PostgreSQL keeps the bytes of deleted rows until their space is reused (VACUUM), and in its WAL, archives and backups: see README, "Erasure"',
    async changeTransaction(fn) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.connection().execute(async (conn) => {
            // Seqs written from here on are drafts; the seq lock is taken only to stamp them (seq-stamp-migration.ts).
            await sql.raw(`BEGIN; SELECT set_config('vigia.draft_seqs', 'on', true)`).execute(conn);
            try {
              let changed = false;
              const result = await fn(conn, () => (changed = true));
              // Stamp and commit in one message, so PostgreSQL releases the lock at the commit without waiting
              // for this process to answer (a busy event loop would hold every other writer up meanwhile).
              await sql.raw(changed ? stampAndCommit : 'COMMIT').execute(conn);
              return result;
            } catch (error) {
              await sql.raw('ROLLBACK').execute(conn).catch(() => undefined);
              throw error;
            }
          });
        } catch (error) {
          // Writers side by side can meet on the same rows in opposite orders (two feeds carrying one item);
          // PostgreSQL then rolls one back, which simply runs again.
          if ((error as { code?: string }).code !== DEADLOCK || attempt >= DEADLOCK_ATTEMPTS) throw error;
        }
      }
    },
    async takeSeqs(trx) {
      const { rows } = await sql<{ top: number }>`SELECT vigia_take_seqs(${lockKey}) AS top`.execute(trx);
      return Number(rows[0]!.top);
    },
    onChange(signal) {
      const remove = hub.add(signal, live);
      if (!listener && !relisten) void listen();
      return remove;
    },
    async close() {
      closed = true;
      hub.listeners.clear();
      clearTimeout(relisten);
      await listener?.end().catch(() => undefined);
      await db.destroy();
    },
  };
}
