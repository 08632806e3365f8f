import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { analyseGraph, shortestPathCentralities, withPathMetrics } from '../graph/graphAnalytics';
import { cleanNetworkFilters, networkFiltersKey } from '../graph/billFilters';
import type { GraphAnalytics, NodeMetrics } from '../graph/graphAnalytics';
import { findGraphLayout, graphLayouts } from '../graph/layouts/graphLayouts';
import type { NodePosition } from '../graph/layouts/graphLayout';
import type { NetworkFilters, NetworkGraph, NetworkNode } from '../graph/networkGraph';
import { findGraphView, graphViews } from '../graph/views/graphViews';
import type { GraphViewDefinition } from '../graph/views/graphView';
import type { WorkspaceStore } from '../store/workspaceStore';
import { aggregateView } from '../graph/communityAggregation';
import { aggregateNodes, defaultNeighbourPage, maxGraphNodes, maxNeighbourPage, pathMetricsNodes } from './graphApi';
import type { GraphMetricId } from './graphApi';
import type { EgoNetworkOptions, GraphCatalog, GraphNeighbourPage, GraphNeighbourQuery, GraphNodeView, GraphPath, GraphViewQuery, GraphViewResult, PathOptions } from './graphApi';

/** A built view: the network, its undirected projection (weight = bills) and its analytics. */
interface BuiltView {
  readonly network: NetworkGraph;
  readonly nodes: ReadonlyMap<string, NetworkNode>;
  readonly graph: Graph;
  /** Replaced by the same with betweenness and closeness when they are asked for (large views). */
  analytics: GraphAnalytics;
  /** Betweenness and closeness of the members of a community computed within it (large views, communities expanded). */
  readonly withinCommunity: Map<number, ReadonlyMap<string, { readonly betweenness: number; readonly closeness: number }>>;
  /** Network edge ids per unordered pair ("a|b", a < b). */
  readonly edgesByPair: ReadonlyMap<string, readonly string[]>;
  readonly bills: ReadonlyMap<string, { shipped: number; received: number }>;
  readonly buildMs: number;
  analyticsMs: number;
}

export interface GraphServiceOptions {
  /** Views of more nodes get betweenness and closeness only on demand (default pathMetricsNodes). */
  readonly pathMetricsNodes?: number;
}

export const everyMetric: readonly GraphMetricId[] = ['degree', 'pagerank', 'eigenvector', 'betweenness', 'closeness', 'community', 'component', 'coreNumber'];
const withoutPathMetrics = everyMetric.filter((metric) => metric !== 'betweenness' && metric !== 'closeness');

const cacheSize = 4;
const defaultEgoNodes = 200;
/** Names of freight forwarders and agents: hubs by trade, whatever their degree in the view. */
const forwarderName = /\b(FREIGHT|FORWARD(ER|ERS|ING)?|LOGISTICS?|NVOCC|SHIPPING AGENC(Y|IES)|CUSTOMS BROKER(S|AGE)?)\b/i;

const now = (): number => Date.now();
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Where the networks come from: the open workspace's store (storeNetworkSource), or test data. */
export interface NetworkSource {
  /** Values that change whenever the networks would (the open store, its imports and resolution). */
  freshness(): readonly unknown[];
  build(view: GraphViewDefinition, filters: NetworkFilters): NetworkGraph;
}

/** The views built from whichever store is open, rebuilt when its manifests or resolution change. */
export function storeNetworkSource(currentStore: () => WorkspaceStore): NetworkSource {
  return {
    freshness() {
      const store = currentStore();
      const signature = store.scalar(
        `SELECT (SELECT coalesce(max(id), 0) FROM import_batch) || '|' || (SELECT count(*) FROM party_occurrence) || '|' ||
                coalesce((SELECT resolved_at || '|' || inputs_seen FROM entity_resolution WHERE id = 1), '') || '|' ||
                (SELECT count(*) FROM report_mention) || '|' || (SELECT coalesce(max(seq), 0) FROM mention_review) || '|' ||
                (SELECT coalesce(max(extracted_at), '') FROM report_extraction)`,
      );
      return [store, signature];
    },
    build: (view, filters) => view.build(currentStore(), filters),
  };
}

/**
 * The engine's network service: builds views from its source, analyses and lays them out, and
 * keeps the last few (keyed by view and filters) until the source changes.
 */
export class GraphService {
  private freshness: readonly unknown[] = [];
  private readonly views = new Map<string, BuiltView>();
  private readonly layouts = new Map<string, { positions: ReadonlyMap<string, NodePosition>; layoutMs: number }>();

  private readonly pathMetricsNodes: number;

