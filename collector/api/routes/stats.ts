// GET /api/stats/journeys (CX leads: resolution, effort, channel crossing, immediacy) and
// GET /api/stats/sentiment (the ZMOT dashboard) — both aggregated by the database.
import type { FastifyInstance } from 'fastify';
import {
  journeyStatsQuerySchema,
  sentimentStatsQuerySchema,
  type JourneyStatsAnswer,
  type SentimentStats,
} from '../../../shared/api/stats.ts';
import { bucketCount, MAX_BUCKETS } from '../../../shared/stats/time-buckets.ts';
import { runCustomerMaintenance } from '../../customers/customer-maintenance.ts';
import { ApiError } from '../../errors.ts';
import type { VigiaStore } from '../../store/store.ts';

/** The range when `from` is not given: this many days before `to`. */
const DEFAULT_DAYS = 30;

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
    const to = q.to ?? now;
    const from = q.from ?? new Date(Date.parse(to) - DEFAULT_DAYS * 86_400_000).toISOString();
    if (from >= to) throw new ApiError(400, '"from" must be before "to"', [{ path: 'from', message: 'must be before "to"' }]);
    if (bucketCount(from, to, q.bucket) > MAX_BUCKETS) {
      throw new ApiError(400, `more than ${MAX_BUCKETS} ${q.bucket} buckets: choose a wider bucket or a shorter range`, [{ path: 'bucket', message: 'too many buckets for the range' }]);
    }
    return store.sentimentStats({ from, to, bucket: q.bucket, by: q.by, now, ...(q.platform ? { platform: q.platform } : {}), ...(q.brand ? { brand: q.brand } : {}) });
  });
}
