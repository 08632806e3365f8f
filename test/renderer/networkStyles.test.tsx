// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphEdgeView, GraphNodeView, GraphViewQuery, GraphViewResult } from '../../shared/engine/graphApi';
import type { NetworkEdgeKind, NetworkNodeKind } from '../../shared/graph/networkGraph';
import { NetworkLegend } from '../../renderer/components/network/NetworkLegend';
import { NetworkView } from '../../renderer/components/network/NetworkView';
import { edgeKindStyles, networkStyle, nodeKindStyles, notScoredColour, riskBands, toElements } from '../../renderer/components/network/networkElements';
import { markingBannerHeight, withMarkingBanners } from '../../renderer/components/network/networkSvgExport';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * Styles of the multi-kind network: a shape per kind of node, fill by community, type or stored
 * risk score, the legend showing exactly the styles in use; an aggregated view's community
 * details and expand action; SVG marking banners; GEXF and GraphML saved through the host.
 */
afterEach(cleanup);

const metrics = { degree: 1, degreeCentrality: 0.1, betweenness: 0, closeness: 0.2, eigenvector: 0.1, pagerank: 0.1, community: 0, component: 0, coreNumber: 1 };
const node = (id: string, kind: NetworkNodeKind, riskScore?: number | null, extra: Partial<GraphNodeView> = {}): GraphNodeView => ({
  id,
  label: id,
  kind,
  roles: [],
  countries: [],
  occurrences: 1,
  watchlistHits: 0,
  watchlistHit: false,
  billsShipped: 0,
  billsReceived: 0,
  metrics,
  community: 0,
  position: { x: 0, y: 0 },
  ...(riskScore !== undefined ? { riskScore } : {}),
  ...extra,
});
const edge = (kind: NetworkEdgeKind, source: string, target: string): GraphEdgeView => ({ id: `${kind}:${source}>${target}`, source, target, kind, directed: true, bills: 1, totalDeclaredValueUsd: null, firstArrivalDate: null, lastArrivalDate: null, sharedValues: [] });

const fullView: GraphViewResult = {
  view: 'full-network',
  layout: 'forceatlas2',
  nodes: [node('T:1', 'trader', 7), node('B:HLB1', 'shipment', 0), node('B:HLB2', 'shipment', 3.5), node('B:HLB3', 'shipment', 1.5), node('K:MSKU1', 'container'), node('V:9123456', 'vessel'), node('P:GBFXT', 'port'), node('W:4', 'watchlist-entry')],
  edges: [edge('bill-shipper', 'T:1', 'B:HLB1'), edge('bill-container', 'B:HLB1', 'K:MSKU1'), edge('bill-vessel-call', 'B:HLB1', 'V:9123456'), edge('bill-discharged-at', 'B:HLB1', 'P:GBFXT'), edge('watchlist-hit', 'W:4', 'T:1')],
  totalNodes: 8,
  totalEdges: 5,
  truncated: null,
  communities: 1,
  components: 1,
  notes: [],
  timings: { buildMs: 0, analyticsMs: 0, layoutMs: 0 },
};

