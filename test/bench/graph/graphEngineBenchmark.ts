/**
 * The graph engine's work in Node (what the Web Worker does before a view reaches the canvas): the
 * engine's GraphService on the graph bench's synthetic views (1k, 5k and 20k traders, three edges
 * per node), timed from the view asked to the answer ready to post: building the projection, the
 * analytics and the layout (ForceAtlas2, of the communities above the aggregation threshold). At
 * 5k and 20k it also times expanding the largest community (its members' betweenness and
 * closeness computed within it), and at 5k the on-demand "Compute betweenness/closeness" of the
 * whole view (at 20k that is minutes: 411 s on the shared machine, README "Networks").
 */
import type { Benchmark, BenchmarkFigure } from '../benchmark';
import { GraphService } from '../../../shared/engine/graphService';
import type { NetworkSource } from '../../../shared/engine/graphService';
import type { NetworkGraph } from '../../../shared/graph/networkGraph';
import { graphBenchSizes } from './graphBenchmark';
import { syntheticGraphView } from './syntheticGraph';

/** The synthetic view as a network a source builds (no metrics, no positions: the engine computes them). */
export function syntheticNetwork(nodes: number, seed: number): NetworkGraph {
  const view = syntheticGraphView(nodes, seed);
  return {
    nodes: view.nodes.map(({ id, label, kind, roles, countries, occurrences, watchlistHits }) => ({ id, label, kind, roles, countries, occurrences, watchlistHits })),
    edges: view.edges,
    notes: [],
  };
}

export function syntheticSource(network: NetworkGraph): NetworkSource {
  return { freshness: () => [network], build: () => network };
}

const elapsed = (started: number): number => Math.round(performance.now() - started);

export const graphEngineBenchmark: Benchmark = {
  id: 'graph-engine',
  title: 'Network engine work per view (Node): build, analytics, layout',
  defaultLines: 0,
  async run(options, log) {
    const figures: BenchmarkFigure[] = [];
    for (const size of graphBenchSizes) {
      const service = new GraphService(syntheticSource(syntheticNetwork(size, options.seed)));
      let started = performance.now();
      const view = service.graphView({ view: 'trader-network' });
      const total = elapsed(started);
      const label = `${size / 1000}k`;
      log(`${label}: ${view.nodes.length.toLocaleString('en-GB')} nodes drawn${view.aggregated ? ` (${view.aggregated.groups} communities)` : ''}; build ${view.timings.buildMs} ms, analytics ${view.timings.analyticsMs} ms, layout ${view.timings.layoutMs} ms; metrics computed: ${view.metricsComputed?.join(', ') ?? 'all'}`);
      figures.push({ name: `${label} view ready (worker)`, value: total, unit: 'ms' });
      if (!view.aggregated) continue;
      const largest = view.nodes.find((node) => node.aggregate?.community === 0);
      started = performance.now();
      const expanded = service.graphView({ view: 'trader-network', expandedCommunities: [0] });
      figures.push({ name: `${label} expand community 1`, value: elapsed(started), unit: 'ms' });
      log(`${label}: community 1 expanded (${largest?.aggregate?.members ?? 0} members), ${expanded.nodes.length.toLocaleString('en-GB')} nodes drawn`);
      if (size > 5_000) continue;
      started = performance.now();
      service.graphView({ view: 'trader-network', pathMetrics: true });
      figures.push({ name: `${label} betweenness+closeness asked`, value: elapsed(started), unit: 'ms' });
    }
    return figures;
  },
};
