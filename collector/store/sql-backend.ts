// What the SQL store needs from a database engine beyond Kysely's query builder: write transactions that
// hand out change seqs in commit order, and a signal when another writer committed a change.
import type { Kysely } from 'kysely';
import type { VigiaDatabase } from './schema.ts';

export type StoreDialect = 'sqlite' | 'postgres';

/** Called inside a write transaction with the highest seq it wrote; announced once the transaction commits (PostgreSQL announces the seq it stamped). */
export type ChangeAnnouncer = (seq: number) => void;

export type ChangeSignal = (seq: number | undefined) => void;

export interface SqlBackend {
  readonly dialect: StoreDialect;
  readonly db: Kysely<VigiaDatabase>;
  /**
   * Runs `fn` in a transaction whose change seqs become visible in increasing order, so a reader that has
   * seen seq N will never later find a smaller one. SQLite: `BEGIN IMMEDIATE` (one writer per file).
   * PostgreSQL: the seqs `fn` writes are drafts, given seqs from the change sequence just before the commit,
   * unless `fn` took final seqs with takeSeqs; readers stop below the seqs of transactions still open (settledSeq).
   */
  changeTransaction<T>(fn: (trx: Kysely<VigiaDatabase>, announce: ChangeAnnouncer) => Promise<T>): Promise<T>;
  /**
   * Inside a change transaction, before inserting new mentions: for each of `ids` (distinct), in order, a final
   * seq (not a draft), increasing, or null where a committed mention has that id already; the change feed does
   * not read past these seqs until this transaction ends. PostgreSQL only (SQLite's write transaction excludes
   * other writers). Other writers do not wait for them. The transaction writes no drafts after it: it only inserts.
   */
  takeSeqs?(trx: Kysely<VigiaDatabase>, ids: readonly string[]): Promise<(number | null)[]>;
  /**
   * PostgreSQL: the highest seq up to which every change is committed or will never be (no open transaction
   * holds a lower one). Read in a statement of its own before the rows, so their snapshot sees those commits.
   */
  settledSeq?(): Promise<number>;
  /**
   * PostgreSQL: `COPY table (columns) FROM STDIN` of `data` (COPY text, postgres-copy.ts) inside the change
   * transaction `trx`; the rows it took. All or nothing: a duplicate key fails the statement (and the
   * transaction, unless under a savepoint).
   */
  copyIn?(trx: Kysely<VigiaDatabase>, table: string, columns: readonly string[], data: string): Promise<number>;
  /**
   * SQLite only: inserts one row of `columns` into `table` per call (`conflict`: the ON CONFLICT clause) through a
   * prepared statement, synchronously, on the connection every query of this store runs on; called inside a
   * change or write transaction, the row is part of it. True when the row went in. PostgreSQL leaves it out: its
   * multi-row INSERTs save a round trip per row.
   */
  rowInserter?(table: string, columns: readonly string[], conflict: string): (values: readonly unknown[]) => boolean;
  /** A write transaction that hands out no seqs (source state, leases, tokens, migrations). */
  writeTransaction<T>(fn: (trx: Kysely<VigiaDatabase>) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with `undefined` once it is live (and again whenever changes may have been missed),
   * then with the seq of each committed change. PostgreSQL: any process's change, through LISTEN/NOTIFY.
   * SQLite: changes written through any store on the same file in this process.
   */
  onChange(listener: ChangeSignal): () => void;
  /**
   * After an erasure has committed, removes what the engine still keeps of the deleted rows where it can.
   * SQLite: deleted content is zeroed as it is deleted (secure_delete), and the WAL, which holds the pages
   * as they were, is checkpointed and truncated. PostgreSQL: nothing it can promise (see README). Returns
   * what may remain, or undefined when nothing does.
   */
  scrubErased(): Promise<string | undefined>;
  close(): Promise<void>;
}

/** A set of listeners that never lets one throwing listener stop the others. */
export function createSignalHub() {
  const listeners = new Set<ChangeSignal>();
  return {
    listeners,
    add(listener: ChangeSignal, live: boolean): () => void {
      listeners.add(listener);
      // A listener added while live hears that at once; the others when the hub goes live (emit(undefined)).
      if (live) queueMicrotask(() => listeners.has(listener) && listener(undefined));
      return () => void listeners.delete(listener);
    },
    emit(seq: number | undefined): void {
      for (const listener of [...listeners]) {
        try {
          listener(seq);
        } catch {
          // A listener's own failure is its business; the others still hear about the change.
        }
      }
    },
  };
}
