// Reliability of the stated confidence: predictions grouped by confidence, each group's mean confidence
// next to how often it was right. Calibrated means the two columns agree (a 0.8 is right 80 % of the time).

/** One prediction: its stated confidence (undefined when unscored) and whether it was right. */
export interface Judged {
  confidence: number | undefined;
  correct: boolean;
}

const EDGES = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/** Lines of the reliability table and the expected calibration error (ECE, in points). */
export function reliabilityTable(judged: readonly Judged[]): string[] {
  const scored = judged.filter((j): j is { confidence: number; correct: boolean } => j.confidence !== undefined);
  const lines = [`  ${'confidence'.padEnd(12)} ${'texts'.padStart(6)} ${'mean conf'.padStart(10)} ${'right'.padStart(7)}`];
  let ece = 0;
  for (let b = 0; b + 1 < EDGES.length; b++) {
    const bin = scored.filter((j) => j.confidence >= EDGES[b]! && j.confidence < EDGES[b + 1]!);
    if (bin.length === 0) continue;
    const mean = bin.reduce((n, j) => n + j.confidence, 0) / bin.length;
    const right = bin.filter((j) => j.correct).length / bin.length;
    ece += (bin.length / Math.max(scored.length, 1)) * Math.abs(mean - right);
    const range = `${EDGES[b]!.toFixed(1)}–${Math.min(EDGES[b + 1]!, 1).toFixed(1)}`;
    lines.push(`  ${range.padEnd(12)} ${String(bin.length).padStart(6)} ${(100 * mean).toFixed(1).padStart(9)}% ${(100 * right).toFixed(1).padStart(6)}%`);
  }
  const unscored = judged.length - scored.length;
  lines.push(`  expected calibration error ${(100 * ece).toFixed(1)} points; ${unscored} of ${judged.length} unscored (below the confidence floor or no signal)`);
  return lines;
}
