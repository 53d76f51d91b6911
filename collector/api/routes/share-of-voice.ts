// GET /api/stats/share-of-voice: each watched brand's share of the mentions and net sentiment over time,
// competitors beside our brands (collector/reports/load-share-of-voice.ts).
import type { FastifyInstance } from 'fastify';
import { shareOfVoiceQuerySchema, type ShareOfVoice } from '../../../shared/api/share-of-voice.ts';
import { bucketCount, MAX_BUCKETS } from '../../../shared/stats/time-buckets.ts';
import { ApiError } from '../../errors.ts';
import { loadShareOfVoice, type WatchedBrand } from '../../reports/load-share-of-voice.ts';
import type { VigiaStore } from '../../store/store.ts';

/** The range when `from` is not given: this many days before `to`. */
const DEFAULT_DAYS = 30;

export function shareOfVoiceRoutes(app: FastifyInstance, store: VigiaStore, brands: readonly WatchedBrand[] = []): void {
  app.get('/api/stats/share-of-voice', async (request): Promise<ShareOfVoice> => {
    const q = shareOfVoiceQuerySchema.parse(request.query);
    const now = new Date().toISOString();
    const to = q.to ?? now;
    const from = q.from ?? new Date(Date.parse(to) - DEFAULT_DAYS * 86_400_000).toISOString();
    if (from >= to) throw new ApiError(400, '"from" must be before "to"', [{ path: 'from', message: 'must be before "to"' }]);
    if (bucketCount(from, to, q.bucket) > MAX_BUCKETS) {
      throw new ApiError(400, `more than ${MAX_BUCKETS} ${q.bucket} buckets: choose a wider bucket or a shorter range`, [{ path: 'bucket', message: 'too many buckets for the range' }]);
    }
    return loadShareOfVoice(store, brands, { from, to, bucket: q.bucket, now, ...(q.platform ? { platform: q.platform } : {}) });
  });
}