describe('styles by type, risk score and community', () => {
  it('gives each kind its class and shape, and fills by community, type or risk band', () => {
    const elements = toElements(fullView, 'pagerank', 'risk');
    const byId = new Map(elements.map((element) => [element.data.id, element]));
    expect(byId.get('B:HLB1')?.classes).toBe('shipment');
    expect(byId.get('T:1')?.classes).toBe('');
    expect(byId.get('W:4')?.classes).toBe('watchlist-entry');
    expect(byId.get('T:1')?.data.colour).toBe(riskBands.find((band) => band.id === 'high')?.colour);
    expect(byId.get('B:HLB2')?.data.colour).toBe(riskBands.find((band) => band.id === 'target')?.colour);
    expect(byId.get('B:HLB1')?.data.colour).toBe(riskBands.find((band) => band.id === 'none')?.colour);
    expect(byId.get('K:MSKU1')?.data.colour).toBe(notScoredColour);
    expect(toElements(fullView, 'pagerank', 'kind').find((element) => element.data.id === 'V:9123456')?.data.colour).toBe(nodeKindStyles.vessel.colour);
    expect(byId.get('bill-container:B:HLB1>K:MSKU1')?.classes).toBe('bill-container');
    const style = networkStyle() as { selector: string; style: Record<string, unknown> }[];
    for (const kind of ['shipment', 'container', 'vessel', 'port', 'watchlist-entry'] as const) expect(style.find((rule) => rule.selector === `node.${kind}`)?.style).toMatchObject({ shape: nodeKindStyles[kind].shape });
    for (const kind of Object.keys(edgeKindStyles) as NetworkEdgeKind[]) expect(style.some((rule) => rule.selector === `edge.${kind}`), kind).toBe(true);
  });

  it('shows in the legend every shape, fill, border, size and line in use, and none that is not', () => {
    render(<NetworkLegend result={fullView} sizeBy="degree" colourBy="risk" />);
    const legend = screen.getByLabelText('Legend');
    for (const kind of ['trader', 'shipment', 'container', 'vessel', 'port', 'watchlist-entry'] as const) expect(within(legend).getByTestId(`legend-${kind}`).textContent).toBe(` ${nodeKindStyles[kind].label} (${nodeKindStyles[kind].shape.replace('-', ' ')})`);
    expect(within(legend).queryByTestId('legend-report')).toBeNull();
    expect(within(legend).queryByTestId('legend-community')).toBeNull();
    const colour = within(legend).getByTestId('legend-colour').textContent ?? '';
    expect(colour).toContain('Colour: stored risk score');
    for (const band of riskBands) expect(colour).toContain(band.label);
    expect(colour).toContain('Not scored');
    for (const kind of ['bill-shipper', 'bill-container', 'bill-vessel-call', 'bill-discharged-at', 'watchlist-hit'] as const) expect(legend.textContent).toContain(edgeKindStyles[kind].label);
    expect(legend.textContent).not.toContain(edgeKindStyles['bill-loaded-at'].label);
    expect(legend.textContent).toContain('Watchlist hit');
    expect(legend.textContent).toContain('Size: Degree');
    cleanup();
    // Only some bands in use: only those listed.
    render(<NetworkLegend result={{ ...fullView, nodes: fullView.nodes.filter((candidate) => candidate.id === 'B:HLB1') }} sizeBy="degree" colourBy="risk" />);
    const narrow = screen.getByTestId('legend-colour').textContent ?? '';
    expect(narrow).toContain(riskBands[0].label);
    expect(narrow).not.toContain(riskBands[3].label);
    expect(narrow).not.toContain('Not scored');
  });
});

async function renderNetwork(engine: FakeEngine, host = new FakeHost(), marking: 'OFFICIAL' | 'SECRET' = 'OFFICIAL') {
  let cy: Core | null = null;
  render(<NetworkView engine={engine} dataKey="1" host={host} workspaceName="Test" showNotice={() => undefined} headlessCanvas onCanvasReady={(instance) => (cy = instance)} marking={marking} />);
  const canvas = () => {
    if (!cy) throw new Error('no Cytoscape instance');
    return cy as Core;
  };
  return { canvas, host };
}

describe('an aggregated view in the Network view', () => {
  it('shows the notice, the community details and expands a community into its members', async () => {
    const engine = new FakeEngine();
    const queries: GraphViewQuery[] = [];
    const graphView = engine.graphView;
    // The sample network has 7 traders: aggregated above 3, as a large view is above aggregateNodes.
    engine.graphView = (query) => {
      queries.push(query);
      return graphView({ ...query, aggregateAbove: 3 });
    };
    const { canvas } = await renderNetwork(engine);
    const notice = await screen.findByTestId('network-aggregated');
    expect(notice.textContent).toMatch(/^7 nodes grouped into 3 communities — expand a community to see its members/);
    await waitFor(() => expect(canvas().nodes().map((element) => element.id()).sort()).toEqual(['C:0', 'C:1', 'C:2']));
    expect(canvas().getElementById('C:0').hasClass('community')).toBe(true);
    expect(screen.getByLabelText('Legend').textContent).toContain(nodeKindStyles.community.label);
    act(() => {
      canvas().getElementById('C:0').emit('tap');
    });
    const panel = await screen.findByRole('region', { name: 'Selected community' });
    const members = Number(within(panel).getByText('Members').nextSibling?.textContent);
    fireEvent.click(within(panel).getByRole('button', { name: 'Expand community' }));
    await waitFor(() => expect(queries.at(-1)?.expandedCommunities).toEqual([0]));
    await waitFor(() => expect(canvas().nodes().filter((element) => !element.id().startsWith('C:'))).toHaveLength(members));
    expect(canvas().getElementById('C:0').empty()).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Collapse community 1' }));
    await waitFor(() => expect(canvas().getElementById('C:0').nonempty()).toBe(true));
  });
});

