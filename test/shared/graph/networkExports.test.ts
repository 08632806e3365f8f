/**
 * GEXF and GraphML of the current graph, read back with graphology's own parsers (and GraphML's
 * metadata with a DOM parser): every node and edge with its attributes, directed and undirected
 * edges, parallel edges of two kinds between one pair, the marking in the metadata, hostile
 * labels (markup, quotes, control characters) kept as text.
 */
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { GraphEdgeView, GraphNodeView } from '../../../shared/engine/graphApi';
import type { ExportableNetwork } from '../../../shared/graph/exports/exportableNetwork';
import { xmlSafeText } from '../../../shared/graph/exports/exportableNetwork';
import { networkGexf } from '../../../shared/graph/exports/networkGexf';
import { networkGraphml } from '../../../shared/graph/exports/networkGraphml';

const hostile = 'ACME <script>alert("x")</script> & \'Co\' ]]> \u0001\u0008LTD';

const metrics = (degree: number, community: number) => ({ degree, degreeCentrality: degree / 3, betweenness: 0.25, closeness: 0.5, eigenvector: 0.125, pagerank: 0.3, community, component: 0, coreNumber: 1 });
const node = (id: string, label: string, extra: Partial<GraphNodeView> = {}): GraphNodeView => ({
  id,
  label,
  kind: 'trader',
  roles: ['shipper'],
  countries: ['CN'],
  occurrences: 3,
  watchlistHits: 0,
  watchlistHit: false,
  billsShipped: 2,
  billsReceived: 0,
  metrics: metrics(2, 0),
  community: 0,
  position: { x: 10, y: 20 },
  ...extra,
});
const edge = (id: string, source: string, target: string, extra: Partial<GraphEdgeView> = {}): GraphEdgeView => ({
  id,
  source,
  target,
  kind: 'shipment-flow',
  directed: true,
  bills: 2,
  totalDeclaredValueUsd: 1500.5,
  firstArrivalDate: '2026-03-02',
  lastArrivalDate: '2026-03-09',
  sharedValues: [],
  ...extra,
});

const network: ExportableNetwork = {
  title: 'Demo <workspace> - Trader network',
  view: 'traders-and-reports',
  marking: 'OFFICIAL-SENSITIVE [COMMERCIAL] | UK EYES ONLY',
  nodes: [
    node('T:1', hostile, { riskScore: 4.5, watchlistHits: 1, watchlistHit: true }),
    node('T:9', 'CHARLIE IMPORTS LTD', { roles: ['consignee', 'notify party'], countries: ['GB'], riskScore: 0, metrics: metrics(1, 1), community: 1 }),
    node('R:3', 'IR/2026/0001', { kind: 'report', roles: [], countries: [], report: { reportId: 3, reference: 'IR/2026/0001', title: 'Night collections', fileName: 'IR-0001.txt', date: '2026-05-01', grading: 'B2', marking: 'SECRET' } }),
  ],
  edges: [
    edge('flow:T:1>T:9', 'T:1', 'T:9'),
    edge('address:T:1~T:9', 'T:1', 'T:9', { kind: 'shared-address', directed: false, bills: 3, totalDeclaredValueUsd: null, sharedValues: ['4 DOCK STREET <FELIXSTOWE>'] }),
    edge('mention:R:3>T:1', 'R:3', 'T:1', { kind: 'report-mention', bills: 0, totalDeclaredValueUsd: null, firstArrivalDate: null, lastArrivalDate: null, mentions: 2, grading: 'B2', reference: 'IR/2026/0001' }),
    // An edge to a node not drawn is left out.
    edge('flow:T:1>T:404', 'T:1', 'T:404'),
  ],
  positions: new Map([['T:9', { x: -5.5, y: 7.25 }]]),
};

