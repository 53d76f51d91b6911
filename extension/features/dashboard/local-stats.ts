// The dashboard's figures computed from the mentions synced into this browser, for when the collector
// cannot answer (offline, or an older collector): the same shared/stats functions the collector's answer
// is assembled with, so the two agree on the same mentions.
import type { Mention } from '../../../shared/mention.ts';
import { mentionTerms, rankTerms } from '../../../shared/stats/mention-terms.ts';
import { sentimentStatsOf } from '../../../shared/stats/sentiment-tally.ts';
import type { SentimentStats, StatsQuery } from '../../sync/sentiment-stats.ts';

/** Content words the mentions share, most frequent first (stopwords and their brand names left out). */
export function topTermsOf(mentions: readonly Mention[], limit?: number): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) for (const term of mentionTerms(mention)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return rankTerms([...counts].map(([term, count]) => ({ term, count })), limit);
}

/**
 * The statistics of the mentions in the query's range and filters at `now` (ms). Response time is
 * publication to the last triage change, which for a mention triaged once is its first response (the
 * browser keeps no history).
 */
export const computeLocalStats = (all: readonly Mention[], query: StatsQuery, now: number): SentimentStats =>
  sentimentStatsOf(all, { ...query, now: new Date(now).toISOString() });
