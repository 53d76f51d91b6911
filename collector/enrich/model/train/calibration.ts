// Temperature scaling (Guo et al. 2017) for the text model alone, and the figures the trainer prints.

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
