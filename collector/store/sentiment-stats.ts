// GET /api/stats/sentiment as the store answers it: the shapes are the API contract's (shared/api/stats.ts)
// and the arithmetic is shared/stats's; the store only aggregates (sentiment-stats-queries.ts).
export type { SentimentCounts, SentimentStats } from '../../shared/api/stats.ts';
export { emptyCounts, type Breakdown as SentimentBreakdown, type SentimentStatsQuery } from '../../shared/stats/sentiment-stats.ts';
export type { TimeBucket as SentimentBucket } from '../../shared/stats/time-buckets.ts';
