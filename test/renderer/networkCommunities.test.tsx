// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphViewQuery } from '../../shared/engine/graphApi';
import { GraphService } from '../../shared/engine/graphService';
import { NetworkView } from '../../renderer/components/network/NetworkView';
import { applyCommand, communitiesCommand, currentScene, describeCommand, initialScene, newHistory, record, redo, undo } from '../../renderer/components/network/networkHistory';
import { searchAggregatedMembers } from '../../renderer/components/network/aggregatedMemberSearch';
import { FakeEngine } from './support/fakeEngine';
import { sampleNetwork } from './support/fakeGraphs';
import { FakeHost } from './support/fakeHost';

/**
 * An aggregated view's communities and the graph operations: expanding a community is a command
 * (undo and redo cover it, named by what changed); operations on an aggregate node either expand
 * its community or are refused with the reason, in the panel and in the engine; search finds a
 * member of a community drawn as one node, expands the community and focuses the member.
 */
afterEach(cleanup);

describe('community expansion as a command', () => {
  it('is part of the scene, named by what changed, and dropped with a new view or filters', () => {
    const start = initialScene();
    expect(start.expandedCommunities).toEqual([]);
    const expandOne = communitiesCommand([], [2]);
    expect(describeCommand(expandOne)).toBe('expand community 3');
    const one = applyCommand(start, expandOne);
    expect(one.expandedCommunities).toEqual([2]);
    expect(describeCommand(communitiesCommand([2], [2, 0]))).toBe('expand community 1');
    expect(describeCommand(communitiesCommand([2, 0], [0]))).toBe('collapse community 3');
    expect(describeCommand(communitiesCommand([2, 0], []))).toBe('collapse all communities');
    expect(applyCommand(one, { kind: 'filters', filters: { minimumBills: 2 } }).expandedCommunities).toEqual([]);
    expect(applyCommand(one, { kind: 'view', view: 'hidden-links' }).expandedCommunities).toEqual([]);
    expect(applyCommand(one, { kind: 'layout', view: 'trader-network', layout: 'grid' }).expandedCommunities).toEqual([2]);
  });

  it('undoes and redoes expansions and collapses in order', () => {
    let history = newHistory();
    history = record(history, communitiesCommand([], [1]));
    history = record(history, communitiesCommand([1], [1, 4]));
    history = record(history, communitiesCommand([1, 4], [4]));
    expect(currentScene(history).expandedCommunities).toEqual([4]);
    history = undo(history);
    expect(currentScene(history).expandedCommunities).toEqual([1, 4]);
    history = undo(undo(history));
    expect(currentScene(history).expandedCommunities).toEqual([]);
    history = redo(history);
    expect(currentScene(history).expandedCommunities).toEqual([1]);
  });
});

describe('operations on an aggregate node in the engine', () => {
  const service = new GraphService({ freshness: () => [], build: () => sampleNetwork() });
  it('refuses to expand, path or ego an aggregate with the way forward, and lists the members not drawn', () => {
    const view = service.graphView({ view: 'trader-network', aggregateAbove: 3 });
    const aggregate = view.nodes.find((node) => node.id === 'C:0');
    const members = aggregate?.aggregate?.members as number;
    expect(members).toBeGreaterThan(0);
    const reason = `C:0 is community 1 of an aggregated view (${members} members), not a node: expand the community, then`;
    expect(() => service.graphNeighbours({ view: 'trader-network', id: 'C:0', hops: 1, known: [] })).toThrow(`${reason} expand its neighbours with one of its members`);
    expect(() => service.egoNetwork('C:0', 1)).toThrow(`${reason} show its ego network with one of its members`);
    expect(() => service.findPath('C:0', 'T:1')).toThrow(`${reason} find a path from or to it with one of its members`);
    expect(view.aggregated?.members?.length).toBe(view.aggregated?.nodes);
    const expanded = service.graphView({ view: 'trader-network', aggregateAbove: 3, expandedCommunities: [0] });
    expect(expanded.aggregated?.members?.some((member) => member.community === 0)).toBe(false);
    expect(expanded.aggregated?.members?.length).toBe((view.aggregated?.nodes ?? 0) - members);
    // The members found by name or id, names starting with the text first.
    const someone = view.aggregated?.members?.[0];
    expect(searchAggregatedMembers(view.aggregated, someone?.id ?? '').map((member) => member.id)).toEqual([someone?.id]);
    expect(searchAggregatedMembers(view.aggregated, '')).toEqual([]);
  });
});

