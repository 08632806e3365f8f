import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AbstractGraph } from 'graphology-types';
import { seededRandom } from '../seededRandom';
import type { GraphLayoutDefinition, NodePosition } from './graphLayout';

/** Iterations for a graph of this many nodes: fewer on large graphs, where each costs more. */
export function forceAtlas2Iterations(order: number): number {
  return order <= 300 ? 300 : order <= 2000 ? 150 : order <= 10_000 ? 80 : 40;
}

/** Positions are scaled so the drawing spans about this many units per √n: room for nodes of 12–44 px at zoom 1. */
const spanPerRootNode = 70;

/**
 * ForceAtlas2 (graphology-layout-forceatlas2, synchronous): seeded start positions so the same
 * graph gets the same picture, settings inferred from the graph's size (Barnes–Hut above 1,000
 * nodes), LinLog off, edges weighted by their bills, gravity so separate components stay near.
 */
export const forceAtlas2Layout: GraphLayoutDefinition = {
  id: 'forceatlas2',
  title: 'ForceAtlas2',
  runsIn: 'engine',
  compute(graph: AbstractGraph): Map<string, NodePosition> {
    const positioned = graph.copy();
    const random = seededRandom(1_234);
    const spread = Math.sqrt(Math.max(1, graph.order)) * 10;
    positioned.forEachNode((node) => positioned.mergeNodeAttributes(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }));
    const result = new Map<string, NodePosition>();
    if (graph.order === 0) return result;
    const settings = { ...forceAtlas2.inferSettings(positioned), barnesHutOptimize: graph.order > 1000, gravity: 1, edgeWeightInfluence: 0.5 };
    const positions = positioned.size === 0 ? null : forceAtlas2(positioned, { iterations: forceAtlas2Iterations(graph.order), settings, getEdgeWeight: 'weight' });
    const raw = new Map<string, NodePosition>();
    positioned.forEachNode((node, attributes) => raw.set(node, positions?.[node] ?? { x: attributes.x as number, y: attributes.y as number }));
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const { x, y } of raw.values()) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const extent = Math.max(maxX - minX, maxY - minY);
    const scale = extent > 0 ? (spanPerRootNode * Math.sqrt(graph.order)) / extent : 1;
    for (const [node, { x, y }] of raw) result.set(node, { x: round((x - minX) * scale), y: round((y - minY) * scale) });
    return result;
  },
};

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}
