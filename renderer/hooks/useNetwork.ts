import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphCatalog, GraphFilters, GraphPath, GraphViewMemory, GraphViewResult } from '../../shared/engine/graphApi';
import type { NodePosition } from '../../shared/graph/layouts/graphLayout';
import { communitiesCommand, currentScene, describeCommand, newHistory, initialScene, record, redo as redoHistory, undo as undoHistory, viewMemory } from '../components/network/networkHistory';
import type { EgoFocus, NetworkCommand, NetworkHistory, NetworkScene } from '../components/network/networkHistory';
import { errorMessage } from '../format/format';
import type { WorkerEngineApi } from '../worker/workerEngineApi';

export type NetworkEngine = Pick<
  WorkerEngineApi,
  'graphCatalog' | 'graphView' | 'findPath' | 'egoNetwork' | 'graphNeighbours' | 'graphTimeline' | 'graphFilterOptions' | 'graphProvenance' | 'graphViewMemories' | 'rememberGraphView'
>;

/** Neighbours loaded per expansion page (the rest wait behind an "N more" node). */
export const neighbourPageSize = 25;

export interface NetworkState {
  readonly catalog: GraphCatalog | null;
  readonly view: string;
  /** The layout of the current view (each view remembers its own). */
  readonly layout: string;
  readonly filters: GraphFilters;
  readonly result: GraphViewResult | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly path: GraphPath | null;
  readonly findingPath: boolean;
  setView(view: string): void;
  setLayout(layout: string): void;
  setFilters(filters: GraphFilters): void;
  findPath(from: string, to: string, avoidHubs: boolean): Promise<void>;
  clearPath(): void;
  /** The graph operations' state: expansions, hidden and pinned nodes, the ego network (see networkHistory). */
  readonly scene: NetworkScene;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** "expand ALPHA": what undo / redo would do; null when nothing. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** An expansion waiting for the engine. */
  readonly expanding: boolean;
  /** Why the last expansion failed (the view itself is unchanged); null otherwise. */
  readonly operationError: string | null;
  /** Records a graph operation (undoable). */
  run(command: NetworkCommand): void;
  /** Asks the engine for the neighbours of a node within `hops` not on the canvas, and records the expansion. */
  expand(center: string, label: string, hops: number, known: readonly string[]): Promise<void>;
  /** The next page of an expansion (its "N more" node). */
  expandMore(expansion: number, label: string): Promise<void>;
  showEgo(ego: EgoFocus | null): void;
  pin(id: string, label: string, position: NodePosition): void;
  undo(): void;
  redo(): void;
  /** Communities of an aggregated view drawn with their members (a large view is drawn as its communities); part of the scene, so undoable. */
  readonly expandedCommunities: readonly number[];
  /** Records the communities drawn expanded (an undoable command). */
  setExpandedCommunities(communities: readonly number[]): void;
  /** Betweenness and closeness asked for over the whole view (a large view computes them only on demand). */
  readonly pathMetrics: boolean;
  computePathMetrics(): void;
}

export const defaultNetworkView = 'trader-network';
export const defaultNetworkLayout = 'forceatlas2';

/**
 * The network workspace's state: the engine's catalog of views and layouts, the chosen view with
 * its layout (remembered per view) and filters, the view as the engine computed it (refetched
 * when `dataKey` changes: another workspace, new manifests, a new resolution), and a found path.
 * Answers that arrive after a newer request are dropped.
 */
