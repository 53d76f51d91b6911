// One decision from all the evidence: the text model's logits and the cue scorer's features go through
// the decision layer fitted on held-out data, the star rating pulls when there is one, an adaptive
// temperature (fitted on the calibration split) makes the probabilities say how often the label is right,
// and a decision below the confidence floor is reported unscored, not guessed.
import type { Sentiment } from '../../../shared/mention.ts';
import type { SentimentReading } from '../sentiment.ts';
import type { Token } from '../tokenize.ts';
import { addUnsureFeatures, CUE_FEATURE_COUNT, cueFeatures, DECISION_FEATURE_COUNT } from './cue-features.ts';
import { createFeatureBuffer, extractFeatures } from './features.ts';
import type { CorrectionLayer, SentimentModel } from './model.ts';
import { explainDecision } from './explain.ts';

/** How the model takes part: with the cues ("on"), or alone (for measuring it). */
export type ModelUse = 'on' | 'only';

export interface DecideOptions {
  use?: ModelUse;
  /** Star rating on the 0–1 scale. */
  rating?: number;
  /** Below this probability for the winning label the text is unscored. @default CONFIDENCE_FLOOR */
  confidenceFloor?: number;
  /** A per-installation correction layer over the shipped weights. */
  layer?: CorrectionLayer;
}

/** Three labels at 40 % / 35 % / 25 % say little: below this, unscored. */
export const CONFIDENCE_FLOOR = 0.4;
/** A 1–2 or 4–5 star rating is the author's own verdict: it outweighs all but overwhelming text. */
const RATING_PULL = 4;
/** Three stars lean neutral; the text still decides a clear case. */
const MIDDLE_PULL = 1;
const LABELS = ['negative', 'neutral', 'positive'] as const;

// Scratch space reused across calls: analyzeText is synchronous, so one set per process suffices.
const features = createFeatureBuffer();
const textLogits = new Float64Array(3);
const cues = new Float64Array(DECISION_FEATURE_COUNT);
const z = new Float64Array(3);
let byOrigin = new Float64Array(6 * 256);

/** The sentiment of a tokenized text in the model's language, and the lines of `why` for it. */
export function decideSentiment(tokens: readonly Token[], reading: SentimentReading, model: SentimentModel, options: DecideOptions = {}): { sentiment: Sentiment; why: string[] } {
  extractFeatures(tokens, model.lang, features);
  if (byOrigin.length < tokens.length * 6) byOrigin = new Float64Array(tokens.length * 12);
  else byOrigin.fill(0, 0, tokens.length * 6);
  model.textLogits(features, textLogits, byOrigin, options.layer);
  // The decision maps text logits (and cue features) to final logits; `mix` is how each text logit
  // reaches each final one, which is also how a word's share of the text logits is carried into `why`.
  const mix = options.use === 'only' ? onlyMix(model.temperature) : model.decision;
  if (options.use === 'only') z.fill(0);
  else {
    cueFeatures(reading, cues);
    addUnsureFeatures(textLogits, cues);
    // A model file from before the unsure features has fewer decision inputs: those it has are used.
    const inputs = Math.min(DECISION_FEATURE_COUNT, model.decision.length / 3 - 3);
    for (let c = 0; c < 3; c++) {
      let sum = model.decisionBias[c]!;
      for (let k = 0; k < inputs; k++) sum += cues[k]! * model.decision[(3 + k) * 3 + c]!;
      z[c] = sum;
    }
    if (options.rating !== undefined) pullToward(options.rating);
  }
  for (let c = 0; c < 3; c++) for (let i = 0; i < 3; i++) z[c]! += textLogits[i]! * mix[i * 3 + c]!;
  if (options.use !== 'only') {
    const t = decisionTemperature(model.calibration, z, cues[CUE_FEATURE_COUNT]!, cues[3]!);
    for (let c = 0; c < 3; c++) z[c]! /= t;
  }
  const max = Math.max(z[0]!, z[1]!, z[2]!);
  const e0 = Math.exp(z[0]! - max);
  const e1 = Math.exp(z[1]! - max);
  const e2 = Math.exp(z[2]! - max);
  const total = e0 + e1 + e2;
  const p = [e0 / total, e1 / total, e2 / total] as const;
  const best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
  const why = explainDecision(tokens, features.negatedBy, byOrigin, mix, best, p, options.use === 'only' ? undefined : cues);
  if (p[best] < (options.confidenceFloor ?? CONFIDENCE_FLOOR)) {
    return { sentiment: { unscored: `uncertain: ${LABELS.map((label, c) => `${percent(p[c]!)} ${label}`).join(', ')}` }, why };
  }
  return { sentiment: { score: round(p[2] - p[0]), label: LABELS[best], confidence: round(p[best]) }, why };
}

/**
 * The temperature that calibrates the decision's logits `z` (dividing by a positive number never changes
 * which label wins): exp(θ · [1, model unsure, decision unsure, no cue]). The decision is fitted on the
 * text model reading kinds of text it never saw; on text like its training data the model is better than
 * that, and how much better depends on how sure each of them is — one global temperature cannot say so.
 */
export function decisionTemperature(theta: ArrayLike<number>, z: ArrayLike<number>, modelUnsure: number, noCue: number): number {
  return Math.exp(theta[0]! + theta[1]! * modelUnsure + theta[2]! * unsureOf(z) + theta[3]! * noCue);
}

/** One minus the top probability of softmax(z). */
export function unsureOf(z: ArrayLike<number>): number {
  const max = Math.max(z[0]!, z[1]!, z[2]!);
  return 1 - 1 / (Math.exp(z[0]! - max) + Math.exp(z[1]! - max) + Math.exp(z[2]! - max));
}

function pullToward(rating: number): void {
  if (rating <= 0.3) z[0]! += RATING_PULL;
  else if (rating >= 0.7) z[2]! += RATING_PULL;
  else z[1]! += MIDDLE_PULL;
}

const onlyMixes = new Map<number, Float64Array>();
// The model alone: its logits divided by its fitted temperature.
function onlyMix(temperature: number): Float64Array {
  let mix = onlyMixes.get(temperature);
  if (!mix) onlyMixes.set(temperature, (mix = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1], (x) => x / temperature)));
  return mix;
}

const percent = (x: number): string => `${Math.round(x * 100)} %`;
const round = (x: number): number => Math.round(x * 1000) / 1000;
