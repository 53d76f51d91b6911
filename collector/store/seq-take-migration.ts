// PostgreSQL only: a writer that inserts new mentions takes the seq lock just before its INSERT and writes final
// seqs, instead of writing drafts that vigia_stamp_seqs renumbers at commit. Renumbering rewrote every row a
// second time (a new row version and an entry in each of the table's indexes, the trigram index included),
// which cost as much as the insert itself; the lock is held about as long either way (the insert instead of
// the renumbering). Changes that edit rows keep their drafts: they are few rows, and may wait on row locks.
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from './sql-backend.ts';

export async function addSeqTaking(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  // As vigia_stamp_seqs starts: drafts off for the rest of the transaction, the lock, then the highest committed
  // seq read by a statement of its own, whose fresh snapshot sees the commit of the writer that held the lock.
  await sql`CREATE FUNCTION vigia_take_seqs(lock_key bigint) RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      top bigint;
    BEGIN
      PERFORM set_config('vigia.draft_seqs', 'off', true);
      PERFORM pg_advisory_xact_lock(lock_key);
      SELECT greatest(max(seq), nullif(current_setting('vigia.seq_floor', true), '')::bigint, 0) INTO top FROM mentions WHERE seq > 0;
      RETURN top;
    END $$`.execute(db);
}
