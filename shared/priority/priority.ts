// Triage priority of a mention (0–100): its urgency decides the band (now 80–100, soon 50–79, none 0–49),
// and within the band how pressing the problem is, how negative, its rating, its age against the 48 h
// response limit, its reach and the customer decide the place. Every point is explained (priorityWhy).
import { isScored, type PriorityFactor, type Sentiment, type Urgency } from '../mention.ts';
import type { MomentOfTruth } from '../moment-of-truth.ts';
import { urgencyWords } from '../urgency/reason-words.ts';
import type { UrgencyDecision } from '../urgency/urgency.ts';
import { ageWords, type Words } from './priority-words.ts';

/** Hours within which a public complaint should get its first response (response immediacy). */
export const IMMEDIACY_HOURS = 48;

/** Where each urgency sits on the 0–100 scale. */
export const URGENCY_BANDS: Record<Urgency, { min: number; max: number }> = {
  now: { min: 80, max: 100 },
  soon: { min: 50, max: 79 },
  none: { min: 0, max: 49 },
};

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
  /**
   * The mention's urgency (urgencyOf). Without it only sentiment and churn risk tell it: a negative post by a
   * customer at churn risk is `now`, any other negative one `soon`, the rest `none`.
   */
  urgency?: Pick<UrgencyDecision, 'urgency' | 'reason' | 'weight'> & { cue?: string };
}

/** 0 … 100 (higher is more urgent), its urgency, and the factors that add up to it, most decisive first. */
export interface Priority {
  priority: number;
  urgency: Urgency;
  why: PriorityFactor[];
}

/** A priority asked for at an impossible moment. */
export class PriorityError extends Error {
  override name = 'PriorityError';
}

/** Shares of a band's width each factor can fill; they sum to 1. */
const SHARES = { urgency: 0.3, negativity: 0.2, recency: 0.15, rating: 0.1, reach: 0.1, churn: 0.08, knownCustomer: 0.07 } as const;

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

function fallbackUrgency(input: PriorityInput): NonNullable<PriorityInput['urgency']> {
  const negative = isScored(input.sentiment) && input.sentiment.label === 'negative';
  if (negative && input.churnRisk) return { urgency: 'now', reason: 'churn-risk', weight: 0.5 };
  if (negative) return { urgency: 'soon', reason: 'complaint', weight: 0.5 };
  return { urgency: 'none', reason: isScored(input.sentiment) && input.sentiment.label === 'positive' ? 'praise' : 'nothing', weight: 0 };
}

/** Priority of one mention; pure and deterministic given `now`. Throws PriorityError when `now` is not a date. */
export function priorityOf(input: PriorityInput): Priority {
  const now = Date.parse(input.now);
  if (!Number.isFinite(now)) throw new PriorityError(`priority: "now" is not a date: ${String(input.now)}`);
  const urgency = input.urgency ?? fallbackUrgency(input);
  const band = URGENCY_BANDS[urgency.urgency];
  const width = band.max - band.min;
  const raw: Array<{ factor: string; points: number } & Words> = [];
  const add = (factor: string, share: number, value: number, words: Words) => raw.push({ factor, points: width * share * clamp01(value), ...words });

  raw.push({ factor: 'urgency', points: band.min + width * SHARES.urgency * clamp01(urgency.weight), ...urgencyWords(urgency.urgency, urgency.reason, urgency.cue) });

  const { sentiment } = input;
  if (isScored(sentiment) && finite(sentiment.score) && sentiment.score < 0) {
    const negativity = clamp01(-sentiment.score) * (0.6 + 0.4 * clamp01(finite(sentiment.confidence) ? sentiment.confidence : 0));
    add('negativity', SHARES.negativity, negativity, { en: `negative tone (${sentiment.score.toFixed(2)})`, es: `tono negativo (${sentiment.score.toFixed(2).replace('.', ',')})` });
  } else if (!isScored(sentiment)) {
    raw.push({ factor: 'negativity', points: 0, en: `sentiment unscored: ${sentiment.unscored}`, es: `sentimiento sin puntuar: ${sentiment.unscored}` });
  }

  const rating = finite(input.rating) ? clamp01(input.rating) : undefined;
  if (rating !== undefined && rating < 1) {
    const stars = (1 + rating * 4).toFixed(1);
    add('rating', SHARES.rating, 1 - rating, { en: `low rating (${stars} of 5)`, es: `valoración baja (${stars.replace('.', ',')} de 5)` });
  }

  const published = input.publishedAt === undefined ? NaN : Date.parse(input.publishedAt);
  const ageHours = (now - published) / 3_600_000;
  add('recency', SHARES.recency, Number.isFinite(ageHours) ? recencyFactor(ageHours) : 0.5, ageWords(input.publishedAt, ageHours, IMMEDIACY_HOURS));

  const reach = finite(input.reach) && input.reach > 0 ? input.reach : 0;
  if (reach > 0) {
    add('reach', SHARES.reach, Math.log10(1 + reach) / 6, { en: `reach ${Math.round(reach).toLocaleString('en')}`, es: `alcance ${Math.round(reach).toLocaleString('es')}` });
  }
  if (input.knownCustomer) add('known-customer', SHARES.knownCustomer, 1, { en: 'known customer', es: 'cliente conocido' });
  if (input.churnRisk) {
    add('churn-risk', SHARES.churn, 1, { en: 'churn risk: three or more bad experiences on this journey', es: 'riesgo de baja: tres o más malas experiencias en este recorrido' });
  } else if (input.moment === 'LZMOT') {
    add('moment', SHARES.churn, 1, { en: 'LZMOT: a customer sharing bad experiences or leaving', es: 'LZMOT: un cliente que comparte malas experiencias o se va' });
  } else if (input.moment === 'ZMOT' && urgency.urgency !== 'none') {
    add('moment', SHARES.churn, 0.5, { en: 'ZMOT: prospects read it before buying', es: 'ZMOT: lo leen quienes deciden si comprar' });
  }
  const why = toWholePoints(raw);
  const priority = Math.min(band.max, Math.max(band.min, why.reduce((sum, f) => sum + f.points, 0)));
  return { priority, urgency: urgency.urgency, why };
}

/**
 * Whole points that add up to the rounded total (largest remainders get the spare points), so the reasons a
 * person reads sum to the priority they see; zero-point factors stay only when they say something unknown.
 */
function toWholePoints(raw: Array<PriorityFactor>): PriorityFactor[] {
  const total = Math.round(raw.reduce((sum, f) => sum + f.points, 0));
  const floored = raw.map((f, i) => ({ ...f, points: Math.floor(f.points), rest: f.points - Math.floor(f.points), i }));
  let spare = total - floored.reduce((sum, f) => sum + f.points, 0);
  for (const f of [...floored].sort((a, b) => b.rest - a.rest || a.i - b.i)) {
    if (spare <= 0) break;
    f.points += 1;
    spare -= 1;
  }
  const [first, ...others] = floored;
  const rest = others.filter((f) => f.points > 0 || f.factor === 'negativity' || f.en.startsWith('publication date')).sort((a, b) => b.points - a.points || a.i - b.i);
  return [first!, ...rest].map(({ factor, points, en, es }) => ({ factor, points, en, es }));
}