async function renderAggregated() {
  const engine = new FakeEngine();
  const queries: GraphViewQuery[] = [];
  const graphView = engine.graphView;
  // The sample network has 7 traders: aggregated above 3, as a large view is above aggregateNodes.
  engine.graphView = (query) => {
    queries.push(query);
    return graphView({ ...query, aggregateAbove: 3 });
  };
  let cy: Core | null = null;
  render(<NetworkView engine={engine} dataKey="1" host={new FakeHost()} workspaceName="Test" showNotice={() => undefined} headlessCanvas onCanvasReady={(instance) => (cy = instance)} />);
  const canvas = () => cy as unknown as Core;
  await waitFor(() => expect(canvas()?.nodes().map((element) => element.id()).sort()).toEqual(['C:0', 'C:1', 'C:2']));
  return { engine, queries, canvas };
}

describe('an aggregate node in the Network view', () => {
  it('offers Expand community, disables the rest with the reason, and undoes and redoes the expansion', async () => {
    const { queries, canvas } = await renderAggregated();
    act(() => {
      canvas().getElementById('C:1').emit('tap');
    });
    const operations = screen.getByRole('region', { name: 'Graph operations' });
    expect(within(operations).getByTestId('aggregate-operations').textContent).toContain('Community 2 is drawn as one node');
    for (const name of ['Hide', 'Pin', 'Show ego network']) {
      const button = within(operations).getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
    }
    expect(within(operations).getByRole('button', { name: 'Hide' }).title).toBe('Community 2 is drawn as one node: expand it to work on its members');
    expect((screen.getByRole('button', { name: 'Path from selected' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('aggregate-provenance').textContent).toContain('A community has no records of its own');
    const askedBefore = queries.length;
    fireEvent.click(within(operations).getByRole('button', { name: 'Expand community' }));
    await waitFor(() => expect(queries.at(-1)?.expandedCommunities).toEqual([1]));
    await waitFor(() => expect(canvas().getElementById('C:1').empty()).toBe(true));
    expect(queries.length).toBeGreaterThan(askedBefore);
    const undoButton = within(operations).getByRole('button', { name: 'Undo' });
    expect(undoButton.title).toBe('Undo expand community 2 (Ctrl+Z)');
    fireEvent.click(undoButton);
    await waitFor(() => expect(canvas().getElementById('C:1').nonempty()).toBe(true));
    expect(queries.at(-1)?.expandedCommunities).toBeUndefined();
    fireEvent.click(within(operations).getByRole('button', { name: 'Redo' }));
    await waitFor(() => expect(canvas().getElementById('C:1').empty()).toBe(true));
    // Collapsing from the notice is a command too.
    fireEvent.click(await screen.findByRole('button', { name: 'Collapse community 2' }));
    await waitFor(() => expect(canvas().getElementById('C:1').nonempty()).toBe(true));
    expect(within(operations).getByRole('button', { name: 'Undo' }).title).toBe('Undo collapse community 2 (Ctrl+Z)');
  });

  it('finds a member inside a community drawn as one node, expands the community and focuses the member', async () => {
    const { engine, queries, canvas } = await renderAggregated();
    const aggregated = (await engine.graphView({ view: 'trader-network' })).aggregated;
    const member = aggregated?.members?.find((candidate) => candidate.community === 2);
    if (!member) throw new Error('no member in community 3');
    expect(canvas().getElementById(member.id).empty()).toBe(true);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a trader' }), { target: { value: member.label } });
    const matches = screen.getByRole('list', { name: 'Matching traders' });
    const found = within(matches).getByRole('button', { name: `${member.label} (in community 3)` });
    fireEvent.click(found);
    await waitFor(() => expect(queries.at(-1)?.expandedCommunities).toEqual([2]));
    await waitFor(() => expect(canvas().getElementById(member.id).nonempty()).toBe(true));
    const panel = await screen.findByRole('region', { name: 'Selected trader' });
    expect(within(panel).getByRole('heading').textContent).toBe(member.label);
  });
});