  constructor(
    private readonly source: NetworkSource,
    options: GraphServiceOptions = {},
  ) {
    this.pathMetricsNodes = options.pathMetricsNodes ?? pathMetricsNodes;
  }

  graphCatalog(): GraphCatalog {
    return {
      views: graphViews.map(({ id, title, description }) => ({ id, title, description })),
      layouts: graphLayouts.map(({ id, title, runsIn }) => ({ id, title, runsIn })),
    };
  }

  graphView(query: GraphViewQuery): GraphViewResult {
    const layout = findGraphLayout(query.layout ?? 'forceatlas2');
    const filters = cleanFilters(query.filters);
    const built = this.built(query.view, filters);
    if (query.pathMetrics && !built.analytics.pathMetrics) {
      const started = now();
      built.analytics = withPathMetrics(built.graph, built.analytics);
      built.analyticsMs += Math.round(now() - started);
    }
    // Without maxNodes a view is drawn whole up to the aggregation threshold and as its communities above it.
    const maxNodes = Math.min(maxGraphNodes, Math.max(1, Math.floor(query.maxNodes ?? maxGraphNodes)));
    const total = built.network.nodes.length;
    if (query.maxNodes === undefined && total > Math.max(1, Math.floor(query.aggregateAbove ?? aggregateNodes))) return this.aggregated(built, query.view, layout.id, query.expandedCommunities ?? []);
    const kept =
      total <= maxNodes
        ? built.network.nodes.map((node) => node.id)
        : [...built.network.nodes]
            .sort((a, b) => {
              const ma = built.analytics.metrics.get(a.id) as NodeMetrics;
              const mb = built.analytics.metrics.get(b.id) as NodeMetrics;
              return mb.degree - ma.degree || billsOf(built, b.id) - billsOf(built, a.id) || (a.id < b.id ? -1 : 1);
            })
            .slice(0, maxNodes)
            .map((node) => node.id);
    const result = this.result(built, query.view, layout.id, kept, `${viewKey(query.view, filters)}|${maxNodes}`);
    return {
      ...result,
      truncated:
        total > maxNodes
          ? `Showing the ${maxNodes.toLocaleString('en-GB')} best-connected of ${total.toLocaleString('en-GB')} traders (${result.edges.length.toLocaleString('en-GB')} of ${built.network.edges.length.toLocaleString('en-GB')} edges): narrow the dates or raise the minimum bills to see the rest.`
          : null,
    };
  }

  findPath(from: string, to: string, options: PathOptions = {}): GraphPath {
    const built = this.built(options.view ?? 'trader-network', cleanFilters(options.filters));
    const label = (id: string): string => built.nodes.get(id)?.label ?? id;
    for (const id of [from, to]) refuseAggregate(built, id, 'find a path from or to it');
    for (const id of [from, to]) {
      if (!built.graph.hasNode(id)) return noPath(`${label(id)} is not in this view (no edges within its filters)`);
    }
    if (from === to) return { found: true, nodes: [from], edges: [], hops: 0, avoided: [], hubDegree: null, message: 'The same trader' };
    let graph = built.graph;
    let hubDegree: number | null = null;
    const avoided: { id: string; label: string; degree: number; reason: string }[] = [];
    if (options.avoidHubs) {
      hubDegree = options.hubDegree ?? defaultHubDegree(built.graph);
      graph = built.graph.copy();
      for (const node of built.graph.nodes()) {
        if (node === from || node === to) continue;
        const degree = built.graph.degree(node);
        const reason = degree >= hubDegree ? `${degree} counterparts` : forwarderName.test(label(node)) ? 'a freight forwarder or agent by name' : null;
        if (reason === null) continue;
        avoided.push({ id: node, label: label(node), degree, reason });
        graph.dropNode(node);
      }
      avoided.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    }
    const path = bidirectional(graph, from, to);
    const hubsNote = options.avoidHubs ? `, avoiding ${avoided.length} hub${avoided.length === 1 ? '' : 's'} (≥ ${hubDegree} counterparts, or forwarders)` : '';
    if (!path) {
      const direct = options.avoidHubs ? bidirectional(built.graph, from, to) : null;
      const through = direct ? `; there is one of ${direct.length - 1} hops through hubs` : '';
      return { ...noPath(`No path between ${label(from)} and ${label(to)}${hubsNote}${through}`), avoided, hubDegree };
    }
    const edges = path.slice(1).flatMap((node, index) => built.edgesByPair.get(pairKey(path[index] as string, node)) ?? []);
    const hops = path.length - 1;
    const via = hops - 1;
    return {
      found: true,
      nodes: path,
      edges,
      hops,
      avoided,
      hubDegree,
      message: `${hops} hop${hops === 1 ? '' : 's'}${via > 0 ? ` through ${via} trader${via === 1 ? '' : 's'}` : ''}${hubsNote}`,
    };
  }

