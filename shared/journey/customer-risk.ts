// Churn risk: about three bad experiences and a customer leaves; their public complaint is then a less-than-zero moment.
import { sentimentLabelOf, type Mention } from '../mention.ts';
import { priorityOf } from '../priority/index.ts';
import type { Touchpoint } from './touchpoint.ts';

/** Bad experiences within the window that flag churn risk. */
export const CHURN_BAD_EXPERIENCES = 3;
/** Customer-reported effort (0–1) from which an interaction counts as a bad experience. */
const HIGH_EFFORT = 0.7;
const DAY = 86_400_000;

/**
 * A touchpoint is a bad experience when the customer started it (not outbound) and it ended unresolved,
 * or its sentiment is negative, or the customer reported high effort (≥ 0.7).
 */
export function isBadExperience(tp: Touchpoint): boolean {
  if (tp.direction === 'outbound') return false;
  return tp.outcome === 'unresolved' || sentimentLabelOf(tp.sentiment) === 'negative' || (tp.effort ?? 0) >= HIGH_EFFORT;
}

export interface CustomerRiskOptions {
  /** The window's end (usually now). */
  now: Date | string;
  /** Only experiences in the last N days count. @default 90 */
  windowDays?: number;
}

export interface CustomerRisk {
  badExperiences: number;
  /** `badExperiences >= 3`. */
  churnRisk: boolean;
  windowDays: number;
  /** What was counted, so a person can see why. */
  evidence: { touchpointIds: string[]; mentionIds: string[] };
}

/**
 * Bad experiences of one customer in the window: bad touchpoints, plus negative public mentions that no
 * counted touchpoint already stands for (a mention imported as a touchpoint is counted once).
 */
export function customerRisk(
  input: { touchpoints: readonly Touchpoint[]; mentions?: readonly Mention[] },
  opts: CustomerRiskOptions,
): CustomerRisk {
  const windowDays = opts.windowDays ?? 90;
  const end = typeof opts.now === 'string' ? Date.parse(opts.now) : opts.now.getTime();
  const inWindow = (iso: string) => {
    const t = Date.parse(iso);
    return t <= end && t > end - windowDays * DAY;
  };
  const touchpointIds: string[] = [];
  const seenMentions = new Set<string>();
  for (const tp of input.touchpoints) {
    if (tp.mentionId) seenMentions.add(tp.mentionId);
    if (inWindow(tp.at) && isBadExperience(tp)) touchpointIds.push(tp.id);
  }
  const mentionIds = (input.mentions ?? [])
    .filter((m) => !seenMentions.has(m.id) && sentimentLabelOf(m.sentiment) === 'negative' && inWindow(m.publishedAt ?? m.collectedAt))
    .map((m) => m.id);
  const badExperiences = touchpointIds.length + mentionIds.length;
  return { badExperiences, churnRisk: badExperiences >= CHURN_BAD_EXPERIENCES, windowDays, evidence: { touchpointIds, mentionIds } };
}

/** True when a mention is a public negative post by a customer at churn risk. */
export function isChurnComplaint(mention: Mention, risk: Pick<CustomerRisk, 'churnRisk'>): boolean {
  return risk.churnRisk && sentimentLabelOf(mention.sentiment) === 'negative';
}

/**
 * The pipeline's rule: a public negative mention from a churn-risk customer is a less-than-zero moment
 * of truth (LZMOT) and goes to the top band of triage (`priorityOf` with churn risk and LZMOT: 80–100,
 * newer and wider-reaching complaints first; never lower than it already was). Any other mention is
 * returned unchanged (same object).
 */
export function applyChurnRule(mention: Mention, risk: Pick<CustomerRisk, 'churnRisk'>, now: string): Mention {
  if (!isChurnComplaint(mention, risk)) return mention;
  const { priority } = priorityOf({
    sentiment: mention.sentiment,
    now,
    churnRisk: true,
    moment: 'LZMOT',
    knownCustomer: mention.customerId !== undefined,
    ...(mention.publishedAt ? { publishedAt: mention.publishedAt } : {}),
    ...(mention.reach !== undefined ? { reach: mention.reach } : {}),
    ...(mention.rating !== undefined ? { rating: mention.rating } : {}),
  });
  return { ...mention, moment: 'LZMOT', priority: Math.max(mention.priority, priority) };
}
