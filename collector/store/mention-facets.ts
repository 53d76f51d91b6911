// What statistics group mentions by besides the mention's own columns: the brands each matched, and the
// aspects it names with their sentiment. (Its phrases, for top negative phrases, are a column of the
// mention since migration 15: one row per phrase cost forty rows a mention.) Written in the transaction
// that inserts the mentions, one multi-row statement per table and batch.
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { bulkInsert, type BulkColumn } from './bulk-insert.ts';
import type { MentionAspectsTable } from './aspect-tables.ts';
import type { MentionBrandsTable } from './customer-tables.ts';
import type { VigiaDatabase } from './schema.ts';
import type { SqlBackend, StoreDialect } from './sql-backend.ts';

export interface MentionFacetRows {
  brands: MentionBrandsTable[];
  aspects: MentionAspectsTable[];
}

const BRAND_COLUMNS: readonly BulkColumn<MentionBrandsTable>[] = [{ name: 'mention_id', pg: 'text' }, { name: 'brand', pg: 'text' }];
const ASPECT_COLUMNS: readonly BulkColumn<MentionAspectsTable>[] = [
  { name: 'mention_id', pg: 'text' },
  { name: 'aspect', pg: 'text' },
  { name: 'sentiment', pg: 'text' },
  { name: 'weight', pg: 'float8' },
];

/** The brand and aspect rows of `mentions` (the ingest bench's bare inserts write exactly these too). */
export function mentionFacetRows(mentions: readonly Mention[]): MentionFacetRows {
  const brands: MentionBrandsTable[] = [];
  const aspects: MentionAspectsTable[] = [];
  for (const m of mentions) {
    const seen = new Set<string>();
    for (const { brand } of m.matches) if (!seen.has(brand)) (seen.add(brand), brands.push({ mention_id: m.id, brand }));
    if (!m.aspects?.length) continue;
    // One row per aspect: the first reading wins if a document ever named one twice.
    const named = new Map<string, string>();
    for (const a of m.aspects) if (!named.has(a.aspect)) named.set(a.aspect, a.sentiment);
    for (const [aspect, sentiment] of named) aspects.push({ mention_id: m.id, aspect, sentiment, weight: 1 / named.size });
  }
  return { brands, aspects };
}

/** Writes facet rows of newly stored mentions (rows already there are left as they are). */
export async function writeMentionFacets(db: Kysely<VigiaDatabase>, dialect: StoreDialect, rows: MentionFacetRows): Promise<void> {
  await bulkInsert(db, dialect, 'mention_brands', BRAND_COLUMNS, rows.brands, 'ON CONFLICT DO NOTHING');
  await bulkInsert(db, dialect, 'mention_aspects', ASPECT_COLUMNS, rows.aspects, 'ON CONFLICT DO NOTHING');
}

/**
 * SQLite: the same rows through the backend's prepared single-row statements, inside the caller's transaction.
 * A multi-row INSERT went through Kysely's compiler with a thousand-odd parameters and its own statement per batch
 * size, which cost more than SQLite inserting the rows.
 */
export function insertFacetRowByRow(rowInserter: NonNullable<SqlBackend['rowInserter']>, rows: MentionFacetRows): void {
  const brand = rowInserter('mention_brands', ['mention_id', 'brand'], 'ON CONFLICT DO NOTHING');
  for (const row of rows.brands) brand([row.mention_id, row.brand]);
  const aspect = rowInserter('mention_aspects', ['mention_id', 'aspect', 'sentiment', 'weight'], 'ON CONFLICT DO NOTHING');
  for (const row of rows.aspects) aspect([row.mention_id, row.aspect, row.sentiment, row.weight]);
}

/** Migration 4's backfill: the brand rows of mentions stored before (the aspect table came later). */
export async function insertMentionFacets(db: Kysely<VigiaDatabase>, dialect: StoreDialect, mentions: readonly Mention[]): Promise<void> {
  await bulkInsert(db, dialect, 'mention_brands', BRAND_COLUMNS, mentionFacetRows(mentions).brands, 'ON CONFLICT DO NOTHING');
}
