// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkView } from '../../renderer/components/network/NetworkView';
import { communityColour, nodeSizes, otherCommunityColour, searchNodes, toElements, maxNodeSize, minNodeSize } from '../../renderer/components/network/networkElements';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * The Network view on the fake engine (the engine's GraphService over a small in-memory network:
 * a forwarder between ALPHA and HOTEL, a longer route around it, a listed trader, a shared
 * address), with Cytoscape headless: what would be drawn, selected and highlighted, without a canvas.
 */
afterEach(cleanup);

async function renderNetwork(engine = new FakeEngine()) {
  let cy: Core | null = null;
  const notices: string[] = [];
  render(
    <NetworkView
      engine={engine}
      dataKey="1"
      host={new FakeHost()}
      workspaceName="Test"
      showNotice={(tone, message) => notices.push(`${tone}: ${message}`)}
      headlessCanvas
      onCanvasReady={(instance) => (cy = instance)}
    />,
  );
  await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
  const canvas = () => {
    if (!cy) throw new Error('no Cytoscape instance');
    return cy as Core;
  };
  await waitFor(() => expect(canvas().nodes()).toHaveLength(7));
  return { engine, canvas, notices };
}

async function selectBySearch(text: string, label: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Find a trader' }), { target: { value: text } });
  fireEvent.click(within(await screen.findByRole('list', { name: 'Matching traders' })).getByRole('button', { name: label }));
}

describe('network elements and style', () => {
  it('sizes nodes by the square root of the measure, colours the twelve largest communities, finds traders by name', async () => {
    const engine = new FakeEngine();
    const view = await engine.graphView({ view: 'trader-network' });
    const sizes = nodeSizes(view.nodes, 'degree');
    // Degrees run from 1 (DELTA) to 3 (ALPHA); CHARLIE's 2 is half-way, drawn at √½ of the size range.
    expect(sizes.get('T:1')).toBe(maxNodeSize);
    expect(sizes.get('T:4')).toBe(minNodeSize);
    expect(sizes.get('T:3')).toBe(Math.round(minNodeSize + (maxNodeSize - minNodeSize) * Math.sqrt(1 / 2)));
    // Equal figures everywhere: every node at the smallest size.
    expect(new Set(nodeSizes(view.nodes.filter((node) => ['T:3', 'T:5', 'T:6'].includes(node.id)), 'degree').values())).toEqual(new Set([minNodeSize]));
    expect(communityColour(0)).not.toBe(communityColour(1));
    expect(communityColour(12)).toBe(otherCommunityColour);
    const elements = toElements(view, 'pagerank');
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(7);
    expect(elements.find((element) => element.data.id === 'T:4')?.classes).toBe('watchlist');
    expect(elements.find((element) => element.data.id === 'flow:T:1>T:3')).toMatchObject({ classes: 'shipment-flow', data: { source: 'T:1', target: 'T:3', width: 2, bills: 2 } });
    expect(elements.find((element) => element.data.id === 'T:1')?.position).toEqual(view.nodes.find((node) => node.id === 'T:1')?.position);
    expect(searchNodes(view.nodes, 'ltd')).toHaveLength(7);
    expect(searchNodes(view.nodes, 'ltd', 3)).toHaveLength(3);
    // Names starting with the text come first.
    expect(searchNodes(view.nodes, 'd')[0]?.label).toBe('DELTA WHOLESALE LTD');
    expect(searchNodes(view.nodes, 'hotel').map((node) => node.id)).toEqual(['T:7']);
    expect(searchNodes(view.nodes, '  ')).toEqual([]);
  });
});

