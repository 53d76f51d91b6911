// Limited-memory BFGS with a backtracking (Armijo) line search: full-batch, so the same data give the same
// weights bit for bit, with no learning rate to tune. Enough for the smooth, convex, L2-regularised
// softmax regression the trainer fits.

/** f(x), writing ∇f(x) into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** @default 150 */
  maxIterations?: number;
  /** Pairs of corrections kept. @default 8 */
  memory?: number;
  /** Stop when the relative decrease of f over 5 iterations falls below this. @default 1e-6 */
  tolerance?: number;
  /** Called after each iteration (for progress lines). */
  onIteration?: (iteration: number, value: number) => void;
}

/** Minimise `objective` from `start` (changed in place); returns the final value. */
export function minimize(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): number {
  const n = start.length;
  const memory = options.memory ?? 8;
  const maxIterations = options.maxIterations ?? 150;
  const tolerance = options.tolerance ?? 1e-6;
  const x = start;
  const g = new Float64Array(n);
  const direction = new Float64Array(n);
  const nextX = new Float64Array(n);
  const nextG = new Float64Array(n);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(memory);
  let f = objective(x, g);
  const history = [f];
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    // Two-loop recursion: direction = −H·g.
    direction.set(g);
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(s[k]!, direction);
      axpy(-alpha[k]!, y[k]!, direction);
    }
    if (s.length > 0) {
      const last = s.length - 1;
      scale(direction, dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!));
    }
    for (let k = 0; k < s.length; k++) axpy(alpha[k]! - rho[k]! * dot(y[k]!, direction), s[k]!, direction);
    scale(direction, -1);
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature lost): restart from steepest descent.
      s.length = y.length = rho.length = 0;
      direction.set(g);
      scale(direction, -1);
      slope = -dot(g, g);
    }
    let step = s.length === 0 ? 1 / Math.sqrt(Math.max(-slope, 1e-300)) : 1;
    let nextF = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) nextX[i] = x[i]! + step * direction[i]!;
      nextF = objective(nextX, nextG);
      if (nextF <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextF < f)) break;
    const sNew = s.length === memory ? s.shift()! : new Float64Array(n);
    const yNew = y.length === memory ? y.shift()! : new Float64Array(n);
    if (rho.length === memory) rho.shift();
    for (let i = 0; i < n; i++) {
      sNew[i] = nextX[i]! - x[i]!;
      yNew[i] = nextG[i]! - g[i]!;
    }
    const sy = dot(sNew, yNew);
    x.set(nextX);
    g.set(nextG);
    f = nextF;
    if (sy > 1e-12) (s.push(sNew), y.push(yNew), rho.push(1 / sy));
    options.onIteration?.(iteration, f);
    history.push(f);
    const before = history[Math.max(0, history.length - 6)]!;
    if (history.length > 5 && (before - f) / Math.max(Math.abs(before), 1e-12) < tolerance) break;
  }
  return f;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function axpy(factor: number, from: Float64Array, to: Float64Array): void {
  for (let i = 0; i < to.length; i++) to[i]! += factor * from[i]!;
}

function scale(v: Float64Array, factor: number): void {
  for (let i = 0; i < v.length; i++) v[i]! *= factor;
}
