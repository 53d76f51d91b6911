// Share of voice and net sentiment per brand over time, from each brand's sentiment counts per bucket (the
// series of GET /api/stats/sentiment filtered to that brand): the same arithmetic for the API, the
// dashboard and the reports.
import type { SentimentCounts } from '../api/stats.ts';
import type { BrandVoice, ShareOfVoice } from '../api/share-of-voice.ts';
import { emptyCounts, netSentiment } from '../stats/sentiment-stats.ts';
import type { AspectDriver } from '../stats/key-drivers.ts';
import type { TimeBucket } from '../stats/time-buckets.ts';
import { praiseAndCriticismOf } from './praise-and-criticism.ts';

/** One brand's counts: totals and one entry per bucket (every bucket of the range, in order). */
export interface BrandCounts {
  brand: string;
  competitor: boolean;
  series: readonly (SentimentCounts & { start: string })[];
  /** Its key drivers' aspects in the range: what it is praised and criticised for. @default none */
  aspects?: readonly Pick<AspectDriver, 'aspect' | 'positive' | 'negative'>[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const mentionsOf = (c: SentimentCounts) => c.negative + c.neutral + c.positive + c.unscored;

const shareOf = (part: number, whole: number) => (whole ? round3(part / whole) : null);

function sum(series: readonly SentimentCounts[]): SentimentCounts {
  const total = emptyCounts();
  for (const c of series) for (const key of ['negative', 'neutral', 'positive', 'unscored'] as const) total[key] += c[key];
  return total;
}

/** The answer of GET /api/stats/share-of-voice from each brand's counts. */
export function shareOfVoiceOf(q: { from: string; to: string; bucket: TimeBucket }, brands: readonly BrandCounts[]): ShareOfVoice {
  const starts = brands[0]?.series.map((p) => p.start) ?? [];
  const perBucket = starts.map((_, i) => brands.reduce((n, b) => n + (b.series[i] ? mentionsOf(b.series[i]) : 0), 0));
  const totals = brands.map((b) => sum(b.series));
  const all = totals.reduce((n, c) => n + mentionsOf(c), 0);
  const voices = brands.map((b, i): BrandVoice => {
    const counts = totals[i]!;
    return {
      brand: b.brand,
      competitor: b.competitor,
      mentions: mentionsOf(counts),
      share: shareOf(mentionsOf(counts), all),
      netSentiment: netSentiment(counts),
      counts,
      ...praiseAndCriticismOf(b.aspects ?? []),
      series: b.series.map(({ start, ...c }, j) => ({ start, mentions: mentionsOf(c), share: shareOf(mentionsOf(c), perBucket[j] ?? 0), netSentiment: netSentiment(c), counts: c })),
    };
  });
  // Ours first, then competitors; within each, the most mentioned first (ties by name, so the order is stable).
  voices.sort((a, b) => Number(a.competitor) - Number(b.competitor) || b.mentions - a.mentions || (a.brand < b.brand ? -1 : a.brand > b.brand ? 1 : 0));
  return { from: q.from, to: q.to, bucket: q.bucket, brands: voices };
}
