/** Candidate pairs of comparison profiles with their points: the graph that clustering cuts. */
export interface ScoredPairs {
  /** Profile numbers, left < right. */
  readonly left: Uint32Array;
  readonly right: Uint32Array;
  /** Points of each pair: positive means "same trader". */
  readonly points: Float64Array;
}

/** Splits interleaved pairs (left, right, left, right, ...) into columns with their points. */
export function scoredPairs(interleaved: Uint32Array, points: Float64Array): ScoredPairs {
  const count = interleaved.length / 2;
  const left = new Uint32Array(count);
  const right = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    left[index] = interleaved[2 * index] as number;
    right[index] = interleaved[2 * index + 1] as number;
  }
  return { left, right, points };
}
