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
