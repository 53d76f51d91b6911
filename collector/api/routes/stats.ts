// GET /api/stats/journeys (CX leads: resolution, effort, channel crossing, immediacy) and
// GET /api/stats/sentiment (the ZMOT dashboard) — both aggregated by the database.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { platformSchema } from '../../../shared/mention.ts';
import { runCustomerMaintenance } from '../../customers/customer-maintenance.ts';
import { ApiError } from '../../errors.ts';
import { bucketCount } from '../../store/sentiment-buckets.ts';
import type { VigiaStore } from '../../store/store.ts';

/** An ISO date ("2026-11-01") or date-time with a zone, as a UTC instant. */
const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((s) => new Date(s).toISOString());

export const journeyStatsQuery = z.object({ from: instant.optional(), to: instant.optional() }).strict();

export const sentimentStatsQuery = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    bucket: z.enum(['hour', 'day', 'week']).default('day'),
    by: z.enum(['platform', 'moment', 'stage', 'brand']).default('platform'),
    platform: platformSchema.optional(),
    brand: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

const DEFAULT_DAYS = 30;
/** More buckets than a chart can show is a mistake (an hourly series over a year). */
const MAX_BUCKETS = 2000;

export function statsRoutes(app: FastifyInstance, store: VigiaStore): void {
  app.get('/api/stats/journeys', async (request) => {
    const range = journeyStatsQuery.parse(request.query);
    const now = new Date();
    // Customers whose moments changed since their summaries were written are re-stitched first.
    await runCustomerMaintenance(store.customers, { now });
    return store.customers.journeyStats(range, now.toISOString());
  });

  app.get('/api/stats/sentiment', async (request) => {
    const q = sentimentStatsQuery.parse(request.query);
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
