// The ZMOT dashboard's numbers as SQL aggregates over the mentions table (never the mentions themselves):
// sentiment per time bucket and per platform/moment/stage/brand, top negative terms, response times.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { IMMEDIACY_HOURS } from '../../shared/priority/index.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';
import { emptyCounts, type SentimentCounts, type SentimentStats, type SentimentStatsQuery } from './sentiment-stats.ts';
import { bucketStarts, bucketStartOf } from './sentiment-buckets.ts';

/** Upper bounds (hours) of the response-time histogram; a last bucket (`hours: null`) holds the rest. */
export const RESPONSE_BUCKETS = [1, 4, 8, 24, 48, 72, 168] as const;
const TOP_TERMS = 20;
const LABELS = new Set(['negative', 'neutral', 'positive', 'unscored']);

const addTo = (counts: SentimentCounts, label: string, n: number) => {
  if (LABELS.has(label)) counts[label as keyof SentimentCounts] += n;
};

export function createSentimentStatsQueries(db: Kysely<VigiaDatabase>, dialect: StoreDialect) {
  const hoursToResponse =
    dialect === 'postgres'
      ? sql<number>`extract(epoch from (m.first_response_at::timestamptz - m.sort_at::timestamptz)) / 3600`
      : sql<number>`(julianday(m.first_response_at) - julianday(m.sort_at)) * 24`;

  /** Mentions of the query's range and filters, as `m`. */
  function inScope(q: SentimentStatsQuery) {
    const filters: Expression<SqlBool>[] = [sql<SqlBool>`m.sort_at >= ${q.from}`, sql<SqlBool>`m.sort_at < ${q.to}`];
    if (q.platform) filters.push(sql<SqlBool>`m.platform = ${q.platform}`);
    if (q.brand) filters.push(sql<SqlBool>`exists (select 1 from mention_brands b where b.mention_id = m.id and b.brand = ${q.brand})`);
    return db.selectFrom('mentions as m').where((eb) => eb.and(filters));
  }

  return {
    async sentimentStats(q: SentimentStatsQuery): Promise<SentimentStats> {
      const prefix = q.bucket === 'hour' ? 13 : 10;
      const seriesRows = await inScope(q)
        .select([sql<string>`substr(m.sort_at, 1, ${sql.lit(prefix)})`.as('bucket'), 'm.sentiment_label as label', (eb) => eb.fn.countAll().as('n')])
        .groupBy([sql`substr(m.sort_at, 1, ${sql.lit(prefix)})`, 'm.sentiment_label'])
        .execute();
      const series = new Map(bucketStarts(q.from, q.to, q.bucket).map((start) => [start, emptyCounts()]));
      const totals = emptyCounts();
      for (const row of seriesRows) {
        const counts = series.get(bucketStartOf(row.bucket, q.bucket));
        if (counts) addTo(counts, row.label, Number(row.n));
        addTo(totals, row.label, Number(row.n));
      }

      const key = q.by === 'brand' ? sql<string | null>`b.brand` : sql<string | null>`${sql.ref(`m.${q.by}`)}`;
      let breakdownQuery = inScope(q).select([key.as('key'), 'm.sentiment_label as label', (eb) => eb.fn.countAll().as('n')]);
      if (q.by === 'brand') breakdownQuery = breakdownQuery.innerJoin('mention_brands as b', 'b.mention_id', 'm.id');
      const breakdownRows = await breakdownQuery.groupBy([key, 'm.sentiment_label']).execute();
      const breakdown: Record<string, SentimentCounts> = {};
      for (const row of breakdownRows) addTo((breakdown[row.key ?? 'none'] ??= emptyCounts()), row.label, Number(row.n));

      const terms = await inScope(q)
        .innerJoin('mention_terms as t', 't.mention_id', 'm.id')
        .where('m.sentiment_label', '=', 'negative')
        .select(['t.term', (eb) => eb.fn.countAll().as('n')])
        .groupBy('t.term')
        .orderBy('n', 'desc')
        .orderBy('t.term')
        .limit(q.topTerms ?? TOP_TERMS)
        .execute();

      return {
        from: q.from,
        to: q.to,
        bucket: q.bucket,
        by: q.by,
        series: [...series].map(([start, counts]) => ({ start, ...counts })),
        breakdown,
        negativeShare: shareOf(totals),
        topNegativeTerms: terms.map((t) => ({ term: t.term, count: Number(t.n) })),
        responseTimes: await responseTimes(q),
      };
    },
  };

  /** Negative mentions: how long until triage first moved them away from "new", against the 48-hour rule. */
  async function responseTimes(q: SentimentStatsQuery): Promise<SentimentStats['responseTimes']> {
    const cutoff = new Date(Date.parse(q.now) - IMMEDIACY_HOURS * 3_600_000).toISOString();
    const bucketCase = sql<number | null>`case ${sql.join(
      RESPONSE_BUCKETS.map((h) => sql`when ${hoursToResponse} <= ${sql.lit(h)} then ${sql.lit(h)}`),
      sql` `,
    )} else null end`;
    const state = sql<string>`case when m.first_response_at is not null then 'answered' when m.sort_at < ${cutoff} then 'over' else 'waiting' end`;
    const rows = await inScope(q)
      .where('m.sentiment_label', '=', 'negative')
      .select([state.as('state'), bucketCase.as('hours'), (eb) => eb.fn.countAll().as('n')])
      // By position: PostgreSQL would not see the parameterised expressions as the same ones again.
      .groupBy([sql`1`, sql`2`])
      .execute();
    const out = { within48h: 0, over48h: 0, waiting: 0, buckets: [...RESPONSE_BUCKETS, null].map((hours) => ({ hours: hours as number | null, count: 0 })) };
    for (const row of rows) {
      const n = Number(row.n);
      if (row.state === 'waiting') out.waiting += n;
      else if (row.state === 'over') out.over48h += n;
      else {
        const hours = row.hours === null ? null : Number(row.hours);
        out.buckets.find((b) => b.hours === hours)!.count += n;
        if (hours !== null && hours <= IMMEDIACY_HOURS) out.within48h += n;
        else out.over48h += n;
      }
    }
    return out;
  }
}

/** negative / scored mentions (unscored left out), three decimals; null without any scored mention. */
function shareOf(c: SentimentCounts): number | null {
  const scored = c.negative + c.neutral + c.positive;
  return scored ? Math.round((c.negative / scored) * 1000) / 1000 : null;
}
