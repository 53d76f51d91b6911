// GET /api/stats/sentiment: what the ZMOT dashboard asks for and what it gets (docs/api-contract.md).

/** Mentions per sentiment label; unscored text has no label and is counted apart. */
export interface SentimentCounts {
  negative: number;
  neutral: number;
  positive: number;
  unscored: number;
}

export const emptyCounts = (): SentimentCounts => ({ negative: 0, neutral: 0, positive: 0, unscored: 0 });

export type SentimentBucket = 'hour' | 'day' | 'week';
export type SentimentBreakdown = 'platform' | 'moment' | 'stage' | 'brand';

export interface SentimentStatsQuery {
  /** ISO instant, inclusive: mentions published (else collected) at or after it. */
  from: string;
  /** ISO instant, exclusive. */
  to: string;
  bucket: SentimentBucket;
  by: SentimentBreakdown;
  platform?: string;
  brand?: string;
  /** The moment unanswered mentions are judged at (48-hour rule). */
  now: string;
  /** @default 20 */
  topTerms?: number;
}

export interface SentimentStats {
  from: string;
  to: string;
  bucket: SentimentBucket;
  by: SentimentBreakdown;
  /** Every bucket from `from` to `to`, empty ones included; `start` is the bucket's first instant (weeks start on Monday, UTC). */
  series: Array<{ start: string } & SentimentCounts>;
  /** Keyed by platform, moment, stage or brand; `none` for mentions without one. */
  breakdown: Record<string, SentimentCounts>;
  /** Negative share of the scored mentions (0–1); null without any. */
  negativeShare: number | null;
  /** Content words of negative mentions (English and Spanish stopwords and brand names left out), most frequent first. */
  topNegativeTerms: Array<{ term: string; count: number }>;
  /**
   * Negative mentions: publication to the first triage change away from "new". `within48h`/`over48h` count
   * answered ones, plus unanswered ones whose 48 hours are over in `over48h`; `waiting`: unanswered, still
   * inside 48 hours. `buckets` hold answered ones by upper bound in hours (`null`: more than a week).
   */
  responseTimes: { within48h: number; over48h: number; waiting: number; buckets: Array<{ hours: number | null; count: number }> };
}
