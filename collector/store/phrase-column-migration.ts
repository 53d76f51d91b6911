// The migration that moves each mention's phrases (top negative phrases) from mention_terms, one row and
// one index entry per mention and phrase (~40 for a post), into one column of the mention: a JSON array of
// the phrases, read by the statistics with json_each (SQLite) or json_array_elements_text (PostgreSQL).
// Every range, platform and brand filter of the statistics keeps working as before, and storing a mention
// writes one row where it wrote forty. The existing rows are folded in, per mention, by the database.
import { sql, type Kysely } from 'kysely';
import type { columnTypes } from './migrations.ts';
import type { StoreDialect } from './sql-backend.ts';

export async function movePhrasesToMentions(db: Kysely<any>, t: ReturnType<typeof columnTypes>, dialect: StoreDialect): Promise<void> {
  await db.schema.alterTable('mentions').addColumn('phrases', t.text).execute();
  // The phrases of a mention as one array (their order counts nowhere: the statistics count them).
  const folded =
    dialect === 'postgres'
      ? sql`(SELECT coalesce(json_agg(t.term ORDER BY t.term), '[]')::text FROM mention_terms t WHERE t.mention_id = mentions.id)`
      : sql`(SELECT json_group_array(term) FROM (SELECT t.term FROM mention_terms t WHERE t.mention_id = mentions.id ORDER BY t.term))`;
  await sql`UPDATE mentions SET phrases = ${folded}`.execute(db);
  await db.schema.dropTable('mention_terms').execute();
}
