// Per-journey metrics: contacts, channel switches, repeated stories, immediacy, resolution, sentiment, effort, coherence.
import { isScored, sentimentLabelOf } from '../mention.ts';
import { IMMEDIACY_HOURS } from '../priority/index.ts';
import { isBadExperience } from './customer-risk.ts';
import type { Journey } from './stitch-journeys.ts';
import { LIVE_CHANNELS, timeOf, type Channel, type Touchpoint } from './touchpoint.ts';

/** A week: time to resolution counts fully towards effort from here on. */
const EFFORT_FULL_TIME_HOURS = 168;
const HOUR = 3_600_000;

/**
 * `met`/`missed`: first response within / after 48 h (or no response and 48 h already passed);
 * `waiting`: no response yet, 48 h not over; `not-applicable`: the customer never reached out.
 */
export type Immediacy = 'met' | 'missed' | 'waiting' | 'not-applicable';

export interface JourneyMetrics {
  touchpoints: number;
  /** Touchpoints the customer started (inbound, or direction not recorded). */
  customerContacts: number;
  /** Every channel used, by either side, in order of first use. */
  channels: Channel[];
  /** Times the customer moved to another channel between two consecutive contacts. */
  channelSwitches: number;
  /** Contacts on another channel after the problem was reported and before it was resolved: the story told again. */
  repeatedContacts: number;
  /** Times a resolved need came back (a later unresolved/pending outcome, or a negative contact). */
  reopened: number;
  /** From the first customer contact to the first response: an outbound touchpoint, or a live conversation. */
  firstResponse: { hours?: number; immediacy: Immediacy };
  /** Resolved when an outcome said so and no bad news came after; `hours` from the first touchpoint to it. */
  resolution: { resolved: boolean; hours?: number; openHours?: number };
  /** Scores (-1 … 1) of the first and last customer contacts that have a scored sentiment. */
  sentiment: { start?: number; end?: number; change?: number };
  /** 0 (effortless) … 100 (exhausting); formula in `effortScore`. */
  effort: number;
  /** 0 … 100 across channels; undefined when only one channel was used. Formula in `coherenceScore`. */
  coherence?: number;
  /** Touchpoints that count as bad experiences (see `isBadExperience`). */
  badExperiences: number;
}

const isContact = (tp: Touchpoint) => tp.direction !== 'outbound';
const hoursBetween = (from: number, to: number) => Math.round(((to - from) / HOUR) * 100) / 100;

export function journeyMetrics(journey: Journey, now: Date | string): JourneyMetrics {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const tps = journey.touchpoints;
  const contacts = tps.filter(isContact);
  const flow = walkJourney(tps);
  const firstResponse = firstResponseOf(tps, nowMs);
  const resolution = resolutionOf(tps, flow.resolvedBy, nowMs);
  const scored = contacts.filter((tp) => isScored(tp.sentiment));
  const scoreOf = (tp: Touchpoint | undefined) => (tp && isScored(tp.sentiment) ? tp.sentiment.score : undefined);
  const start = scoreOf(scored[0]);
  const end = scoreOf(scored[scored.length - 1]);
  const sentiment = { start, end, change: start !== undefined && end !== undefined ? Math.round((end - start) * 1000) / 1000 : undefined };
  const channels = [...new Set(tps.map((tp) => tp.channel))];
  const reported = tps.flatMap((tp) => (tp.effort === undefined ? [] : [tp.effort]));
  return {
    touchpoints: tps.length,
    customerContacts: contacts.length,
    channels,
    channelSwitches: flow.switches,
    repeatedContacts: flow.repeated,
    reopened: flow.reopened,
    firstResponse,
    resolution,
    sentiment,
    effort: effortScore({ customerContacts: contacts.length, repeatedContacts: flow.repeated, resolution, immediacy: firstResponse.immediacy, endSentiment: end, reported }),
    coherence: channels.length < 2 ? undefined : coherenceScore({ ...flow, channelSentiment: channelSentimentSpread(tps) }),
    badExperiences: tps.filter(isBadExperience).length,
  };
}

/**
 * One chronological pass over contacts and outcomes (a ticket solved days after it was opened resolves
 * at its `resolvedAt`). A problem is "open" from a negative contact, an unresolved/pending outcome or a
 * contact whose record is not resolved yet, until an outcome says resolved. Moving channel while a
 * problem is open means telling the story again; bad news after a resolution is a reopening.
 */
