// The ZMOT dashboard's numbers as SQL aggregates over the mentions table (never the mentions themselves):
// sentiment per time bucket and per platform/moment/stage/brand, negative terms, response states. The
// answer is assembled by shared/stats, exactly as the extension assembles it from the mentions it holds.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { RESPONSE_BUCKETS, responseCutoff, type ResponseTally } from '../../shared/stats/response-times.ts';
import { assembleSentimentStats, type SentimentStatsQuery } from '../../shared/stats/sentiment-stats.ts';
import type { SentimentStats } from '../../shared/api/stats.ts';
import { aboutCompetitorsOnly } from './competitor-scope.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';
import { instantOfPrefix, sqlPrefixLength } from './sentiment-buckets.ts';

/** How many phrases, the most frequent in negative mentions, are scored against the background. */
const PHRASE_CANDIDATES = 500;

export function createSentimentStatsQueries(db: Kysely<VigiaDatabase>, dialect: StoreDialect) {
  // Whole seconds, rounded, as shared/stats/response-times.ts's responseSeconds counts them.
  const secondsToResponse =
    dialect === 'postgres'
      ? sql<number>`round(extract(epoch from (m.first_response_at::timestamptz - m.sort_at::timestamptz)))`
      : sql<number>`round((julianday(m.first_response_at) - julianday(m.sort_at)) * 86400)`;

  /** Mentions of the query's range and filters, as `m`. */
  function inScope(q: SentimentStatsQuery) {
    const filters: Expression<SqlBool>[] = [sql<SqlBool>`m.sort_at >= ${q.from}`, sql<SqlBool>`m.sort_at < ${q.to}`];
    if (q.platform) filters.push(sql<SqlBool>`m.platform = ${q.platform}`);
    if (q.brand) filters.push(sql<SqlBool>`exists (select 1 from mention_brands b where b.mention_id = m.id and b.brand = ${q.brand})`);
    if (q.competitor !== undefined) filters.push(sql<SqlBool>`${aboutCompetitorsOnly(dialect)} ${sql.raw(q.competitor ? '=' : '!=')} 1`);
    return db.selectFrom('mentions as m').where((eb) => eb.and(filters));
  }

  async function series(q: SentimentStatsQuery) {
    const prefix = sql<string>`substr(m.sort_at, 1, ${sql.lit(sqlPrefixLength(q.bucket))})`;
    const rows = await inScope(q)
      .select([prefix.as('bucket'), 'm.sentiment_label as label', (eb) => eb.fn.countAll().as('n')])
      .groupBy([prefix, 'm.sentiment_label'])
      .execute();
    return rows.map((r) => ({ at: instantOfPrefix(r.bucket), label: r.label, count: Number(r.n) }));
  }

  async function breakdown(q: SentimentStatsQuery) {
    const key = q.by === 'brand' ? sql<string | null>`b.brand` : sql<string | null>`${sql.ref(`m.${q.by}`)}`;
    let query = inScope(q).select([key.as('key'), 'm.sentiment_label as label', (eb) => eb.fn.countAll().as('n')]);
    if (q.by === 'brand') query = query.innerJoin('mention_brands as b', 'b.mention_id', 'm.id');
    const rows = await query.groupBy([key, 'm.sentiment_label']).execute();
    return rows.map((r) => ({ group: r.key, label: r.label, count: Number(r.n) }));
  }

  // Each mention's phrases, one row each, as `t.value`: the JSON array in its phrases column (migration 15).
  // PostgreSQL compares them as "C" like every other text column, so ties sort as on SQLite.
  const phrases = dialect === 'postgres' ? sql`json_array_elements_text(m.phrases::json)` : sql`json_each(m.phrases)`;
  const phrase = dialect === 'postgres' ? sql<string>`t.value collate "C"` : sql<string>`t.value`;

  async function terms(q: SentimentStatsQuery) {
    // The candidates most frequent in negative mentions, with their count in the other mentions as the
    // background rankTerms scores them against; only these leave the database.
    const negative = sql<number>`sum(case when m.sentiment_label = 'negative' then 1 else 0 end)`;
    const rows = await inScope(q)
      .innerJoin(phrases.as('t'), (join) => join.onTrue())
      .select([phrase.as('term'), negative.as('neg'), (eb) => eb.fn.countAll().as('n')])
      .groupBy(sql`1`)
      .having(negative, '>', 0)
      .orderBy(sql`2`, 'desc')
      .orderBy(sql`1`)
      .limit(PHRASE_CANDIDATES)
      .execute();
    return rows.map((t) => ({ term: t.term, negative: Number(t.neg), other: Number(t.n) - Number(t.neg) }));
  }

  /** Negative mentions by state: answered (in which bar of RESPONSE_BUCKETS), over their 48 hours, or waiting. */
  async function responses(q: SentimentStatsQuery): Promise<ResponseTally[]> {
    // The SQL form of responseBucketOf: the first bound the answer's seconds do not exceed.
    const bar = sql<number | null>`case ${sql.join(
      RESPONSE_BUCKETS.map((h) => sql`when ${secondsToResponse} <= ${sql.lit(h * 3600)} then ${sql.lit(h)}`),
      sql` `,
    )} else null end`;
    const state = sql<string>`case when m.first_response_at is not null then 'answered' when m.sort_at < ${responseCutoff(q.now)} then 'over' else 'waiting' end`;
    const rows = await inScope(q)
      .where('m.sentiment_label', '=', 'negative')
      .select([state.as('state'), bar.as('hours'), (eb) => eb.fn.countAll().as('n')])
      // By position: PostgreSQL would not see the parameterised expressions as the same ones again.
      .groupBy([sql`1`, sql`2`])
      .execute();
    return rows.map((r): ResponseTally => {
      const count = Number(r.n);
      if (r.state === 'answered') return { state: 'answered', hours: r.hours === null ? null : Number(r.hours), count };
      return { state: r.state === 'over' ? 'over' : 'waiting', count };
    });
  }

  return {
    async sentimentStats(q: SentimentStatsQuery): Promise<SentimentStats> {
      const [seriesRows, breakdownRows, termRows, responseRows] = [await series(q), await breakdown(q), q.topTerms === 0 ? [] : await terms(q), await responses(q)];
      return assembleSentimentStats(q, { series: seriesRows, breakdown: breakdownRows, terms: termRows, responses: responseRows });
    },
  };
}
