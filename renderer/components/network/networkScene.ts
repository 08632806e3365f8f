import type { GraphEdgeView, GraphNodeView, GraphViewResult } from '../../../shared/engine/graphApi';
import type { NodePosition } from '../../../shared/graph/layouts/graphLayout';
import type { NetworkScene } from './networkHistory';

/** An "N more" node: the neighbours an expansion has not loaded yet; tapping it loads the next page. */
export interface NeighbourPlaceholder {
  /** "more:<expansion key>" */
  readonly id: string;
  readonly expansion: number;
  readonly center: string;
  readonly remaining: number;
}

/** Where a node an expansion added goes: on a ring around the node expanded, by its place in the expansion. */
export interface NodeAnchor {
  readonly center: string;
  readonly index: number;
  readonly count: number;
  readonly hops: number;
}

export interface ComposedScene {
  /** The engine's view with the expansions added and the hidden nodes taken out; pinned nodes at their pins. */
  readonly result: GraphViewResult | null;
  readonly placeholders: readonly NeighbourPlaceholder[];
  /** Nodes an expansion added that have no position of their own (the canvas rings them round their anchor). */
  readonly anchors: ReadonlyMap<string, NodeAnchor>;
  readonly pinned: ReadonlyMap<string, NodePosition>;
  /** Hidden nodes that would otherwise be on the canvas. */
  readonly hiddenCount: number;
  /** Nodes that are the centre of at least one expansion (they can be collapsed). */
  readonly expandedCentres: ReadonlySet<string>;
  /** Every node id of the graph before hiding (what the engine must not return again when expanding). */
  readonly known: readonly string[];
}

export const placeholderId = (expansion: number): string => `more:${expansion}`;

/** Distance of the first ring from its centre, and between rings, in model units. */
const ringRadius = 90;

/** A position on the ring of an anchored node, around the centre's position. */
export function anchoredPosition(centre: NodePosition, anchor: NodeAnchor): NodePosition {
  const angle = (2 * Math.PI * anchor.index) / Math.max(1, anchor.count) - Math.PI / 2;
  const radius = ringRadius * anchor.hops + Math.min(200, anchor.count * 2);
  return { x: Math.round((centre.x + radius * Math.cos(angle)) * 100) / 100, y: Math.round((centre.y + radius * Math.sin(angle)) * 100) / 100 };
}

/**
 * The graph on screen: the engine's answer for the view (or ego network), the nodes and edges of
 * every expansion (each once, the first to bring it wins), then the hidden nodes and their edges
 * taken out; an "N more" placeholder per expansion with neighbours left to load; pinned nodes of
 * the view at their pinned positions. Counts in the result (communities, components, totals) stay
 * the engine's, for the view as built.
 */
export function composeScene(base: GraphViewResult | null, scene: NetworkScene): ComposedScene {
  const pinnedHere = new Map(Object.entries(scene.pinned[scene.view] ?? {}));
  if (!base) return { result: null, placeholders: [], anchors: new Map(), pinned: pinnedHere, hiddenCount: 0, expandedCentres: new Set(), known: [] };
  const nodes = new Map<string, GraphNodeView>(base.nodes.map((node) => [node.id, node]));
  const edges = new Map<string, GraphEdgeView>(base.edges.map((edge) => [edge.id, edge]));
  const anchors = new Map<string, NodeAnchor>();
  const placeholders: NeighbourPlaceholder[] = [];
  const expandedCentres = new Set<string>();
  for (const expansion of scene.expansions) {
    if (!nodes.has(expansion.center)) continue;
    expandedCentres.add(expansion.center);
    const loaded = expansion.pages.flatMap((page) => page.nodes);
    const count = loaded.length;
    loaded.forEach((node, index) => {
      if (nodes.has(node.id)) return;
      nodes.set(node.id, node);
      const page = expansion.pages.find((candidate) => candidate.distances[node.id] !== undefined);
      anchors.set(node.id, { center: expansion.center, index, count, hops: page?.distances[node.id] ?? 1 });
    });
    for (const page of expansion.pages) for (const edge of page.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
    const last = expansion.pages[expansion.pages.length - 1];
    if (last && last.remaining > 0) placeholders.push({ id: placeholderId(expansion.key), expansion: expansion.key, center: expansion.center, remaining: last.remaining });
  }
  const known = [...nodes.keys()];
  const hidden = new Set(scene.hidden);
  let hiddenCount = 0;
  for (const id of hidden) {
    if (nodes.delete(id)) hiddenCount += 1;
  }
  const shownNodes = [...nodes.values()].map((node) => {
    const pin = pinnedHere.get(node.id);
    return pin ? { ...node, position: pin } : node;
  });
  const shownEdges = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  for (const id of [...anchors.keys()]) if (!nodes.has(id) || pinnedHere.has(id)) anchors.delete(id);
  return {
    result: { ...base, nodes: shownNodes, edges: shownEdges },
    placeholders: placeholders.filter((placeholder) => nodes.has(placeholder.center)),
    anchors,
    pinned: pinnedHere,
    hiddenCount,
    expandedCentres,
    known,
  };
}
