// Accuracy and macro-F1 from gold and predicted labels.
import type { GoldLabel } from './datasets.ts';

/** Scores of one method on one set, in percent. */
export interface Scores {
  accuracy: number;
  macroF1: number;
}

/** Accuracy and macro-F1 over `classes` (a prediction outside them counts as wrong). */
export function scorePredictions(gold: readonly GoldLabel[], predicted: readonly GoldLabel[], classes: readonly GoldLabel[]): Scores {
  let correct = 0;
  const tp = new Map<GoldLabel, number>();
  const fp = new Map<GoldLabel, number>();
  const fn = new Map<GoldLabel, number>();
  const bump = (m: Map<GoldLabel, number>, k: GoldLabel): void => void m.set(k, (m.get(k) ?? 0) + 1);
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (p === g) return void (correct++, bump(tp, g));
    bump(fn, g);
    bump(fp, p);
  });
  const f1s = classes.map((c) => {
    const t = tp.get(c) ?? 0;
    const denominator = 2 * t + (fp.get(c) ?? 0) + (fn.get(c) ?? 0);
    return denominator === 0 ? 0 : (2 * t) / denominator;
  });
  return { accuracy: (100 * correct) / Math.max(gold.length, 1), macroF1: (100 * f1s.reduce((a, b) => a + b, 0)) / classes.length };
}
