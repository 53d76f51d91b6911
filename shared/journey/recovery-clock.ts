// The recovery clock: a known customer's negative public mention about a brand starts 48 hours in which to
// win them back. It stops as *recovered* when their next public mention about that brand is neutral or
// positive, or as *lost* when they post negatively again, say they are leaving, or the 48 hours run out.
// Pure: the collector derives clocks from stored mentions, the extension from synced ones, alike.
import { sentimentLabelOf, type Mention, type MentionRecovery, type SentimentLabel } from '../mention.ts';
import type { MomentOfTruth } from '../moment-of-truth.ts';
import { brandTermsOf } from '../priority/triage-mention.ts';
import { urgencyOf } from '../urgency/urgency.ts';

/** How long a customer's negative mention leaves to win them back. */
export const RECOVERY_WINDOW_HOURS = 48;
/** Brand key of mentions that matched no brand (an unfiltered source). */
export const ANY_BRAND = '*';

export const RECOVERY_STATES = ['running', 'recovered', 'lost'] as const;
export type RecoveryState = (typeof RECOVERY_STATES)[number];
/** Why a clock stopped as lost: a second negative mention, words of leaving, or no better mention in time. */
export const LOST_REASONS = ['negative-again', 'left', 'expired'] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/** What the clock reads of one public mention. */
export interface RecoveryMention {
  id: string;
  customerId: string;
  /** Publication time, else the time Vigía first saw it (ISO). */
  at: string;
  /** The sentiment label; undefined when the text could not be scored (such a mention decides nothing). */
  label?: SentimentLabel;
  /** Brands it is about; [ANY_BRAND] when it matched none. */
  brands: string[];
  /** The customer says they are leaving or left (LZMOT, or a churn cue such as "me doy de baja"). */
  left: boolean;
}

export interface RecoveryClock {
  customerId: string;
  brand: string;
  /** The negative mention that started it. */
  mentionId: string;
  startedAt: string;
  /** startedAt + 48 h. */
  deadline: string;
  state: RecoveryState;
  /** When it stopped: the deciding mention's time, or the deadline when it ran out. */
  endedAt?: string;
  /** The mention that stopped it (absent when it ran out). */
  endMentionId?: string;
  /** Set when lost. */
  lostReason?: LostReason;
  /** Hours from start to the mention that recovered the customer. */
  hoursToRecover?: number;
}

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whether a mention's words say the customer leaves: LZMOT, or the urgency rules' churn cue (a switch *to* the brand is none). */
export function saysLeft(m: Pick<Mention, 'text' | 'title' | 'sentiment' | 'rating' | 'kind' | 'platform' | 'matches'> & { moment?: MomentOfTruth }): boolean {
  if (m.moment === 'LZMOT') return true;
  const decision = urgencyOf({ text: m.text, title: m.title, sentiment: sentimentLabelOf(m.sentiment), rating: m.rating, kind: m.kind, platform: m.platform, brand: brandTermsOf(m.matches) });
  return decision.reason === 'churn' || decision.problems.includes('churn');
}

/** The clock's reading of a linked mention; undefined for a mention no known customer wrote. */
export function recoveryMentionOf(m: Mention): RecoveryMention | undefined {
  if (!m.customerId) return undefined;
  const brands = [...new Set(m.matches.map((b) => b.brand))];
  const label = sentimentLabelOf(m.sentiment);
  return {
    id: m.id,
    customerId: m.customerId,
    at: iso(Date.parse(m.publishedAt ?? m.collectedAt)),
    ...(label ? { label } : {}),
    brands: brands.length ? brands : [ANY_BRAND],
    left: saysLeft(m),
  };
}

const byTime = (a: RecoveryMention, b: RecoveryMention) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** The clocks of one customer's mentions about one brand, in time order. */
function clocksOfThread(customerId: string, brand: string, mentions: readonly RecoveryMention[], nowMs: number): RecoveryClock[] {
  const clocks: RecoveryClock[] = [];
  let running: RecoveryClock | undefined;
  const stop = (clock: RecoveryClock, fields: Partial<RecoveryClock>) => Object.assign(clock, fields);
  for (const m of mentions) {
    const at = Date.parse(m.at);
    if (running && at > Date.parse(running.deadline)) {
      stop(running, { state: 'lost', lostReason: 'expired', endedAt: running.deadline });
      running = undefined;
    }
    if (running) {
      // An unscored mention says nothing either way, unless it says they left.
      if (!m.left && m.label === undefined) continue;
      if (m.left) stop(running, { state: 'lost', lostReason: 'left', endedAt: m.at, endMentionId: m.id });
      else if (m.label === 'negative') stop(running, { state: 'lost', lostReason: 'negative-again', endedAt: m.at, endMentionId: m.id });
      else stop(running, { state: 'recovered', endedAt: m.at, endMentionId: m.id, hoursToRecover: round2((at - Date.parse(running.startedAt)) / HOUR) });
      // The mention that stopped a clock starts none: a second complaint inside the window is the same loss.
      running = undefined;
      continue;
    }
    if (m.label !== 'negative') continue;
    running = { customerId, brand, mentionId: m.id, startedAt: m.at, deadline: iso(at + RECOVERY_WINDOW_HOURS * HOUR), state: 'running' };
    clocks.push(running);
  }
  if (running && nowMs >= Date.parse(running.deadline)) stop(running, { state: 'lost', lostReason: 'expired', endedAt: running.deadline });
  return clocks;
}

/**
 * Every recovery clock the mentions make, per customer and brand, oldest first. A negative mention starts a
 * clock when none is running for that customer and brand; the next scored mention (or one saying they left)
 * stops it. A running clock whose deadline is at or before `now` is lost.
 */
export function recoveryClocks(mentions: readonly RecoveryMention[], now: string | number): RecoveryClock[] {
  const nowMs = typeof now === 'number' ? now : Date.parse(now);
  const threads = new Map<string, { customerId: string; brand: string; mentions: RecoveryMention[] }>();
  for (const m of mentions) {
    for (const brand of m.brands) {
      const key = `${m.customerId}\n${brand}`;
      const thread = threads.get(key) ?? { customerId: m.customerId, brand, mentions: [] };
      thread.mentions.push(m);
      threads.set(key, thread);
    }
  }
  const clocks = [...threads.values()].flatMap((t) => clocksOfThread(t.customerId, t.brand, [...t.mentions].sort(byTime), nowMs));
  return clocks.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.brand.localeCompare(b.brand));
}

/** Hours left on a running clock at `now` (0 once it is due); undefined for a stopped clock. */
export function hoursLeft(clock: Pick<RecoveryClock, 'state' | 'deadline'>, now: string | number): number | undefined {
  if (clock.state !== 'running') return undefined;
  const nowMs = typeof now === 'number' ? now : Date.parse(now);
  return Math.max(0, round2((Date.parse(clock.deadline) - nowMs) / HOUR));
}

/** The clock to show for a customer: the running one due soonest, else the most recently started. */
export function currentClock(clocks: readonly RecoveryClock[]): RecoveryClock | undefined {
  const running = clocks.filter((c) => c.state === 'running').sort((a, b) => a.deadline.localeCompare(b.deadline));
  return running[0] ?? [...clocks].sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

/** A clock as its starting mention carries it (Mention.recovery): the same fields without who and which mention. */
export function toMentionRecovery(clock: RecoveryClock): MentionRecovery {
  const { customerId: _c, mentionId: _m, ...rest } = clock;
  return rest;
}
