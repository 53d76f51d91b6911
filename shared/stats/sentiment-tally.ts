// The grouped counts of sentiment statistics computed from mentions in memory — what the collector's SQL
// aggregates give (collector/store/sentiment-stats-queries.ts) — for the extension's offline dashboard.
import type { SentimentStats } from '../api/stats.ts';
import { isAboutCompetitorsOnly, type Mention } from '../mention.ts';
import { mentionTerms } from './mention-terms.ts';
import type { PhraseCounts } from './rank-phrases.ts';
import { responseStateOf, type ResponseTally } from './response-times.ts';
import { assembleSentimentStats, sentimentKeyOf, type Breakdown, type SentimentStatsQuery, type SentimentTally } from './sentiment-stats.ts';

/** Where a mention sits in time: publication, else collection (the collector's `sort_at`). */
export const sortAtOf = (m: Pick<Mention, 'publishedAt' | 'collectedAt'>): string => m.publishedAt ?? m.collectedAt;

/**
 * When a mention was first answered: as the collector recorded it, else (a mention synced before it was
 * sent) when its triage last changed, which is the first answer for a mention triaged once.
 */
export const firstResponseAtOf = (m: Pick<Mention, 'triage' | 'firstResponseAt'>): string | undefined => m.firstResponseAt ?? (m.triage.status === 'new' ? undefined : m.triage.updatedAt);

/** The groups a mention counts in: its platform, moment, stage (null without one), or each brand it matched. */
export function groupsOf(m: Pick<Mention, 'platform' | 'moment' | 'stage' | 'matches'>, by: Breakdown): (string | null)[] {
  if (by === 'platform') return [m.platform];
  if (by === 'moment') return [m.moment ?? null];
  if (by === 'stage') return [m.stage ?? null];
  return [...new Set(m.matches.map((b) => b.brand))];
}

/** True when the mention is in the query's range and filters. */
export const inScope = (m: Mention, q: Pick<SentimentStatsQuery, 'from' | 'to' | 'platform' | 'brand' | 'competitor'>): boolean =>
  sortAtOf(m) >= q.from &&
  sortAtOf(m) < q.to &&
  (!q.platform || m.platform === q.platform) &&
  (!q.brand || m.matches.some((b) => b.brand === q.brand)) &&
  (q.competitor === undefined || isAboutCompetitorsOnly(m.matches) === q.competitor);

/** Counts the mentions of the query's scope as the SQL aggregates do. */
export function tallyMentions(all: readonly Mention[], q: SentimentStatsQuery): SentimentTally {
  const mentions = all.filter((m) => inScope(m, q));
  const terms = new Map<string, PhraseCounts>();
  const responses = new Map<string, ResponseTally>();
  for (const m of mentions) {
    const negative = sentimentKeyOf(m.sentiment) === 'negative';
    for (const term of mentionTerms(m)) {
      const counts = terms.get(term) ?? { term, negative: 0, other: 0 };
      counts[negative ? 'negative' : 'other'] += 1;
      terms.set(term, counts);
    }
    if (!negative) continue;
    const state = responseStateOf(sortAtOf(m), firstResponseAtOf(m), q.now);
    const key = state.state === 'answered' ? `answered:${state.hours}` : state.state;
    const tally = responses.get(key) ?? { ...state, count: 0 };
    tally.count += 1;
    responses.set(key, tally);
  }
  return {
    series: mentions.map((m) => ({ at: sortAtOf(m), label: sentimentKeyOf(m.sentiment), count: 1 })),
    breakdown: mentions.flatMap((m) => groupsOf(m, q.by).map((group) => ({ group, label: sentimentKeyOf(m.sentiment), count: 1 }))),
    terms: terms.values(),
    responses: responses.values(),
  };
}

/** The statistics of mentions held in memory, in the shape of GET /api/stats/sentiment. */
export const sentimentStatsOf = (mentions: readonly Mention[], q: SentimentStatsQuery): SentimentStats => assembleSentimentStats(q, tallyMentions(mentions, q));
