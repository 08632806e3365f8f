import type { GraphEdgeView, GraphNodeView, GraphViewResult } from '../../../shared/engine/graphApi';
import type { NetworkEdgeKind } from '../../../shared/graph/networkGraph';

/**
 * A seeded random network view for the graph bench: `nodes` traders and exactly three edges per
 * node, shaped like the engine's output for a force-directed layout: traders in communities of
 * about 50, each community a cloud around its own point of a grid (what ForceAtlas2 draws), most
 * edges inside a community, the rest between any two traders. Preset positions, metrics and
 * communities are filled in, so the product's own element and style code runs on it unchanged.
 * Pure and deterministic: the same seed and size give the same view.
 */
export function syntheticGraphView(nodes: number, seed: number): GraphViewResult {
  if (!Number.isInteger(nodes) || nodes < 4) throw new Error(`syntheticGraphView: need at least 4 nodes, got ${nodes}`);
  const random = mulberry32(seed);
  const communitySize = 50;
  const communities = Math.ceil(nodes / communitySize);
  const columns = Math.ceil(Math.sqrt(communities));
  const spacing = 420;
  const spread = 80;
  const community = (index: number) => Math.floor(index / communitySize);

  const edges: GraphEdgeView[] = [];
  const degree = new Array<number>(nodes).fill(0);
  const seen = new Set<string>();
  const kinds: NetworkEdgeKind[] = ['shipment-flow', 'shipment-flow', 'shipment-flow', 'shipment-flow', 'shipment-flow', 'shipment-flow', 'shipment-flow', 'shipment-flow', 'shared-address', 'shared-phone'];
  for (let source = 0; source < nodes; source++) {
    for (let made = 0; made < 3; ) {
      const own = community(source);
      const first = own * communitySize;
      const size = Math.min(communitySize, nodes - first);
      const target = random() < 0.85 && size > 4 ? first + Math.floor(random() * size) : Math.floor(random() * nodes);
      const key = source < target ? `${source}~${target}` : `${target}~${source}`;
      if (target === source || seen.has(key)) continue;
      seen.add(key);
      made++;
      degree[source]! += 1;
      degree[target]! += 1;
      const kind = kinds[Math.floor(random() * kinds.length)]!;
      const bills = kind === 'shipment-flow' ? 1 + Math.floor(-Math.log(1 - random()) * 4) : 1 + Math.floor(random() * 3);
      const id = kind === 'shipment-flow' ? `flow:T:${source}>T:${target}` : `${kind === 'shared-address' ? 'address' : 'phone'}:T:${Math.min(source, target)}~T:${Math.max(source, target)}`;
      edges.push({ id, source: `T:${source}`, target: `T:${target}`, kind, directed: kind === 'shipment-flow', bills, totalDeclaredValueUsd: bills * 12_500, firstArrivalDate: '2024-01-02', lastArrivalDate: '2024-06-30', sharedValues: kind === 'shipment-flow' ? [] : ['12 HARBOUR ROAD'] });
    }
  }

  const nodeViews: GraphNodeView[] = [];
  for (let index = 0; index < nodes; index++) {
    const own = community(index);
    const centreX = (own % columns) * spacing;
    const centreY = Math.floor(own / columns) * spacing;
    const [dx, dy] = gaussianPair(random);
    const pagerank = (degree[index]! / (6 * nodes)) * (0.5 + random());
    nodeViews.push({
      id: `T:${index}`,
      label: `TRADER ${index} ${tradeNames[index % tradeNames.length]} LTD`,
      kind: 'trader',
      roles: index % 3 === 0 ? ['shipper'] : ['consignee'],
      countries: [countryCodes[index % countryCodes.length]!],
      occurrences: 1 + (index % 17),
      watchlistHits: index % 97 === 0 ? 1 : 0,
      watchlistHit: index % 97 === 0,
      billsShipped: degree[index]!,
      billsReceived: degree[index]!,
      metrics: { degree: degree[index]!, degreeCentrality: degree[index]! / (nodes - 1), betweenness: random() * random(), closeness: 0.2 + random() * 0.3, eigenvector: random() * random(), pagerank, community: own, component: 0, coreNumber: Math.min(3, degree[index]!) },
      community: own,
      position: { x: Math.round(centreX + dx * spread), y: Math.round(centreY + dy * spread) },
    });
  }
  return {
    view: 'trader-network',
    layout: 'forceatlas2',
    nodes: nodeViews,
    edges,
    totalNodes: nodes,
    totalEdges: edges.length,
    truncated: null,
    communities,
    components: 1,
    notes: [],
    timings: { buildMs: 0, analyticsMs: 0, layoutMs: 0 },
  };
}

const tradeNames = ['GLOBAL FREIGHT', 'OCEANIC IMPORTS', 'EASTERN TRADING', 'NORTHSEA LOGISTICS', 'ATLAS COMMODITIES', 'PACIFIC LINK'];
const countryCodes = ['GB', 'NL', 'CN', 'AE', 'US', 'DE', 'TR', 'IN'];

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussianPair(random: () => number): [number, number] {
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  const angle = 2 * Math.PI * random();
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}
