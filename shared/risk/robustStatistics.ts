/** Median and median absolute deviation, for robust z-scores that a minority of outliers cannot move. */

/** Median of the values (sorts a copy); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface RobustSpread {
  readonly median: number;
  /** Median absolute deviation scaled by 1.4826 (a standard deviation for normal data), never below `floor`. */
  readonly scale: number;
  readonly count: number;
}

export function robustSpread(values: readonly number[], floor: number): RobustSpread {
  const centre = median(values);
  const deviations = values.map((value) => Math.abs(value - centre));
  return { median: centre, scale: Math.max(floor, 1.4826 * median(deviations)), count: values.length };
}

export function robustZ(value: number, spread: RobustSpread): number {
  return (value - spread.median) / spread.scale;
}

/**
 * robustSpread of the values, working in place (their order is changed; `scratch`, at least as
 * long, holds the deviations): the same figures, found by selection instead of sorting and
 * without a copy per call.
 */
export function robustSpreadInPlace(values: Float64Array, floor: number, scratch: Float64Array): RobustSpread {
  const centre = medianInPlace(values);
  const deviations = scratch.subarray(0, values.length);
  for (let index = 0; index < values.length; index += 1) deviations[index] = Math.abs((values[index] as number) - centre);
  return { median: centre, scale: Math.max(floor, 1.4826 * medianInPlace(deviations)), count: values.length };
}

/** The median of the values (as `median`), by selection: reorders them. NaN for none. */
export function medianInPlace(values: Float64Array): number {
  const count = values.length;
  if (count === 0) return Number.NaN;
  const middle = count >> 1;
  const upper = select(values, middle);
  if (count % 2 === 1) return upper;
  // The lower middle value is the largest of those before the middle after selection.
  let lower = values[0] as number;
  for (let index = 1; index < middle; index += 1) if ((values[index] as number) > lower) lower = values[index] as number;
  return (lower + upper) / 2;
}

/**
 * Hoare's selection: puts the k-th smallest value (from 0) at k, smaller or equal ones before it
 * and larger or equal ones after it, and returns it.
 */
function select(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    // Median of three as the pivot.
    const middle = (left + right) >> 1;
    const a = values[left] as number;
    const b = values[middle] as number;
    const c = values[right] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}
