import { GraphService } from '../../../shared/engine/graphService';
import type { EgoNetworkOptions, GraphCatalog, GraphNeighbourPage, GraphNeighbourQuery, GraphPath, GraphProvenance, GraphViewMemory, GraphViewQuery, GraphViewResult, NetworkFilterOptions, PathOptions, ShipmentTimeline, TimelineBucket } from '../../../shared/engine/graphApi';
import type { NetworkEdge, NetworkFilters, NetworkGraph, NetworkNode } from '../../../shared/graph/networkGraph';

const trader = (id: string, label: string, watchlistHits = 0): NetworkNode => ({ id, label, kind: 'trader', roles: ['shipper', 'consignee'], countries: ['GB'], occurrences: 3, watchlistHits });
const flow = (source: string, target: string, bills: number, value: number | null, first: string, last: string): NetworkEdge => ({
  id: `flow:${source}>${target}`,
  source,
  target,
  kind: 'shipment-flow',
  directed: true,
  bills,
  totalDeclaredValueUsd: value,
  firstArrivalDate: first,
  lastArrivalDate: last,
  sharedValues: [],
});

/** A small trader network: a forwarder joins two shippers; a longer route avoids it; one listed trader; one shared address. */
export function sampleNetwork(): NetworkGraph {
  return {
    nodes: [
      trader('T:1', 'ALPHA ELECTRONICS CO LTD'),
      trader('T:2', 'BRAVO TEXTILE PVT LTD'),
      trader('T:3', 'CHARLIE IMPORTS LTD'),
      trader('T:4', 'DELTA WHOLESALE LTD', 2),
      trader('T:5', 'FOXTROT FREIGHT FORWARDING LTD'),
      trader('T:6', 'GOLF LEISURE SUPPLIES LTD'),
      trader('T:7', 'HOTEL CERAMICS CO LTD'),
    ],
    edges: [
      flow('T:1', 'T:3', 2, 1500, '2026-03-02', '2026-03-09'),
      flow('T:1', 'T:4', 1, 200, '2026-03-10', '2026-03-10'),
      flow('T:1', 'T:5', 1, null, '2026-03-12', '2026-03-12'),
      flow('T:7', 'T:5', 1, null, '2026-03-13', '2026-03-13'),
      flow('T:2', 'T:3', 1, 300, '2026-03-15', '2026-03-15'),
      flow('T:2', 'T:6', 1, 50, '2026-04-02', '2026-04-02'),
      flow('T:7', 'T:6', 1, 25, '2026-04-03', '2026-04-03'),
      {
        id: 'address:T:3~T:4',
        source: 'T:3',
        target: 'T:4',
        kind: 'shared-address',
        directed: false,
        bills: 4,
        totalDeclaredValueUsd: null,
        firstArrivalDate: '2026-03-02',
        lastArrivalDate: '2026-03-15',
        sharedValues: ['4 DOCK STREET, FELIXSTOWE IP11 3AA'],
      },
    ],
    notes: [],
  };
}

/** The view's edges of a network held in memory, filtered as the engine filters the store. */
function viewOf(network: NetworkGraph, view: string, filters: NetworkFilters): NetworkGraph {
  const edges = network.edges.filter((edge) => {
    const wanted = view === 'trader-network' ? edge.kind === 'shipment-flow' : view === 'hidden-links' ? edge.kind !== 'shipment-flow' : true;
    if (!wanted) return false;
    if (edge.kind === 'shipment-flow' && edge.bills < (filters.minimumBills ?? 1)) return false;
    if (filters.dateFrom && (edge.lastArrivalDate ?? '') < filters.dateFrom) return false;
    if (filters.dateTo && (edge.firstArrivalDate ?? '9999') > filters.dateTo) return false;
    return true;
  });
  const ids = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return { nodes: network.nodes.filter((node) => ids.has(node.id)), edges, notes: network.notes };
}

/**
 * The network part of the fake engine: the engine's own GraphService (analytics, layouts, caps,
 * paths) over a network held in memory instead of a store. Records every call.
 */
export class FakeGraphs {
  network: NetworkGraph = sampleNetwork();
  readonly viewQueries: GraphViewQuery[] = [];
  readonly pathQueries: { readonly from: string; readonly to: string; readonly options: PathOptions | undefined }[] = [];
  private readonly service = new GraphService({ freshness: () => [this.network], build: (view, filters) => viewOf(this.network, view.id, filters) });

