// GET /api/stats/sentiment (docs/api-contract.md, "Sentiment statistics") as the dashboard asks for it. The
// answer's shape is the contract's (shared/api/stats.ts); the dashboard computes the same answer from Dexie
// with shared/stats when the collector cannot answer.
import type { SentimentStatsParams } from '../../shared/api/stats.ts';

export type { SentimentCounts as LabelCounts, SentimentStats } from '../../shared/api/stats.ts';
export type { Breakdown as StatsDimension } from '../../shared/stats/sentiment-stats.ts';

/** The query of GET /api/stats/sentiment as the dashboard writes it: the range, bucket and breakdown always given. */
export type StatsQuery = Required<Pick<SentimentStatsParams, 'from' | 'to' | 'bucket' | 'by'>> &
  Pick<SentimentStatsParams, 'platform' | 'brand'> & {
    /** false: our brands (mentions about competitors only left out); true: only those. @default both */
    competitor?: boolean;
  };

/** The query string, in the contract's parameter names. */
export function toStatsSearch(query: StatsQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, bucket: query.bucket, by: query.by });
  if (query.platform) params.set('platform', query.platform);
  if (query.brand) params.set('brand', query.brand);
  if (query.competitor !== undefined) params.set('competitor', String(query.competitor));
  return params.toString();
}
