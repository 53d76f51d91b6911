// Journey summaries (each journey's metrics as of its last refresh) and the aggregates over them that
// CX leads read: resolution per type, effort, channel crossing, 48-hour immediacy — all in SQL.
import { sql, type Kysely } from 'kysely';
import { IMMEDIACY_HOURS } from '../../shared/priority/index.ts';
import type { JourneyStatsView, JourneySummary } from '../customers/customer-store.ts';
import type { BulkColumn } from './bulk-insert.ts';
import { insertRows } from './json-rows-insert.ts';
import { chunkedIn, isIn } from './in-list.ts';
import { chunked } from './customer-queries.ts';
import type { JourneysTable } from './customer-tables.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ratio = (part: number, whole: number) => (whole === 0 ? undefined : Math.round((part / whole) * 1000) / 1000);

const JOURNEY_COLUMNS: readonly BulkColumn<JourneysTable>[] = [
  ...(['id', 'customer_id', 'type', 'started_at', 'ended_at'] as const).map((name) => ({ name, pg: 'text' as const })),
  ...(['touchpoints', 'channels', 'resolved'] as const).map((name) => ({ name, pg: 'bigint' as const })),
  { name: 'effort', pg: 'float8' },
  { name: 'first_contact_at', pg: 'text' },
  { name: 'first_response_hours', pg: 'float8' },
  { name: 'refreshed_at', pg: 'text' },
];

const journeyRow = (customerId: string, s: JourneySummary, now: string): JourneysTable => ({
  id: s.id,
  customer_id: customerId,
  type: s.type,
  started_at: s.startedAt,
  ended_at: s.endedAt,
  touchpoints: s.touchpoints,
  channels: s.channels,
  resolved: s.resolved ? 1 : 0,
  effort: s.effort,
  first_contact_at: s.firstContactAt ?? null,
  first_response_hours: s.firstResponseHours ?? null,
  refreshed_at: now,
});

export function createJourneyQueries(db: Kysely<VigiaDatabase>, dialect: StoreDialect) {
  /** Each customer's summaries replaced and its stale mark cleared: a few statements for the lot. */
  async function replaceMany(summaries: ReadonlyMap<string, readonly JourneySummary[]>, now: string): Promise<void> {
    const ids = [...summaries.keys()];
    if (!ids.length) return;
    await chunkedIn(dialect, ids, (chunk) => db.deleteFrom('journeys').where(isIn(dialect, 'customer_id', chunk)).execute());
    // In key order: the B-trees take the rows page after page.
    const rows = [...summaries].flatMap(([customerId, list]) => list.map((s) => journeyRow(customerId, s, now))).sort(byId);
    await insertRows(db, dialect, 'journeys', JOURNEY_COLUMNS, rows);
    await chunkedIn(dialect, ids, (chunk) => db.updateTable('customers').set({ journeys_stale: 0 }).where(isIn(dialect, 'id', chunk)).execute());
  }

  return {
    /** Must run inside a write transaction (the caller's). */
    async replaceJourneySummaries(customerId: string, summaries: readonly JourneySummary[], now: string): Promise<void> {
      await replaceMany(new Map([[customerId, summaries]]), now);
    },

    /** Must run inside a write transaction (the caller's). */
    replaceManyJourneySummaries: replaceMany,

    async markJourneysStale(customerIds: readonly string[]): Promise<void> {
      // Only rows not marked yet are written: an import marks the same customers chunk after chunk, and
      // rewriting a marked row (and its index entry) cost as much as marking it.
      await chunkedIn(dialect, [...new Set(customerIds)], (ids) =>
        db.updateTable('customers').set({ journeys_stale: 1 }).where(isIn(dialect, 'id', ids)).where('journeys_stale', '=', 0).execute(),
      );
    },

    async staleJourneyCustomers(limit: number): Promise<string[]> {
      const rows = await db.selectFrom('customers').select('id').where('journeys_stale', '=', 1).orderBy('id').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    async journeyStats(range: { from?: string; to?: string }, now: string): Promise<JourneyStatsView> {
      const cutoff = new Date(Date.parse(now) - IMMEDIACY_HOURS * 3_600_000).toISOString();
      let query = db
        .selectFrom('journeys')
        .select((eb) => [
          'type',
          eb.fn.countAll().as('n'),
          eb.fn.sum('resolved').as('resolved'),
          eb.fn.sum('effort').as('effort'),
          eb.fn.sum(sql<number>`case when channels > 1 then 1 else 0 end`).as('crossed'),
          eb.fn.sum(sql<number>`case when first_response_hours <= ${IMMEDIACY_HOURS} then 1 else 0 end`).as('met'),
          eb.fn
            .sum(sql<number>`case when first_response_hours > ${IMMEDIACY_HOURS} or (first_response_hours is null and first_contact_at < ${cutoff}) then 1 else 0 end`)
            .as('missed'),
          eb.fn.sum(sql<number>`case when first_response_hours is null and first_contact_at >= ${cutoff} then 1 else 0 end`).as('waiting'),
        ])
        .groupBy('type')
        .orderBy('type');
      if (range.from) query = query.where('started_at', '>=', range.from);
      if (range.to) query = query.where('started_at', '<', range.to);
      const rows = await query.execute();
      const total = { n: 0, resolved: 0, effort: 0, crossed: 0, met: 0, missed: 0, waiting: 0 };
      const resolutionRateByType: JourneyStatsView['resolutionRateByType'] = {};
      for (const row of rows) {
        const r = { n: Number(row.n), resolved: Number(row.resolved ?? 0), effort: Number(row.effort ?? 0), crossed: Number(row.crossed ?? 0), met: Number(row.met ?? 0), missed: Number(row.missed ?? 0), waiting: Number(row.waiting ?? 0) };
        for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += r[key];
        resolutionRateByType[row.type] = { journeys: r.n, resolved: r.resolved, resolutionRate: ratio(r.resolved, r.n) ?? 0 };
      }
      return {
        ...(range.from ? { from: range.from } : {}),
        ...(range.to ? { to: range.to } : {}),
        journeys: total.n,
        resolutionRate: ratio(total.resolved, total.n),
        resolutionRateByType,
        averageEffort: total.n ? Math.round((total.effort / total.n) * 10) / 10 : undefined,
        crossChannelShare: ratio(total.crossed, total.n),
        immediacyCompliance: { met: total.met, missed: total.missed, waiting: total.waiting, complianceRate: ratio(total.met, total.met + total.missed) },
      };
    },
  };
}