  async graphCatalog(): Promise<GraphCatalog> {
    return this.service.graphCatalog();
  }

  async graphView(query: GraphViewQuery): Promise<GraphViewResult> {
    this.viewQueries.push(query);
    return this.service.graphView(query);
  }

  async findPath(from: string, to: string, options?: PathOptions): Promise<GraphPath> {
    this.pathQueries.push({ from, to, options });
    return this.service.findPath(from, to, options);
  }

  async egoNetwork(id: string, hops: number, options?: EgoNetworkOptions): Promise<GraphViewResult> {
    return this.service.egoNetwork(id, hops, options);
  }

  readonly neighbourQueries: GraphNeighbourQuery[] = [];
  readonly memories = new Map<string, GraphViewMemory>();
  readonly rememberCalls: { readonly view: string; readonly memory: GraphViewMemory }[] = [];

  async graphNeighbours(query: GraphNeighbourQuery): Promise<GraphNeighbourPage> {
    this.neighbourQueries.push(query);
    return this.service.graphNeighbours(query);
  }

  /** The time bar over the sample: each flow's bills on its first arrival, per day. */
  async graphTimeline(filters?: NetworkFilters, bucket?: TimelineBucket): Promise<ShipmentTimeline> {
    void filters;
    const perDay = new Map<string, number>();
    for (const edge of this.network.edges) {
      if (edge.kind === 'shipment-flow' && edge.firstArrivalDate) perDay.set(edge.firstArrivalDate, (perDay.get(edge.firstArrivalDate) ?? 0) + edge.bills);
    }
    const days = [...perDay.keys()].sort();
    const first = days[0] ?? null;
    const last = days.at(-1) ?? null;
    const buckets: { start: string; bills: number }[] = [];
    if (first && last) {
      for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += 86_400_000) {
        const start = new Date(ms).toISOString().slice(0, 10);
        buckets.push({ start, bills: perDay.get(start) ?? 0 });
      }
    }
    return { bucket: bucket ?? 'day', buckets, firstDate: first, lastDate: last, bills: [...perDay.values()].reduce((sum, count) => sum + count, 0), undated: 0 };
  }

  async graphFilterOptions(): Promise<NetworkFilterOptions> {
    return {
      hsChapters: [{ code: '85', bills: 6 }, { code: '61', bills: 2 }],
      ports: [{ code: 'GBFXT', bills: 8 }, { code: 'CNYTN', bills: 5 }],
      countries: [{ code: 'CN', bills: 5 }, { code: 'IN', bills: 3 }],
      riskScored: true,
      maxRiskScore: 9,
    };
  }

  /** One record per bill of a flow of the sample (HLB<n> in edge order), in file "sample.csv". */
  async graphProvenance(elementId: string, filters?: NetworkFilters, limit = 200): Promise<GraphProvenance> {
    void filters;
    const edge = this.network.edges.find((candidate) => candidate.id === elementId);
    const node = this.network.nodes.find((candidate) => candidate.id === elementId);
    if (!edge && !node) throw new RangeError(`no stored records behind '${elementId}'`);
    const edges = edge ? [edge] : this.network.edges.filter((candidate) => candidate.kind === 'shipment-flow' && (candidate.source === elementId || candidate.target === elementId));
    const records = edges.map((flowEdge) => {
      const index = this.network.edges.indexOf(flowEdge);
      return {
        billOfLadingNumber: `HLB${index + 1}`,
        arrivalDate: flowEdge.firstArrivalDate,
        entityId: node ? node.id : null,
        role: node ? (flowEdge.source === node.id ? 'shipper' : 'consignee') : null,
        partyName: node ? node.label : `${flowEdge.source} → ${flowEdge.target}`,
        written: null,
        declaredValueUsd: flowEdge.totalDeclaredValueUsd,
        sourceFile: 'sample.csv',
        sourceSheet: null,
        sourceRow: index + 1,
      };
    });
    return { elementId, description: edge ? 'Bills of lading aggregated into the flow' : 'Party occurrences of the trader', records: records.slice(0, limit), total: records.length };
  }

  async graphViewMemories(): Promise<Readonly<Record<string, GraphViewMemory>>> {
    return Object.fromEntries(this.memories);
  }

  async rememberGraphView(view: string, memory: GraphViewMemory): Promise<GraphViewMemory> {
    this.rememberCalls.push({ view, memory });
    this.memories.set(view, memory);
    return memory;
  }
}
