// PostgreSQL only: change seqs are stamped at the end of a change transaction instead of being handed out at
// its start, so concurrent writers (several collectors) do their work side by side and wait for each other
// only for one short statement. While a change transaction runs, every seq it writes is replaced by a draft
// (negative, unique) seq; just before it commits, vigia_stamp_seqs takes the seq lock, renumbers its drafts
// after the highest committed seq and announces them. The lock is held from there to the commit, so seqs still
// commit in increasing order and a change-feed cursor never passes a seq that commits later. SQLite has one
// writer per file and keeps handing out seqs as it did.
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from './sql-backend.ts';

export async function addSeqStamping(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`CREATE SEQUENCE vigia_draft_seqs`.execute(db);
  // A row this transaction changes no longer shows its committed seq to the stamping, which must still number
  // after it: the highest such seq is kept for the transaction in vigia.seq_floor.
  await sql`CREATE FUNCTION vigia_draft_seq() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.seq > coalesce(nullif(current_setting('vigia.seq_floor', true), '')::bigint, 0) THEN
        PERFORM set_config('vigia.seq_floor', OLD.seq::text, true);
      END IF;
      NEW.seq := -nextval('vigia_draft_seqs');
      RETURN NEW;
    END $$`.execute(db);
  // Only inside a change transaction (which sets vigia.draft_seqs): copies and other writers keep their seqs.
  await sql`CREATE TRIGGER mentions_draft_seq BEFORE INSERT OR UPDATE OF seq ON mentions FOR EACH ROW
    WHEN (current_setting('vigia.draft_seqs', true) = 'on') EXECUTE FUNCTION vigia_draft_seq()`.execute(db);
  // Each statement of a (volatile) function reads a fresh snapshot, so the renumbering, which runs once the
  // lock is held, sees the seqs of the writer that held it before. Drafts are taken in the order they were
  // written (-1, -2, …), one row at a time through the seq index and the primary key: a set-based UPDATE …
  // FROM is planned without statistics on drafts and read the whole table under the lock.
  await sql`CREATE FUNCTION vigia_stamp_seqs(lock_key bigint, channel text) RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      top bigint;
      lowest bigint;
      draft record;
    BEGIN
      PERFORM set_config('vigia.draft_seqs', 'off', true);
      PERFORM pg_advisory_xact_lock(lock_key);
      SELECT greatest(max(seq), nullif(current_setting('vigia.seq_floor', true), '')::bigint, 0) INTO top FROM mentions WHERE seq > 0;
      SELECT -last_value INTO lowest FROM vigia_draft_seqs;
      FOR draft IN SELECT id FROM mentions WHERE seq >= lowest AND seq < 0 ORDER BY seq DESC LOOP
        top := top + 1;
        UPDATE mentions SET seq = top WHERE id = draft.id;
      END LOOP;
      -- Delivered by PostgreSQL at commit, never for a rolled-back transaction.
      PERFORM pg_notify(channel, top::text);
      RETURN top;
    END $$`.execute(db);
}
