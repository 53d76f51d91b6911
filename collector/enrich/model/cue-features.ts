// The cue scorer's reading as a handful of numbers for the decision: its score, how much praise and
// complaint it found, and which constructions fired (negation, contrast, sarcasm, failure, customer-
// experience phrases, questions, exclamations). Each lands in about −1…1 so one weight scale fits all.
import type { SentimentReading } from '../sentiment.ts';

/** Names of the cue features, in vector order (they label `why` and the model file). */
export const CUE_FEATURES = [
  'cue score',
  'praise',
  'complaint',
  'no cue',
  'cues: neutral',
  'negation',
  'contrast',
  'sarcasm',
  'failure',
  'no trouble',
  'phrase',
  'question',
  'exclamation',
] as const;

export const CUE_FEATURE_COUNT = CUE_FEATURES.length;

/** Squashing constant of the cue scorer (VADER's). */
const ALPHA = 15;

/** Fill `out` with the cue features of `reading` (zeros when the cues read nothing). */
export function cueFeatures(reading: SentimentReading | undefined, out: Float64Array): Float64Array {
  out.fill(0);
  const evidence = reading?.evidence;
  if (!evidence || evidence.hits === 0) {
    out[3] = 1;
    return out;
  }
  const sum = reading.sum;
  const { fired } = evidence;
  out[0] = sum / Math.sqrt(sum * sum + ALPHA);
  out[1] = evidence.positive / (evidence.positive + 4);
  out[2] = evidence.negative / (evidence.negative + 4);
  out[4] = 'label' in reading.sentiment && reading.sentiment.label === 'neutral' ? 1 : 0;
  out[5] = Math.min(fired.negated, 3) / 3;
  out[6] = fired.contrast > 0 ? 1 : 0;
  out[7] = fired.sarcasm > 0 ? 1 : 0;
  out[8] = Math.min(fired.failure, 2) / 2;
  out[9] = Math.min(fired.troubleFree, 2) / 2;
  out[10] = Math.min(fired.phrases, 3) / 3;
  out[11] = fired.questions > 0 ? 1 : 0;
  out[12] = Math.min(evidence.exclamations, 3) / 3;
  return out;
}

/** The cue features again, weighted by how unsure the text model is: where the model reads text unlike
 * its training data its probabilities flatten, and the decision learns to lean on the cues there
 * (train/out-of-domain.ts shows it such readings). */
export const UNSURE_FEATURES = ['model unsure', 'cue score (model unsure)', 'praise (model unsure)', 'complaint (model unsure)', 'no cue (model unsure)', 'cues: neutral (model unsure)'] as const;

/** Every input of the decision after the text model's three logits, in order. */
export const DECISION_FEATURES = [...CUE_FEATURES, ...UNSURE_FEATURES] as const;
export const DECISION_FEATURE_COUNT = DECISION_FEATURES.length;

/** Fill the unsure features of `out` (its first CUE_FEATURE_COUNT entries already the cue features) from
 * the text model's logits: unsureness is one minus the top probability. */
export function addUnsureFeatures(logits: ArrayLike<number>, out: Float64Array): Float64Array {
  const z0 = logits[0]!;
  const z1 = logits[1]!;
  const z2 = logits[2]!;
  const max = Math.max(z0, z1, z2);
  const unsure = 1 - 1 / (Math.exp(z0 - max) + Math.exp(z1 - max) + Math.exp(z2 - max));
  out[CUE_FEATURE_COUNT] = unsure;
  for (let k = 0; k < UNSURE_FEATURES.length - 1; k++) out[CUE_FEATURE_COUNT + 1 + k] = unsure * out[k]!;
  return out;
}
