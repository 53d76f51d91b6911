// Temperature scaling (Guo et al. 2017) for the text model alone, an adaptive temperature for the
// decision, and the figures the trainer prints.
import { CUE_FEATURE_COUNT } from '../cue-features.ts';
import { unsureOf } from '../decide.ts';
import { CALIBRATION_SIGNALS } from '../model-file.ts';
import type { TrainingRow } from './corpora.ts';
import { decisionInputs, decisionLogits } from './decision-inputs.ts';
import type { ExtractedText } from './design.ts';
import { minimize } from './lbfgs.ts';

/** The temperature T minimising the log-loss of softmax(logits / T) on `labels` (golden-section on log T). */
export function fitTemperature(logits: Float64Array, labels: readonly number[]): number {
  const loss = (logT: number): number => {
    const t = Math.exp(logT);
    let sum = 0;
    for (let r = 0; r < labels.length; r++) {
      const z0 = logits[r * 3]! / t;
      const z1 = logits[r * 3 + 1]! / t;
      const z2 = logits[r * 3 + 2]! / t;
      const max = Math.max(z0, z1, z2);
      const total = Math.exp(z0 - max) + Math.exp(z1 - max) + Math.exp(z2 - max);
      sum -= [z0, z1, z2][labels[r]!]! - max - Math.log(total);
    }
    return sum / Math.max(labels.length, 1);
  };
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (loss(a) < loss(b)) hi = b;
    else lo = a;
  }
  return Math.round(Math.exp((lo + hi) / 2) * 1e6) / 1e6;
}

/** Accuracy and macro-F1 over the three classes, in percent. */
export function accuracyAndMacroF1(gold: readonly number[], predicted: readonly number[]): { accuracy: number; macroF1: number } {
  const tp = [0, 0, 0];
  const fp = [0, 0, 0];
  const fn = [0, 0, 0];
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (p === g) return void (correct++, tp[g]!++);
    fn[g]!++;
    fp[p]!++;
  });
  // Classes absent from the gold labels (a binary corpus) do not count toward the macro average.
  const present = [0, 1, 2].filter((c) => tp[c]! + fn[c]! > 0);
  const f1 = present.map((c) => (2 * tp[c]!) / Math.max(2 * tp[c]! + fp[c]! + fn[c]!, 1));
  return { accuracy: (100 * correct) / Math.max(gold.length, 1), macroF1: (100 * f1.reduce((a, b) => a + b, 0)) / Math.max(present.length, 1) };
}

/**
 * An adaptive temperature for the decision (argmax-preserving): its logits z are divided by
 * T = exp(θ · g), with g = [1, ...signals] per row — dividing by any positive number never changes which
 * label wins, only how sure the decision says it is. Fitted by log-loss with L-BFGS; θ rounded for stable
 * bytes. `signals` is [row × (θ.length − 1)].
 */
export function fitAdaptiveTemperature(z: Float64Array, signals: Float64Array, width: number, labels: readonly number[], weights?: readonly number[]): Float64Array {
  const rows = labels.length;
  const theta = new Float64Array(width + 1);
  const objective = (x: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    let total = 0;
    for (let r = 0; r < rows; r++) {
      const w = weights?.[r] ?? 1;
      let logT = x[0]!;
      for (let k = 0; k < width; k++) logT += x[k + 1]! * signals[r * width + k]!;
      const s = Math.exp(-logT);
      const a = z[r * 3]! * s;
      const b = z[r * 3 + 1]! * s;
      const c = z[r * 3 + 2]! * s;
      const max = Math.max(a, b, c);
      const e = [Math.exp(a - max), Math.exp(b - max), Math.exp(c - max)];
      const sum = e[0]! + e[1]! + e[2]!;
      const y = labels[r]!;
      loss -= w * ([a, b, c][y]! - max - Math.log(sum));
      // d loss / d logT = s · (z_y − E_q[z])
      const expected = (e[0]! * z[r * 3]! + e[1]! * z[r * 3 + 1]! + e[2]! * z[r * 3 + 2]!) / sum;
      const d = w * s * (z[r * 3 + y]! - expected);
      gradient[0]! += d;
      for (let k = 0; k < width; k++) gradient[k + 1]! += d * signals[r * width + k]!;
      total += w;
    }
    for (let k = 0; k < gradient.length; k++) gradient[k]! /= Math.max(total, 1e-12);
    return loss / Math.max(total, 1e-12);
  };
  minimize(objective, theta, { maxIterations: 200, tolerance: 1e-9 });
  return theta.map((t) => Math.round(t * 1e6) / 1e6);
}

// The decision is fitted on out-of-domain readings; its confidence is calibrated here on the calibration
// rows as the shipped model reads them (in domain), with a temperature that only rescales its logits.
export function calibrateDecision(decision: { dense: Float64Array; bias: Float64Array }, logits: Float64Array, texts: readonly ExtractedText[], rows: readonly TrainingRow[]): Float64Array {
  const width = CALIBRATION_SIGNALS.length;
  const z = new Float64Array(texts.length * 3);
  const signals = new Float64Array(texts.length * width);
  texts.forEach((text, r) => {
    const inputs = decisionInputs(logits.subarray(r * 3, r * 3 + 3), text);
    const zr = decisionLogits(inputs, decision.dense, decision.bias);
    z.set(zr, r * 3);
    // The signals in decisionTemperature's order: model unsure, decision unsure, no cue.
    signals.set([inputs[3 + CUE_FEATURE_COUNT]!, unsureOf(zr), inputs[3 + 3]!], r * width);
  });
  return fitAdaptiveTemperature(z, signals, width, rows.map((r) => r.label), rows.map((r) => r.weight));
}
