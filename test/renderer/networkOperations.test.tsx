// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkView } from '../../renderer/components/network/NetworkView';
import type { NetworkEdge, NetworkGraph, NetworkNode } from '../../shared/graph/networkGraph';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * The Network view's graph operations on the fake engine (the engine's GraphService over networks
 * held in memory) with Cytoscape headless: expand by hops with an "N more" node that loads the
 * next page, collapse, hide and show, pin (kept across layouts, remembered in the workspace), the
 * ego network, undo and redo by button and keyboard, the filters, the time bar and the records
 * behind a selected element.
 */
afterEach(cleanup);

const trader = (id: string, label: string): NetworkNode => ({ id, label, kind: 'trader', roles: ['shipper', 'consignee'], countries: ['GB'], occurrences: 2, watchlistHits: 0 });
const flow = (source: string, target: string, date: string): NetworkEdge => ({
  id: `flow:${source}>${target}`,
  source,
  target,
  kind: 'shipment-flow',
  directed: true,
  bills: 1,
  totalDeclaredValueUsd: 100,
  firstArrivalDate: date,
  lastArrivalDate: date,
  sharedValues: [],
});

/** A hub (T:100) shipping to 30 consignees (T:101…T:130), one of which (T:101) also ships to T:200. */
function starNetwork(): NetworkGraph {
  const spokes = Array.from({ length: 30 }, (_, index) => trader(`T:${101 + index}`, `SPOKE ${String(index + 1).padStart(2, '0')} LTD`));
  return {
    nodes: [trader('T:100', 'HUB TRADING LTD'), ...spokes, trader('T:200', 'TAIL IMPORTS LTD')],
    edges: [...spokes.map((spoke, index) => flow('T:100', spoke.id, `2026-03-${String(1 + (index % 28)).padStart(2, '0')}`)), flow('T:101', 'T:200', '2026-04-02')],
    notes: [],
  };
}

async function renderNetwork(engine = new FakeEngine()) {
  let cy: Core | null = null;
  let changes = 0;
  render(
    <NetworkView
      engine={engine}
      dataKey="1"
      host={new FakeHost()}
      workspaceName="Test"
      showNotice={() => undefined}
      headlessCanvas
      onCanvasReady={(instance) => (cy = instance)}
      onWorkspaceChanged={() => (changes += 1)}
    />,
  );
  const canvas = () => {
    if (!cy) throw new Error('no Cytoscape instance');
    return cy as Core;
  };
  await waitFor(() => expect(canvas().nodes().length).toBeGreaterThan(0));
  return { engine, canvas, changes: () => changes };
}

const counts = () => screen.getByTestId('network-counts').textContent;
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const traderIds = (cy: Core) =>
  cy
    .nodes()
    .filter((node) => !node.hasClass('placeholder'))
    .map((node) => node.id())
    .sort();

async function select(cy: Core, id: string, label: string) {
  act(() => {
    cy.getElementById(id).emit('tap');
  });
  await screen.findByRole('heading', { name: label });
}

