// GET /api/stats/recovery: per brand and period, how many customers' negative mentions started a recovery
// clock, how many were won back (recovered / decided) and the median time it took.
import type { FastifyInstance } from 'fastify';
import { recoveryStatsQuerySchema, type RecoveryStatsAnswer } from '../../../shared/api/recovery.ts';
import { RECOVERY_WINDOW_HOURS } from '../../../shared/journey/recovery-clock.ts';
import { recoveryStats } from '../../../shared/journey/recovery-stats.ts';
import { bucketCount, MAX_BUCKETS } from '../../../shared/stats/time-buckets.ts';
import { clocksStartedIn } from '../../customers/recovery-clocks.ts';
import { ApiError } from '../../errors.ts';
import type { VigiaStore } from '../../store/store.ts';

/** The range when `from` is not given: this many days before `to`. */
const DEFAULT_DAYS = 30;

export function recoveryRoutes(app: FastifyInstance, store: VigiaStore): void {
  app.get('/api/stats/recovery', async (request): Promise<RecoveryStatsAnswer> => {
    const q = recoveryStatsQuerySchema.parse(request.query);
    const now = new Date().toISOString();
    const to = q.to ?? now;
    const from = q.from ?? new Date(Date.parse(to) - DEFAULT_DAYS * 86_400_000).toISOString();
    if (from >= to) throw new ApiError(400, '"from" must be before "to"', [{ path: 'from', message: 'must be before "to"' }]);
    if (bucketCount(from, to, q.bucket) > MAX_BUCKETS) throw new ApiError(400, `more than ${MAX_BUCKETS} ${q.bucket} periods: choose "week" or a shorter range`, [{ path: 'bucket', message: 'too many periods for the range' }]);
    const clocks = (await clocksStartedIn(store, { from, to }, now)).filter((c) => !q.brand || c.brand === q.brand);
    return { from, to, bucket: q.bucket, windowHours: RECOVERY_WINDOW_HOURS, brands: recoveryStats(clocks, { from, to, bucket: q.bucket }) };
  });
}
