// GET /api/stats/share-of-voice: each watched brand's share of the mentions and net sentiment over time,
// competitors beside our brands (collector/reports/load-share-of-voice.ts).
import type { FastifyInstance } from 'fastify';
import { shareOfVoiceQuerySchema, type ShareOfVoice } from '../../../shared/api/share-of-voice.ts';
import { loadShareOfVoice, type WatchedBrand } from '../../reports/load-share-of-voice.ts';
import type { VigiaStore } from '../../store/store.ts';
import { checkBucketCount, statsRange } from './stats-range.ts';

export function shareOfVoiceRoutes(app: FastifyInstance, store: VigiaStore, brands: readonly WatchedBrand[] = []): void {
  app.get('/api/stats/share-of-voice', async (request): Promise<ShareOfVoice> => {
    const q = shareOfVoiceQuerySchema.parse(request.query);
    const now = new Date().toISOString();
    const { from, to } = statsRange(q, now);
    checkBucketCount({ from, to }, q.bucket);
    return loadShareOfVoice(store, brands, { from, to, bucket: q.bucket, now, ...(q.platform ? { platform: q.platform } : {}) });
  });
}