export function useNetwork(engine: NetworkEngine, dataKey: string, onMemoryChanged?: () => void): NetworkState {
  const [catalog, setCatalog] = useState<GraphCatalog | null>(null);
  const [history, setHistory] = useState<NetworkHistory>(() => newHistory());
  const scene = useMemo(() => currentScene(history), [history]);
  const { view, filters, ego, expandedCommunities } = scene;
  const [expanding, setExpanding] = useState(false);
  const [operationError, setOperationError] = useState<string | null>(null);
  const [memoriesLoaded, setMemoriesLoaded] = useState(false);
  const saved = useRef<Readonly<Record<string, string>>>({});
  const onMemoryChangedRef = useRef(onMemoryChanged);
  onMemoryChangedRef.current = onMemoryChanged;
  const [result, setResult] = useState<GraphViewResult | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState<GraphPath | null>(null);
  const [findingPath, setFindingPath] = useState(false);
  const [pathMetrics, setPathMetrics] = useState(false);
  const request = useRef(0);
  const pathRequest = useRef(0);
  const layout = scene.layouts[view] ?? defaultNetworkLayout;

  // The workspace's remembered layouts and pins start a new history (another workspace or new data: the old operations no longer apply).
  useEffect(() => {
    let live = true;
    setMemoriesLoaded(false);
    setHistory(newHistory());
    engine.graphViewMemories().then(
      (memories) => {
        if (!live) return;
        saved.current = Object.fromEntries(Object.entries(memories).map(([id, memory]) => [id, JSON.stringify(memory)]));
        setHistory(newHistory(initialScene(memories)));
        setMemoriesLoaded(true);
      },
      () => live && setMemoriesLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [engine, dataKey]);

  // Each view's layout and pins, whenever an operation (or its undo) changes them, are saved in the workspace.
  useEffect(() => {
    if (!memoriesLoaded) return;
    const views = new Set([...Object.keys(scene.layouts), ...Object.keys(scene.pinned), ...Object.keys(saved.current)]);
    for (const id of views) {
      const memory: GraphViewMemory = viewMemory(scene, id);
      const text = JSON.stringify(memory);
      if (saved.current[id] === text || (saved.current[id] === undefined && memory.layout === defaultNetworkLayout && Object.keys(memory.pinned).length === 0)) continue;
      saved.current = { ...saved.current, [id]: text };
      engine.rememberGraphView(id, memory).then(
        () => onMemoryChangedRef.current?.(),
        () => undefined,
      );
    }
  }, [engine, scene, memoriesLoaded]);

  useEffect(() => {
    let live = true;
    engine.graphCatalog().then(
      (answer) => live && setCatalog(answer),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [engine]);

  useEffect(() => {
    const id = ++request.current;
    setLoading(true);
    setError(null);
    (ego ? engine.egoNetwork(ego.id, ego.radius, { view, filters, layout }) : engine.graphView({ view, layout, filters, ...(expandedCommunities.length > 0 ? { expandedCommunities } : {}), ...(pathMetrics ? { pathMetrics } : {}) })).then(
      (answer) => {
        if (id !== request.current) return;
        setResult(answer);
        setLoading(false);
      },
      (failure: unknown) => {
        if (id !== request.current) return;
        setError(errorMessage(failure));
        setLoading(false);
      },
    );
  }, [engine, view, layout, filters, ego, dataKey, expandedCommunities, pathMetrics]);

  // The ask for betweenness and closeness belongs to the view it was made in (the engine keeps them with the view it computed them for).
  useEffect(() => setPathMetrics(false), [view, filters, dataKey]);

  // A path belongs to the graph it was found in.
  useEffect(() => {
    pathRequest.current += 1;
    setPath(null);
    setFindingPath(false);
  }, [view, filters, ego, dataKey]);

  const findPath = useCallback(
    async (from: string, to: string, avoidHubs: boolean) => {
      const id = ++pathRequest.current;
      setFindingPath(true);
      try {
        const found = await engine.findPath(from, to, { view, filters, avoidHubs });
        if (id === pathRequest.current) setPath(found);
      } catch (failure) {
        if (id === pathRequest.current) setPath({ found: false, nodes: [], edges: [], hops: null, avoided: [], hubDegree: null, message: errorMessage(failure) });
      } finally {
        if (id === pathRequest.current) setFindingPath(false);
      }
    },
    [engine, view, filters],
  );

  const run = useCallback((command: NetworkCommand) => setHistory((current) => record(current, command)), []);
  const expansionRequest = useRef(0);

  const expand = useCallback(
    async (center: string, label: string, hops: number, known: readonly string[]) => {
      const id = ++expansionRequest.current;
      setExpanding(true);
      setOperationError(null);
      try {
        const page = await engine.graphNeighbours({ view, filters, id: center, hops, known, limit: neighbourPageSize });
        if (id !== expansionRequest.current) return;
        setHistory((current) => record(current, { kind: 'expand', key: current.nextKey, center, label, hops, known, page }));
      } catch (failure) {
        if (id === expansionRequest.current) setOperationError(errorMessage(failure));
      } finally {
        if (id === expansionRequest.current) setExpanding(false);
      }
    },
    [engine, view, filters],
  );

  const expandMore = useCallback(
    async (key: number, label: string) => {
      const expansion = scene.expansions.find((candidate) => candidate.key === key);
      if (!expansion) return;
      const offset = expansion.pages.reduce((sum, page) => sum + page.nodes.length, 0);
      const id = ++expansionRequest.current;
      setExpanding(true);
      setOperationError(null);
      try {
        const page = await engine.graphNeighbours({ view, filters, id: expansion.center, hops: expansion.hops, known: expansion.known, offset, limit: neighbourPageSize });
        if (id === expansionRequest.current) run({ kind: 'expand-more', key, label, page });
      } catch (failure) {
        if (id === expansionRequest.current) setOperationError(errorMessage(failure));
      } finally {
        if (id === expansionRequest.current) setExpanding(false);
      }
    },
    [engine, view, filters, scene.expansions, run],
  );

  const lastDone = history.done[history.done.length - 1];
  const nextUndone = history.undone[history.undone.length - 1];

  return {
    catalog,
    view,
    layout,
    filters,
    result,
    loading,
    error,
    path,
    findingPath,
    setView: useCallback((next: string) => run({ kind: 'view', view: next }), [run]),
    setLayout: useCallback((next: string) => run({ kind: 'layout', view, layout: next }), [run, view]),
    setFilters: useCallback((next: GraphFilters) => run({ kind: 'filters', filters: next }), [run]),
    findPath,
    clearPath: useCallback(() => {
      pathRequest.current += 1;
      setPath(null);
      setFindingPath(false);
    }, []),
    scene,
    canUndo: lastDone !== undefined,
    canRedo: nextUndone !== undefined,
    undoLabel: lastDone ? describeCommand(lastDone) : null,
    redoLabel: nextUndone ? describeCommand(nextUndone) : null,
    expanding,
    operationError,
    run,
    expand,
    expandMore,
    showEgo: useCallback((next: EgoFocus | null) => run({ kind: 'ego', ego: next }), [run]),
    pin: useCallback((id: string, label: string, position: NodePosition) => run({ kind: 'pin', view, id, label, position }), [run, view]),
    undo: useCallback(() => setHistory(undoHistory), []),
    redo: useCallback(() => setHistory(redoHistory), []),
    expandedCommunities,
    setExpandedCommunities: useCallback((next: readonly number[]) => run(communitiesCommand(expandedCommunities, next)), [run, expandedCommunities]),
    pathMetrics,
    computePathMetrics: useCallback(() => setPathMetrics(true), []),
  };
}