  egoNetwork(id: string, hops: number, options: EgoNetworkOptions = {}): GraphViewResult {
    if (!Number.isInteger(hops) || hops < 1 || hops > 5) throw new RangeError(`hops must be 1 to 5, not ${hops}`);
    const view = options.view ?? 'trader-network';
    const filters = cleanFilters(options.filters);
    const built = this.built(view, filters);
    refuseAggregate(built, id, 'show its ego network');
    if (!built.graph.hasNode(id)) throw new RangeError(`${id} is not in the view '${view}' (no edges within its filters)`);
    const maxNodes = Math.min(maxGraphNodes, Math.max(1, Math.floor(options.maxNodes ?? defaultEgoNodes)));
    const distance = new Map<string, number>([[id, 0]]);
    let frontier = [id];
    for (let hop = 1; hop <= hops && frontier.length > 0; hop += 1) {
      const next: string[] = [];
      for (const node of frontier) {
        built.graph.forEachNeighbor(node, (neighbour) => {
          if (distance.has(neighbour)) return;
          distance.set(neighbour, hop);
          next.push(neighbour);
        });
      }
      frontier = next;
    }
    const rank = (node: string): number => built.analytics.metrics.get(node)?.pagerank ?? 0;
    const ordered = [...distance.keys()].sort((a, b) => (distance.get(a) as number) - (distance.get(b) as number) || rank(b) - rank(a) || (a < b ? -1 : 1));
    const kept = ordered.slice(0, maxNodes);
    const layout = findGraphLayout(options.layout ?? 'forceatlas2');
    const result = this.result(built, view, layout.id, kept, `${viewKey(view, filters)}|ego:${id}:${hops}:${maxNodes}`);
    return {
      ...result,
      totalNodes: ordered.length,
      truncated:
        ordered.length > maxNodes
          ? `Showing the ${maxNodes.toLocaleString('en-GB')} nearest of ${ordered.length.toLocaleString('en-GB')} traders within ${hops} hop${hops === 1 ? '' : 's'}.`
          : null,
    };
  }

  /**
   * Expand: the nodes within `hops` of one node that the canvas does not show yet, nearest first
   * and then by PageRank (a fixed order, so pages follow each other), a page at a time; with the
   * edges joining them to what is shown (the node, the known nodes, earlier pages) and to each other.
   */
  graphNeighbours(query: GraphNeighbourQuery): GraphNeighbourPage {
    const { id, hops } = query;
    if (!Number.isInteger(hops) || hops < 1 || hops > 3) throw new RangeError(`hops must be 1 to 3, not ${hops}`);
    const filters = cleanFilters(query.filters);
    const built = this.built(query.view, filters);
    refuseAggregate(built, id, 'expand its neighbours');
    if (!built.graph.hasNode(id)) throw new RangeError(`${id} is not in the view '${query.view}' (no edges within its filters)`);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = Math.min(maxNeighbourPage, Math.max(1, Math.floor(query.limit ?? defaultNeighbourPage)));
    const known = new Set(query.known);
    known.add(id);
    const distance = neighbourDistances(built.graph, id, hops);
    const rank = (node: string): number => built.analytics.metrics.get(node)?.pagerank ?? 0;
    const candidates = [...distance.keys()]
      .filter((node) => !known.has(node))
      .sort((a, b) => (distance.get(a) as number) - (distance.get(b) as number) || rank(b) - rank(a) || (a < b ? -1 : 1));
    const page = candidates.slice(offset, offset + limit);
    const pageSet = new Set(page);
    const shown = new Set([...known, ...candidates.slice(0, offset + page.length)]);
    const edges = built.network.edges.filter((edge) => (pageSet.has(edge.source) && shown.has(edge.target)) || (pageSet.has(edge.target) && shown.has(edge.source)));
    const nodes = this.result(built, query.view, 'grid', page, '', false).nodes;
    return {
      id,
      hops,
      offset,
      nodes,
      edges,
      distances: Object.fromEntries(page.map((node) => [node, distance.get(node) as number])),
      total: candidates.length,
      remaining: Math.max(0, candidates.length - offset - page.length),
    };
  }

