// GET /api/stats/aspects: the key drivers of a brand's net sentiment (without `brand`, of our brands: competitors
// have their place in share of voice) — collector/reports/load-key-drivers.ts.
import type { FastifyInstance } from 'fastify';
import { aspectStatsQuerySchema, type AspectStatsAnswer } from '../../../shared/api/aspects.ts';
import { ApiError } from '../../errors.ts';
import { loadKeyDrivers } from '../../reports/load-key-drivers.ts';
import type { VigiaStore } from '../../store/store.ts';
import { statsRange } from './stats-range.ts';

/** Longer ranges would compare years of mentions in one request; a report spans weeks or months. */
const MAX_DAYS = 731;

export function aspectRoutes(app: FastifyInstance, store: VigiaStore): void {
  app.get('/api/stats/aspects', async (request): Promise<AspectStatsAnswer> => {
    const q = aspectStatsQuerySchema.parse(request.query);
    const { from, to } = statsRange(q, new Date().toISOString());
    if (Date.parse(to) - Date.parse(from) > MAX_DAYS * 86_400_000) throw new ApiError(400, `the range is longer than ${MAX_DAYS} days`, [{ path: 'from', message: `at most ${MAX_DAYS} days before "to"` }]);
    const drivers = await loadKeyDrivers(store, { from, to, ...(q.brand ? { brand: q.brand } : {}) });
    return { ...(q.brand ? { brand: q.brand } : {}), ...drivers };
  });
}
