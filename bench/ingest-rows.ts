// Mentions for the store-throughput benchmark, and the bare inserts of the same rows it is compared with:
// one prepared better-sqlite3 statement per table in one transaction per batch, and multi-row pg INSERTs.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Mention } from '../shared/mention.ts';
import { sentimentLabelOf } from '../shared/mention.ts';
import { mentionTerms } from '../collector/store/mention-terms.ts';
import { toMentionRow } from '../collector/store/mention-rows.ts';
import { seeded } from './seeded-random.ts';

const WORDS = 'lumora router wifi delivery refund support store phone call waiting never again great técnico factura pedido entrega atención cliente nobody months contract'.split(' ');
const PLATFORMS = ['reddit', 'x', 'mastodon', 'trustpilot', 'google-maps', 'youtube', 'bluesky', 'rss'];
const LABELS = ['negative', 'neutral', 'positive'] as const;

/** `count` enriched-looking mentions, the same on every run for the same prefix. */
export function benchMentions(count: number, prefix: string): Mention[] {
  const random = seeded(count);
  return Array.from({ length: count }, (_, n) => {
    const h = Math.floor(random() * 2 ** 31);
    const label = LABELS[h % 3]!;
    const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
    return {
      id: `${prefix}${n.toString(36).padStart(8, '0')}`,
      source: `feed-${h % 20}`,
      platform: PLATFORMS[h % PLATFORMS.length]!,
      kind: 'post',
      url: `https://example.org/${prefix}/${n}`,
      author: { name: `User ${h % 5000}`, handle: `user${h % 5000}` },
      title: `Lumora ${WORDS[h % WORDS.length]}`,
      text: Array.from({ length: 24 }, (_, i) => WORDS[Math.floor(random() * WORDS.length)]).join(' '),
      lang: h % 2 ? 'en' : 'es',
      publishedAt: at,
      collectedAt: at,
      sentiment: { score: label === 'negative' ? -0.6 : label === 'positive' ? 0.6 : 0, label, confidence: 0.8 },
      moment: h % 5 ? 'ZMOT' : 'LZMOT',
      stage: 'experience',
      urgency: h % 4 ? 'none' : 'soon',
      matches: [{ brand: 'Lumora', terms: ['lumora'] }],
      clusterId: `${prefix}${Math.max(0, n - (h % 3)).toString(36).padStart(8, '0')}`,
      triage: { status: 'new', updatedAt: at },
      priority: h % 100,
    } satisfies Mention;
  });
}

/** The rows the store writes for `mentions`, computed before a bare insert's clock starts. */
export function bareRows(mentions: readonly Mention[], firstSeq: number) {
  const rows = mentions.map((m, i) => toMentionRow(m, firstSeq + i));
  const brands = mentions.map((m) => ({ mention_id: m.id, brand: m.matches[0]!.brand }));
  const terms = mentions.filter((m) => sentimentLabelOf(m.sentiment) === 'negative').flatMap((m) => mentionTerms(m).map((term) => ({ mention_id: m.id, term })));
  return { rows, brands, terms };
}

type Rows = ReturnType<typeof bareRows>;

/** better-sqlite3 alone: one prepared statement per table, one transaction for the batch. */
export function bareSqliteInsert(raw: Database.Database, { rows, brands, terms }: Rows): void {
  const columns = Object.keys(rows[0]!);
  const mention = raw.prepare(`INSERT INTO mentions (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ON CONFLICT (id) DO NOTHING`);
  const brand = raw.prepare('INSERT INTO mention_brands (mention_id, brand) VALUES (@mention_id, @brand) ON CONFLICT DO NOTHING');
  const term = raw.prepare('INSERT INTO mention_terms (mention_id, term) VALUES (@mention_id, @term) ON CONFLICT DO NOTHING');
  raw.transaction(() => {
    for (const row of rows) mention.run(row);
    for (const row of brands) brand.run(row);
    for (const row of terms) term.run(row);
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
export async function barePostgresInsert(client: pg.ClientBase, { rows, brands, terms }: Rows): Promise<void> {
  await client.query('BEGIN');
  await insertValues(client, 'mentions', rows, 500);
  await insertValues(client, 'mention_brands', brands, 1000);
  await insertValues(client, 'mention_terms', terms, 1000);
  await client.query('COMMIT');
}
