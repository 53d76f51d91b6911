// The ZMOT dashboard's figures (GET /api/stats/sentiment) from grouped counts: the collector gets the counts
// from SQL aggregates, the extension tallies the mentions it holds (sentiment-tally.ts); both assemble the
// answer here, so buckets, labels, shares and rankings cannot drift apart.
import type { SentimentCounts, SentimentStats } from '../api/stats.ts';
import type { Sentiment, SentimentLabel } from '../mention.ts';
import { rankTerms, type PhraseCounts } from './rank-phrases.ts';
import { summarizeResponseTimes, type ResponseTally } from './response-times.ts';
import { bucketStart, bucketStarts, type TimeBucket } from './time-buckets.ts';

/** What breaks the mentions down. */
export const BREAKDOWNS = ['platform', 'moment', 'stage', 'brand'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const SENTIMENT_KEYS = ['negative', 'neutral', 'positive', 'unscored'] as const;
/** A sentiment label, or `unscored` for text that could not be scored (counted apart, never as neutral). */
export type SentimentKey = (typeof SENTIMENT_KEYS)[number];

export const sentimentKeyOf = (sentiment: Sentiment): SentimentKey => ('label' in sentiment ? sentiment.label : 'unscored');
const isSentimentKey = (key: string): key is SentimentKey => (SENTIMENT_KEYS as readonly string[]).includes(key);

export const emptyCounts = (): SentimentCounts => ({ negative: 0, neutral: 0, positive: 0, unscored: 0 });

/** The breakdown key of mentions without a moment or stage. */
export const NO_GROUP = 'none';

/** negative / scored mentions (unscored left out), three decimals; null without any scored mention. */
export function negativeShare(counts: SentimentCounts): number | null {
  const scored = counts.negative + counts.neutral + counts.positive;
  return scored ? Math.round((counts.negative / scored) * 1000) / 1000 : null;
}

/**
 * Net sentiment: (positive − negative) / scored mentions, −1 … 1, three decimals; null without a scored mention.
 * Unscored mentions are left out (never counted as neutral) and neutral ones dilute it. The one definition
 * behind every net the product shows: the dashboard's key drivers and share of voice, the reports, the digest.
 */
export function netSentiment(counts: SentimentCounts | Record<SentimentLabel, number>): number | null {
  const scored = counts.negative + counts.neutral + counts.positive;
  if (!scored) return null;
  const net = Math.round(((counts.positive - counts.negative) / scored) * 1000) / 1000;
  return net === 0 ? 0 : net; // no -0 in JSON answers
}

/** What the statistics are asked for, resolved: both ends given, `now` for the 48-hour rule. */
export interface SentimentStatsQuery {
  /** ISO instant, inclusive: mentions published (else collected) at or after it. */
  from: string;
  /** ISO instant, exclusive. */
  to: string;
  bucket: TimeBucket;
  by: Breakdown;
  platform?: string;
  brand?: string;
  /** As the mentions filter: false leaves out the mentions about competitors only (our brands), true keeps only them. */
  competitor?: boolean;
  /** The moment unanswered mentions are judged at (48-hour rule). */
  now: string;
  /** @default 20 */
  topTerms?: number;
}

/** Mentions of the query's scope counted in groups (a SQL GROUP BY's rows, or a tally in memory). */
export interface SentimentTally {
  /** Per instant (any instant inside the bucket: a SQL prefix of it will do) and sentiment label. */
  series: Iterable<{ at: string; label: string; count: number }>;
  /** Per breakdown group (`null`: the mention has none) and sentiment label. */
  breakdown: Iterable<{ group: string | null; label: string; count: number }>;
  /** Phrases of the scope's mentions: how many negative and other mentions hold each (at least every top candidate). */
  terms: Iterable<PhraseCounts>;
  /** Negative mentions by response state. */
  responses: Iterable<ResponseTally>;
}

/** The answer of GET /api/stats/sentiment. */
export function assembleSentimentStats(q: SentimentStatsQuery, tally: SentimentTally): SentimentStats {
  const series = new Map(bucketStarts(q.from, q.to, q.bucket).map((start) => [start, emptyCounts()]));
  const totals = emptyCounts();
  for (const row of tally.series) {
    if (!isSentimentKey(row.label)) continue;
    const counts = series.get(bucketStart(row.at, q.bucket));
    if (counts) counts[row.label] += row.count;
    totals[row.label] += row.count;
  }
  const breakdown: Record<string, SentimentCounts> = {};
  for (const row of tally.breakdown) if (isSentimentKey(row.label)) (breakdown[row.group ?? NO_GROUP] ??= emptyCounts())[row.label] += row.count;
  return {
    from: q.from,
    to: q.to,
    bucket: q.bucket,
    by: q.by,
    series: [...series].map(([start, counts]) => ({ start, ...counts })),
    breakdown,
    negativeShare: negativeShare(totals),
    topNegativeTerms: rankTerms(tally.terms, { negative: totals.negative, other: totals.neutral + totals.positive + totals.unscored }, q.topTerms),
    responseTimes: summarizeResponseTimes(tally.responses),
  };
}
