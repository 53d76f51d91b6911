// The dashboard's figures computed from the mentions synced into this browser, for when the collector
// cannot answer (offline, or an older collector): the same shared/stats functions the collector's answer
// is assembled with, so the two agree on the same mentions.
import type { Mention } from '../../../shared/mention.ts';
import { sentimentLabelOf } from '../../../shared/mention.ts';
import { mentionTerms } from '../../../shared/stats/mention-terms.ts';
import { rankTerms, type PhraseCounts } from '../../../shared/stats/rank-phrases.ts';
import { sentimentStatsOf } from '../../../shared/stats/sentiment-tally.ts';
import type { SentimentStats, StatsQuery } from '../../sync/sentiment-stats.ts';

/** The phrases negative mentions share more than the others do (stopwords and their brand names left out), best first. */
export function topTermsOf(mentions: readonly Mention[], limit?: number): { term: string; count: number }[] {
  const counts = new Map<string, PhraseCounts>();
  const totals = { negative: 0, other: 0 };
  for (const mention of mentions) {
    const side = sentimentLabelOf(mention.sentiment) === 'negative' ? 'negative' : 'other';
    totals[side] += 1;
    for (const term of mentionTerms(mention)) {
      const c = counts.get(term) ?? { term, negative: 0, other: 0 };
      c[side] += 1;
      counts.set(term, c);
    }
  }
  return rankTerms(counts.values(), totals, limit);
}

/**
 * The statistics of the mentions in the query's range and filters at `now` (ms). Response time is
 * publication to the last triage change, which for a mention triaged once is its first response (the
 * browser keeps no history).
 */
export const computeLocalStats = (all: readonly Mention[], query: StatsQuery, now: number): SentimentStats =>
  sentimentStatsOf(all, { ...query, now: new Date(now).toISOString() });
