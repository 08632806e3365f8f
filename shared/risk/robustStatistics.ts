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
