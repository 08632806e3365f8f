/**
 * The Network view's graph operations as data: each command applied to a scene, the history's
 * undo and redo, and the scene composed over the engine's view (expansions, "N more", hidden
 * nodes, pins). On the engine's own GraphService over the sample network of the fake engine.
 */
import { describe, expect, it } from 'vitest';
import type { GraphNeighbourPage, GraphViewResult } from '../../shared/engine/graphApi';
import { GraphService } from '../../shared/engine/graphService';
import {
  applyCommand,
  currentScene,
  describeCommand,
  expandedNodes,
  initialScene,
  maxHistory,
  newHistory,
  record,
  redo,
  undo,
  viewMemory,
} from '../../renderer/components/network/networkHistory';
import type { NetworkCommand, NetworkHistory, NetworkScene } from '../../renderer/components/network/networkHistory';
import { anchoredPosition, composeScene, placeholderId } from '../../renderer/components/network/networkScene';
import { sampleNetwork } from './support/fakeGraphs';

/** The sample's shipment flows (the trader network view; every sample trader has one). */
const service = new GraphService({ freshness: () => [], build: () => ({ ...sampleNetwork(), edges: sampleNetwork().edges.filter((edge) => edge.kind === 'shipment-flow') }) });
const view = (): GraphViewResult => service.graphView({ view: 'trader-network' });
const ego = (id: string): GraphViewResult => service.egoNetwork(id, 1);
const page = (id: string, known: readonly string[], limit: number, offset = 0): GraphNeighbourPage => service.graphNeighbours({ view: 'trader-network', id, hops: 1, known, limit, offset });

const ids = (result: GraphViewResult | null) => (result?.nodes ?? []).map((node) => node.id).sort();
const edgeIds = (result: GraphViewResult | null) => (result?.edges ?? []).map((edge) => edge.id).sort();

describe('graph operations on a scene', () => {
  it('expands, collapses, hides and shows, pins and unpins, keeping what it does not touch', () => {
    const start = initialScene({ 'trader-network': { layout: 'circle', pinned: { 'T:2': { x: 1, y: 2 } } } });
    expect(start).toEqual({ view: 'trader-network', layouts: { 'trader-network': 'circle' }, pinned: { 'trader-network': { 'T:2': { x: 1, y: 2 } } }, filters: {}, ego: null, expansions: [], hidden: [], expandedCommunities: [] });
    const expanded = applyCommand(start, { kind: 'expand', key: 1, center: 'T:1', label: 'ALPHA', hops: 1, known: ['T:1'], page: page('T:1', ['T:1'], 2) });
    expect(expanded.expansions.map((expansion) => [expansion.key, expansion.center, expansion.pages.length])).toEqual([[1, 'T:1', 1]]);
    expect([...expandedNodes(expanded).keys()].sort()).toEqual(['T:3', 'T:5']);
    const more = applyCommand(expanded, { kind: 'expand-more', key: 1, label: 'ALPHA', page: page('T:1', ['T:1'], 2, 2) });
    expect(more.expansions[0]?.pages).toHaveLength(2);
    expect([...expandedNodes(more).keys()].sort()).toEqual(['T:3', 'T:4', 'T:5']);
    expect(applyCommand(more, { kind: 'collapse', center: 'T:1', label: 'ALPHA' }).expansions).toEqual([]);
    const hidden = applyCommand(applyCommand(more, { kind: 'hide', ids: ['T:3'], label: 'CHARLIE' }), { kind: 'hide', ids: ['T:3', 'T:5'], label: 'two' });
    expect(hidden.hidden).toEqual(['T:3', 'T:5']);
    expect(applyCommand(hidden, { kind: 'show-hidden' }).hidden).toEqual([]);
    const pinned = applyCommand(hidden, { kind: 'pin', view: 'trader-network', id: 'T:1', label: 'ALPHA', position: { x: 10, y: 20 } });
    expect(viewMemory(pinned, 'trader-network')).toEqual({ layout: 'circle', pinned: { 'T:2': { x: 1, y: 2 }, 'T:1': { x: 10, y: 20 } } });
    expect(viewMemory(applyCommand(pinned, { kind: 'unpin', view: 'trader-network', id: 'T:2', label: 'BRAVO' }), 'trader-network').pinned).toEqual({ 'T:1': { x: 10, y: 20 } });
    // A layout changes only its view; expansions and hidden nodes stay.
    const laidOut = applyCommand(pinned, { kind: 'layout', view: 'hidden-links', layout: 'grid' });
    expect(laidOut.layouts).toEqual({ 'trader-network': 'circle', 'hidden-links': 'grid' });
    expect(laidOut.expansions).toHaveLength(1);
    expect(laidOut.hidden).toEqual(['T:3', 'T:5']);
    expect(viewMemory(laidOut, 'traders-and-links')).toEqual({ layout: 'forceatlas2', pinned: {} });
  });

  it('starts a new graph on a filter, view or ego change: expansions and hidden nodes go, layouts and pins stay', () => {
    const busy = [
      { kind: 'expand', key: 1, center: 'T:4', label: 'DELTA', hops: 1, known: ['T:4'], page: page('T:4', ['T:4'], 5) },
      { kind: 'hide', ids: ['T:1'], label: 'ALPHA' },
      { kind: 'pin', view: 'trader-network', id: 'T:4', label: 'DELTA', position: { x: 0, y: 0 } },
      { kind: 'layout', view: 'trader-network', layout: 'grid' },
    ] satisfies NetworkCommand[];
    const scene = busy.reduce(applyCommand, initialScene());
    for (const change of [
      { kind: 'filters', filters: { minimumBills: 2 } },
      { kind: 'view', view: 'hidden-links' },
      { kind: 'ego', ego: { id: 'T:4', label: 'DELTA', radius: 2 } },
    ] satisfies NetworkCommand[]) {
      const next = applyCommand(scene, change);
      expect(next.expansions).toEqual([]);
      expect(next.hidden).toEqual([]);
      expect(next.layouts).toEqual({ 'trader-network': 'grid' });
      expect(next.pinned).toEqual({ 'trader-network': { 'T:4': { x: 0, y: 0 } } });
    }
    expect(applyCommand(scene, { kind: 'ego', ego: { id: 'T:4', label: 'DELTA', radius: 2 } }).ego).toEqual({ id: 'T:4', label: 'DELTA', radius: 2 });
    // Another view leaves the ego network.
    const inEgo = applyCommand(scene, { kind: 'ego', ego: { id: 'T:4', label: 'DELTA', radius: 1 } });
    expect(applyCommand(inEgo, { kind: 'view', view: 'hidden-links' }).ego).toBeNull();
  });
});

