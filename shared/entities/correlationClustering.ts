/**
 * Clustering records into traders from scored pairs: correlation clustering by greedy additive
 * edge contraction (Keuper et al., 2015). Every scored pair votes with its points (positive: same
 * trader, negative: different). Clusters are joined best first while the summed votes between
 * them stay positive, so a chain of good links cannot pull together two records that clearly
 * differ: their negative vote counts against the join. Analyst must-links join first; a join
 * that would put both sides of a cannot-link together is refused. Only pairs within one
 * component of positive links can ever matter, so the rest are never loaded.
 */
import { MaxHeap } from './binaryHeap';
import { DisjointSets } from './disjointSets';
import type { ScoredPairs } from './scoredPairs';


export interface ClusteringConstraints {
  readonly mustLinks: readonly (readonly [number, number])[];
  readonly cannotLinks: readonly { readonly left: readonly number[]; readonly right: readonly number[] }[];
}

export interface RefusedJoin {
  /** Cluster representatives (record indexes) that a cannot-link kept apart. */
  readonly left: number;
  readonly right: number;
  readonly cannotLink: number;
}

export interface Clustering {
  /** The representative record of each record's cluster. */
  readonly clusterOf: Uint32Array;
  readonly refusedJoins: readonly RefusedJoin[];
}

export function correlationClustering(count: number, edges: ScoredPairs, constraints: ClusteringConstraints): Clustering {
  const sets = new DisjointSets(count);
  const adjacency = new Map<number, Map<number, number>>();
  /** cannot-link index → side bits (1 left, 2 right), per cluster with any. */
  const sides = new Map<number, Map<number, number>>();
  const refusedJoins: RefusedJoin[] = [];

  constraints.cannotLinks.forEach((cannot, index) => {
    for (const [members, bit] of [[cannot.left, 1], [cannot.right, 2]] as const) {
      for (const member of members) {
        const marks = sides.get(member) ?? new Map<number, number>();
        marks.set(index, (marks.get(index) ?? 0) | bit);
        sides.set(member, marks);
      }
    }
  });

  const conflict = (a: number, b: number): number | undefined => {
    const marksA = sides.get(a);
    const marksB = sides.get(b);
    if (!marksA || !marksB) return undefined;
    const [small, large] = marksA.size <= marksB.size ? [marksA, marksB] : [marksB, marksA];
    for (const [index, bits] of small) if (((bits | (large.get(index) ?? 0)) & 3) === 3) return index;
    return undefined;
  };

  const neighbours = (cluster: number): Map<number, number> => {
    let map = adjacency.get(cluster);
    if (!map) {
      map = new Map<number, number>();
      adjacency.set(cluster, map);
    }
    return map;
  };

  const join = (keep: number, gone: number): void => {
    sets.parent[gone] = keep;
    const goneMarks = sides.get(gone);
    if (goneMarks) {
      const keepMarks = sides.get(keep) ?? new Map<number, number>();
      for (const [index, bits] of goneMarks) keepMarks.set(index, (keepMarks.get(index) ?? 0) | bits);
      sides.set(keep, keepMarks);
      sides.delete(gone);
    }
  };

  for (const [a, b] of constraints.mustLinks) {
    const rootA = sets.find(a);
    const rootB = sets.find(b);
    if (rootA !== rootB) join(rootA, rootB);
  }

  // Records can only ever join within a component of positive links (and must-links): pairs
  // across components never count, so they are left out.
  const positive = new DisjointSets(count);
  for (const [a, b] of constraints.mustLinks) positive.union(a, b);
  for (let index = 0; index < edges.left.length; index += 1) {
    if ((edges.points[index] as number) > 0) positive.union(edges.left[index] as number, edges.right[index] as number);
  }

  for (let index = 0; index < edges.left.length; index += 1) {
    if (positive.find(edges.left[index] as number) !== positive.find(edges.right[index] as number)) continue;
    const a = sets.find(edges.left[index] as number);
    const b = sets.find(edges.right[index] as number);
    if (a === b) continue;
    const points = edges.points[index] as number;
    const mapA = neighbours(a);
    mapA.set(b, (mapA.get(b) ?? 0) + points);
    const mapB = neighbours(b);
    mapB.set(a, (mapB.get(a) ?? 0) + points);
  }

  const heap = new MaxHeap();
  const pendingLeft: number[] = [];
  const pendingRight: number[] = [];
  const offer = (a: number, b: number, points: number): void => {
    if (points <= 0) return;
    pendingLeft.push(a);
    pendingRight.push(b);
    heap.push(pendingLeft.length - 1, points);
  };
  for (const [a, map] of adjacency) for (const [b, points] of map) if (a < b) offer(a, b, points);

  for (let top = heap.pop(); top; top = heap.pop()) {
    const a = pendingLeft[top.item] as number;
    const b = pendingRight[top.item] as number;
    if (sets.parent[a] !== a || sets.parent[b] !== b) continue;
    const mapA = adjacency.get(a);
    const current = mapA?.get(b);
    if (current === undefined || current !== top.priority) continue;
    const cannot = conflict(a, b);
    if (cannot !== undefined) {
      refusedJoins.push({ left: a, right: b, cannotLink: cannot });
      mapA?.delete(b);
      adjacency.get(b)?.delete(a);
      continue;
    }
    const mapB = adjacency.get(b) ?? new Map<number, number>();
    const [keep, gone, keepMap, goneMap] = (mapA as Map<number, number>).size >= mapB.size ? [a, b, mapA as Map<number, number>, mapB] : [b, a, mapB, mapA as Map<number, number>];
    join(keep, gone);
    keepMap.delete(gone);
    for (const [other, points] of goneMap) {
      if (other === keep) continue;
      const otherMap = adjacency.get(other) as Map<number, number>;
      otherMap.delete(gone);
      const summed = (keepMap.get(other) ?? 0) + points;
      keepMap.set(other, summed);
      otherMap.set(keep, summed);
      offer(Math.min(keep, other), Math.max(keep, other), summed);
    }
    adjacency.delete(gone);
  }

  const clusterOf = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) clusterOf[index] = sets.find(index);
  return { clusterOf, refusedJoins };
}
