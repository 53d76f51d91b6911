// The 48 h immediacy rule for one mention: how long is left to answer it, or how late it is.
import { IMMEDIACY_HOURS } from '../../../shared/priority/index.ts';
import type { TriageStatus } from '../../../shared/mention.ts';

/** Where a mention stands against the response limit. */
export type ResponseWindow =
  | { state: 'open'; hoursLeft: number }
  | { state: 'overdue'; hoursOver: number }
  | { state: 'answered' }
  | { state: 'unknown' };

/** Statuses that mean someone already acted (answered, closed, or decided not to). */
const SETTLED: readonly TriageStatus[] = ['responded', 'resolved', 'ignored'];

/**
 * The window at `now` (epoch ms): `answered` once triaged past "assigned"; `unknown` without a publication date
 * (the collection date would flatter the team); else hours left (rounded down) or hours over (rounded up).
 */
export function responseWindowOf(publishedAt: string | undefined, status: TriageStatus, now: number): ResponseWindow {
  if (SETTLED.includes(status)) return { state: 'answered' };
  const at = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(at)) return { state: 'unknown' };
  const ageHours = Math.max(0, (now - at) / 3_600_000);
  if (ageHours < IMMEDIACY_HOURS) return { state: 'open', hoursLeft: Math.floor(IMMEDIACY_HOURS - ageHours) };
  return { state: 'overdue', hoursOver: Math.ceil(ageHours - IMMEDIACY_HOURS) };
}
