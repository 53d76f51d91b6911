// Ratings on any scale to Vigía's 0–1, following schema.org's defaults (bestRating 5, worstRating 1).
import type { RatingScale } from './review.ts';

/** A number written on a page ("4.5", "4,5", " 4 stars"); undefined when there is none. */
export function parseRatingNumber(text: string | number | undefined): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const match = /-?\d+(?:[.,]\d+)?/.exec(text ?? '');
  if (!match) return undefined;
  const value = Number(match[0].replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** A count written on a page ("1,234", "1.234", "89 "); undefined when there is none. */
export function parseCount(text: string | number | undefined): number | undefined {
  if (typeof text === 'number') return Number.isInteger(text) && text >= 0 ? text : undefined;
  const match = /\d[\d.,\u00a0\u202f ]*/.exec(text ?? '');
  if (!match) return undefined;
  const digits = match[0].replace(/[^\d]/g, '');
  return digits ? Number(digits) : undefined;
}

/** The scale a page wrote, with schema.org's defaults for what it left out. */
export function toRatingScale(
  value: string | number | undefined,
  best?: string | number,
  worst?: string | number,
): RatingScale | undefined {
  const parsed = parseRatingNumber(value);
  if (parsed === undefined) return undefined;
  return { value: parsed, best: parseRatingNumber(best) ?? 5, worst: parseRatingNumber(worst) ?? 1 };
}

/**
 * `value` on a 0–1 scale (worst → 0, best → 1), rounded to 4 decimals. Undefined when the scale is empty or
 * the value lies outside it: a 7 "out of 5" is a misread page, not a rating to clamp.
 */
export function normalizeRating(scale: RatingScale): number | undefined {
  const { value, best, worst } = scale;
  if (!(best > worst) || value < worst || value > best) return undefined;
  return Math.round(((value - worst) / (best - worst)) * 10_000) / 10_000;
}