describe('graph operations in the Network view', () => {
  it('shows an ego network, expands a hub a page at a time behind an "N more" node, collapses, and undoes and redoes every step', async () => {
    const engine = new FakeEngine();
    engine.graphs.network = starNetwork();
    const { canvas } = await renderNetwork(engine);
    await screen.findByText('32 traders · 31 edges · 2 communities · 1 component');

    // The ego network of TAIL (radius 1): TAIL and SPOKE 01.
    await select(canvas(), 'T:200', 'TAIL IMPORTS LTD');
    fireEvent.click(button('Show ego network'));
    // Communities and components stay those of the whole view the ego network is cut from.
    await screen.findByText('2 traders · 1 edge · 2 communities · 1 component');
    expect(screen.getByTestId('ego-state').textContent).toContain('Ego network of TAIL IMPORTS LTD, radius 1');
    expect(traderIds(canvas())).toEqual(['T:101', 'T:200']);

    // Expand SPOKE 01 by two hops: the hub and 25 of the hub's other 29 spokes (a page), "+4 more" for the rest.
    await select(canvas(), 'T:101', 'SPOKE 01 LTD');
    fireEvent.change(screen.getByRole('combobox', { name: 'Expand by hops' }), { target: { value: '2' } });
    fireEvent.click(button('Expand'));
    await waitFor(() => expect(traderIds(canvas())).toHaveLength(2 + 1 + 24));
    expect(engine.graphs.neighbourQueries.at(-1)).toMatchObject({ view: 'trader-network', id: 'T:101', hops: 2, limit: 25 });
    expect([...(engine.graphs.neighbourQueries.at(-1)?.known ?? [])].sort()).toEqual(['T:101', 'T:200']);
    const more = canvas().nodes('.placeholder');
    expect(more.map((node) => node.data('label'))).toEqual(['+5 more']);
    // The expanded nodes were placed round the node expanded, not left on top of each other.
    expect(new Set(canvas().nodes().map((node) => `${Math.round(node.position().x)},${Math.round(node.position().y)}`)).size).toBe(canvas().nodes().length);

    // Tapping "+5 more" loads the rest of the same expansion.
    act(() => {
      more.emit('tap');
    });
    await waitFor(() => expect(traderIds(canvas())).toHaveLength(32));
    expect(engine.graphs.neighbourQueries.at(-1)).toMatchObject({ id: 'T:101', hops: 2, offset: 25 });
    // The same known nodes as the first page, so the engine's order of the rest is the same.
    expect(engine.graphs.neighbourQueries.at(-1)?.known).toEqual(engine.graphs.neighbourQueries.at(-2)?.known);
    expect(canvas().nodes('.placeholder')).toHaveLength(0);
    expect(canvas().edges()).toHaveLength(31);
    expect(button('Undo').getAttribute('title')).toBe('Undo more neighbours of SPOKE 01 LTD (Ctrl+Z)');

    // Undo by button: the second page goes, the "N more" node is back; undo again (Ctrl+Z): the expansion goes.
    fireEvent.click(button('Undo'));
    await waitFor(() => expect(traderIds(canvas())).toHaveLength(27));
    expect(canvas().nodes('.placeholder').map((node) => node.data('label'))).toEqual(['+5 more']);
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(traderIds(canvas())).toEqual(['T:101', 'T:200']));
    expect(canvas().nodes('.placeholder')).toHaveLength(0);
    // Redo (Ctrl+Shift+Z, then Ctrl+Y) replays both pages without asking the engine again.
    const asked = engine.graphs.neighbourQueries.length;
    fireEvent.keyDown(document, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(traderIds(canvas())).toHaveLength(27));
    fireEvent.keyDown(document, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(traderIds(canvas())).toHaveLength(32));
    expect(engine.graphs.neighbourQueries).toHaveLength(asked);

    // Collapse removes what SPOKE 01's expansion added; undo brings it back; leaving the ego network is one more step.
    await select(canvas(), 'T:101', 'SPOKE 01 LTD');
    fireEvent.click(button('Collapse'));
    await waitFor(() => expect(traderIds(canvas())).toEqual(['T:101', 'T:200']));
    expect((button('Collapse') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button('Undo'));
    await waitFor(() => expect(traderIds(canvas())).toHaveLength(32));
    fireEvent.click(button('Back to the whole view'));
    await screen.findByText('32 traders · 31 edges · 2 communities · 1 component');
    expect(screen.queryByTestId('ego-state')).toBeNull();
    fireEvent.click(button('Undo'));
    await screen.findByTestId('ego-state');
    await waitFor(() => expect(traderIds(canvas())).toHaveLength(32));
  });

  it('hides the selected node with "Show hidden (N)", and a typed z is no undo; a failed expansion says why and changes nothing', async () => {
    const engine = new FakeEngine();
    const { canvas } = await renderNetwork(engine);
    await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
    await select(canvas(), 'T:5', 'FOXTROT FREIGHT FORWARDING LTD');
    engine.graphNeighbours = async () => {
      throw new RangeError("T:5 is not in the view 'trader-network' (no edges within its filters)");
    };
    fireEvent.click(button('Expand'));
    expect((await within(screen.getByRole('region', { name: 'Graph operations' })).findByRole('alert')).textContent).toBe("T:5 is not in the view 'trader-network' (no edges within its filters)");
    expect(counts()).toBe('7 traders · 7 edges · 3 communities · 1 component');
    expect((button('Undo') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button('Hide'));
    await waitFor(() => expect(canvas().getElementById('T:5').empty()).toBe(true));
    expect(counts()).toBe('6 traders · 5 edges · 3 communities · 1 component');
    expect(canvas().getElementById('flow:T:1>T:5').empty()).toBe(true);
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Find a trader' }), { key: 'z', ctrlKey: true });
    expect(canvas().getElementById('T:5').empty()).toBe(true);
    fireEvent.click(button('Show hidden (1)'));
    await waitFor(() => expect(canvas().getElementById('T:5').nonempty()).toBe(true));
    expect((button('Show hidden (0)') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button('Undo'));
    await waitFor(() => expect(canvas().getElementById('T:5').empty()).toBe(true));
    expect(screen.getByTestId('graph-operations-status').textContent).toBe('Last: hide FOXTROT FREIGHT FORWARDING LTD');
  });

  it('pins a node where it is: kept across layouts, marked, remembered in the workspace; undo unpins', async () => {
    const engine = new FakeEngine();
    const { canvas, changes } = await renderNetwork(engine);
    await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
    act(() => {
      canvas().getElementById('T:3').position({ x: 500, y: -250 });
    });
    await select(canvas(), 'T:3', 'CHARLIE IMPORTS LTD');
    fireEvent.click(button('Pin'));
    await waitFor(() => expect(canvas().getElementById('T:3').hasClass('pinned')).toBe(true));
    expect(button('Unpin').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(engine.graphs.rememberCalls.at(-1)).toEqual({ view: 'trader-network', memory: { layout: 'forceatlas2', pinned: { 'T:3': { x: 500, y: -250 } } } }));
    expect(changes()).toBeGreaterThan(0);
    // Another layout moves everything but the pinned node.
    const before = canvas().getElementById('T:1').position();
    fireEvent.change(screen.getByRole('combobox', { name: 'Layout' }), { target: { value: 'circle' } });
    await waitFor(() => expect(canvas().getElementById('T:1').position()).not.toEqual(before));
    expect(canvas().getElementById('T:3').position()).toEqual({ x: 500, y: -250 });
    await waitFor(() => expect(engine.graphs.rememberCalls.at(-1)?.memory.layout).toBe('circle'));
    // Dragging a pinned node moves its pin.
    act(() => {
      canvas().getElementById('T:3').position({ x: 10, y: 20 });
      canvas().getElementById('T:3').emit('dragfree');
    });
    await waitFor(() => expect(engine.graphs.rememberCalls.at(-1)?.memory.pinned).toEqual({ 'T:3': { x: 10, y: 20 } }));
    // Undo the move, the layout, then the pin.
    fireEvent.click(button('Undo'));
    await waitFor(() => expect(canvas().getElementById('T:3').position()).toEqual({ x: 500, y: -250 }));
    fireEvent.click(button('Undo'));
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Layout' }) as HTMLSelectElement).value).toBe('forceatlas2'));
    fireEvent.click(button('Undo'));
    await waitFor(() => expect(canvas().getElementById('T:3').hasClass('pinned')).toBe(false));
    await waitFor(() => expect(engine.graphs.rememberCalls.at(-1)).toEqual({ view: 'trader-network', memory: { layout: 'forceatlas2', pinned: {} } }));
  });

  it('opens a view with the layout and pins the workspace remembers', async () => {
    const engine = new FakeEngine();
    engine.graphs.memories.set('trader-network', { layout: 'grid', pinned: { 'T:7': { x: -40, y: 12 } } });
    const { canvas } = await renderNetwork(engine);
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)).toMatchObject({ view: 'trader-network', layout: 'grid' }));
    await waitFor(() => expect(canvas().getElementById('T:7').hasClass('pinned')).toBe(true));
    expect(canvas().getElementById('T:7').position()).toEqual({ x: -40, y: 12 });
    expect((screen.getByRole('combobox', { name: 'Layout' }) as HTMLSelectElement).value).toBe('grid');
    // Nothing changed: nothing saved, nothing to undo.
    expect(engine.graphs.rememberCalls).toEqual([]);
    expect((button('Undo') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('filters, the time bar and provenance', () => {
  it('filters by HS chapter, port, country and minimum risk through the engine, each one undoable', async () => {
    const engine = new FakeEngine();
    await renderNetwork(engine);
    await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
    const filters = screen.getByRole('group', { name: 'Network filters' });
    await within(filters).findByRole('option', { name: '85 (6)' });
    fireEvent.change(within(filters).getByRole('combobox', { name: 'HS chapter' }), { target: { value: '85' } });
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ hsChapter: '85' }));
    fireEvent.change(within(filters).getByRole('combobox', { name: 'Port' }), { target: { value: 'GBFXT' } });
    fireEvent.change(within(filters).getByRole('combobox', { name: 'Country' }), { target: { value: 'CN' } });
    fireEvent.change(within(filters).getByRole('spinbutton', { name: 'Minimum risk score' }), { target: { value: '3' } });
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ hsChapter: '85', port: 'GBFXT', country: 'CN', minimumRiskScore: 3 }));
    fireEvent.click(button('Undo'));
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ hsChapter: '85', port: 'GBFXT', country: 'CN' }));
    fireEvent.change(within(filters).getByRole('combobox', { name: 'HS chapter' }), { target: { value: '' } });
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ port: 'GBFXT', country: 'CN' }));
  });

  it('draws bills per day and filters the network to a window dragged on the time bar; moves it, steps it, clears it, undoes it', async () => {
    const engine = new FakeEngine();
    const { canvas } = await renderNetwork(engine);
    await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
    const bar = await screen.findByTestId('time-bar');
    // 2026-03-02 to 2026-04-03: 33 days.
    const buckets = () => bar.querySelectorAll('[data-bucket]');
    await waitFor(() => expect(buckets()).toHaveLength(33));
    expect(screen.getByTestId('time-window').textContent).toBe('2026-03-02 – 2026-04-03 (all) · 8 bills · per day');
    // Drag from 1 April (bucket 30) to 3 April (32).
    fireEvent.pointerDown(buckets()[30] as Element);
    fireEvent.pointerMove(buckets()[31] as Element);
    expect(screen.getByTestId('time-window').textContent).toBe('2026-04-01 – 2026-04-02 · 1 bill · per day');
    expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({});
    // Let go over 3 April: the window reaches it even without a move seen there.
    fireEvent.pointerUp(buckets()[32] as Element);
    await screen.findByText('3 traders · 2 edges · 1 community · 1 component');
    expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ dateFrom: '2026-04-01', dateTo: '2026-04-03' });
    expect(traderIds(canvas())).toEqual(['T:2', 'T:6', 'T:7']);
    expect((screen.getByLabelText('Arrivals from') as HTMLInputElement).value).toBe('2026-04-01');
    // Drag the window two days earlier.
    fireEvent.pointerDown(buckets()[31] as Element);
    fireEvent.pointerMove(buckets()[29] as Element);
    fireEvent.pointerUp(document);
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ dateFrom: '2026-03-30', dateTo: '2026-04-01' }));
    fireEvent.click(button('Move the window later'));
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ dateFrom: '2026-03-31', dateTo: '2026-04-02' }));
    fireEvent.click(button('Whole range'));
    await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
    expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({});
    fireEvent.click(button('Undo'));
    await waitFor(() => expect(engine.graphs.viewQueries.at(-1)?.filters).toEqual({ dateFrom: '2026-03-31', dateTo: '2026-04-02' }));
    fireEvent.click(button('Undo'));
    fireEvent.click(button('Undo'));
    await screen.findByText('3 traders · 2 edges · 1 community · 1 component');
  });

  it('lists the records behind the selected flow and trader with file and row', async () => {
    const { canvas } = await renderNetwork();
    await screen.findByText('7 traders · 7 edges · 3 communities · 1 component');
    act(() => {
      canvas().getElementById('flow:T:1>T:3').emit('tap');
    });
    const provenance = await screen.findByRole('region', { name: 'Provenance' });
    expect(within(provenance).getByRole('heading').textContent).toBe('Provenance (1)');
    const cells = within(provenance).getAllByRole('row')[1]?.querySelectorAll('td');
    expect([...(cells ?? [])].map((cell) => cell.textContent)).toEqual(['HLB1', '2026-03-02', 'T:1 → T:3 · USD 1,500', 'sample.csv row 1']);
    await select(canvas(), 'T:7', 'HOTEL CERAMICS CO LTD');
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Provenance' })).getByRole('heading').textContent).toBe('Provenance (2)'));
  });
});