  /**
   * The whole view drawn as its communities (shared/graph/communityAggregation.ts), those asked
   * expanded; positions from the layout when it runs in the engine.
   */
  private aggregated(built: BuiltView, view: string, layoutId: string, expanded: readonly number[]): GraphViewResult {
    const layout = findGraphLayout(layoutId);
    let full = this.result(built, view, layout.id, built.network.nodes.map((node) => node.id), '', false);
    if (!built.analytics.pathMetrics && expanded.length > 0) full = { ...full, nodes: this.withCommunityPathMetrics(built, full.nodes, expanded) };
    const started = now();
    const aggregated = aggregateView(full, { expanded: new Set(expanded), layout: layout.runsIn === 'engine' ? (graph) => layout.compute(graph) : null });
    return { ...aggregated, timings: { ...aggregated.timings, layoutMs: Math.round(now() - started) } };
  }

  /**
   * A large view's betweenness and closeness were not computed: the members of its expanded
   * communities get theirs computed over their community's own subgraph (what is drawn of it),
   * marked pathMetricsWithin so the panel says so.
   */
  private withCommunityPathMetrics(built: BuiltView, nodes: readonly GraphNodeView[], expanded: readonly number[]): GraphNodeView[] {
    const wanted = new Set(expanded);
    const members = new Map<number, string[]>();
    for (const node of nodes) {
      if (!wanted.has(node.community)) continue;
      const list = members.get(node.community);
      if (list) list.push(node.id);
      else members.set(node.community, [node.id]);
    }
    for (const [community, ids] of members) {
      if (built.withinCommunity.has(community)) continue;
      const { betweenness, closeness } = shortestPathCentralities(inducedSubgraph(built.graph, new Set(ids)));
      built.withinCommunity.set(community, new Map(ids.map((id) => [id, { betweenness: betweenness[id] ?? 0, closeness: closeness[id] ?? 0 }])));
    }
    return nodes.map((node) => {
      const figures = wanted.has(node.community) ? built.withinCommunity.get(node.community)?.get(node.id) : undefined;
      return figures ? { ...node, metrics: { ...node.metrics, ...figures }, pathMetricsWithin: node.community } : node;
    });
  }

  /** The view's nodes in `kept` with the edges among them, analytics and positions (unless `positioned` is false). */
  private result(built: BuiltView, view: string, layoutId: string, kept: readonly string[], layoutKey: string, positioned = true): GraphViewResult {
    const keep = new Set(kept);
    const edges = built.network.edges.filter((edge) => keep.has(edge.source) && keep.has(edge.target));
    const layout = findGraphLayout(layoutId);
    let positions: ReadonlyMap<string, NodePosition> | null = null;
    let layoutMs = 0;
    if (layout.runsIn === 'engine' && positioned) {
      const key = `${layoutKey}|${layout.id}`;
      let cached = this.layouts.get(key);
      if (!cached) {
        const started = now();
        const subgraph = keep.size === built.graph.order ? built.graph : inducedSubgraph(built.graph, keep);
        cached = { positions: layout.compute(subgraph), layoutMs: Math.round(now() - started) };
        remember(this.layouts, key, cached);
      }
      positions = cached.positions;
      layoutMs = cached.layoutMs;
    }
    const nodes: GraphNodeView[] = kept.map((nodeId) => {
      const node = built.nodes.get(nodeId) as NetworkNode;
      const metrics = built.analytics.metrics.get(nodeId) as NodeMetrics;
      const bills = built.bills.get(nodeId) ?? { shipped: 0, received: 0 };
      return {
        id: node.id,
        label: node.label,
        kind: node.kind,
        roles: node.roles,
        countries: node.countries,
        occurrences: node.occurrences,
        watchlistHits: node.watchlistHits,
        watchlistHit: node.watchlistHits > 0,
        billsShipped: bills.shipped,
        billsReceived: bills.received,
        metrics,
        community: metrics.community,
        position: positions?.get(nodeId) ?? null,
        ...(node.report ? { report: node.report } : {}),
        ...(node.riskScore !== undefined ? { riskScore: node.riskScore } : {}),
        ...(node.facts ? { facts: node.facts } : {}),
      };
    });
    return {
      view,
      layout: layout.id,
      nodes,
      edges,
      totalNodes: built.network.nodes.length,
      totalEdges: built.network.edges.length,
      truncated: null,
      communities: built.analytics.communities,
      components: built.analytics.components,
      notes: built.network.notes,
      metricsComputed: built.analytics.pathMetrics ? everyMetric : withoutPathMetrics,
      metricsNote: built.analytics.pathMetrics
        ? null
        : `Betweenness and closeness not computed: the view has ${built.network.nodes.length.toLocaleString('en-GB')} nodes (more than ${this.pathMetricsNodes.toLocaleString('en-GB')}); compute them for the whole view (slow), or expand a community of the aggregated view to get its members' within it.`,
      timings: { buildMs: built.buildMs, analyticsMs: built.analyticsMs, layoutMs },
    };
  }

