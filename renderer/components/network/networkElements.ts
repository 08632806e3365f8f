import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { GraphEdgeView, GraphNodeView, GraphViewResult } from '../../../shared/engine/graphApi';

/**
 * How a network view becomes Cytoscape elements and style: pure functions, tested without a
 * canvas. Node size by the chosen centrality, colour by Louvain community (the twelve largest
 * coloured, the rest grey), a red border for a watchlist hit; flows are arrows sized by bills,
 * hidden links dashed (address) or dotted (phone).
 */

export const sizeMeasures = [
  { id: 'pagerank', label: 'PageRank' },
  { id: 'degree', label: 'Degree' },
  { id: 'betweenness', label: 'Betweenness' },
  { id: 'closeness', label: 'Closeness' },
  { id: 'eigenvector', label: 'Eigenvector' },
] as const;
export type SizeMeasure = (typeof sizeMeasures)[number]['id'];

/** Colours of the largest communities, distinct in light and dark themes; smaller ones are grey. */
export const communityPalette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#3b5bdb', '#d9480f', '#087f5b', '#862e9c'] as const;
export const otherCommunityColour = '#9aa3b0';
export const watchlistColour = '#d0021b';
export const pathColour = '#f5a623';
export const edgeKindStyles = {
  'shipment-flow': { label: 'Shipments (shipper → consignee)', colour: '#7b8794', line: 'solid' },
  'shared-address': { label: 'Shared address', colour: '#e8590c', line: 'dashed' },
  'shared-phone': { label: 'Shared phone number', colour: '#7048e8', line: 'dotted' },
  'report-mention': { label: 'Report mentions trader (label: grading)', colour: '#2f9e44', line: 'solid' },
} as const;
/** Intelligence reports (views with reports) are drawn as diamonds of one colour, whatever their community. */
export const reportNodeStyle = { label: 'Intelligence report', colour: '#495057', shape: 'diamond' } as const;

export const minNodeSize = 12;
export const maxNodeSize = 44;
/** From this many nodes the canvas draws a texture while panning and hides edges while moving. */
export const levelOfDetailNodes = 300;

export function communityColour(community: number): string {
  return communityPalette[community] ?? otherCommunityColour;
}

function measure(node: GraphNodeView, by: SizeMeasure): number {
  return by === 'degree' ? node.metrics.degree : node.metrics[by];
}

/**
 * Node diameter: the square root of where the measure lies between the view's smallest and
 * largest, from minNodeSize to maxNodeSize (all minimal when every node has the same figure).
 */
export function nodeSizes(nodes: readonly GraphNodeView[], by: SizeMeasure): Map<string, number> {
  let smallest = Infinity;
  let largest = -Infinity;
  for (const node of nodes) {
    smallest = Math.min(smallest, measure(node, by));
    largest = Math.max(largest, measure(node, by));
  }
  const range = largest - smallest;
  return new Map(nodes.map((node) => [node.id, Math.round(minNodeSize + (maxNodeSize - minNodeSize) * (range > 0 ? Math.sqrt((measure(node, by) - smallest) / range) : 0))]));
}

export function edgeWidth(edge: GraphEdgeView): number {
  if (edge.kind === 'report-mention') return Math.min(6, 1 + Math.log2(Math.max(1, edge.mentions ?? 1)));
  return edge.kind === 'shipment-flow' ? Math.min(8, 1 + Math.log2(Math.max(1, edge.bills))) : 2;
}

export function toElements(result: GraphViewResult, sizeBy: SizeMeasure): ElementDefinition[] {
  const sizes = nodeSizes(result.nodes, sizeBy);
  const nodes: ElementDefinition[] = result.nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id, label: node.label, size: sizes.get(node.id) ?? minNodeSize, colour: node.kind === 'report' ? reportNodeStyle.colour : communityColour(node.community), kind: node.kind },
    classes: [node.kind === 'report' ? 'report' : '', node.watchlistHit ? 'watchlist' : ''].filter((name) => name !== '').join(' '),
    ...(node.position ? { position: { x: node.position.x, y: node.position.y } } : {}),
  }));
  const edges: ElementDefinition[] = result.edges.map((edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, width: edgeWidth(edge), bills: edge.bills, ...(edge.kind === 'report-mention' ? { label: edge.grading ?? '', mentions: edge.mentions ?? 0 } : {}) },
    classes: edge.kind,
  }));
  return [...nodes, ...edges];
}

export function networkStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-size': 10,
        color: '#3b4350',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-max-width': '140px',
        'text-wrap': 'ellipsis',
        // Level of detail: labels go when they would be drawn smaller than 8 px on screen.
        'min-zoomed-font-size': 8,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.report', style: { shape: reportNodeStyle.shape, 'background-color': reportNodeStyle.colour } },
    { selector: 'node.watchlist', style: { 'border-width': 4, 'border-color': watchlistColour } },
    { selector: 'node:selected', style: { 'overlay-color': '#1f5fae', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': edgeKindStyles['shipment-flow'].colour, 'curve-style': 'bezier', opacity: 0.8 } },
    { selector: 'edge.shipment-flow', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': edgeKindStyles['shipment-flow'].colour, 'arrow-scale': 0.8 } },
    { selector: 'edge.shared-address', style: { 'line-color': edgeKindStyles['shared-address'].colour, 'line-style': 'dashed' } },
    { selector: 'edge.shared-phone', style: { 'line-color': edgeKindStyles['shared-phone'].colour, 'line-style': 'dotted' } },
    {
      selector: 'edge.report-mention',
      style: {
        'line-color': edgeKindStyles['report-mention'].colour,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': edgeKindStyles['report-mention'].colour,
        'arrow-scale': 0.8,
        label: 'data(label)',
        'font-size': 8,
        color: edgeKindStyles['report-mention'].colour,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge:selected', style: { 'overlay-color': '#1f5fae', 'overlay-opacity': 0.25, 'overlay-padding': 4 } },
    { selector: '.off-path', style: { opacity: 0.15 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': pathColour, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.on-path.watchlist', style: { 'border-color': watchlistColour } },
    { selector: 'edge.on-path', style: { 'line-color': pathColour, 'target-arrow-color': pathColour, width: 5, opacity: 1, 'z-index': 10 } },
  ];
}

/** Nodes whose name contains the text (case-insensitive), names starting with it first. */
export function searchNodes(nodes: readonly GraphNodeView[], text: string, limit = 8): GraphNodeView[] {
  const needle = text.trim().toUpperCase();
  if (needle === '') return [];
  const matches = nodes.filter((node) => node.label.toUpperCase().includes(needle) || node.id.toUpperCase() === needle);
  return matches
    .sort((a, b) => Number(!a.label.toUpperCase().startsWith(needle)) - Number(!b.label.toUpperCase().startsWith(needle)) || b.metrics.pagerank - a.metrics.pagerank || a.label.localeCompare(b.label))
    .slice(0, limit);
}
