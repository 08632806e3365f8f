import type { AbstractGraph } from 'graphology-types';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import modularity from 'graphology-metrics/graph/modularity';
import { seededRandom } from './seededRandom';

/**
 * Network analytics over an undirected simple graphology graph (the trader network projected to
 * undirected: who deals with whom, whichever way the goods went). Centralities follow networkx's
 * definitions so the figures match the reference values (test/shared/graph/karateMetrics.test.ts):
 * betweenness is normalised by (n-1)(n-2)/2 unordered pairs, closeness is Wasserman–Faust
 * (n-1)/Σd scaled by the reachable share, eigenvector has unit Euclidean norm, PageRank uses
 * α = 0.85 without edge weights unless asked.
 */
export interface NodeMetrics {
  /** Distinct neighbours. */
  readonly degree: number;
  /** degree / (n - 1). */
  readonly degreeCentrality: number;
  /** Shortest-path centralities (Brandes, O(nm)): null when not computed (large views: on demand, see GraphService). */
  readonly betweenness: number | null;
  readonly closeness: number | null;
  readonly eigenvector: number;
  readonly pagerank: number;
  /** Louvain community, 0 the largest. */
  readonly community: number;
  /** Connected component, 0 the largest. */
  readonly component: number;
  /** The largest k such that the node is in the k-core. */
  readonly coreNumber: number;
}

export interface GraphAnalytics {
  readonly metrics: ReadonlyMap<string, NodeMetrics>;
  readonly communities: number;
  /** Modularity of the Louvain partition. */
  readonly modularity: number;
  readonly components: number;
  readonly maxCoreNumber: number;
  /** Whether betweenness and closeness were computed (else they are null in every node's metrics). */
  readonly pathMetrics: boolean;
}

export interface AnalyticsOptions {
  /** Edge attribute holding a weight for PageRank and Louvain; unweighted when absent. */
  readonly weightAttribute?: string;
  /** Seed of Louvain's random node order: the same graph gives the same communities. */
  readonly seed?: number;
  /**
   * Betweenness and closeness (a breadth-first search from every node: minutes at 20,000 nodes);
   * true when absent. When false they are left null and the rest (all linear or near it) computed.
   */
  readonly pathMetrics?: boolean;
}

export function analyseGraph(graph: AbstractGraph, options: AnalyticsOptions = {}): GraphAnalytics {
  if (graph.type !== 'undirected' || graph.multi) throw new TypeError('analyseGraph expects an undirected simple graph');
  const n = graph.order;
  const weight = options.weightAttribute ?? null;
  const degree = n > 1 ? degreeCentrality(graph) : {};
  const paths = options.pathMetrics ?? true;
  const { betweenness, closeness } = paths ? shortestPathCentralities(graph) : { betweenness: null, closeness: null };
  const eigenvector = safeEigenvector(graph);
  const rank = n > 0 && graph.size > 0 ? pagerank(graph, { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000, getEdgeWeight: weight }) : {};
  const community = communitiesOf(graph, weight, options.seed ?? 7);
  const component = connectedComponents(graph);
  const cores = coreNumbers(graph);
  const metrics = new Map<string, NodeMetrics>();
  graph.forEachNode((node) => {
    metrics.set(node, {
      degree: graph.degree(node),
      degreeCentrality: degree[node] ?? 0,
      betweenness: betweenness ? (betweenness[node] ?? 0) : null,
      closeness: closeness ? (closeness[node] ?? 0) : null,
      eigenvector: eigenvector[node] ?? 0,
      pagerank: rank[node] ?? (n > 0 ? 1 / n : 0),
      community: community.byNode.get(node) ?? 0,
      component: component.byNode.get(node) ?? 0,
      coreNumber: cores.get(node) ?? 0,
    });
  });
  let maxCoreNumber = 0;
  for (const core of cores.values()) maxCoreNumber = Math.max(maxCoreNumber, core);
  return { metrics, communities: community.count, modularity: community.modularity, components: component.count, maxCoreNumber, pathMetrics: paths };
}

/** Betweenness (normalised over unordered pairs) and Wasserman–Faust closeness, unweighted: the figures networkx gives. */
export function shortestPathCentralities(graph: AbstractGraph): { betweenness: Record<string, number>; closeness: Record<string, number> } {
  const n = graph.order;
  return {
    // Unweighted shortest paths (graphology would otherwise read a 'weight' attribute as a length).
    betweenness: n > 2 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : {},
    closeness: n > 1 ? closenessCentrality(graph, { wassermanFaust: true }) : {},
  };
}

