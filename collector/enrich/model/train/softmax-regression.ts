// Multinomial logistic regression (negative / neutral / positive) over a sparse block of hashed text
// features and a small dense block, with L2 regularisation and per-example weights, fitted by L-BFGS.
import { minimize } from './lbfgs.ts';

export const CLASSES = 3;

/** Examples as a design matrix: sparse columns in CSR form, then `denseWidth` dense columns per row. */
export interface Design {
  rows: number;
  /** Row r's sparse entries are index/value[start[r] … start[r + 1]). */
  start: Int32Array;
  index: Int32Array;
  value: Float32Array;
  sparseWidth: number;
  dense: Float64Array;
  denseWidth: number;
  /** 0 negative, 1 neutral, 2 positive. */
  labels: Uint8Array;
  weights: Float64Array;
}

/** Fitted parameters: sparse weights [column × 3], dense weights [column × 3], bias [3]. */
export interface Fit {
  sparse: Float64Array;
  dense: Float64Array;
  bias: Float64Array;
}

export interface FitOptions {
  /** L2 strength on the sparse weights (per unit of total example weight). */
  l2: number;
  /** L2 strength on the dense weights. @default l2 */
  denseL2?: number;
  maxIterations?: number;
  onIteration?: (iteration: number, value: number) => void;
}

/** Fit the model by L-BFGS from zero weights. */
export function fitSoftmax(design: Design, options: FitOptions): Fit {
  const sparseSize = design.sparseWidth * CLASSES;
  const denseSize = design.denseWidth * CLASSES;
  const params = new Float64Array(sparseSize + denseSize + CLASSES);
  let totalWeight = 0;
  for (let r = 0; r < design.rows; r++) totalWeight += design.weights[r]!;
  const denseL2 = options.denseL2 ?? options.l2;
  const logits = new Float64Array(CLASSES);
  minimize(
    (x, gradient) => {
      gradient.fill(0);
      let loss = 0;
      for (let r = 0; r < design.rows; r++) {
        rowLogits(design, r, x, sparseSize, denseSize, logits);
        const max = Math.max(logits[0]!, logits[1]!, logits[2]!);
        const e0 = Math.exp(logits[0]! - max);
        const e1 = Math.exp(logits[1]! - max);
        const e2 = Math.exp(logits[2]! - max);
        const total = e0 + e1 + e2;
        const label = design.labels[r]!;
        const w = design.weights[r]! / totalWeight;
        loss -= w * (logits[label]! - max - Math.log(total));
        const g0 = w * (e0 / total - (label === 0 ? 1 : 0));
        const g1 = w * (e1 / total - (label === 1 ? 1 : 0));
        const g2 = w * (e2 / total - (label === 2 ? 1 : 0));
        for (let k = design.start[r]!; k < design.start[r + 1]!; k++) {
          const at = design.index[k]! * CLASSES;
          const v = design.value[k]!;
          gradient[at]! += g0 * v;
          gradient[at + 1]! += g1 * v;
          gradient[at + 2]! += g2 * v;
        }
        const denseRow = r * design.denseWidth;
        for (let d = 0; d < design.denseWidth; d++) {
          const at = sparseSize + d * CLASSES;
          const v = design.dense[denseRow + d]!;
          gradient[at]! += g0 * v;
          gradient[at + 1]! += g1 * v;
          gradient[at + 2]! += g2 * v;
        }
        const bias = sparseSize + denseSize;
        gradient[bias]! += g0;
        gradient[bias + 1]! += g1;
        gradient[bias + 2]! += g2;
      }
      for (let i = 0; i < sparseSize + denseSize; i++) {
        const l2 = i < sparseSize ? options.l2 : denseL2;
        loss += 0.5 * l2 * x[i]! * x[i]!;
        gradient[i]! += l2 * x[i]!;
      }
      return loss;
    },
    params,
    { maxIterations: options.maxIterations, onIteration: options.onIteration },
  );
  return {
    sparse: params.subarray(0, sparseSize),
    dense: params.subarray(sparseSize, sparseSize + denseSize),
    bias: params.subarray(sparseSize + denseSize),
  };
}

/** Logits of row `r` under flat parameters `x`. */
function rowLogits(design: Design, r: number, x: Float64Array, sparseSize: number, denseSize: number, out: Float64Array): void {
  const bias = sparseSize + denseSize;
  let z0 = x[bias]!;
  let z1 = x[bias + 1]!;
  let z2 = x[bias + 2]!;
  for (let k = design.start[r]!; k < design.start[r + 1]!; k++) {
    const at = design.index[k]! * CLASSES;
    const v = design.value[k]!;
    z0 += v * x[at]!;
    z1 += v * x[at + 1]!;
    z2 += v * x[at + 2]!;
  }
  const denseRow = r * design.denseWidth;
  for (let d = 0; d < design.denseWidth; d++) {
    const at = sparseSize + d * CLASSES;
    const v = design.dense[denseRow + d]!;
    z0 += v * x[at]!;
    z1 += v * x[at + 1]!;
    z2 += v * x[at + 2]!;
  }
  out[0] = z0;
  out[1] = z1;
  out[2] = z2;
}

/** Logits of every row under a fit: [row × 3]. */
export function predictLogits(design: Design, fit: Fit): Float64Array {
  const sparseSize = fit.sparse.length;
  const denseSize = fit.dense.length;
  const x = new Float64Array(sparseSize + denseSize + CLASSES);
  x.set(fit.sparse);
  x.set(fit.dense, sparseSize);
  x.set(fit.bias, sparseSize + denseSize);
  const out = new Float64Array(design.rows * CLASSES);
  const logits = new Float64Array(CLASSES);
  for (let r = 0; r < design.rows; r++) {
    rowLogits(design, r, x, sparseSize, denseSize, logits);
    out.set(logits, r * CLASSES);
  }
  return out;
}
