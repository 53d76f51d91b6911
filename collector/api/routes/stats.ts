// GET /api/stats/journeys (CX leads: resolution, effort, channel crossing, immediacy) and
// GET /api/stats/sentiment (the ZMOT dashboard) — both aggregated by the database.
import type { FastifyInstance } from 'fastify';
import {
  journeyStatsQuerySchema,
  sentimentStatsQuerySchema,
  type JourneyStatsAnswer,
  type SentimentStats,
} from '../../../shared/api/stats.ts';
import { runCustomerMaintenance } from '../../customers/customer-maintenance.ts';
import type { VigiaStore } from '../../store/store.ts';
import { checkBucketCount, statsRange } from './stats-range.ts';

export function statsRoutes(app: FastifyInstance, store: VigiaStore): void {
  app.get('/api/stats/journeys', async (request): Promise<JourneyStatsAnswer> => {
    const range = journeyStatsQuerySchema.parse(request.query);
    const now = new Date();
    // Customers whose moments changed since their summaries were written are re-stitched first.
    await runCustomerMaintenance(store.customers, { now });
    return store.customers.journeyStats(range, now.toISOString());
  });

  app.get('/api/stats/sentiment', async (request): Promise<SentimentStats> => {
    const q = sentimentStatsQuerySchema.parse(request.query);
    const now = new Date().toISOString();
    const { from, to } = statsRange(q, now);
    checkBucketCount({ from, to }, q.bucket);
    return store.sentimentStats({ from, to, bucket: q.bucket, by: q.by, now, ...(q.platform ? { platform: q.platform } : {}), ...(q.brand ? { brand: q.brand } : {}), ...(q.competitor !== undefined ? { competitor: q.competitor } : {}) });
  });
}
