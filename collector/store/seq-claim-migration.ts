// PostgreSQL only: change seqs come from a sequence, and no writer waits for another to take them. Migration 17
// had a writer of new mentions hold the seq lock from its seqs to its commit, its whole INSERT: concurrent
// collectors queued on it. Instead, before taking seqs a transaction claims the lowest seq it can get — a
// shared advisory lock whose key holds that seq (and the schema's tag), held until it commits or rolls back —
// and the change feed reads only below the lowest claim (vigia_settled_seq). A reader that has seen seq N so
// never later finds a smaller one:
// - a claim made before the reader looks is seen, and holds the reader below every seq of its transaction;
// - a claim made after is for a seq taken after the reader read how far the sequence had gone (it reads that
//   first), higher than any seq the reader returns;
// - a transaction's lock goes only once its commit is visible, and the reader reads the rows in a statement
//   taken after the claims, so it sees that commit.
// Updates keep their drafts (migration 16), now given sequence seqs at commit, so an open transaction that
// edits a row holds nobody up. SQLite has one writer per file and keeps handing out seqs as it did.
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from './sql-backend.ts';

export async function addSeqClaims(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  // Not cached per session (CACHE 1): values must be handed out in the order they are asked for.
  await sql`CREATE SEQUENCE vigia_change_seqs CACHE 1`.execute(db);
  await sql`SELECT setval('vigia_change_seqs', coalesce((SELECT max(seq) FROM mentions WHERE seq > 0), 0) + 1, false)`.execute(db);
  // The claim key: the tag in the top 16 bits, the seq in the low 48 (pg_locks shows them as classid, objid).
  await sql`CREATE FUNCTION vigia_claim_seqs(tag integer) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      next bigint;
    BEGIN
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO next FROM vigia_change_seqs;
      PERFORM pg_advisory_xact_lock_shared((tag::bigint << 48) | next);
    END $$`.execute(db);
  // For each of `ids` (distinct), in order, a new seq, or null where the id is stored already: which mentions
  // are new and their seqs in one round trip.
  await sql`CREATE FUNCTION vigia_take_seqs(tag integer, ids text[]) RETURNS bigint[] LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM set_config('vigia.draft_seqs', 'off', true);
      PERFORM vigia_claim_seqs(tag);
      RETURN ARRAY(
        SELECT CASE WHEN EXISTS (SELECT 1 FROM mentions m WHERE m.id = i.id COLLATE "C") THEN NULL ELSE nextval('vigia_change_seqs') END
        FROM unnest(ids) WITH ORDINALITY AS i(id, n) ORDER BY n);
    END $$`.execute(db);
  // Drafts in the order they were written (-1, -2, …), one row at a time through the seq index and the primary
  // key. The notice carries at least `announced` (what the transaction announced; for drafts, a guess).
  await sql`CREATE FUNCTION vigia_stamp_changes(tag integer, channel text, announced bigint) RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      top bigint := announced;
      stamped bigint;
      lowest bigint;
      draft record;
      claimed boolean := false;
    BEGIN
      PERFORM set_config('vigia.draft_seqs', 'off', true);
      SELECT -last_value INTO lowest FROM vigia_draft_seqs;
      FOR draft IN SELECT id FROM mentions WHERE seq >= lowest AND seq < 0 ORDER BY seq DESC LOOP
        IF NOT claimed THEN
          PERFORM vigia_claim_seqs(tag);
          claimed := true;
        END IF;
        stamped := nextval('vigia_change_seqs');
        UPDATE mentions SET seq = stamped WHERE id = draft.id;
        top := greatest(top, stamped);
      END LOOP;
      -- Delivered by PostgreSQL at commit, never for a rolled-back transaction.
      PERFORM pg_notify(channel, top::text);
      RETURN top;
    END $$`.execute(db);
  // How far the sequence has gone first, then the claims, each in a statement of its own.
  await sql`CREATE FUNCTION vigia_settled_seq(tag integer) RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      handed bigint;
      claimed bigint;
    BEGIN
      SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO handed FROM vigia_change_seqs;
      SELECT min(((classid::bigint & 65535) << 32) | objid::bigint) INTO claimed FROM pg_locks
        WHERE locktype = 'advisory' AND objsubid = 1 AND (classid::bigint >> 16) = tag
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database());
      RETURN least(handed, claimed - 1);
    END $$`.execute(db);
  // Processes of an older version would still take the seq lock and number after the committed seqs: they
  // fail at once instead (every process on one database runs one version).
  await sql`DROP FUNCTION vigia_take_seqs(bigint)`.execute(db);
  await sql`DROP FUNCTION vigia_stamp_seqs(bigint, text)`.execute(db);
}

/** After mentions were written with seqs of their own (a store copy): the sequence goes on after them. */
export async function moveChangeSeqsPast(db: Kysely<any>): Promise<void> {
  await sql`SELECT setval('vigia_change_seqs', greatest(coalesce((SELECT max(seq) FROM mentions), 0), (SELECT last_value FROM vigia_change_seqs)) + 1, false)`.execute(db);
}
