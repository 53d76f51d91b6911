// The 48 h immediacy rule for one mention: how long is left to answer it, how late it is, or how fast it
// was answered — around the clock, or in business hours when the collector's config sets them.
import { IMMEDIACY_HOURS } from '../../../shared/priority/index.ts';
import type { TriageStatus, Urgency } from '../../../shared/mention.ts';
import { businessTimeBetween } from '../../../shared/time/business-time.ts';
import type { ResponseClock } from './triage-clock.ts';

const HOUR_MS = 3_600_000;

/** Where a mention stands against the response limit; `business`: counted in business hours. */
export type ResponseWindow =
  | { state: 'open'; hoursLeft: number; leftMs: number; business: boolean }
  | { state: 'overdue'; hoursOver: number; overMs: number; business: boolean }
  | { state: 'answered'; tookMs?: number; business: boolean }
  | { state: 'unknown' }
  /** Nothing to answer (urgency `none`: news, praise, job ads): no clock runs, nothing is "late". */
  | { state: 'none' };

/** Statuses that mean someone already acted (answered, closed, or decided not to). */
const SETTLED: readonly TriageStatus[] = ['responded', 'resolved', 'ignored'];

const AROUND_THE_CLOCK: ResponseClock = { responseHours: IMMEDIACY_HOURS };

/** Elapsed time on the clock between two instants: business time when set, else wall time. */
export function clockTimeBetween(from: number, to: number, clock: ResponseClock): number {
  if (!(to > from)) return 0;
  return clock.businessHours ? businessTimeBetween(from, to, clock.businessHours) : to - from;
}

/**
 * The window at `now` (epoch ms): `answered` once triaged past "assigned" (with how long the first response
 * took, when known); `unknown` without a publication date (the collection date would flatter the team);
 * `none` for a mention nobody has to answer (urgency `none`) — a news headline is never "93 h over the limit";
 * else the time left (hours rounded down) or over (hours rounded up).
 */
export function responseWindowOf(
  publishedAt: string | undefined,
  status: TriageStatus,
  now: number,
  clock: ResponseClock = AROUND_THE_CLOCK,
  firstResponseAt?: string,
  urgency?: Urgency,
): ResponseWindow {
  const business = clock.businessHours !== undefined;
  const at = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (SETTLED.includes(status)) {
    const answeredAt = firstResponseAt ? Date.parse(firstResponseAt) : Number.NaN;
    if (Number.isNaN(at) || Number.isNaN(answeredAt)) return { state: 'answered', business };
    return { state: 'answered', tookMs: clockTimeBetween(at, answeredAt, clock), business };
  }
  if (urgency === 'none') return { state: 'none' };
  if (Number.isNaN(at)) return { state: 'unknown' };
  const limitMs = clock.responseHours * HOUR_MS;
  const elapsed = clockTimeBetween(at, now, clock);
  if (elapsed < limitMs) return { state: 'open', hoursLeft: Math.floor((limitMs - elapsed) / HOUR_MS), leftMs: limitMs - elapsed, business };
  return { state: 'overdue', hoursOver: Math.ceil((elapsed - limitMs) / HOUR_MS), overMs: elapsed - limitMs, business };
}

/**
 * Order of "time left": open windows first, least time left first (the ones still to be saved), then the
 * overdue, least late first; then answered, then undated, then what needs no answer. Lower sorts first.
 */
export function timeLeftRank(window: ResponseWindow): [number, number] {
  switch (window.state) {
    case 'open':
      return [0, window.leftMs];
    case 'overdue':
      return [1, window.overMs];
    case 'answered':
      return [2, 0];
    case 'unknown':
      return [3, 0];
    case 'none':
      return [4, 0];
  }
}
