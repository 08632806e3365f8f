import type { NodeMetrics } from '../graph/graphAnalytics';
import type { NodePosition } from '../graph/layouts/graphLayout';
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

/** Views are capped at this many nodes unless asked otherwise, and never above maxGraphNodes. */
export const defaultGraphNodes = 1500;
export const maxGraphNodes = 20_000;

export interface GraphViewQuery {
  readonly view: string;
  /** A layout id of the catalog; ForceAtlas2 when absent. */
  readonly layout?: string;
  readonly filters?: GraphFilters;
  readonly maxNodes?: number;
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
  /** Milliseconds spent in the engine, for the status line and the bench. */
  readonly timings: { readonly buildMs: number; readonly analyticsMs: number; readonly layoutMs: number };
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

export interface GraphEngineApi {
  /** The network views and layouts on offer. */
  graphCatalog(): Promise<GraphCatalog>;
  /** A view of the workspace's networks with analytics and (for engine layouts) positions; RangeError for an unknown view or layout. */
  graphView(query: GraphViewQuery): Promise<GraphViewResult>;
  /** The shortest path between two traders over the view's edges (direction ignored). */
  findPath(from: string, to: string, options?: PathOptions): Promise<GraphPath>;
  /** The traders within `hops` (1 to 5) of one trader in the view, capped, laid out on their own. */
  egoNetwork(id: string, hops: number, options?: EgoNetworkOptions): Promise<GraphViewResult>;
}