describe('the command history', () => {
  const commands: NetworkCommand[] = [
    { kind: 'filters', filters: { minimumBills: 2 } },
    { kind: 'hide', ids: ['T:1'], label: 'ALPHA' },
    { kind: 'layout', view: 'trader-network', layout: 'grid' },
  ];

  it('undoes and redoes in order, and a new command drops what was undone', () => {
    let history: NetworkHistory = commands.reduce(record, newHistory());
    expect(currentScene(history)).toMatchObject({ filters: { minimumBills: 2 }, hidden: ['T:1'], layouts: { 'trader-network': 'grid' } });
    history = undo(history);
    expect(currentScene(history).layouts).toEqual({});
    expect(currentScene(history).hidden).toEqual(['T:1']);
    history = undo(undo(history));
    expect(currentScene(history)).toEqual(initialScene());
    // Nothing left to undo: the same history.
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(currentScene(history).filters).toEqual({ minimumBills: 2 });
    expect(currentScene(history).hidden).toEqual([]);
    expect(history.undone).toHaveLength(2);
    history = record(history, { kind: 'show-hidden' });
    expect(history.undone).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(history.done.map((command) => command.kind)).toEqual(['filters', 'show-hidden']);
  });

  it('numbers expansions and folds the oldest commands into the start beyond the limit', () => {
    let history = record(newHistory(), { kind: 'expand', key: 1, center: 'T:4', label: 'DELTA', hops: 1, known: [], page: page('T:4', [], 5) });
    expect(history.nextKey).toBe(2);
    for (let index = 0; index < maxHistory + 5; index += 1) history = record(history, { kind: 'hide', ids: [`T:${index % 7}`], label: 'x' });
    expect(history.done).toHaveLength(maxHistory);
    // The expansion was folded into the starting scene: still there, no longer undoable.
    expect(history.initial.expansions).toHaveLength(1);
    expect(currentScene(history).expansions).toHaveLength(1);
    expect(history.nextKey).toBe(2);
  });

  it('names what undo and redo would do', () => {
    expect(describeCommand({ kind: 'expand', key: 1, center: 'T:4', label: 'DELTA WHOLESALE LTD', hops: 2, known: [], page: page('T:4', [], 5) })).toBe('expand DELTA WHOLESALE LTD');
    expect(describeCommand({ kind: 'ego', ego: null })).toBe('leave ego network');
    expect(describeCommand({ kind: 'layout', view: 'trader-network', layout: 'circle' })).toBe('layout circle');
  });
});

