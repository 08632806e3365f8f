import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphCatalog, GraphFilters, GraphPath, GraphViewResult } from '../../shared/engine/graphApi';
import { errorMessage } from '../format/format';
import type { WorkerEngineApi } from '../worker/workerEngineApi';

export type NetworkEngine = Pick<WorkerEngineApi, 'graphCatalog' | 'graphView' | 'findPath'>;

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
}

export const defaultNetworkView = 'trader-network';
export const defaultNetworkLayout = 'forceatlas2';

/**
 * The network workspace's state: the engine's catalog of views and layouts, the chosen view with
 * its layout (remembered per view) and filters, the view as the engine computed it (refetched
 * when `dataKey` changes: another workspace, new manifests, a new resolution), and a found path.
 * Answers that arrive after a newer request are dropped.
 */
export function useNetwork(engine: NetworkEngine, dataKey: string): NetworkState {
  const [catalog, setCatalog] = useState<GraphCatalog | null>(null);
  const [view, setViewState] = useState(defaultNetworkView);
  const [layouts, setLayouts] = useState<Readonly<Record<string, string>>>({});
  const [filters, setFiltersState] = useState<GraphFilters>({});
  const [result, setResult] = useState<GraphViewResult | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState<GraphPath | null>(null);
  const [findingPath, setFindingPath] = useState(false);
  const request = useRef(0);
  const pathRequest = useRef(0);
  const layout = layouts[view] ?? defaultNetworkLayout;

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
    engine.graphView({ view, layout, filters }).then(
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
  }, [engine, view, layout, filters, dataKey]);

  // A path belongs to the graph it was found in.
  useEffect(() => {
    pathRequest.current += 1;
    setPath(null);
    setFindingPath(false);
  }, [view, filters, dataKey]);

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
    setView: setViewState,
    setLayout: useCallback((next: string) => setLayouts((current) => ({ ...current, [view]: next })), [view]),
    setFilters: setFiltersState,
    findPath,
    clearPath: useCallback(() => {
      pathRequest.current += 1;
      setPath(null);
      setFindingPath(false);
    }, []),
  };
}
