/**
 * A logistic model over named features: the weights come from a training script (scripts/train.ts) that fits them
 * to the evaluation kit's references, not from hand tuning. Pure: the same features give the same probability.
 */
export interface LogisticModel<F extends string = string> {
  features: readonly F[];
  /** One weight per feature, in `features` order, and the intercept. */
  weights: readonly number[];
  bias: number;
  /** Per-feature scale applied before the weights: x / scale (kept so the weights stay readable). */
  scale?: readonly number[];
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict<F extends string>(model: LogisticModel<F>, x: Readonly<Record<F, number>>): number {
  let z = model.bias;
  model.features.forEach((f, i) => {
    z += (model.weights[i] ?? 0) * (x[f] / (model.scale?.[i] ?? 1));
  });
  return sigmoid(z);
}

/**
 * `predict` for feature values given in an array, in `order`: the model's features are placed once, not looked up by
 * name for every prediction (the alignment makes hundreds of thousands in a wide story). The same terms are summed in
 * the same order, so the probability is the same to the last bit.
 */
export function predictor<F extends string>(
  model: LogisticModel<F>,
  order: readonly F[],
): (values: ArrayLike<number>) => number {
  const at = Int32Array.from(model.features, (f) => {
    const i = order.indexOf(f);
    if (i < 0) throw new Error(`logistic: the model's feature "${f}" is not among the values`);
    return i;
  });
  const weights = Float64Array.from(model.features, (_, i) => model.weights[i] ?? 0);
  const scale = Float64Array.from(model.features, (_, i) => model.scale?.[i] ?? 1);
  return (values) => {
    let z = model.bias;
    for (let i = 0; i < at.length; i++) z += weights[i]! * (values[at[i]!]! / scale[i]!);
    return sigmoid(z);
  };
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the intercept). */
  l2: number;
  iterations: number;
  /** Weight of each positive example relative to a negative one (class imbalance). */
  positiveWeight?: number;
}

/**
 * Fits a logistic model by Newton's method (iteratively reweighted least squares) with an L2 penalty: deterministic,
 * converges in a few dozen steps for the handful of features used here.
 */
export function train<F extends string>(
  features: readonly F[],
  rows: Array<{ x: Readonly<Record<F, number>>; y: 0 | 1 }>,
  options: TrainOptions,
): LogisticModel<F> {
  const d = features.length + 1;
  // Each feature scaled by its largest absolute value, so the penalty treats them alike.
  const scale = features.map((f) => Math.max(1e-9, ...rows.map((r) => Math.abs(r.x[f]))));
  const X = rows.map((r) => [1, ...features.map((f, i) => r.x[f] / scale[i]!)]);
  const y = rows.map((r) => r.y);
  const cw = rows.map((r) => (r.y ? (options.positiveWeight ?? 1) : 1));
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < options.iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    X.forEach((xi, n) => {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * xi[j]!;
      const p = sigmoid(z);
      const g = cw[n]! * (p - y[n]!);
      const h = cw[n]! * p * (1 - p);
      for (let j = 0; j < d; j++) {
        grad[j]! += g * xi[j]!;
        for (let k = 0; k < d; k++) H[j]![k]! += h * xi[j]! * xi[k]!;
      }
    });
    for (let j = 1; j < d; j++) {
      grad[j]! += options.l2 * w[j]!;
      H[j]![j]! += options.l2;
    }
    const step = solve(H, grad);
    let moved = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    if (moved < 1e-9) break;
  }
  return {
    features,
    weights: w.slice(1).map((x) => round(x)),
    bias: round(w[0]!),
    scale: scale.map((x) => round(x)),
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite here). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const pivot = M[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / (M[i]![i]! || 1e-12));
}