/** The analytics with betweenness and closeness filled in (computed over the same graph), when they were not. */
export function withPathMetrics(graph: AbstractGraph, analytics: GraphAnalytics): GraphAnalytics {
  if (analytics.pathMetrics) return analytics;
  const { betweenness, closeness } = shortestPathCentralities(graph);
  const metrics = new Map<string, NodeMetrics>();
  for (const [node, figures] of analytics.metrics) metrics.set(node, { ...figures, betweenness: betweenness[node] ?? 0, closeness: closeness[node] ?? 0 });
  return { ...analytics, metrics, pathMetrics: true };
}

function safeEigenvector(graph: AbstractGraph): Record<string, number> {
  if (graph.size === 0) return {};
  try {
    return eigenvectorCentrality(graph, { maxIterations: 1000, tolerance: 1e-9, getEdgeWeight: null });
  } catch {
    // Power iteration need not converge on every graph (a bipartite component oscillates): no figure then.
    return {};
  }
}

interface Partition {
  readonly byNode: ReadonlyMap<string, number>;
  readonly count: number;
  readonly modularity: number;
}

/** Louvain communities numbered by size, largest first (ties by smallest member), seeded. */
export function communitiesOf(graph: AbstractGraph, weightAttribute: string | null, seed: number): Partition {
  if (graph.size === 0) {
    const byNode = new Map<string, number>();
    graph.forEachNode((node, _attributes) => byNode.set(node, byNode.size));
    return { byNode, count: byNode.size, modularity: 0 };
  }
  const detailed = louvain.detailed(graph, { getEdgeWeight: weightAttribute, rng: seededRandom(seed), resolution: 1 });
  const raw = new Map<string, number>(Object.entries(detailed.communities));
  return { ...renumberBySize(graph, raw), modularity: detailed.modularity };
}

/** Modularity of a given partition (networkx's `modularity`, resolution 1). */
export function partitionModularity(graph: AbstractGraph, partition: ReadonlyMap<string, number>, weightAttribute: string | null = null): number {
  return modularity(graph, { getNodeCommunity: (node: string) => partition.get(node) ?? -1, getEdgeWeight: weightAttribute });
}

/** Connected components numbered by size, largest first. */
export function connectedComponents(graph: AbstractGraph): { readonly byNode: ReadonlyMap<string, number>; readonly count: number } {
  const raw = new Map<string, number>();
  let next = 0;
  graph.forEachNode((start) => {
    if (raw.has(start)) return;
    const id = next++;
    raw.set(start, id);
    const stack = [start];
    while (stack.length > 0) {
      const node = stack.pop() as string;
      graph.forEachNeighbor(node, (neighbour) => {
        if (raw.has(neighbour)) return;
        raw.set(neighbour, id);
        stack.push(neighbour);
      });
    }
  });
  return renumberBySize(graph, raw);
}

function renumberBySize(graph: AbstractGraph, raw: ReadonlyMap<string, number>): { byNode: Map<string, number>; count: number } {
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = raw.get(node) as number;
    const members = groups.get(id);
    if (members) members.push(node);
    else groups.set(id, [node]);
  });
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || compareIds(a[0] as string, b[0] as string));
  const byNode = new Map<string, number>();
  ordered.forEach((members, index) => {
    for (const node of members) byNode.set(node, index);
  });
  return { byNode, count: ordered.length };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Core number of every node (Batagelj & Zaveršnik's O(m) peeling, as networkx's core_number):
 * the largest k such that the node belongs to a subgraph where every node has degree ≥ k.
 */
export function coreNumbers(graph: AbstractGraph): Map<string, number> {
  const degree = new Map<string, number>();
  let maxDegree = 0;
  graph.forEachNode((node) => {
    const d = graph.degreeWithoutSelfLoops(node);
    degree.set(node, d);
    maxDegree = Math.max(maxDegree, d);
  });
  const buckets: Set<string>[] = Array.from({ length: maxDegree + 1 }, () => new Set<string>());
  for (const [node, d] of degree) (buckets[d] as Set<string>).add(node);
  const core = new Map<string, number>();
  for (let k = 0; k <= maxDegree; k += 1) {
    const bucket = buckets[k] as Set<string>;
    while (bucket.size > 0) {
      const node = bucket.values().next().value as string;
      bucket.delete(node);
      core.set(node, k);
      graph.forEachNeighbor(node, (neighbour) => {
        if (core.has(neighbour) || neighbour === node) return;
        const d = degree.get(neighbour) as number;
        if (d > k) {
          (buckets[d] as Set<string>).delete(neighbour);
          degree.set(neighbour, d - 1);
          (buckets[d - 1] as Set<string>).add(neighbour);
        }
      });
    }
  }
  return core;
}
