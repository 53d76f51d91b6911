// Mentions for the store-throughput benchmark, and the bare inserts of the same rows it is compared with:
// one prepared better-sqlite3 statement per table in one transaction per batch, and multi-row pg INSERTs.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Mention } from '../shared/mention.ts';
import { mentionFacetRows } from '../collector/store/mention-facets.ts';
import { toMentionRow } from '../collector/store/mention-rows.ts';
import { syntheticMention } from './storage-rows.ts';

/** `count` enriched-looking mentions, the same on every run for the same prefix. */
export const benchMentions = (count: number, prefix: string): Mention[] => Array.from({ length: count }, (_, n) => syntheticMention(n, prefix));

/** The rows the store writes for `mentions` (the mention rows with their phrases, brands, aspects), computed before a bare insert's clock starts. */
export function bareRows(mentions: readonly Mention[], firstSeq: number) {
  const rows = mentions.map((m, i) => toMentionRow(m, firstSeq + i));
  return { rows, ...mentionFacetRows(mentions) };
}

type Rows = ReturnType<typeof bareRows>;

const insertText = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ON CONFLICT DO NOTHING`;

/** better-sqlite3 alone: one prepared statement per table, one transaction for the batch. */
export function bareSqliteInsert(raw: Database.Database, { rows, brands, aspects }: Rows): void {
  const mention = raw.prepare(insertText('mentions', Object.keys(rows[0]!)));
  const brand = raw.prepare(insertText('mention_brands', ['mention_id', 'brand']));
  const aspect = raw.prepare(insertText('mention_aspects', ['mention_id', 'aspect', 'sentiment', 'weight']));
  raw.transaction(() => {
    for (const row of rows) mention.run(row);
    for (const row of brands) brand.run(row);
    for (const row of aspects) aspect.run(row);
  })();
}

async function insertValues<T extends object>(client: pg.ClientBase, table: string, rows: readonly T[], chunk: number): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values = part.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ON CONFLICT DO NOTHING`, part.flatMap((row) => columns.map((c) => (row as Record<string, unknown>)[c])));
  }
}

/** pg alone: multi-row INSERTs (500 rows each) in one transaction for the batch. */
export async function barePostgresInsert(client: pg.ClientBase, { rows, brands, aspects }: Rows): Promise<void> {
  await client.query('BEGIN');
  await insertValues(client, 'mentions', rows, 500);
  await insertValues(client, 'mention_brands', brands, 1000);
  await insertValues(client, 'mention_aspects', aspects, 1000);
  await client.query('COMMIT');
}
