// What the background answers the overlay about the customer on a page: the journey as the panel shows
// it (a projection of the collector's CustomerJourneyView), or candidates when nobody is known for sure.
import type { Customer } from '../../../shared/customer/customer.ts';
import type { AuthorCandidate, CustomerJourneyView, JourneyView, TimelineEntry } from '../../../shared/customer/customer-journey-view.ts';
import type { CustomerRisk } from '../../../shared/journey/customer-risk.ts';
import type { MentionSummary } from '../../mention-summary.ts';
import type { MentionTicket } from '../../../shared/mention.ts';
import { recoveryClocks, recoveryMentionOf, type RecoveryClock, type RecoveryMention } from '../../../shared/journey/recovery-clock.ts';

/** Most timeline entries sent to the page. @default 50 */
export const TIMELINE_LIMIT = 50;

/** The journey panel's data. */
export interface OverlayJourney {
  customer: Customer;
  risk: Pick<CustomerRisk, 'badExperiences' | 'churnRisk' | 'windowDays'>;
  /** The journey the panel opens on (the collector's current one, else the newest). */
  journey?: JourneyView;
  journeyCount: number;
  /** Moments newest first, at most TIMELINE_LIMIT. */
  timeline: TimelineEntry[];
  /** Sentiment scores (−1 … 1) in time order: the current journey's, or the whole timeline's when it has fewer than two. */
  sparkline: number[];
  /** When the collector answered (ISO 8601). */
  fetchedAt: string;
  /** Recovery clocks, newest first: the collector's, else those the customer's synced mentions make. */
  recovery: RecoveryClock[];
  /** Tickets opened from the customer's mentions, by mention id. */
  tickets: Record<string, MentionTicket>;
}

/** The collector's clocks; an older collector gives none, so they are read from the mentions as it would. */
function clocksOf(view: CustomerJourneyView, fetchedAt: string): RecoveryClock[] {
  if (view.recovery) return view.recovery;
  const readings = view.mentions.flatMap((m): RecoveryMention[] => {
    const reading = recoveryMentionOf({ ...m, customerId: view.customer.id });
    return reading ? [reading] : [];
  });
  return recoveryClocks(readings, fetchedAt).reverse();
}

/** The background's answer to `customer:journey` and `customer:link`. */
export type CustomerJourneyAnswer =
  /** No collector set: only the mentions already synced, by the page's handles. */
  | { kind: 'not-configured'; mentions: MentionSummary[] }
  /**
   * `candidates`: public authors who might also be them (same display name), to link; `stale`: from the
   * cache, a fresher copy is on its way; `offline`: the collector could not be asked.
   */
  | { kind: 'known'; journey: OverlayJourney; candidates: AuthorCandidate[]; stale: boolean; offline?: string }
  /** Nobody known for sure: public authors who might be them, and the synced mentions by the page's handles. */
  | { kind: 'unknown'; candidates: AuthorCandidate[]; mentions: MentionSummary[]; canLink: boolean; offline?: string };

const scoresOf = (entries: readonly TimelineEntry[]): number[] =>
  entries
    .flatMap((e) => (e.sentiment && 'score' in e.sentiment ? [{ at: e.at, score: e.sentiment.score }] : []))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => e.score);

export function toOverlayJourney(view: CustomerJourneyView, fetchedAt: string): OverlayJourney {
  const journey = view.journeys.find((j) => j.id === view.currentJourneyId) ?? view.journeys[0];
  const inJourney = journey ? scoresOf(view.timeline.filter((e) => e.journeyId === journey.id)) : [];
  const result: OverlayJourney = {
    customer: view.customer,
    risk: { badExperiences: view.risk.badExperiences, churnRisk: view.risk.churnRisk, windowDays: view.risk.windowDays },
    journeyCount: view.journeys.length,
    timeline: view.timeline.slice(0, TIMELINE_LIMIT),
    sparkline: inJourney.length >= 2 ? inJourney : scoresOf(view.timeline).slice(-TIMELINE_LIMIT),
    fetchedAt,
    recovery: clocksOf(view, fetchedAt),
    tickets: Object.fromEntries(view.mentions.flatMap((m) => (m.ticket ? [[m.id, m.ticket] as const] : []))),
  };
  if (journey) result.journey = journey;
  return result;
}
