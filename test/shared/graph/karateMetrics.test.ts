/**
 * The graph analytics against networkx's reference values for Zachary's karate club
 * (../shared/graph/karate_*: networkx 3.6.1, computed locally). Tolerances: 1e-9 for exact
 * combinatorial figures (degree centrality, betweenness, closeness: rational numbers), 1e-6 for
 * iterative ones (PageRank to 1e-12 convergence, eigenvector power iteration to 1e-9), exact
 * equality for integers (degree, core number, components); Louvain is randomised, so its
 * partition is checked by modularity within the known bounds, not member for member.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyseGraph, connectedComponents, coreNumbers, partitionModularity } from '../../../shared/graph/graphAnalytics';

const referenceDir = new URL('../../../../shared/graph/', import.meta.url);
const readCsv = (name: string): Record<string, string>[] => {
  const [header, ...lines] = readFileSync(new URL(name, referenceDir), 'utf8').trim().split(/\r?\n/);
  const columns = (header as string).split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index] as string, value])));
};
const reference = JSON.parse(readFileSync(new URL('karate_reference_networkx.json', referenceDir), 'utf8')) as Record<string, unknown>;
const nodeRows = readCsv('karate_node_metrics_networkx.csv');
const edgeRows = readCsv('karate_edges.csv');

function karate(): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const row of nodeRows) graph.addNode(row.node as string);
  for (const row of edgeRows) graph.addEdge(row.source as string, row.target as string, { weight: Number(row.weight) });
  return graph;
}

describe('graph analytics on the karate club (networkx reference values)', () => {
  const graph = karate();
  const analytics = analyseGraph(graph);

  it('reads the reference graph whole', () => {
    expect(graph.order).toBe(reference.n_nodes);
    expect(graph.size).toBe(reference.n_edges);
  });

  it.each(nodeRows.map((row) => [row.node as string, row] as const))('node %s: degree, centralities and core number', (node, row) => {
    const metrics = analytics.metrics.get(node);
    expect(metrics).toBeDefined();
    if (!metrics) return;
    expect(metrics.degree).toBe(Number(row.degree));
    expect(metrics.degreeCentrality).toBeCloseTo(Number(row.degree_centrality), 9);
    expect(metrics.betweenness).toBeCloseTo(Number(row.betweenness_normalized), 9);
    expect(metrics.closeness).toBeCloseTo(Number(row.closeness), 9);
    expect(metrics.eigenvector).toBeCloseTo(Number(row.eigenvector_unweighted), 6);
    expect(metrics.pagerank).toBeCloseTo(Number(row.pagerank_alpha085_unweighted), 6);
    expect(metrics.coreNumber).toBe(Number(row.core_number));
  });

  it('weighted PageRank matches networkx with the interaction counts as weights', () => {
    const weighted = analyseGraph(graph, { weightAttribute: 'weight' });
    for (const row of nodeRows) expect(weighted.metrics.get(row.node as string)?.pagerank).toBeCloseTo(Number(row.pagerank_alpha085_weighted), 6);
  });

  it('finds Louvain communities with modularity between the club split and the known optimum, the same on every run', () => {
    const optimum = (reference.literature_maximum_modularity_unweighted as { value: number }).value;
    expect(analytics.modularity).toBeGreaterThanOrEqual(0.4151 - 1e-6);
    expect(analytics.modularity).toBeLessThanOrEqual(optimum + 1e-6);
    expect(analytics.communities).toBeGreaterThanOrEqual(3);
    expect(analytics.communities).toBeLessThanOrEqual(5);
    // The modularity reported is the partition's modularity, recomputed independently.
    const partition = new Map([...analytics.metrics].map(([node, metrics]) => [node, metrics.community]));
    expect(partitionModularity(graph, partition)).toBeCloseTo(analytics.modularity, 9);
    const again = analyseGraph(graph);
    expect([...again.metrics].map(([, m]) => m.community)).toEqual([...analytics.metrics].map(([, m]) => m.community));
  });

  it('computes the modularity of the true club split as networkx does', () => {
    const split = reference.club_split as Record<string, number[]>;
    const partition = new Map<string, number>();
    Object.values(split).forEach((members, index) => members.forEach((member) => partition.set(String(member), index)));
    expect(partitionModularity(graph, partition)).toBeCloseTo(reference.modularity_of_true_club_split_unweighted as number, 9);
    const louvainSeed2 = reference['louvain_seed2_unweighted_partition (from networkx test_louvain.py test_karate_club_partition)'] as number[][];
    const networkxPartition = new Map<string, number>();
    louvainSeed2.forEach((members, index) => members.forEach((member) => networkxPartition.set(String(member), index)));
    expect(partitionModularity(graph, networkxPartition)).toBeCloseTo(reference.louvain_seed2_unweighted_modularity as number, 9);
  });

  it('has one component and a 4-core, and splits components and cores correctly once cut', () => {
    expect(analytics.components).toBe(1);
    expect(analytics.maxCoreNumber).toBe(4);
    const cut = graph.copy();
    cut.dropNode('0');
    cut.addNode('isolated');
    cut.addNode('a');
    cut.addNode('b');
    cut.addEdge('a', 'b');
    const components = connectedComponents(cut);
    // Without the instructor, 11 (tied only to him) and the group 4, 5, 6, 10, 16 fall off the club.
    expect(components.count).toBe(5);
    expect(components.byNode.get('33')).toBe(0);
    expect(components.byNode.get('1')).toBe(0);
    expect(new Set(['4', '5', '6', '10', '16'].map((node) => components.byNode.get(node)))).toEqual(new Set([1]));
    expect(components.byNode.get('a')).toBe(components.byNode.get('b'));
    expect(new Set([0, 1, components.byNode.get('11'), components.byNode.get('isolated'), components.byNode.get('a')]).size).toBe(5);
    const cores = coreNumbers(cut);
    expect(cores.get('isolated')).toBe(0);
    expect(cores.get('a')).toBe(1);
  });
});
