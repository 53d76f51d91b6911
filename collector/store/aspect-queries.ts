// Mentions' aspects in SQL: written with the mentions (mention-facets.ts, in their insert transaction),
// aggregated for the key drivers (GET /api/stats/aspects) and looked up for `?aspect=`.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { SentimentLabel } from '../../shared/mention.ts';
import { keyDrivers, previousPeriod, type AspectTally, type KeyDrivers, type PeriodTally } from '../../shared/stats/key-drivers.ts';
import { aboutCompetitorsOnly } from './competitor-scope.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';

export interface AspectStatsQuery {
  from: string;
  to: string;
  brand?: string;
  /** As the mentions filter: false leaves out the mentions about competitors only (our brands' drivers), true keeps only them. */
  competitor?: boolean;
}

const LABELS: readonly string[] = ['negative', 'neutral', 'positive'];

export function createAspectQueries(db: Kysely<VigiaDatabase>, dialect: StoreDialect) {
  /** Mentions of [from, to) (of the brand), as `m`, with the period each falls in as `period`. */
  function inScope(q: AspectStatsQuery) {
    const before = previousPeriod(q.from, q.to);
    const filters: Expression<SqlBool>[] = [sql<SqlBool>`m.sort_at >= ${before.from}`, sql<SqlBool>`m.sort_at < ${q.to}`];
    if (q.brand) filters.push(sql<SqlBool>`exists (select 1 from mention_brands b where b.mention_id = m.id and b.brand = ${q.brand})`);
    if (q.competitor !== undefined) filters.push(sql<SqlBool>`${aboutCompetitorsOnly(dialect)} ${sql.raw(q.competitor ? '=' : '!=')} 1`);
    const period = sql<string>`case when m.sort_at >= ${q.from} then 'current' else 'previous' end`;
    return { query: db.selectFrom('mentions as m').where((eb) => eb.and(filters)), period };
  }

  return {
    async aspectStats(q: AspectStatsQuery): Promise<KeyDrivers> {
      const labelScope = inScope(q);
      const labelRows = await labelScope.query
        .select([labelScope.period.as('period'), 'm.sentiment_label as label', (eb) => eb.fn.countAll().as('n')])
        // By position: PostgreSQL would not see the parameterised CASE as the same expression again.
        .groupBy([sql`1`, sql`2`])
        .execute();
      const aspectScope = inScope(q);
      const aspectRows = await aspectScope.query
        .innerJoin('mention_aspects as a', 'a.mention_id', 'm.id')
        .select([aspectScope.period.as('period'), 'a.aspect as aspect', 'a.sentiment as sentiment', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum('a.weight').as('w')])
        .groupBy([sql`1`, sql`2`, sql`3`])
        .execute();
      const periods: PeriodTally[] = labelRows.map((r) => ({
        period: r.period === 'current' ? 'current' : 'previous',
        label: LABELS.includes(r.label) ? (r.label as SentimentLabel) : 'unscored',
        count: Number(r.n),
      }));
      const aspects: AspectTally[] = aspectRows
        .filter((r) => LABELS.includes(r.sentiment))
        .map((r) => ({ period: r.period === 'current' ? 'current' : 'previous', aspect: r.aspect, sentiment: r.sentiment as SentimentLabel, count: Number(r.n), weight: Number(r.w) }));
      return keyDrivers(q, periods, aspects);
    },
  };
}
