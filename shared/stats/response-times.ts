// How fast negative mentions were answered, against the 48-hour rule: when a mention counts as answered,
// waiting or over its time, which histogram bar an answer falls in, and the totals of the dashboard.
import { IMMEDIACY_HOURS } from '../priority/index.ts';
import type { ResponseTimes } from '../api/stats.ts';

/** Upper bounds (hours) of the response-time histogram; a last bar (`hours: null`) holds the rest. 48 is one. */
export const RESPONSE_BUCKETS = [1, 4, 8, 24, 48, 72, 168] as const;

/** Where a negative mention stands: answered (in which bar), unanswered past its 48 hours, or still waiting. */
export type ResponseState = { state: 'waiting' | 'over' } | { state: 'answered'; hours: number | null };
/** One group of negative mentions in the same state (and, answered, the same bar). */
export type ResponseTally = ResponseState & { count: number };

/** Unanswered mentions published before this instant have missed their 48 hours at `now`. */
export const responseCutoff = (now: string): string => new Date(Date.parse(now) - IMMEDIACY_HOURS * 3_600_000).toISOString();

/** Whole seconds from publication to the first response (rounded, so engines' float arithmetic agrees). */
export const responseSeconds = (publishedAt: string, firstResponseAt: string): number => Math.round((Date.parse(firstResponseAt) - Date.parse(publishedAt)) / 1000);

/** The histogram bar of an answer after `seconds`: the first bound it does not exceed, else null. */
export const responseBucketOf = (seconds: number): number | null => RESPONSE_BUCKETS.find((hours) => seconds <= hours * 3600) ?? null;

/** The state of one negative mention (`sortAt`: publication, else collection) at `now`. */
export function responseStateOf(sortAt: string, firstResponseAt: string | undefined, now: string): ResponseState {
  if (firstResponseAt !== undefined) return { state: 'answered', hours: responseBucketOf(responseSeconds(sortAt, firstResponseAt)) };
  return { state: sortAt < responseCutoff(now) ? 'over' : 'waiting' };
}

/** The dashboard's figures from grouped counts. */
export function summarizeResponseTimes(tallies: Iterable<ResponseTally>): ResponseTimes {
  const out: ResponseTimes = { within48h: 0, over48h: 0, waiting: 0, buckets: [...RESPONSE_BUCKETS, null].map((hours) => ({ hours, count: 0 })) };
  for (const tally of tallies) {
    if (tally.state === 'answered') {
      const bar = out.buckets.find((b) => b.hours === tally.hours);
      if (!bar) continue;
      bar.count += tally.count;
      if (tally.hours !== null && tally.hours <= IMMEDIACY_HOURS) out.within48h += tally.count;
      else out.over48h += tally.count;
    } else if (tally.state === 'waiting') out.waiting += tally.count;
    else out.over48h += tally.count;
  }
  return out;
}
