// What statistics group mentions by besides their columns: the brands each matched, and the phrases of
// each (top negative phrases). Written in the transaction that inserts the mentions, and backfilled by migration 4.
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { mentionTerms } from './mention-terms.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';

/** The brand and phrase rows of `mentions` (the ingest bench's bare inserts write exactly these too). */
export function mentionFacetRows(mentions: readonly Mention[]): { brands: { mention_id: string; brand: string }[]; terms: { mention_id: string; term: string }[] } {
  const brands = mentions.flatMap((m) => [...new Set(m.matches.map((x) => x.brand))].map((brand) => ({ mention_id: m.id, brand })));
  // Every mention's phrases: the other mentions are the background negative phrases are judged against.
  const terms = mentions.flatMap((m) => mentionTerms(m).map((term) => ({ mention_id: m.id, term })));
  return { brands, terms };
}

/** Adds the brand and term rows of newly stored mentions (existing rows are left as they are). */
export async function insertMentionFacets(db: Kysely<VigiaDatabase>, dialect: StoreDialect, mentions: readonly Mention[]): Promise<void> {
  const { brands, terms } = mentionFacetRows(mentions);
  await bulkInsert(db, dialect, 'mention_brands', [{ name: 'mention_id', pg: 'text' }, { name: 'brand', pg: 'text' }], brands, 'ON CONFLICT DO NOTHING');
  await bulkInsert(db, dialect, 'mention_terms', [{ name: 'mention_id', pg: 'text' }, { name: 'term', pg: 'text' }], terms, 'ON CONFLICT DO NOTHING');
}
