// GET /api/stats/sentiment (docs/api-contract.md, "Sentiment statistics"): the ZMOT dashboard's figures,
// validated at the edge. The dashboard computes the same shape from Dexie when the collector has no answer.
import { z } from 'zod';

const labelCounts = z.object({ negative: z.number(), neutral: z.number(), positive: z.number(), unscored: z.number() });
/** Mentions per sentiment label. */
export type LabelCounts = z.infer<typeof labelCounts>;

export const sentimentStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(['hour', 'day', 'week']),
  by: z.enum(['platform', 'moment', 'stage', 'brand']).optional(),
  series: z.array(labelCounts.extend({ start: z.string() })),
  breakdown: z.record(z.string(), labelCounts),
  /** Negative share of the scored mentions (0–1); null without any. */
  negativeShare: z.number().nullable(),
  topNegativeTerms: z.array(z.object({ term: z.string(), count: z.number() })),
  /** Negative mentions: publication to first response. */
  responseTimes: z.object({
    within48h: z.number(),
    over48h: z.number(),
    waiting: z.number(),
    /** Answered negatives by upper bound in hours; `null`: more than the last bound. */
    buckets: z.array(z.object({ hours: z.number().nullable(), count: z.number() })),
  }),
});
/** The answer of GET /api/stats/sentiment. */
export type SentimentStats = z.infer<typeof sentimentStatsSchema>;

/** What breaks the mentions down. */
export type StatsDimension = 'platform' | 'moment' | 'stage' | 'brand';

/** The query of GET /api/stats/sentiment. */
export interface StatsQuery {
  from: string;
  to: string;
  bucket: SentimentStats['bucket'];
  by: StatsDimension;
  platform?: string;
  brand?: string;
}

/** The query string, in the contract's parameter names. */
export function toStatsSearch(query: StatsQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, bucket: query.bucket, by: query.by });
  if (query.platform) params.set('platform', query.platform);
  if (query.brand) params.set('brand', query.brand);
  return params.toString();
}