function walkJourney(tps: readonly Touchpoint[]): { switches: number; repeated: number; reopened: number; resolvedBy?: Touchpoint } {
  const events = tps
    .flatMap((tp) => {
      const touch = { time: timeOf(tp.at), tp, outcome: false };
      if (!tp.outcome) return [touch];
      return [touch, { time: tp.outcome === 'resolved' ? timeOf(tp.resolvedAt ?? tp.at) : touch.time, tp, outcome: true }];
    })
    .sort((a, b) => a.time - b.time);
  let switches = 0;
  let repeated = 0;
  let reopened = 0;
  let open = false;
  let resolvedBy: Touchpoint | undefined;
  let previous: Touchpoint | undefined;
  const badNews = () => {
    if (resolvedBy) reopened++;
    resolvedBy = undefined;
    open = true;
  };
  for (const { tp, outcome } of events) {
    if (outcome) {
      if (tp.outcome === 'resolved') [resolvedBy, open] = [tp, false];
      else badNews();
      continue;
    }
    if (!isContact(tp)) continue;
    if (previous && previous.channel !== tp.channel) {
      switches++;
      if (open) repeated++;
    }
    previous = tp;
    if (sentimentLabelOf(tp.sentiment) === 'negative') badNews();
    // A contact with a record of its outcome is a need stated; it stays open until that outcome resolves it.
    else if (tp.outcome) open = true;
  }
  return { switches, repeated, reopened, resolvedBy };
}

function firstResponseOf(tps: readonly Touchpoint[], nowMs: number): JourneyMetrics['firstResponse'] {
  const first = tps.find(isContact);
  if (!first) return { immediacy: 'not-applicable' };
  const from = timeOf(first.at);
  const response = tps.find((tp) => timeOf(tp.at) >= from && (!isContact(tp) || LIVE_CHANNELS.has(tp.channel)));
  if (!response) return { immediacy: nowMs - from > IMMEDIACY_HOURS * HOUR ? 'missed' : 'waiting' };
  const hours = hoursBetween(from, timeOf(response.at));
  return { hours, immediacy: hours <= IMMEDIACY_HOURS ? 'met' : 'missed' };
}

function resolutionOf(tps: readonly Touchpoint[], resolvedBy: Touchpoint | undefined, nowMs: number): JourneyMetrics['resolution'] {
  const start = timeOf(tps[0]!.at);
  if (resolvedBy) return { resolved: true, hours: hoursBetween(start, timeOf(resolvedBy.resolvedAt ?? resolvedBy.at)) };
  return { resolved: false, openHours: hoursBetween(start, nowMs) };
}

/** Max − min of the mean sentiment score per channel (0 … 2); 0 with fewer than two scored channels. */
function channelSentimentSpread(tps: readonly Touchpoint[]): number {
  const sums = new Map<Channel, { total: number; n: number }>();
  for (const tp of tps) {
    if (!isScored(tp.sentiment)) continue;
    const s = sums.get(tp.channel) ?? { total: 0, n: 0 };
    s.total += tp.sentiment.score;
    s.n++;
    sums.set(tp.channel, s);
  }
  const means = [...sums.values()].map((s) => s.total / s.n);
  return means.length < 2 ? 0 : Math.max(...means) - Math.min(...means);
}

/**
 * Effort, 0–100, higher is harder for the customer. Points: extra contacts 8 each (max 32); repeated
 * stories 10 each (max 20); time to resolution, or open so far, 16 × hours/168 (max 16); immediacy
 * missed 12; a negative ending 20 × −(end score) (max 20). When customers reported effort (0–1), the
 * result is the mean of this and 100 × their average report.
 */
export function effortScore(input: {
  customerContacts: number;
  repeatedContacts: number;
  resolution: JourneyMetrics['resolution'];
  immediacy: Immediacy;
  endSentiment?: number;
  reported?: readonly number[];
}): number {
  const elapsed = input.resolution.resolved ? (input.resolution.hours ?? 0) : (input.resolution.openHours ?? 0);
  const derived =
    Math.min(32, 8 * Math.max(0, input.customerContacts - 1)) +
    Math.min(20, 10 * input.repeatedContacts) +
    16 * Math.min(1, Math.max(0, elapsed) / EFFORT_FULL_TIME_HOURS) +
    (input.immediacy === 'missed' ? 12 : 0) +
    20 * Math.max(0, -(input.endSentiment ?? 0));
  const reported = input.reported ?? [];
  const blended = reported.length ? (derived + (100 * reported.reduce((a, b) => a + b, 0)) / reported.length) / 2 : derived;
  return Math.round(Math.min(100, Math.max(0, blended)));
}

/**
 * Coherence across channels, 0–100, higher is more seamless:
 * 100 − 40 × (repeated stories / channel switches) − 30 × (reopened at least once) − 15 × sentiment
 * spread between channels (0–2). A handoff where the customer had to start over, a "resolved" that did
 * not hold, and one channel leaving them far happier than another are the incoherences it measures.
 */
export function coherenceScore(input: { switches: number; repeated: number; reopened: number; channelSentiment: number }): number {
  const retold = input.switches > 0 ? input.repeated / input.switches : 0;
  const score = 100 - 40 * retold - 30 * Math.min(1, input.reopened) - 15 * input.channelSentiment;
  return Math.round(Math.min(100, Math.max(0, score)));
}
