import type { NodeMetrics } from '../graph/graphAnalytics';
import type { NodePosition } from '../graph/layouts/graphLayout';
import type { GraphProvenance } from '../graph/graphProvenance';
import type { GraphViewMemory } from '../graph/graphViewMemory';
import type { NetworkFilterOptions } from '../graph/networkFilterOptions';
import type { ShipmentTimeline, TimelineBucket } from '../graph/shipmentTimeline';
import type { NetworkEdge, NetworkFilters, NetworkNodeKind, ReportNodeFacts, TraderRole } from '../graph/networkGraph';

/**
 * The network part of the engine's API (issue 7): network views built from the stored trader
 * resolution, their analytics and layouts, paths and ego networks. Everything is computed in the
 * engine (the Web Worker in the app): the UI receives nodes with preset positions and draws them.
 * Node ids are trader entity ids ("T:123"); edge ids say their kind ("flow:T:1>T:9").
 */

export interface GraphViewDescriptor {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface GraphLayoutDescriptor {
  readonly id: string;
  readonly title: string;
  /** 'engine': positions come with the view; 'canvas': the canvas runs Cytoscape's layout of this name. */
  readonly runsIn: 'engine' | 'canvas';
}

export interface GraphCatalog {
  readonly views: readonly GraphViewDescriptor[];
  readonly layouts: readonly GraphLayoutDescriptor[];
}

export type GraphFilters = NetworkFilters;

/** A cap callers may ask for as maxNodes (the best-connected nodes kept); never above maxGraphNodes. Without maxNodes, views above aggregateNodes are drawn as communities. */
export const defaultGraphNodes = 1500;
export const maxGraphNodes = 20_000;

export interface GraphViewQuery {
  readonly view: string;
  /** A layout id of the catalog; ForceAtlas2 when absent. */
  readonly layout?: string;
  readonly filters?: GraphFilters;
  readonly maxNodes?: number;
  /**
   * Without maxNodes, a view of more nodes than this (default aggregateNodes) is drawn as its
   * Louvain communities (aggregate nodes "C:<community>" with counts, weighted links between them).
   */
  readonly aggregateAbove?: number;
  /** Communities of an aggregated view drawn with their members. */
  readonly expandedCommunities?: readonly number[];
  /**
   * Compute betweenness and closeness over the whole view even above pathMetricsNodes (slow: a
   * breadth-first search from every node, minutes at 20,000 nodes); kept with the view once done.
   */
  readonly pathMetrics?: boolean;
}

/** Above this many nodes a view's betweenness and closeness are computed only when asked (GraphViewQuery.pathMetrics) or within an expanded community. */
export const pathMetricsNodes = 2_500;

/** The node metrics a view may carry; metricsComputed says which it does. */
export type GraphMetricId = 'degree' | 'pagerank' | 'eigenvector' | 'betweenness' | 'closeness' | 'community' | 'component' | 'coreNumber';

/** Views of more nodes than this are aggregated into communities (what Cytoscape draws fluidly, with room). */
export const aggregateNodes = 2_500;

/** An aggregate node: the members of one Louvain community, counted. */
export interface CommunityAggregate {
  readonly community: number;
  readonly members: number;
  /** Members per node kind ({ trader: 410, report: 2 }). */
  readonly kinds: Readonly<Partial<Record<NetworkNodeKind, number>>>;
  /** The highest stored risk score of a member; null when none was scored. */
  readonly maxRiskScore: number | null;
}

export interface GraphNodeView {
  readonly id: string;
  readonly label: string;
  readonly kind: NetworkNodeKind;
  readonly roles: readonly TraderRole[];
  readonly countries: readonly string[];
  readonly occurrences: number;
  readonly watchlistHits: number;
  readonly watchlistHit: boolean;
  /** Bills shipped / received in the view (shipment flows), within its filters. */
  readonly billsShipped: number;
  readonly billsReceived: number;
  /** Analytics over the whole view before any cap (undirected projection). */
  readonly metrics: NodeMetrics;
  /** Louvain community (0 the largest), the same as metrics.community. */
  readonly community: number;
  /** Preset position for an engine layout; null when the canvas lays the view out. */
  readonly position: NodePosition | null;
  /** Report nodes (kind 'report', id "R:<report id>"): reference, date, grading, marking; absent for traders. */
  readonly report?: ReportNodeFacts;
  /** The stored risk score: null when the workspace was never scored; absent for kinds never scored. */
  readonly riskScore?: number | null;
  /** Stored facts of a node of the full network (B/L number, IMO number, list...). */
  readonly facts?: Readonly<Record<string, string>>;
  /** Aggregate nodes (kind 'community'): the community and its counts. */
  readonly aggregate?: CommunityAggregate;
  /** Set when metrics.betweenness and closeness were computed over this node's expanded community only (the view's own were not computed). */
  readonly pathMetricsWithin?: number;
}

export type GraphEdgeView = NetworkEdge;

export interface GraphViewResult {
  readonly view: string;
  readonly layout: string;
  readonly nodes: readonly GraphNodeView[];
  readonly edges: readonly GraphEdgeView[];
  /** The view's size before the cap. */
  readonly totalNodes: number;
  readonly totalEdges: number;
  /** Why nodes are missing, when the view was capped ("showing the 1,500 best-connected of 4,210 traders"); null otherwise. */
  readonly truncated: string | null;
  readonly communities: number;
  readonly components: number;
  /** What the view's builder left out and why. */
  readonly notes: readonly string[];
  /** Set when the view was drawn as communities: how many nodes in how many groups, which are expanded, and the notice to show. */
  readonly aggregated?: GraphAggregation | null;
  /** The metrics computed over the whole view (absent: every one); those missing are null in the nodes' metrics. */
  readonly metricsComputed?: readonly GraphMetricId[];
  /** Why some metrics were not computed and how to get them; null when all were. */
  readonly metricsNote?: string | null;
  /** Milliseconds spent in the engine, for the status line and the bench. */
  readonly timings: { readonly buildMs: number; readonly analyticsMs: number; readonly layoutMs: number };
}

export interface GraphAggregation {
  readonly nodes: number;
  readonly groups: number;
  readonly expanded: readonly number[];
  /** "20,000 nodes grouped into 412 communities — expand a community to see its members". */
  readonly message: string;
  /** The members of the communities not expanded (not drawn), for search-to-focus: find one, expand its community, focus it. */
  readonly members?: readonly AggregatedMember[];
}

export interface AggregatedMember {
  readonly id: string;
  readonly label: string;
  readonly kind: NetworkNodeKind;
  readonly community: number;
}

export interface PathOptions {
  /** The view whose edges the path may use; the trader network when absent. */
  readonly view?: string;
  readonly filters?: GraphFilters;
  /** Route around hubs: traders with at least hubDegree counterparts, and freight forwarders by name. */
  readonly avoidHubs?: boolean;
  /** Counterparts from which a trader is a hub; by default max(5, mean + 3 standard deviations) of the view. */
  readonly hubDegree?: number;
}

export interface GraphPath {
  readonly found: boolean;
  /** Trader ids from `from` to `to`; empty when none. */
  readonly nodes: readonly string[];
  /** Every edge of the view joining consecutive nodes of the path. */
  readonly edges: readonly string[];
  readonly hops: number | null;
  /** Hubs the path was kept away from (endpoints are never avoided). */
  readonly avoided: readonly { readonly id: string; readonly label: string; readonly degree: number; readonly reason: string }[];
  readonly hubDegree: number | null;
  /** One sentence: "3 hops through 2 traders, avoiding 4 hubs (≥ 12 counterparts, or forwarders)". */
  readonly message: string;
}

export interface EgoNetworkOptions {
  readonly view?: string;
  readonly filters?: GraphFilters;
  readonly layout?: string;
  /** At most this many nodes, the nearest first (by hops, then by centrality). */
  readonly maxNodes?: number;
}

/** Expanding a node: its neighbours within `hops` that are not on the canvas yet, a page at a time. */
export interface GraphNeighbourQuery {
  readonly view: string;
  readonly filters?: GraphFilters;
  /** The node expanded. */
  readonly id: string;
  /** 1 to 3. */
  readonly hops: number;
  /** Nodes already on the canvas (hidden ones too): never returned as new; edges to them are. Keep it the same for every page of one expansion. */
  readonly known: readonly string[];
  /** New neighbours to pass over (the pages already loaded). */
  readonly offset?: number;
  /** At most this many new neighbours (default defaultNeighbourPage, at most maxNeighbourPage). */
  readonly limit?: number;
}

export type { GraphProvenance, GraphViewMemory, NetworkFilterOptions, ShipmentTimeline, TimelineBucket };

export const defaultNeighbourPage = 25;
export const maxNeighbourPage = 500;

export interface GraphNeighbourPage {
  readonly id: string;
  readonly hops: number;
  readonly offset: number;
  /** The page's new neighbours, nearest first, then by PageRank; no positions (the canvas places them). */
  readonly nodes: readonly GraphNodeView[];
  /** Edges joining the page's nodes to the expanded node, to known nodes, to earlier pages and to each other. */
  readonly edges: readonly GraphEdgeView[];
  /** Hops from the expanded node, per node of the page. */
  readonly distances: Readonly<Record<string, number>>;
  /** New neighbours within `hops` in all, and how many remain after this page. */
  readonly total: number;
  readonly remaining: number;
}

export interface GraphEngineApi {
  /** The network views and layouts on offer. */
  graphCatalog(): Promise<GraphCatalog>;
  /** A view of the workspace's networks with analytics and (for engine layouts) positions; RangeError for an unknown view or layout. */
  graphView(query: GraphViewQuery): Promise<GraphViewResult>;
  /** The shortest path between two traders over the view's edges (direction ignored). */
  findPath(from: string, to: string, options?: PathOptions): Promise<GraphPath>;
  /** The traders within `hops` (1 to 5) of one trader in the view, capped, laid out on their own. */
  egoNetwork(id: string, hops: number, options?: EgoNetworkOptions): Promise<GraphViewResult>;
  /** A page of the neighbours of one node within 1 to 3 hops that are not known yet (expand); RangeError when the node is not in the view. */
  graphNeighbours(query: GraphNeighbourQuery): Promise<GraphNeighbourPage>;
  /** Bills per day or week over the workspace's arrival dates, under the filters but their dates (the time bar). */
  graphTimeline(filters?: GraphFilters, bucket?: TimelineBucket): Promise<ShipmentTimeline>;
  /** The HS chapters, ports and countries the bills carry, and whether risk scores exist (the filter pickers). */
  graphFilterOptions(): Promise<NetworkFilterOptions>;
  /** The stored records behind a node or edge (party occurrences, aggregated bills) with file and row; RangeError for other kinds. */
  graphProvenance(elementId: string, filters?: GraphFilters, limit?: number): Promise<GraphProvenance>;
  /** The layout and pinned positions each view was left with, as saved in the workspace. */
  graphViewMemories(): Promise<Readonly<Record<string, GraphViewMemory>>>;
  /** Saves a view's layout and pinned positions in the workspace (workspace_setting). */
  rememberGraphView(view: string, memory: GraphViewMemory): Promise<GraphViewMemory>;
}
