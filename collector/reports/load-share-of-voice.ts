// Share of voice from the store: one sentiment-statistics query per watched brand (their counts per bucket,
// aggregated by the database) and its key drivers' aspects, assembled by shared/share-of-voice. Used by the API route and the reports.
import type { ShareOfVoice } from '../../shared/api/share-of-voice.ts';
import { shareOfVoiceOf } from '../../shared/share-of-voice/share-of-voice.ts';
import type { TimeBucket } from '../../shared/stats/time-buckets.ts';
import type { VigiaStore } from '../store/store.ts';

/** A configured brand as share of voice needs it. */
export interface WatchedBrand {
  name: string;
  competitor?: boolean;
}

export interface ShareOfVoiceRange {
  from: string;
  to: string;
  bucket: TimeBucket;
  platform?: string;
  /** The moment the statistics are judged at. */
  now: string;
}

/** The configured brands, plus any other brand the range's mentions carry (an API-only process knows none). */
export async function loadShareOfVoice(store: VigiaStore, brands: readonly WatchedBrand[], q: ShareOfVoiceRange): Promise<ShareOfVoice> {
  const base = { from: q.from, to: q.to, bucket: q.bucket, now: q.now, ...(q.platform ? { platform: q.platform } : {}) };
  const found = Object.keys((await store.sentimentStats({ ...base, by: 'brand', topTerms: 0 })).breakdown);
  const names = [...new Set([...brands.map((b) => b.name), ...found])];
  const competitor = new Map(brands.map((b) => [b.name, b.competitor === true]));
  const counts = [];
  for (const brand of names) {
    const stats = await store.sentimentStats({ ...base, by: 'platform', brand, topTerms: 0 });
    // The key drivers' computation (GET /api/stats/aspects) tells what each brand is praised and criticised for.
    const drivers = await store.aspectStats({ from: q.from, to: q.to, brand });
    counts.push({ brand, competitor: competitor.get(brand) ?? false, series: stats.series, aspects: drivers.aspects });
  }
  return shareOfVoiceOf(q, counts);
}
