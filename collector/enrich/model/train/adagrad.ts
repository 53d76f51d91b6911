// The text model's fit: softmax regression by stochastic gradient with AdaGrad's per-weight step sizes
// (Duchi et al. 2011), a few passes over the examples in an order drawn from a seeded generator — so the
// same data and settings give the same weights — and L2 shrinkage of the weights each example touches.
import type { Design, Fit } from './softmax-regression.ts';

export interface AdagradOptions {
  /** Passes over the data. */
  epochs: number;
  /** Base step size. */
  learningRate: number;
  /** L2 shrinkage applied to each weight an example touches. */
  l2: number;
  /** Seed of the example order. */
  seed: number;
  onEpoch?: (epoch: number, loss: number) => void;
}

/** Fit the sparse columns and the bias of `design` (its dense columns are not used). */
export function fitAdagrad(design: Design, options: AdagradOptions): Fit {
  const size = design.sparseWidth * 3;
  const w = new Float64Array(size + 3);
  const squares = new Float64Array(size + 3);
  const order = Int32Array.from({ length: design.rows }, (_, i) => i);
  const random = mulberry32(options.seed);
  let meanWeight = 0;
  for (let r = 0; r < design.rows; r++) meanWeight += design.weights[r]! / design.rows;
  const { learningRate: rate, l2 } = options;
  const g = new Float64Array(3);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let loss = 0;
    for (const r of order) {
      let z0 = w[size]!;
      let z1 = w[size + 1]!;
      let z2 = w[size + 2]!;
      const from = design.start[r]!;
      const to = design.start[r + 1]!;
      for (let k = from; k < to; k++) {
        const at = design.index[k]! * 3;
        const v = design.value[k]!;
        z0 += v * w[at]!;
        z1 += v * w[at + 1]!;
        z2 += v * w[at + 2]!;
      }
      const max = Math.max(z0, z1, z2);
      const e0 = Math.exp(z0 - max);
      const e1 = Math.exp(z1 - max);
      const e2 = Math.exp(z2 - max);
      const total = e0 + e1 + e2;
      const label = design.labels[r]!;
      const weight = design.weights[r]! / meanWeight;
      loss -= weight * Math.log((label === 0 ? e0 : label === 1 ? e1 : e2) / total);
      g[0] = weight * (e0 / total - (label === 0 ? 1 : 0));
      g[1] = weight * (e1 / total - (label === 1 ? 1 : 0));
      g[2] = weight * (e2 / total - (label === 2 ? 1 : 0));
      for (let k = from; k < to; k++) {
        const at = design.index[k]! * 3;
        const v = design.value[k]!;
        for (let c = 0; c < 3; c++) {
          const grad = g[c]! * v + l2 * w[at + c]!;
          squares[at + c]! += grad * grad;
          w[at + c]! -= (rate * grad) / (Math.sqrt(squares[at + c]!) + 1e-8);
        }
      }
      for (let c = 0; c < 3; c++) {
        squares[size + c]! += g[c]! * g[c]!;
        w[size + c]! -= (rate * g[c]!) / (Math.sqrt(squares[size + c]!) + 1e-8);
      }
    }
    options.onEpoch?.(epoch, loss / design.rows);
  }
  return { sparse: w.subarray(0, size), dense: new Float64Array(0), bias: w.subarray(size) };
}

/** A small seeded generator of floats in [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
