import type { GraphEdgeView, GraphNodeView } from '../../engine/graphApi';
import type { NodePosition } from '../layouts/graphLayout';

/**
 * The current graph of the Network view as an export takes it: what is drawn (nodes and edges
 * with their attributes), where (positions as drawn), under which marking and title.
 */
export interface ExportableNetwork {
  /** "Demo workspace - Trader network". */
  readonly title: string;
  readonly view: string;
  /** The export's protective marking line (shared/markings/exportMarking), written into the file's metadata. */
  readonly marking: string;
  readonly nodes: readonly GraphNodeView[];
  readonly edges: readonly GraphEdgeView[];
  /** Positions as drawn; a node's engine position when absent. */
  readonly positions?: ReadonlyMap<string, NodePosition>;
}

export type AttributeValue = string | number | boolean;

/** Characters XML 1.0 cannot carry (controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are dropped. */
export function xmlSafeText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Every attribute of a node worth keeping in a graph file, by stable names; absent values left out. */
export function nodeExportAttributes(node: GraphNodeView): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {
    label: node.label,
    kind: node.kind,
    community: node.community,
    component: node.metrics.component,
    degree: node.metrics.degree,
    pagerank: node.metrics.pagerank,
    eigenvector: node.metrics.eigenvector,
    coreNumber: node.metrics.coreNumber,
    occurrences: node.occurrences,
    watchlistHits: node.watchlistHits,
    billsShipped: node.billsShipped,
    billsReceived: node.billsReceived,
  };
  // Not computed (a large view: on demand) is left out, never written as 0.
  if (node.metrics.betweenness !== null) attributes.betweenness = node.metrics.betweenness;
  if (node.metrics.closeness !== null) attributes.closeness = node.metrics.closeness;
  if (node.roles.length > 0) attributes.roles = node.roles.join('; ');
  if (node.countries.length > 0) attributes.countries = node.countries.join('; ');
  if (typeof node.riskScore === 'number') attributes.riskScore = node.riskScore;
  if (node.report) {
    attributes.reportReference = node.report.reference ?? '';
    attributes.reportTitle = node.report.title;
    attributes.reportDate = node.report.date ?? '';
    attributes.reportGrading = node.report.grading ?? '';
    attributes.reportMarking = node.report.marking ?? '';
  }
  if (node.aggregate) attributes.members = node.aggregate.members;
  if (node.facts) attributes.facts = Object.entries(node.facts).map(([name, value]) => `${name}: ${value}`).join('; ');
  return clean(attributes);
}

export function edgeExportAttributes(edge: GraphEdgeView): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = { kind: edge.kind, directed: edge.directed, bills: edge.bills };
  if (edge.totalDeclaredValueUsd !== null) attributes.declaredValueUsd = edge.totalDeclaredValueUsd;
  if (edge.firstArrivalDate) attributes.firstArrival = edge.firstArrivalDate;
  if (edge.lastArrivalDate) attributes.lastArrival = edge.lastArrivalDate;
  if (edge.sharedValues.length > 0) attributes.shared = edge.sharedValues.join('; ');
  if (edge.mentions !== undefined) attributes.mentions = edge.mentions;
  if (edge.grading) attributes.grading = edge.grading;
  if (edge.reference) attributes.reference = edge.reference;
  if (edge.links !== undefined) attributes.links = edge.links;
  return clean(attributes);
}

function clean(attributes: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const cleaned: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    cleaned[name] = typeof value === 'string' ? xmlSafeText(value) : value;
  }
  return cleaned;
}

export function positionOf(network: ExportableNetwork, node: GraphNodeView): NodePosition | null {
  return network.positions?.get(node.id) ?? node.position ?? null;
}
