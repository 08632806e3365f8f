import type { WorkspaceStore } from '../../store/workspaceStore';
import type { NetworkEdge, NetworkFilters, NetworkGraph } from '../networkGraph';
import { readStoredRiskScores } from '../storedRiskScores';
import { readTraderNodes } from '../traderNetworkSource';

/** A network view the analyst can switch to: how it is built from the store. */
export interface GraphViewDefinition {
  readonly id: string;
  readonly title: string;
  /** One sentence for the legend. */
  readonly description: string;
  build(store: WorkspaceStore, filters: NetworkFilters): NetworkGraph;
}

/** The graph of the given edges over the traders they touch, with their stored risk scores. */
export function graphOfEdges(store: WorkspaceStore, edges: readonly NetworkEdge[], notes: readonly string[] = []): NetworkGraph {
  const ids = new Set<string>();
  for (const edge of edges) {
    ids.add(edge.source);
    ids.add(edge.target);
  }
  const risk = readStoredRiskScores(store, ['trader']);
  const nodes = [...readTraderNodes(store, ids).values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((node) => ({ ...node, riskScore: risk.score('trader', node.id) }));
  return { nodes, edges, notes };
}
