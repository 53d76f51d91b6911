// The seam between the shipped analysis and the correction layer: the shipped reading as logits over
// (negative, neutral, positive). Today the reading is the cue scorer's label and confidence; once the
// trained model exposes its own logits, `logitsOf` takes them instead (see README.md beside this file).
import type { Sentiment, SentimentLabel } from '../../../shared/mention.ts';
import { isScored } from '../../../shared/mention.ts';

export const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
export type Logits = [number, number, number];

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Logits of a shipped reading: its label gets its confidence, the two others share the rest; an unscored text
 * is uniform (no opinion), so only the installation's corrections can give it a label.
 */
export function logitsOf(sentiment: Sentiment): Logits {
  if (!isScored(sentiment)) return [0, 0, 0];
  const top = clamp(sentiment.confidence, 0.34, 0.98);
  const rest = Math.log((1 - top) / 2);
  return LABELS.map((label) => (label === sentiment.label ? Math.log(top) : rest)) as Logits;
}

export function softmax(z: readonly number[]): [number, number, number] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return [e[0]! / sum, e[1]! / sum, e[2]! / sum];
}

/** Which shipped analysis a stored layer was trained over; a layer trained over another is trained again. */
export const CUE_BASELINE = 'decision-1';