describe('exports of the current view', () => {
  it('saves GEXF and GraphML of what is drawn with the marking in their metadata', async () => {
    const { canvas, host } = await renderNetwork(new FakeEngine(), new FakeHost(), 'SECRET');
    await waitFor(() => expect(canvas().nodes()).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: 'Export GEXF' }));
    await waitFor(() => expect(host.savedExports.map((request) => request.format)).toEqual(['gexf']));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Export GraphML' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Export GraphML' }));
    await waitFor(() => expect(host.savedExports.map((request) => request.format)).toEqual(['gexf', 'graphml']));
    const [gexf, graphml] = host.savedExports.map((request) => new TextDecoder().decode(request.bytes)) as [string, string];
    expect(host.savedExports[0]?.suggestedName).toBe('SECRET - Test - Trader network.gexf');
    const fromGexf = parseGexf(Graph, gexf);
    expect([fromGexf.order, fromGexf.size, fromGexf.getAttribute('marking')]).toEqual([7, canvas().edges().length, 'SECRET']);
    expect(fromGexf.getNodeAttribute('T:1', 'label')).toBe('ALPHA ELECTRONICS CO LTD');
    expect(fromGexf.getNodeAttribute('T:1', 'x')).toBe(canvas().getElementById('T:1').position().x);
    const fromGraphml = parseGraphml(Graph, graphml);
    expect([fromGraphml.order, fromGraphml.size]).toEqual([7, canvas().edges().length]);
    expect(graphml).toContain('<desc>SECRET: Test - Trader network</desc>');
  });

  it('puts the marking in an SVG banner at top and bottom, keeps hostile text as text and drops scripts', () => {
    const drawing =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" onload="alert(1)"><script>alert(2)</script><text x="1" y="2">ACME &lt;script&gt;alert("x")&lt;/script&gt; &amp; CO</text><a href="javascript:alert(3)"><rect width="1" height="1"/></a><foreignObject><div>x</div></foreignObject></svg>';
    const marked = withMarkingBanners(drawing, 'OFFICIAL-SENSITIVE | UK EYES ONLY');
    const document = new DOMParser().parseFromString(marked, 'image/svg+xml');
    const root = document.documentElement;
    expect(root.getAttribute('height')).toBe(String(300 + 2 * markingBannerHeight));
    expect(root.getAttribute('viewBox')).toBe(`0 0 400 ${300 + 2 * markingBannerHeight}`);
    expect(root.querySelector('#marking-top text')?.textContent).toBe('OFFICIAL-SENSITIVE | UK EYES ONLY');
    expect(root.querySelector('#marking-bottom text')?.textContent).toBe('OFFICIAL-SENSITIVE | UK EYES ONLY');
    expect(Number(root.querySelector('#marking-bottom rect')?.getAttribute('y'))).toBe(300 + markingBannerHeight);
    expect(root.querySelectorAll('script, foreignObject')).toHaveLength(0);
    expect(root.hasAttribute('onload')).toBe(false);
    expect(root.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(marked).toContain('ACME &lt;script&gt;alert("x")&lt;/script&gt; &amp; CO');
    expect(root.querySelector('g[transform] text')?.textContent).toBe('ACME <script>alert("x")</script> & CO');
    expect(() => withMarkingBanners('<svg><text>unclosed</svg>', 'OFFICIAL')).toThrow('not well-formed SVG');
  });
});