  private built(viewId: string, filters: NetworkFilters): BuiltView {
    const view = findGraphView(viewId);
    this.checkFreshness();
    const key = viewKey(view.id, filters);
    const cached = this.views.get(key);
    if (cached) return cached;
    const started = now();
    const network = this.source.build(view, filters);
    const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    const nodes = new Map<string, NetworkNode>();
    for (const node of network.nodes) {
      nodes.set(node.id, node);
      graph.addNode(node.id);
    }
    const edgesByPair = new Map<string, string[]>();
    const bills = new Map<string, { shipped: number; received: number }>();
    for (const edge of network.edges) {
      const weight = edge.kind === 'shipment-flow' ? edge.bills : 1;
      if (graph.hasEdge(edge.source, edge.target)) graph.updateEdgeAttribute(edge.source, edge.target, 'weight', (value) => (value as number) + weight);
      else graph.addEdge(edge.source, edge.target, { weight });
      const pair = pairKey(edge.source, edge.target);
      const ids = edgesByPair.get(pair);
      if (ids) ids.push(edge.id);
      else edgesByPair.set(pair, [edge.id]);
      if (edge.kind === 'shipment-flow') {
        const source = bills.get(edge.source) ?? { shipped: 0, received: 0 };
        source.shipped += edge.bills;
        bills.set(edge.source, source);
        const target = bills.get(edge.target) ?? { shipped: 0, received: 0 };
        target.received += edge.bills;
        bills.set(edge.target, target);
      }
    }
    const buildMs = Math.round(now() - started);
    const analysed = now();
    const analytics = analyseGraph(graph, { weightAttribute: 'weight', pathMetrics: graph.order <= this.pathMetricsNodes });
    const built: BuiltView = { network, nodes, graph, analytics, withinCommunity: new Map(), edgesByPair, bills, buildMs, analyticsMs: Math.round(now() - analysed) };
    remember(this.views, key, built);
    return built;
  }

  /** Forgets every built view when another workspace is open or its manifests or resolution changed. */
  private checkFreshness(): void {
    const freshness = this.source.freshness();
    if (freshness.length === this.freshness.length && freshness.every((value, index) => Object.is(value, this.freshness[index]))) return;
    this.freshness = freshness;
    this.views.clear();
    this.layouts.clear();
  }
}

/** An aggregate node ("C:3") is a drawing of a community, not a node of the view: operations on it are refused with the way forward. */
function refuseAggregate(built: BuiltView, id: string, operation: string): void {
  const community = /^C:(\d+)$/.exec(id);
  if (!community || built.nodes.has(id)) return;
  const members = [...built.analytics.metrics.values()].filter((metrics) => metrics.community === Number(community[1])).length;
  throw new RangeError(`${id} is community ${Number(community[1]) + 1} of an aggregated view (${members.toLocaleString('en-GB')} members), not a node: expand the community, then ${operation} with one of its members`);
}

function billsOf(built: BuiltView, id: string): number {
  const bills = built.bills.get(id);
  return bills ? bills.shipped + bills.received : 0;
}

/** max(5, mean + 3 standard deviations) of the degrees: the few traders dealing with far more counterparts than the rest. */
export function defaultHubDegree(graph: Graph): number {
  const degrees = graph.nodes().map((node) => graph.degree(node));
  if (degrees.length === 0) return 5;
  const mean = degrees.reduce((sum, degree) => sum + degree, 0) / degrees.length;
  const variance = degrees.reduce((sum, degree) => sum + (degree - mean) ** 2, 0) / degrees.length;
  return Math.max(5, Math.ceil(mean + 3 * Math.sqrt(variance)));
}

/** Hops from `id` (0) to every node within `hops` of it (breadth-first over the undirected projection). */
function neighbourDistances(graph: Graph, id: string, hops: number): Map<string, number> {
  const distance = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let hop = 1; hop <= hops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (distance.has(neighbour)) return;
        distance.set(neighbour, hop);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return distance;
}

function inducedSubgraph(graph: Graph, keep: ReadonlySet<string>): Graph {
  const subgraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of keep) subgraph.addNode(node);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) subgraph.addEdge(source, target, { ...attributes });
  });
  return subgraph;
}

function noPath(message: string): GraphPath {
  return { found: false, nodes: [], edges: [], hops: null, avoided: [], hubDegree: null, message };
}

const cleanFilters = cleanNetworkFilters;

function viewKey(view: string, filters: NetworkFilters): string {
  return `${view}|${networkFiltersKey(filters)}`;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  cache.set(key, value);
  while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
}
