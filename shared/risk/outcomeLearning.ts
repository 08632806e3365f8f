import { CholeskyDecomposition, Matrix } from 'ml-matrix';

/**
 * Learning rule weights from examination outcomes (issue 8): an L2-regularised logistic regression
 * of "the examination found something" on the rules' findings, fitted by iteratively reweighted
 * least squares (Newton's method on the penalised log-likelihood; ml-matrix solves each step's
 * linear system by Cholesky decomposition), and evaluated held-out by stratified k-fold
 * cross-validation before any analyst applies it.
 *
 * Why not a library's classifier: the npm logistic regressions (ml-logistic-regression 2.0.0,
 * @stdlib's incremental SGD classifier) have no intercept or no L2 penalty or fit by a fixed number
 * of gradient steps without convergence; with a handful of features, IRLS reaches the penalised
 * maximum exactly in a few steps and is the textbook method (Hastie, Tibshirani & Friedman,
 * "The Elements of Statistical Learning", 2nd ed., §4.4.1). The intercept is not penalised.
 *
 * The features are the rules' strengths on the bill (0 when the rule found nothing, 1 for an
 * ordinary finding: a bill's points from a rule are weight × strength), so a coefficient is the
 * rule's weight in log-odds of a seizure: the points of a profile add like log-odds.
 */

export interface OutcomeExample {
  /** The B/L number as in the input. */
  readonly bill: string;
  readonly seized: boolean;
  /** Strength per rule id on this bill (absent: the rule found nothing). */
  readonly strengths: Readonly<Record<string, number>>;
  /** The bill's score under the profile of the latest scoring (0: nothing found). */
  readonly currentScore: number;
}

export interface LogisticFit {
  readonly intercept: number;
  /** One per feature, in the order given. */
  readonly coefficients: readonly number[];
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Maximises Σ log-likelihood − (l2 / 2) Σ coefficient² over the intercept and coefficients.
 * `rows[i][j]` is feature j of example i; `labels[i]` 1 for a seizure.
 */
export function fitPenalisedLogistic(rows: readonly (readonly number[])[], labels: readonly number[], l2: number, maximumIterations = 100): LogisticFit {
  if (rows.length !== labels.length) throw new RangeError('as many labels as rows are needed');
  if (!(l2 > 0)) throw new RangeError('the L2 penalty must be above 0');
  const features = rows[0]?.length ?? 0;
  const size = features + 1;
  let beta: number[] = new Array<number>(size).fill(0);
  // Start the intercept at the base rate's log-odds (clamped away from 0 and 1).
  const rate = Math.min(0.999, Math.max(0.001, labels.reduce((sum, label) => sum + label, 0) / Math.max(1, labels.length)));
  beta[0] = Math.log(rate / (1 - rate));
  for (let iteration = 1; iteration <= maximumIterations; iteration += 1) {
    const hessian = Matrix.zeros(size, size);
    const gradient = new Array<number>(size).fill(0);
    for (let index = 0; index < rows.length; index += 1) {
      const x = [1, ...(rows[index] as readonly number[])];
      const p = sigmoid(dot(beta, x));
      const residual = (labels[index] as number) - p;
      const w = Math.max(p * (1 - p), 1e-12);
      for (let a = 0; a < size; a += 1) {
        gradient[a] = (gradient[a] as number) + residual * (x[a] as number);
        for (let b = a; b < size; b += 1) hessian.set(a, b, hessian.get(a, b) + w * (x[a] as number) * (x[b] as number));
      }
    }
    for (let a = 0; a < size; a += 1) {
      for (let b = 0; b < a; b += 1) hessian.set(a, b, hessian.get(b, a));
      if (a > 0) {
        hessian.set(a, a, hessian.get(a, a) + l2);
        gradient[a] = (gradient[a] as number) - l2 * (beta[a] as number);
      }
    }
    // An intercept-only problem without any example (or all one class) still has a positive diagonal.
    if (hessian.get(0, 0) <= 0) hessian.set(0, 0, 1e-9);
    const step = new CholeskyDecomposition(hessian).solve(Matrix.columnVector(gradient)).to1DArray();
    beta = beta.map((value, index) => value + (step[index] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-9) return { intercept: beta[0] as number, coefficients: beta.slice(1), iterations: iteration, converged: true };
  }
  return { intercept: beta[0] as number, coefficients: beta.slice(1), iterations: maximumIterations, converged: false };
}

export function predictLogistic(fit: LogisticFit, row: readonly number[]): number {
  return sigmoid(fit.intercept + dot(fit.coefficients, row));
}

/** Area under the ROC curve (Mann–Whitney, ties counted half); null without both classes. */
export function areaUnderCurve(scores: readonly number[], labels: readonly number[]): number | null {
  const order = scores.map((score, index) => ({ score, label: labels[index] as number })).sort((a, b) => a.score - b.score);
  const positives = order.filter((item) => item.label === 1).length;
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as { score: number }).score === (order[start] as { score: number }).score) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let index = start; index <= end; index += 1) if ((order[index] as { label: number }).label === 1) rankSum += averageRank;
    start = end + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean negative log-likelihood of the probabilities (clamped to [1e-9, 1 − 1e-9]). */
export function logLoss(probabilities: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  probabilities.forEach((probability, index) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, probability));
    sum -= labels[index] === 1 ? Math.log(p) : Math.log(1 - p);
  });
  return probabilities.length === 0 ? Number.NaN : sum / probabilities.length;
}

/** Seizures among the `count` highest scores (ties broken by the order given), as a share of count. */
export function precisionAtTop(scores: readonly number[], labels: readonly number[], count: number): number | null {
  if (count <= 0) return null;
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index);
  return order.slice(0, count).filter((item) => labels[item.index] === 1).length / Math.min(count, order.length);
}

/**
 * Stratified fold of each example: within each class, in the order given, 0, 1, …, folds − 1, 0, …
 * (deterministic: the same examples give the same folds).
 */
export function stratifiedFolds(labels: readonly number[], folds: number): number[] {
  const next = [0, 0];
  return labels.map((label) => {
    const cls = label === 1 ? 1 : 0;
    const fold = (next[cls] as number) % folds;
    next[cls] = (next[cls] as number) + 1;
    return fold;
  });
}

function sigmoid(value: number): number {
  return value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) sum += (a[index] as number) * (b[index] as number);
  return sum;
}
