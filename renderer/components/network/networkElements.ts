import type { Css, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { GraphEdgeView, GraphNodeView, GraphViewResult } from '../../../shared/engine/graphApi';
import type { NetworkEdgeKind, NetworkNodeKind } from '../../../shared/graph/networkGraph';
import { interactionStyle } from './networkCanvasInteraction';

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
export type LineStyle = 'solid' | 'dashed' | 'dotted';
export const edgeKindStyles: Readonly<Record<NetworkEdgeKind, { readonly label: string; readonly colour: string; readonly line: LineStyle; readonly arrow: boolean }>> = {
  'shipment-flow': { label: 'Shipments (shipper → consignee)', colour: '#7b8794', line: 'solid', arrow: true },
  'shared-address': { label: 'Shared address', colour: '#e8590c', line: 'dashed', arrow: false },
  'shared-phone': { label: 'Shared phone number', colour: '#7048e8', line: 'dotted', arrow: false },
  'shared-email': { label: 'Shared e-mail address', colour: '#1971c2', line: 'dashed', arrow: false },
  'shared-notify-party': { label: 'Same notify party', colour: '#ae3ec9', line: 'dotted', arrow: false },
  'report-mention': { label: 'Report mentions trader (label: grading)', colour: '#2f9e44', line: 'solid', arrow: true },
  'bill-shipper': { label: 'Shipper of the B/L (shipper → B/L)', colour: '#5c940d', line: 'solid', arrow: true },
  'bill-consignee': { label: 'Consignee of the B/L (B/L → consignee)', colour: '#364fc7', line: 'solid', arrow: true },
  'bill-notify-party': { label: 'Notify party of the B/L', colour: '#ae3ec9', line: 'dashed', arrow: true },
  'bill-container': { label: 'B/L in container', colour: '#f08c00', line: 'solid', arrow: false },
  'bill-vessel-call': { label: 'B/L on vessel call', colour: '#1098ad', line: 'solid', arrow: false },
  'bill-loaded-at': { label: 'Loaded at port', colour: '#2b8a3e', line: 'dashed', arrow: false },
  'bill-discharged-at': { label: 'Discharged at port', colour: '#2b8a3e', line: 'solid', arrow: false },
  'watchlist-hit': { label: 'Watchlist hit', colour: '#d0021b', line: 'solid', arrow: true },
  'community-link': { label: 'Links between communities (width: how many)', colour: '#adb5bd', line: 'solid', arrow: false },
};

/** Shapes and colours of the kinds of node (traders and communities take their community's colour). */
export const nodeKindStyles: Readonly<Record<NetworkNodeKind, { readonly label: string; readonly shape: Css.NodeShape; readonly colour: string }>> = {
  trader: { label: 'Trader', shape: 'ellipse', colour: '#3b5bdb' },
  report: { label: 'Intelligence report', shape: 'diamond', colour: '#495057' },
  shipment: { label: 'Bill of lading', shape: 'round-rectangle', colour: '#748ffc' },
  container: { label: 'Container', shape: 'rectangle', colour: '#f08c00' },
  vessel: { label: 'Vessel', shape: 'triangle', colour: '#1098ad' },
  port: { label: 'Port', shape: 'hexagon', colour: '#2b8a3e' },
  'watchlist-entry': { label: 'Watchlist entry', shape: 'star', colour: '#c92a2a' },
  community: { label: 'Community (aggregate: expand to see its members)', shape: 'ellipse', colour: '#9aa3b0' },
};

/** What the fill colour shows. */
export const colourMeasures = [
  { id: 'community', label: 'Community' },
  { id: 'kind', label: 'Type' },
  { id: 'risk', label: 'Risk score' },
] as const;
export type ColourMeasure = (typeof colourMeasures)[number]['id'];

/** Risk score bands (points of the risk rules; 3 is the default profile's target threshold), lowest first. */
export const riskBands = [
  { id: 'none', label: 'Scored, no finding (0)', from: 0, colour: '#40c057' },
  { id: 'low', label: 'Below the target threshold (under 3)', from: Number.MIN_VALUE, colour: '#fab005' },
  { id: 'target', label: 'Target (3 to under 6)', from: 3, colour: '#f76707' },
  { id: 'high', label: 'High (6 or more)', from: 6, colour: '#c92a2a' },
] as const;
export const notScoredColour = '#dee2e6';

/** The band of a stored risk score; null when not scored. */
export function riskBand(score: number | null | undefined): (typeof riskBands)[number] | null {
  if (typeof score !== 'number') return null;
  let band: (typeof riskBands)[number] = riskBands[0];
  for (const candidate of riskBands) if (score >= candidate.from) band = candidate;
  return band;
}

/** A node's fill colour for the measure. */
export function nodeColour(node: GraphNodeView, by: ColourMeasure): string {
  if (by === 'risk') return riskBand(node.riskScore)?.colour ?? notScoredColour;
  if (by === 'kind' || (node.kind !== 'trader' && node.kind !== 'community')) return nodeKindStyles[node.kind].colour;
  return communityColour(node.community);
}
/** Intelligence reports (views with reports) are drawn as diamonds of one colour, whatever their community. */
export const reportNodeStyle = { label: 'Intelligence report', colour: '#495057', shape: 'diamond' } as const;

export const minNodeSize = 12;
export const maxNodeSize = 44;
/** From this many nodes the canvas draws a texture while panning and hides edges while moving. */
export const levelOfDetailNodes = 300;

export function communityColour(community: number): string {
  return communityPalette[community] ?? otherCommunityColour;
}

/** The node's figure for the measure; null when not computed (betweenness and closeness of a large view). */
function measure(node: GraphNodeView, by: SizeMeasure): number | null {
  return by === 'degree' ? node.metrics.degree : node.metrics[by];
}

/**
 * Node diameter: the square root of where the measure lies between the view's smallest and
 * largest, from minNodeSize to maxNodeSize (all minimal when every node has the same figure, and
 * nodes whose figure was not computed minimal too).
 */
export function nodeSizes(nodes: readonly GraphNodeView[], by: SizeMeasure): Map<string, number> {
  let smallest = Infinity;
  let largest = -Infinity;
  for (const node of nodes) {
    const value = measure(node, by);
    if (value === null) continue;
    smallest = Math.min(smallest, value);
    largest = Math.max(largest, value);
  }
  const range = largest - smallest;
  return new Map(
    nodes.map((node) => {
      const value = measure(node, by);
      return [node.id, Math.round(minNodeSize + (maxNodeSize - minNodeSize) * (value !== null && range > 0 ? Math.sqrt((value - smallest) / range) : 0))];
    }),
  );
}

export function edgeWidth(edge: GraphEdgeView): number {
  if (edge.kind === 'community-link') return Math.min(12, 1 + Math.log2(Math.max(1, edge.links ?? 1)));
  if (edge.kind === 'report-mention') return Math.min(6, 1 + Math.log2(Math.max(1, edge.mentions ?? 1)));
  return edge.kind === 'shipment-flow' ? Math.min(8, 1 + Math.log2(Math.max(1, edge.bills))) : 2;
}

/** Aggregate nodes: the square root of their share of the largest community, from maxNodeSize to maxAggregateSize. */
export const maxAggregateSize = 120;

export function toElements(result: GraphViewResult, sizeBy: SizeMeasure, colourBy: ColourMeasure = 'community'): ElementDefinition[] {
  const sizes = nodeSizes(
    result.nodes.filter((node) => node.kind !== 'community'),
    sizeBy,
  );
  let largest = 1;
  for (const node of result.nodes) if (node.aggregate) largest = Math.max(largest, node.aggregate.members);
  const nodes: ElementDefinition[] = result.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      size: node.aggregate ? Math.round(maxNodeSize + (maxAggregateSize - maxNodeSize) * Math.sqrt(node.aggregate.members / largest)) : (sizes.get(node.id) ?? minNodeSize),
      colour: nodeColour(node, colourBy),
      kind: node.kind,
    },
    classes: [node.kind === 'trader' ? '' : node.kind, node.watchlistHit ? 'watchlist' : ''].filter((name) => name !== '').join(' '),
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
    { selector: 'node.report', style: { shape: reportNodeStyle.shape } },
    ...(['shipment', 'container', 'vessel', 'port', 'watchlist-entry'] as const).map((kind) => ({ selector: `node.${kind}`, style: { shape: nodeKindStyles[kind].shape } })),
    { selector: 'node.community', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#495057', 'font-weight': 'bold', 'font-size': 13, 'min-zoomed-font-size': 0 } },
    { selector: 'node.watchlist', style: { 'border-width': 4, 'border-color': watchlistColour } },
    { selector: 'node:selected', style: { 'overlay-color': '#1f5fae', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': edgeKindStyles['shipment-flow'].colour, 'curve-style': 'bezier', opacity: 0.8 } },
    { selector: 'edge.shipment-flow', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': edgeKindStyles['shipment-flow'].colour, 'arrow-scale': 0.8 } },
    { selector: 'edge.shared-address', style: { 'line-color': edgeKindStyles['shared-address'].colour, 'line-style': 'dashed' } },
    { selector: 'edge.shared-phone', style: { 'line-color': edgeKindStyles['shared-phone'].colour, 'line-style': 'dotted' } },
    ...(['shared-email', 'shared-notify-party', 'bill-shipper', 'bill-consignee', 'bill-notify-party', 'bill-container', 'bill-vessel-call', 'bill-loaded-at', 'bill-discharged-at', 'watchlist-hit', 'community-link'] as const).map((kind) => ({
      selector: `edge.${kind}`,
      style: {
        'line-color': edgeKindStyles[kind].colour,
        'line-style': edgeKindStyles[kind].line,
        ...(edgeKindStyles[kind].arrow ? { 'target-arrow-shape': 'triangle' as const, 'target-arrow-color': edgeKindStyles[kind].colour, 'arrow-scale': 0.8 } : {}),
      },
    })),
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
    // Community links: straight haystack lines, the cheapest Cytoscape draws (no arrows to show).
    { selector: 'edge.community-link', style: { 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.6 } },
    { selector: 'edge:selected', style: { 'overlay-color': '#1f5fae', 'overlay-opacity': 0.25, 'overlay-padding': 4 } },
    { selector: '.off-path', style: { opacity: 0.15 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': pathColour, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.on-path.watchlist', style: { 'border-color': watchlistColour } },
    { selector: 'edge.on-path', style: { 'line-color': pathColour, 'target-arrow-color': pathColour, width: 5, opacity: 1, 'z-index': 10 } },
    // The graph operations' marks: pinned nodes, "N more" nodes (networkCanvasInteraction.ts).
    ...interactionStyle(),
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
