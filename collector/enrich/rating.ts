// A review's star rating is the author's own verdict: it decides the label at the ends of the scale
// (1–2 stars negative, 4–5 positive) and the text decides the middle (3 stars).
import type { Sentiment } from '../../shared/mention.ts';
import { isScored } from '../../shared/mention.ts';

const RATING_WEIGHT = 0.6;

/** Blend a 0–1 rating (5 of 5 → 1) into the text's sentiment. */
export function blendRating(text: Sentiment, rating: number): Sentiment {
  const fromRating = (rating - 0.5) * 2;
  const scored = isScored(text);
  const fromText = scored ? text.score : 0;
  const score = Math.round((RATING_WEIGHT * fromRating + (1 - RATING_WEIGHT) * fromText) * 1000) / 1000;
  if (rating <= 0.3 || rating >= 0.7) {
    const label = rating <= 0.3 ? 'negative' : 'positive';
    const agrees = !scored || text.label === label;
    return { score, label, confidence: agrees ? 0.9 : 0.7 };
  }
  // Three stars: the text leans the label, the rating keeps it near the middle.
  if (scored) return { score, label: text.label, confidence: Math.min(text.confidence, 0.6) };
  return { score, label: 'neutral', confidence: 0.6 };
}

/**
 * A rating as callers send it, on the 0–1 scale: below 1 it already is; above 1 it is stars out of 5
 * (1★ → 0, 5★ → 1). Exactly 1 could be "one star" or "100 %", so it is left out and the text decides;
 * `stars` (1–5) says it without doubt. Undefined when absent; a RangeError names what is wrong.
 */
export function ratingFromInput(rating: unknown, stars?: unknown): number | undefined {
  if (stars !== undefined && stars !== null) {
    if (typeof stars !== 'number' || !Number.isFinite(stars) || stars < 1 || stars > 5) throw new RangeError('"stars" must be a number from 1 to 5');
    return (stars - 1) / 4;
  }
  if (rating === undefined || rating === null) return undefined;
  if (typeof rating !== 'number' || !Number.isFinite(rating) || rating < 0 || rating > 5) throw new RangeError('"rating" must be a number from 0 to 1, or stars from 1 to 5');
  if (rating === 1) return undefined;
  return rating > 1 ? (rating - 1) / 4 : rating;
}