describe('the scene drawn over the engine\'s view', () => {
  it('adds an expansion\'s nodes and edges once, with an "N more" node while neighbours remain, and rings them round the node expanded', () => {
    const base = ego('T:4');
    expect(ids(base)).toEqual(['T:1', 'T:4']);
    const known = ids(base);
    const first = page('T:1', known, 1);
    expect(first).toMatchObject({ total: 2, remaining: 1 });
    let scene = applyCommand(initialScene(), { kind: 'expand', key: 7, center: 'T:1', label: 'ALPHA', hops: 1, known, page: first });
    let composed = composeScene(base, scene);
    expect(ids(composed.result)).toEqual(['T:1', 'T:3', 'T:4']);
    expect(edgeIds(composed.result)).toEqual(['flow:T:1>T:3', 'flow:T:1>T:4']);
    expect(composed.placeholders).toEqual([{ id: placeholderId(7), expansion: 7, center: 'T:1', remaining: 1 }]);
    expect(composed.anchors.get('T:3')).toEqual({ center: 'T:1', index: 0, count: 1, hops: 1 });
    expect(composed.expandedCentres).toEqual(new Set(['T:1']));
    expect([...composed.known].sort()).toEqual(['T:1', 'T:3', 'T:4']);
    scene = applyCommand(scene, { kind: 'expand-more', key: 7, label: 'ALPHA', page: page('T:1', known, 1, 1) });
    composed = composeScene(base, scene);
    expect(ids(composed.result)).toEqual(['T:1', 'T:3', 'T:4', 'T:5']);
    expect(edgeIds(composed.result)).toEqual(['flow:T:1>T:3', 'flow:T:1>T:4', 'flow:T:1>T:5']);
    expect(composed.placeholders).toEqual([]);
    // A second expansion from CHARLIE brings BRAVO, not CHARLIE's known neighbours again.
    const second = page('T:3', composed.known, 25);
    expect(second.nodes.map((node) => node.id)).toEqual(['T:2']);
    scene = applyCommand(scene, { kind: 'expand', key: 8, center: 'T:3', label: 'CHARLIE', hops: 1, known: composed.known, page: second });
    expect(edgeIds(composeScene(base, scene).result)).toContain('flow:T:2>T:3');
    // The ring: the first node of a ring straight above its centre, further out for more hops.
    expect(anchoredPosition({ x: 100, y: 100 }, { center: 'T:1', index: 0, count: 4, hops: 1 })).toEqual({ x: 100, y: 100 - 98 });
    expect(anchoredPosition({ x: 0, y: 0 }, { center: 'T:1', index: 1, count: 4, hops: 2 }).x).toBeCloseTo(188);
  });

  it('takes hidden nodes and their edges out, and puts pinned nodes at their pins', () => {
    const base = view();
    const scene = [
      { kind: 'hide', ids: ['T:5'], label: 'FOXTROT' },
      { kind: 'pin', view: 'trader-network', id: 'T:1', label: 'ALPHA', position: { x: -5, y: 7 } },
      { kind: 'pin', view: 'hidden-links', id: 'T:2', label: 'BRAVO', position: { x: 1, y: 1 } },
    ].reduce<NetworkScene>((current, command) => applyCommand(current, command as NetworkCommand), initialScene());
    const composed = composeScene(base, scene);
    expect(ids(composed.result)).toEqual(['T:1', 'T:2', 'T:3', 'T:4', 'T:6', 'T:7']);
    expect(edgeIds(composed.result)).not.toContain('flow:T:1>T:5');
    expect(composed.result?.edges).toHaveLength(5);
    expect(composed.hiddenCount).toBe(1);
    expect(composed.result?.nodes.find((node) => node.id === 'T:1')?.position).toEqual({ x: -5, y: 7 });
    // Pins belong to their view: BRAVO keeps the engine's position here.
    expect(composed.result?.nodes.find((node) => node.id === 'T:2')?.position).toEqual(base.nodes.find((node) => node.id === 'T:2')?.position);
    expect([...composed.pinned.keys()]).toEqual(['T:1']);
    // The engine's counts of the view are kept as they were.
    expect(composed.result).toMatchObject({ totalNodes: 7, communities: base.communities });
    expect(composeScene(null, scene)).toMatchObject({ result: null, hiddenCount: 0 });
  });
});