describe('GEXF of the current graph', () => {
  it('reads back with every node, edge and attribute, the marking in its metadata', () => {
    const text = networkGexf(network);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('\u0001');
    const graph = parseGexf(Graph, text);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getAttribute('marking')).toBe(network.marking);
    expect(graph.getAttribute('description')).toBe(`${network.marking}: Demo <workspace> - Trader network (network view 'traders-and-reports')`);
    expect(graph.getNodeAttributes('T:1')).toMatchObject({ label: xmlSafeText(hostile), kind: 'trader', riskScore: 4.5, watchlistHits: 1, community: 0, roles: 'shipper', countries: 'CN', x: 10, y: 20 });
    expect(graph.getNodeAttribute('T:1', 'label')).toBe('ACME <script>alert("x")</script> & \'Co\' ]]> LTD');
    // Drawn positions win over the engine's.
    expect(graph.getNodeAttributes('T:9')).toMatchObject({ x: -5.5, y: 7.25, roles: 'consignee; notify party', riskScore: 0 });
    expect(graph.getNodeAttributes('R:3')).toMatchObject({ kind: 'report', reportReference: 'IR/2026/0001', reportGrading: 'B2', reportMarking: 'SECRET' });
    expect(graph.isDirected(graph.edge('T:1', 'T:9') as string) || graph.directedEdges('T:1', 'T:9').length === 1).toBe(true);
    expect(graph.getEdgeAttributes('flow:T:1>T:9')).toMatchObject({ kind: 'shipment-flow', bills: 2, declaredValueUsd: 1500.5, firstArrival: '2026-03-02' });
    expect(graph.isUndirected('address:T:1~T:9')).toBe(true);
    expect(graph.getEdgeAttributes('address:T:1~T:9')).toMatchObject({ kind: 'shared-address', shared: '4 DOCK STREET <FELIXSTOWE>' });
    expect(graph.getEdgeAttributes('mention:R:3>T:1')).toMatchObject({ kind: 'report-mention', mentions: 2, grading: 'B2' });
  });
});

const graphElementDefault = (document: ReturnType<DOMParser['parseFromString']>) => document.getElementsByTagName('graph')[0]?.getAttribute('edgedefault');

describe('GraphML of the current graph', () => {
  it('reads back with every node, edge and attribute, the marking in its metadata', () => {
    const text = networkGraphml(network);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('\u0001');
    const graph = parseGraphml(Graph, text);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('T:1')).toMatchObject({ label: 'ACME <script>alert("x")</script> & \'Co\' ]]> LTD', kind: 'trader', riskScore: 4.5, watchlistHits: 1, x: 10, y: 20 });
    expect(graph.getNodeAttributes('T:9')).toMatchObject({ x: -5.5, y: 7.25, riskScore: 0 });
    expect(graph.getNodeAttributes('R:3')).toMatchObject({ reportMarking: 'SECRET' });
    expect(graph.getEdgeAttributes('flow:T:1>T:9')).toMatchObject({ kind: 'shipment-flow', bills: 2, declaredValueUsd: 1500.5, directed: true });
    expect(graph.getEdgeAttributes('address:T:1~T:9')).toMatchObject({ kind: 'shared-address', directed: false, shared: '4 DOCK STREET <FELIXSTOWE>' });

    // Direction per edge (graphology-graphml reads every edge by the graph's default), the metadata and the declared types, read as XML.
    const document = new DOMParser().parseFromString(text, 'text/xml');
    const direction = Object.fromEntries(Array.from(document.getElementsByTagName('edge')).map((element) => [element.getAttribute('id'), element.getAttribute('directed')]));
    expect(direction).toEqual({ 'flow:T:1>T:9': '', 'address:T:1~T:9': 'false', 'mention:R:3>T:1': '' });
    expect(graphElementDefault(document)).toBe('directed');
    const keys = [...Array.from(document.getElementsByTagName('key'))].map((key) => [key.getAttribute('for'), key.getAttribute('attr.name'), key.getAttribute('attr.type')]);
    expect(keys).toContainEqual(['graph', 'marking', 'string']);
    expect(keys).toContainEqual(['node', 'riskScore', 'double']);
    expect(keys).toContainEqual(['node', 'degree', 'long']);
    expect(keys).toContainEqual(['edge', 'directed', 'boolean']);
    const graphElement = document.getElementsByTagName('graph')[0];
    expect(graphElement?.getElementsByTagName('desc')[0]?.textContent).toBe(`${network.marking}: Demo <workspace> - Trader network`);
    const markingKey = Array.from(document.getElementsByTagName('key')).find((key) => key.getAttribute('attr.name') === 'marking')?.getAttribute('id');
    const data = Array.from(graphElement?.childNodes ?? []).filter((child) => child.nodeName === 'data' && (child as Element).getAttribute('key') === markingKey);
    expect(data.map((element) => element.textContent)).toEqual([network.marking]);
  });

  it('writes an empty graph as a valid document', () => {
    const graph = parseGraphml(Graph, networkGraphml({ ...network, nodes: [], edges: [] }));
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });
});
