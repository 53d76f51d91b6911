// What GET /api/customers/lookup and GET /api/customers/:id/journey answer: one customer's identity,
// churn risk, journeys with their metrics and the timeline of moments — everything the CRM overlay shows.
import type { Mention, Sentiment } from '../mention.ts';
import type { JourneyStage, MomentOfTruth } from '../moment-of-truth.ts';
import type { CustomerRisk } from '../journey/customer-risk.ts';
import type { JourneyMetrics } from '../journey/journey-metrics.ts';
import type { Channel, Direction, Outcome } from '../journey/touchpoint.ts';
import type { Customer } from './customer.ts';

/** One journey ("folder" of moments) with its metrics, without repeating the touchpoints. */
export interface JourneyView {
  id: string;
  /** The need it is about (see shared/journey JOURNEY_TYPES). */
  type: string;
  keywords: string[];
  startedAt: string;
  endedAt: string;
  /** Timeline entries (touchpoints and mentions) in this journey, chronological. */
  momentIds: string[];
  metrics: JourneyMetrics;
}

/** One moment on the customer's timeline: a CRM touchpoint or a public mention. */
export interface TimelineEntry {
  kind: 'touchpoint' | 'mention';
  /** Touchpoint id, or mention id. */
  id: string;
  at: string;
  journeyId?: string;
  /** Touchpoints: the channel; mentions: "social" or "review". */
  channel: Channel;
  direction?: Direction;
  /** Mentions: the platform (reddit, trustpilot…). */
  platform?: string;
  /** Touchpoint summary, or the mention's title/opening text (plain text). */
  summary?: string;
  url?: string;
  sentiment?: Sentiment;
  moment?: MomentOfTruth;
  stage?: JourneyStage;
  outcome?: Outcome;
}

export interface CustomerJourneyView {
  customer: Customer;
  risk: CustomerRisk;
  /** Newest first. */
  journeys: JourneyView[];
  /** The journey the overlay opens on: the newest one. */
  currentJourneyId?: string;
  /** Every moment, newest first. */
  timeline: TimelineEntry[];
  /** The customer's public mentions, newest first. */
  mentions: Mention[];
}

/** A public author who might be this customer, shown when the lookup finds nobody for sure. */
export interface AuthorCandidate {
  platform: string;
  handle: string;
  name?: string;
  url?: string;
  mentionCount: number;
  lastMentionAt?: string;
  /** Why it is suggested, e.g. "same display name" or "handle seen on the page". */
  reason: string;
}

export interface CustomerLookupResult {
  customer: Customer | null;
  candidates: AuthorCandidate[];
}
