// Triage priority of a mention (0–100) from negativity, rating, recency, reach, the customer and the moment.
import { isScored, type Sentiment } from '../mention.ts';
import type { MomentOfTruth } from '../moment-of-truth.ts';

/** Hours within which a public complaint should get its first response (response immediacy). */
export const IMMEDIACY_HOURS = 48;

/** What priority is computed from; everything but `sentiment` and `now` may be unknown. */
export interface PriorityInput {
  sentiment: Sentiment;
  /** Followers, score, upvotes, likes: whatever the platform gives. */
  reach?: number;
  /** ISO 8601; without it recency counts as middling, never as "now". */
  publishedAt?: string;
  /** ISO 8601: the moment the priority is computed for (the result depends on nothing else). */
  now: string;
  /** 0 (worst) … 1 (best). */
  rating?: number;
  /** The author is linked to a known customer. */
  knownCustomer?: boolean;
  /** The customer's journey has had three or more bad experiences. */
  churnRisk?: boolean;
  moment?: MomentOfTruth;
}

/** 0 … 100 (higher is more urgent), with the reasons, most decisive first. */
export interface Priority {
  priority: number;
  why: string[];
}

/** A priority asked for at an impossible moment. */
export class PriorityError extends Error {
  override name = 'PriorityError';
}

/** Points each signal can add to the base score; they sum to 100. */
const WEIGHTS = { negativity: 35, rating: 15, recency: 20, reach: 15, knownCustomer: 10, zmot: 5 } as const;
/** Churn risk and LZMOT mentions sit in 80–100, every other mention in 0–79. */
const TOP_BAND = 80;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const finite = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * How urgent a mention is by age. Rising from 0.6 when just published to 1 at the 48 h response
 * limit — the less time is left to answer within it, the sooner someone must — then halving every
 * further 48 h: past the limit the conversation has moved on and a fresh complaint matters more.
 */
export function recencyFactor(ageHours: number): number {
  const age = Math.max(0, ageHours);
  if (age <= IMMEDIACY_HOURS) return 0.6 + 0.4 * (age / IMMEDIACY_HOURS);
  return 0.5 ** ((age - IMMEDIACY_HOURS) / IMMEDIACY_HOURS);
}

function describeAge(ageHours: number): string {
  const age = Math.max(0, ageHours);
  if (age < 1) return 'published less than an hour ago';
  if (age <= IMMEDIACY_HOURS) return `published ${Math.floor(age)} h ago: ${Math.ceil(IMMEDIACY_HOURS - age)} h left to answer within ${IMMEDIACY_HOURS} h`;
  const days = Math.floor(age / 24);
  return `published ${days} d ago: past the ${IMMEDIACY_HOURS} h response window, urgency fading`;
}

/** Priority of one mention; pure and deterministic given `now`. Throws PriorityError when `now` is not a date. */
export function priorityOf(input: PriorityInput): Priority {
  const now = Date.parse(input.now);
  if (!Number.isFinite(now)) throw new PriorityError(`priority: "now" is not a date: ${String(input.now)}`);
  const why: Array<{ points: number; text: string }> = [];
  const top: string[] = [];

  const { sentiment } = input;
  const negativity = isScored(sentiment) && finite(sentiment.score)
    ? clamp01(-sentiment.score) * (0.6 + 0.4 * clamp01(finite(sentiment.confidence) ? sentiment.confidence : 0))
    : 0;
  if (negativity > 0 && isScored(sentiment)) {
    why.push({ points: WEIGHTS.negativity * negativity, text: `negative sentiment (${sentiment.score.toFixed(2)})` });
  } else if (!isScored(sentiment)) {
    why.push({ points: 0, text: `sentiment unscored: ${sentiment.unscored}` });
  }

  const rating = finite(input.rating) ? clamp01(input.rating) : undefined;
  const ratingBadness = rating === undefined ? 0 : 1 - rating;
  if (rating !== undefined && rating < 1) why.push({ points: WEIGHTS.rating * ratingBadness, text: `low rating (${(rating * 5).toFixed(1)} of 5)` });

  // How bad the mention is, from the text or the stars: it scales how much reach and age add.
  const badness = Math.max(negativity, ratingBadness);
  const amplify = 0.3 + 0.7 * badness;

  const published = input.publishedAt === undefined ? NaN : Date.parse(input.publishedAt);
  const ageHours = (now - published) / 3_600_000;
  const recency = Number.isFinite(ageHours) ? recencyFactor(ageHours) : 0.5;
  why.push({
    points: WEIGHTS.recency * recency * amplify,
    text: input.publishedAt === undefined ? 'publication date unknown'
      : Number.isFinite(ageHours) ? describeAge(ageHours) : `publication date unreadable: ${input.publishedAt}`,
  });

  const reach = finite(input.reach) && input.reach > 0 ? input.reach : 0;
  if (reach > 0) {
    const reachFactor = Math.min(1, Math.log10(1 + reach) / 6);
    why.push({ points: WEIGHTS.reach * reachFactor * amplify, text: `reach ${Math.round(reach).toLocaleString('en')} (log scale, 1 M is the most)` });
  }

  if (input.knownCustomer) why.push({ points: WEIGHTS.knownCustomer, text: 'known customer' });
  if (input.moment === 'ZMOT' && badness > 0) {
    why.push({ points: WEIGHTS.zmot * badness, text: 'ZMOT: prospects read it before buying' });
  }
  if (input.churnRisk) top.push('churn risk: three or more bad experiences on this journey');
  if (input.moment === 'LZMOT') top.push('LZMOT: a customer sharing bad experiences or leaving');

  const base = why.reduce((sum, w) => sum + w.points, 0);
  const priority = top.length ? TOP_BAND + Math.round(base * 0.2) : Math.round(base * ((TOP_BAND - 1) / 100));
  const reasons = why.filter((w) => w.points >= 0.5 || w.points === 0).sort((a, b) => b.points - a.points).map((w) => w.text);
  return { priority: Math.min(100, Math.max(0, priority)), why: [...top, ...reasons] };
}
