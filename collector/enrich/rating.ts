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
