import { describe, expect, it } from 'vitest';
import { correlationClustering } from '../../shared/entities/correlationClustering';
import type { ScoredPairs } from '../../shared/entities/scoredPairs';

function edges(list: readonly (readonly [number, number, number])[]): ScoredPairs {
  return { left: Uint32Array.from(list, (edge) => edge[0]), right: Uint32Array.from(list, (edge) => edge[1]), points: Float64Array.from(list, (edge) => edge[2]) };
}
const groups = (clusterOf: Uint32Array): number[][] => {
  const byRoot = new Map<number, number[]>();
  clusterOf.forEach((root, index) => byRoot.set(root, [...(byRoot.get(root) ?? []), index]));
  return [...byRoot.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
};

describe('correlation clustering (greedy additive edge contraction)', () => {
  it('joins by positive votes and refuses a join whose summed votes are negative', () => {
    // 0–1 and 1–2 vote "same", 0–2 votes strongly "different": 2 stays out.
    const result = correlationClustering(3, edges([[0, 1, 6], [1, 2, 4], [0, 2, -9]]), { mustLinks: [], cannotLinks: [] });
    expect(groups(result.clusterOf)).toEqual([[0, 1], [2]]);
  });

  it('joins a chain whose summed votes stay positive', () => {
    const result = correlationClustering(3, edges([[0, 1, 6], [1, 2, 4], [0, 2, -2]]), { mustLinks: [], cannotLinks: [] });
    expect(groups(result.clusterOf)).toEqual([[0, 1, 2]]);
  });

  it('applies must-links first and refuses joins across a cannot-link', () => {
    const result = correlationClustering(4, edges([[0, 1, 8], [2, 3, 8], [1, 2, 8]]), { mustLinks: [[0, 3]], cannotLinks: [{ left: [1], right: [2] }] });
    expect(groups(result.clusterOf)).toEqual([[0, 1, 3], [2]]);
    expect(result.refusedJoins.length).toBeGreaterThan(0);
    expect(result.refusedJoins[0]?.cannotLink).toBe(0);
  });
});
