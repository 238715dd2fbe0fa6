/**
 * Limited-memory BFGS (Nocedal & Wright, algorithm 7.4) with a backtracking Armijo line search,
 * for smooth convex objectives such as L2-regularised logistic regression. Deterministic: no
 * randomness, a fixed order of floating-point operations.
 */

/** Writes the gradient at `x` into `gradient` and returns the objective value. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Pairs of correction vectors kept. */
  memory: number;
  maxIterations: number;
  /** Stop when the objective improves by less than this fraction in one iteration. */
  relativeTolerance: number;
}

export const DEFAULT_LBFGS: LbfgsOptions = {
  memory: 8,
  maxIterations: 300,
  relativeTolerance: 1e-7,
};

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** Minimises `objective` starting from (and overwriting) `x`; returns the iterations used. */
export function minimise(
  objective: Objective,
  x: Float64Array,
  options: LbfgsOptions = DEFAULT_LBFGS,
): number {
  const n = x.length;
  const gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const direction = new Float64Array(n);
  const candidate = new Float64Array(n);
  const candidateGradient = new Float64Array(n);
  const alphas = new Float64Array(options.memory);
  let iteration = 0;
  for (; iteration < options.maxIterations; iteration += 1) {
    // Two-loop recursion: direction = −H·gradient.
    direction.set(gradient);
    for (let k = s.length - 1; k >= 0; k -= 1) {
      const alpha = (rho[k] as number) * dot(s[k] as Float64Array, direction);
      alphas[k] = alpha;
      const yk = y[k] as Float64Array;
      for (let i = 0; i < n; i += 1)
        direction[i] = (direction[i] as number) - alpha * (yk[i] as number);
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma =
        dot(s[last] as Float64Array, y[last] as Float64Array) /
        dot(y[last] as Float64Array, y[last] as Float64Array);
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] as number) * gamma;
    } else {
      // First step: a plain gradient step scaled to unit length.
      const norm = Math.sqrt(dot(gradient, gradient));
      if (norm === 0) break;
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] as number) / norm;
    }
    for (let k = 0; k < s.length; k += 1) {
      const beta = (rho[k] as number) * dot(y[k] as Float64Array, direction);
      const sk = s[k] as Float64Array;
      const correction = (alphas[k] as number) - beta;
      for (let i = 0; i < n; i += 1)
        direction[i] = (direction[i] as number) + correction * (sk[i] as number);
    }
    for (let i = 0; i < n; i += 1) direction[i] = -(direction[i] as number);

    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i += 1) direction[i] = -(gradient[i] as number);
      slope = dot(gradient, direction);
      if (slope >= 0) break;
    }
    let step = 1;
    let nextValue = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      for (let i = 0; i < n; i += 1)
        candidate[i] = (x[i] as number) + step * (direction[i] as number);
      nextValue = objective(candidate, candidateGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const sNew = new Float64Array(n);
    const yNew = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      sNew[i] = (candidate[i] as number) - (x[i] as number);
      yNew[i] = (candidateGradient[i] as number) - (gradient[i] as number);
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-12) {
      if (s.length === options.memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / sy);
    }
    x.set(candidate);
    gradient.set(candidateGradient);
    const improvement = value - nextValue;
    value = nextValue;
    if (improvement <= options.relativeTolerance * Math.max(1, Math.abs(value))) {
      iteration += 1;
      break;
    }
  }
  return iteration;
}
