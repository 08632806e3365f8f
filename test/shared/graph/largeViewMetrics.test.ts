/**
 * Large views: above the service's path-metrics threshold the engine computes every metric but
 * betweenness and closeness (null, never 0, and the result says which were computed); they come
 * on demand over the whole view (the same figures as computing everything at once), or for an
 * expanded community over its own subgraph (marked with the community). Below the threshold
 * everything is computed as before. The karate club checks the split analytics against networkx.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { describe, expect, it } from 'vitest';
import { GraphService } from '../../../shared/engine/graphService';
import { analyseGraph, withPathMetrics } from '../../../shared/graph/graphAnalytics';
import { syntheticNetwork, syntheticSource } from '../../bench/graph/graphEngineBenchmark';

const network = syntheticNetwork(400, 3);
const projection = (): Graph => {
  const graph = new Graph({ type: 'undirected' });
  for (const node of network.nodes) graph.addNode(node.id);
  for (const edge of network.edges) if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target);
  return graph;
};

describe('metrics of a large view', () => {
  it('computes all but betweenness and closeness above the threshold, and says so', () => {
    const service = new GraphService(syntheticSource(network), { pathMetricsNodes: 100 });
    const view = service.graphView({ view: 'trader-network', aggregateAbove: 100 });
    expect(view.aggregated?.nodes).toBe(400);
    expect(view.metricsComputed).toEqual(['degree', 'pagerank', 'eigenvector', 'community', 'component', 'coreNumber']);
    expect(view.metricsNote).toBe('Betweenness and closeness not computed: the view has 400 nodes (more than 100); compute them for the whole view (slow), or expand a community of the aggregated view to get its members\' within it.');
    for (const node of view.nodes) expect([node.metrics.betweenness, node.metrics.closeness]).toEqual([null, null]);
    // What is computed is what computing everything gives.
    const capped = service.graphView({ view: 'trader-network', maxNodes: 400 });
    const full = analyseGraph(projection(), { weightAttribute: 'weight' });
    for (const node of capped.nodes.slice(0, 25)) {
      const reference = full.metrics.get(node.id);
      expect(node.metrics.degree).toBe(reference?.degree);
      expect(node.metrics.coreNumber).toBe(reference?.coreNumber);
      expect(node.metrics.betweenness).toBeNull();
    }
  });

  it('computes them within an expanded community, over its own subgraph, marked with the community', () => {
    const service = new GraphService(syntheticSource(network), { pathMetricsNodes: 100 });
    const expanded = service.graphView({ view: 'trader-network', aggregateAbove: 100, expandedCommunities: [0] });
    const members = expanded.nodes.filter((node) => node.kind === 'trader');
    expect(members.length).toBeGreaterThan(10);
    const subgraph = new Graph({ type: 'undirected' });
    for (const member of members) subgraph.addNode(member.id);
    for (const edge of network.edges) if (subgraph.hasNode(edge.source) && subgraph.hasNode(edge.target) && !subgraph.hasEdge(edge.source, edge.target)) subgraph.addEdge(edge.source, edge.target);
    const betweenness = betweennessCentrality(subgraph, { normalized: true, getEdgeWeight: null });
    const closeness = closenessCentrality(subgraph, { wassermanFaust: true });
    for (const member of members) {
      expect(member.pathMetricsWithin).toBe(0);
      expect(member.metrics.betweenness).toBeCloseTo(betweenness[member.id] as number, 12);
      expect(member.metrics.closeness).toBeCloseTo(closeness[member.id] as number, 12);
    }
    expect(members.some((member) => (member.metrics.betweenness ?? 0) > 0)).toBe(true);
    expect(expanded.metricsComputed).not.toContain('betweenness');
  });

  it('computes them over the whole view when asked, the figures of computing everything at once, and keeps them', () => {
    const service = new GraphService(syntheticSource(network), { pathMetricsNodes: 100 });
    service.graphView({ view: 'trader-network', aggregateAbove: 100 });
    const asked = service.graphView({ view: 'trader-network', pathMetrics: true, maxNodes: 400 });
    expect(asked.metricsComputed).toContain('betweenness');
    expect(asked.metricsNote).toBeNull();
    const reference = analyseGraph(projection());
    for (const node of asked.nodes) {
      expect(node.metrics.betweenness).toBeCloseTo(reference.metrics.get(node.id)?.betweenness as number, 12);
      expect(node.metrics.closeness).toBeCloseTo(reference.metrics.get(node.id)?.closeness as number, 12);
    }
    // Kept with the built view: the next answer has them without asking.
    expect(service.graphView({ view: 'trader-network', maxNodes: 400 }).metricsComputed).toContain('closeness');
  });

  it('computes everything for a view at or below the threshold', () => {
    const view = new GraphService(syntheticSource(network)).graphView({ view: 'trader-network' });
    expect(view.aggregated ?? null).toBeNull();
    expect(view.metricsComputed).toContain('betweenness');
    expect(view.metricsNote).toBeNull();
    expect(view.nodes.every((node) => typeof node.metrics.betweenness === 'number' && node.pathMetricsWithin === undefined)).toBe(true);
  });
});

describe('split analytics on the karate club (networkx reference values)', () => {
  const referenceDir = new URL('../../../../shared/graph/', import.meta.url);
  const rows = (name: string) => {
    const [header, ...lines] = readFileSync(new URL(name, referenceDir), 'utf8').trim().split(/\r?\n/);
    const columns = (header as string).split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index] as string, value])));
  };
  it('leaves betweenness and closeness null when not asked, then fills in networkx\'s figures', () => {
    const graph = new Graph({ type: 'undirected' });
    const nodes = rows('karate_node_metrics_networkx.csv');
    for (const row of nodes) graph.addNode(row.node as string);
    for (const row of rows('karate_edges.csv')) graph.addEdge(row.source as string, row.target as string);
    const partial = analyseGraph(graph, { pathMetrics: false });
    expect(partial.pathMetrics).toBe(false);
    const complete = withPathMetrics(graph, partial);
    expect(complete.pathMetrics).toBe(true);
    for (const row of nodes) {
      const id = row.node as string;
      expect(partial.metrics.get(id)?.betweenness).toBeNull();
      expect(partial.metrics.get(id)?.closeness).toBeNull();
      expect(partial.metrics.get(id)?.coreNumber).toBe(Number(row.core_number));
      expect(complete.metrics.get(id)?.betweenness).toBeCloseTo(Number(row.betweenness_normalized), 9);
      expect(complete.metrics.get(id)?.closeness).toBeCloseTo(Number(row.closeness), 9);
    }
  });
});
