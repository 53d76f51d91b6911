// What statistics group mentions by besides their columns: the brands each matched, and the phrases of
// each (top negative phrases). Written in the transaction that inserts the mentions, and backfilled by migration 4.
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { mentionTerms } from './mention-terms.ts';
import type { VigiaDatabase } from './schema.ts';

/** Rows per INSERT: two columns, far below both engines' parameter limits. */
const CHUNK = 1000;

async function insertChunked<T extends 'mention_brands' | 'mention_terms'>(
  db: Kysely<VigiaDatabase>,
  table: T,
  rows: VigiaDatabase[T][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Adds the brand and term rows of newly stored mentions (existing rows are left as they are). */
export async function insertMentionFacets(db: Kysely<VigiaDatabase>, mentions: readonly Mention[]): Promise<void> {
  const brands = mentions.flatMap((m) => [...new Set(m.matches.map((x) => x.brand))].map((brand) => ({ mention_id: m.id, brand })));
  // Every mention's phrases: the other mentions are the background negative phrases are judged against.
  const terms = mentions.flatMap((m) => mentionTerms(m).map((term) => ({ mention_id: m.id, term })));
  await insertChunked(db, 'mention_brands', brands);
  await insertChunked(db, 'mention_terms', terms);
}
