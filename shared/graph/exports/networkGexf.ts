import Graph from 'graphology';
import writeGexf from 'graphology-gexf/browser/writer';
import type { ExportableNetwork } from './exportableNetwork';
import { edgeExportAttributes, nodeExportAttributes, positionOf, xmlSafeText } from './exportableNetwork';

/**
 * The current graph as GEXF 1.3 (graphology-gexf's writer, which escapes every value): nodes and
 * edges with all their attributes, positions as drawn, shipment flows and mentions directed,
 * hidden links undirected. The protective marking is in the metadata twice: as the description's
 * first words and as a <marking> element of its own.
 */
export function networkGexf(network: ExportableNetwork): string {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const marking = xmlSafeText(network.marking);
  graph.replaceAttributes({
    creator: 'Manifest Lens',
    description: `${marking}: ${xmlSafeText(network.title)} (network view '${xmlSafeText(network.view)}')`,
    marking,
  });
  for (const node of network.nodes) {
    const position = positionOf(network, node);
    graph.addNode(node.id, { ...nodeExportAttributes(node), ...(position ? { x: position.x, y: position.y } : {}) });
  }
  for (const edge of network.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const attributes = edgeExportAttributes(edge);
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  }
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, x, y, ...rest } = attributes;
      return { label: String(label), ...(typeof x === 'number' && typeof y === 'number' ? { viz: { x, y } } : {}), attributes: rest };
    },
    formatEdge: (_key, attributes) => ({ ...(typeof attributes.bills === 'number' && attributes.bills > 0 ? { weight: attributes.bills } : {}), attributes }),
  });
}