describe('the Network view', () => {
  it('draws the trader network at the positions the engine computed, the listed trader marked', async () => {
    const { engine, canvas } = await renderNetwork();
    const result = await engine.graphView({ view: 'trader-network', layout: 'forceatlas2', filters: {} });
    for (const node of result.nodes) expect(canvas().getElementById(node.id).position()).toEqual(node.position);
    expect(canvas().getElementById('T:4').hasClass('watchlist')).toBe(true);
    expect(canvas().edges()).toHaveLength(7);
    expect(screen.getByLabelText('Legend').textContent).toContain('Watchlist hit');
    expect(screen.getByLabelText('Legend').textContent).toContain('Shipments (shipper → consignee)');
    expect(screen.getByText(/engine: build .* analytics .* layout/)).toBeTruthy();
  });

  it('focuses a trader found by name and shows its attributes; shows a link\'s attributes when tapped', async () => {
    const { canvas } = await renderNetwork();
    await selectBySearch('foxtrot', 'FOXTROT FREIGHT FORWARDING LTD');
    const panel = await screen.findByRole('region', { name: 'Selected trader' });
    expect(within(panel).getByRole('heading').textContent).toBe('FOXTROT FREIGHT FORWARDING LTD');
    expect(within(panel).getByText('Bills received (view)').nextSibling?.textContent).toBe('2');
    expect(within(panel).getByText('Counterparts (degree)').nextSibling?.textContent).toBe('2');
    expect(canvas().getElementById('T:5').selected()).toBe(true);
    act(() => {
      canvas().getElementById('flow:T:1>T:3').emit('tap');
    });
    const link = await screen.findByRole('region', { name: 'Selected link' });
    expect(within(link).getByText('Shipper').nextSibling?.textContent).toBe('ALPHA ELECTRONICS CO LTD');
    expect(within(link).getByText('Declared value (USD)').nextSibling?.textContent).toBe('1,500');
    expect(within(link).getByText('First arrival').nextSibling?.textContent).toBe('2026-03-02');
  });

  it('finds a path between two selected traders and highlights it; around hubs when asked', async () => {
    const { engine, canvas } = await renderNetwork();
    await selectBySearch('alpha', 'ALPHA ELECTRONICS CO LTD');
    fireEvent.click(screen.getByRole('button', { name: 'Path from selected' }));
    await selectBySearch('hotel', 'HOTEL CERAMICS CO LTD');
    fireEvent.click(screen.getByRole('button', { name: 'Path to selected' }));
    expect(screen.getByTestId('path-from').textContent).toBe('ALPHA ELECTRONICS CO LTD');
    expect(screen.getByTestId('path-to').textContent).toBe('HOTEL CERAMICS CO LTD');
    fireEvent.click(screen.getByRole('button', { name: 'Find path' }));
    expect((await screen.findByTestId('path-result')).textContent).toContain('2 hops through 1 trader');
    await waitFor(() => expect(canvas().elements('.on-path').map((element) => element.id()).sort()).toEqual(['T:1', 'T:5', 'T:7', 'flow:T:1>T:5', 'flow:T:7>T:5']));
    expect(canvas().getElementById('T:3').hasClass('off-path')).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: /Avoid hubs/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Find path' }));
    await waitFor(() => expect(screen.getByTestId('path-result').textContent).toContain('4 hops through 3 traders, avoiding 1 hub'));
    expect(within(screen.getByTestId('path-result')).getAllByRole('listitem')[0]?.textContent).toBe('ALPHA ELECTRONICS CO LTD');
    await waitFor(() => expect(canvas().nodes('.on-path').map((node) => node.id()).sort()).toEqual(['T:1', 'T:2', 'T:3', 'T:6', 'T:7']));
    expect(canvas().getElementById('T:5').hasClass('off-path')).toBe(true);
    expect(engine.graphs.pathQueries.map((query) => query.options?.avoidHubs)).toEqual([false, true]);

    fireEvent.click(screen.getByRole('button', { name: 'Clear path' }));
    await waitFor(() => expect(canvas().elements('.on-path, .off-path')).toHaveLength(0));
  });

  it('switches views, remembers the layout of each view, and filters by minimum bills', async () => {
    const { engine, canvas } = await renderNetwork();
    fireEvent.change(screen.getByRole('combobox', { name: 'Network view' }), { target: { value: 'hidden-links' } });
    await screen.findByText('2 traders · 1 edge · 1 community · 1 component');
    await waitFor(() => expect(canvas().edges().map((edge) => edge.id())).toEqual(['address:T:3~T:4']));
    expect(canvas().getElementById('address:T:3~T:4').hasClass('shared-address')).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'Layout' }), { target: { value: 'circle' } });
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)).toMatchObject({ view: 'hidden-links', layout: 'circle' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Network view' }), { target: { value: 'trader-network' } });
    await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
    expect((screen.getByRole('combobox', { name: 'Layout' }) as HTMLSelectElement).value).toBe('forceatlas2');
    fireEvent.change(screen.getByRole('combobox', { name: 'Network view' }), { target: { value: 'hidden-links' } });
    await screen.findByText('2 traders · 1 edge · 1 community · 1 component');
    expect((screen.getByRole('combobox', { name: 'Layout' }) as HTMLSelectElement).value).toBe('circle');
    fireEvent.change(screen.getByRole('combobox', { name: 'Network view' }), { target: { value: 'trader-network' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Minimum bills' }), { target: { value: '2' } });
    await screen.findByText('2 traders · 1 edge · 1 community · 1 component');
    expect(engine.graphs.viewQueries.at(-1)).toEqual({ view: 'trader-network', layout: 'forceatlas2', filters: { minimumBills: 2 } });
  });
});
