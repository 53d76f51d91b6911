// The shared engine for many collectors and API servers: PostgreSQL through a pg pool behind Kysely's
// PostgresDialect. Change seqs come from a sequence, each writer claiming the lowest it can get until it
// commits, so the change feed reads only up to the first seq still claimed (seq-claim-migration.ts); committed
// changes are announced with NOTIFY and heard with LISTEN.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { VigiaDatabase } from './schema.ts';
import { createSignalHub, type SqlBackend } from './sql-backend.ts';
import { copyIn } from './postgres-copy.ts';
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

/**
 * The schema's tag in the keys of its seq claims (seq-claim-migration.ts): 15 bits, never 0 or 0x7fff, so no
 * claim key looks like a plain 32-bit advisory lock. Another schema (or application) whose keys share the tag
 * only makes the change feed wait for its claims too, never skip one of ours.
 */
function seqTagOf(schema: string): number {
  let hash = 0x811c9dc5;
  for (const char of `vigia.change-seq.${schema}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return 1 + ((hash >>> 0) % 0x7ffe);
}

/** A SQLSTATE: the server answered with an error, so the connection itself is still sound. */
const serverError = (error: unknown) => typeof (error as { code?: unknown }).code === 'string';

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
  // Literals, not parameters, where statements share a message (only the simple protocol allows several): the
  // channel is built from a checked identifier, the tag and seqs are numbers.
  const seqTag = seqTagOf(schema);
  // A change transaction runs on a client of its own, behind a Kysely of its own (cached per client), so that
  // COPY, which Kysely cannot send, reaches the same connection.
  const kyselys = new WeakMap<pg.PoolClient, Kysely<VigiaDatabase>>();
  const clientOf = new WeakMap<Kysely<VigiaDatabase>, pg.PoolClient>();
  // Clients whose open transaction claimed seqs (takeSeqs).
  const claiming = new WeakSet<pg.PoolClient>();
  const kyselyOf = (client: pg.PoolClient): Kysely<VigiaDatabase> => {
    let trx = kyselys.get(client);
    if (!trx) {
      // Kysely releases its connection after each query; the client goes back to the pool at the transaction's end.
      const held = { query: client.query.bind(client), release: () => undefined };
      trx = new Kysely<VigiaDatabase>({ dialect: new PostgresDialect({ pool: { connect: async () => held, end: async () => undefined } as unknown as pg.Pool }) });
      kyselys.set(client, trx);
      clientOf.set(trx, client);
    }
    return trx;
  };
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
        const client = await pool.connect();
        let broken: unknown;
        try {
          // Seqs written by updates from here on are drafts, stamped at commit (seq-claim-migration.ts).
          await client.query(`BEGIN; SELECT set_config('vigia.draft_seqs', 'on', true)`);
          try {
            let announced: number | undefined;
            const result = await fn(kyselyOf(client), (seq) => (announced = Math.max(announced ?? 0, seq)));
            // Stamp and commit in one message: the commit follows at once, whatever this process is busy with.
            await client.query(announced === undefined ? 'COMMIT' : `SELECT vigia_stamp_changes(${seqTag}, '${channel}', ${announced}); COMMIT`);
            return result;
          } catch (error) {
            await client.query('ROLLBACK').catch((lost: unknown) => (broken = lost));
            // Readers held below this transaction's claim may have heard of later commits and read nothing: a
            // notice without a seq has them read again (a lost connection's claim goes unheard; their poll reads on).
            if (claiming.has(client) && !broken) await client.query(`SELECT pg_notify('${channel}', '')`).catch(() => undefined);
            throw error;
          }
        } catch (error) {
          // A lost connection is not given back to the pool.
          if (!serverError(error)) broken ??= error;
          // Writers side by side can meet on the same rows in opposite orders (two feeds carrying one item);
          // PostgreSQL then rolls one back, which simply runs again.
          if ((error as { code?: string }).code !== DEADLOCK || attempt >= DEADLOCK_ATTEMPTS) throw error;
        } finally {
          claiming.delete(client);
          client.release(broken === undefined ? undefined : broken instanceof Error ? broken : true);
        }
      }
    },
    async takeSeqs(trx, ids) {
      const client = clientOf.get(trx);
      if (client) claiming.add(client);
      const { rows } = await sql<{ seqs: (string | null)[] }>`SELECT vigia_take_seqs(${seqTag}, ${ids}::text[]) AS seqs`.execute(trx);
      return rows[0]!.seqs.map((seq) => (seq === null ? null : Number(seq)));
    },
    async settledSeq() {
      const { rows } = await sql<{ seq: number | null }>`SELECT vigia_settled_seq(${seqTag}) AS seq`.execute(db);
      return Number(rows[0]!.seq ?? 0);
    },
    copyIn(trx, table, columns, data) {
      const client = clientOf.get(trx);
      if (!client) throw new StoreError('COPY runs only inside a change transaction');
      return copyIn(client, table, columns, data);
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
