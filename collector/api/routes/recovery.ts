// GET /api/stats/recovery: per brand and period, how many customers' negative mentions started a recovery
// clock, how many were won back (recovered / decided) and the median time it took.
import type { FastifyInstance } from 'fastify';
import { recoveryStatsQuerySchema, type RecoveryStatsAnswer } from '../../../shared/api/recovery.ts';
import { RECOVERY_WINDOW_HOURS } from '../../../shared/journey/recovery-clock.ts';
import { recoveryStats } from '../../../shared/journey/recovery-stats.ts';
import { clocksStartedIn } from '../../customers/recovery-clocks.ts';
import type { VigiaStore } from '../../store/store.ts';
import { checkBucketCount, statsRange } from './stats-range.ts';

export function recoveryRoutes(app: FastifyInstance, store: VigiaStore): void {
  app.get('/api/stats/recovery', async (request): Promise<RecoveryStatsAnswer> => {
    const q = recoveryStatsQuerySchema.parse(request.query);
    const now = new Date().toISOString();
    const { from, to } = statsRange(q, now);
    checkBucketCount({ from, to }, q.bucket, 'periods', 'choose "week" or a shorter range');
    const clocks = (await clocksStartedIn(store, { from, to }, now)).filter((c) => !q.brand || c.brand === q.brand);
    return { from, to, bucket: q.bucket, windowHours: RECOVERY_WINDOW_HOURS, brands: recoveryStats(clocks, { from, to, bucket: q.bucket }) };
  });
}
