/**
 * The graph bench's page (built by test/bench/graph/graphBenchmark.ts, never part of the product
 * bundle): draws a synthetic view either as the product's network canvas does (its options, style,
 * elements and preset layout) or as a plain default Cytoscape instance, and times the first render
 * while the bench pans and zooms with the mouse (as an analyst does: Cytoscape's level of detail
 * acts on dragging and wheel zooming, not on programmatic viewport changes).
 */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import Graph from 'graphology';
import { aggregateNodes } from '../../../../shared/engine/graphApi';
import type { GraphViewResult } from '../../../../shared/engine/graphApi';
import { aggregateView } from '../../../../shared/graph/communityAggregation';
import { communitiesOf } from '../../../../shared/graph/graphAnalytics';
import { forceAtlas2Layout } from '../../../../shared/graph/layouts/forceAtlas2Layout';
import { canvasDetail, followZoomWithLabels, networkCanvasOptions } from '../../../../renderer/components/network/networkCanvasOptions';
import { toElements } from '../../../../renderer/components/network/networkElements';
import { syntheticGraphView } from '../syntheticGraph';

export type GraphBenchVariant = 'product' | 'plain';

export interface GraphBenchRun {
  readonly variant: GraphBenchVariant;
  readonly nodes: number;
  readonly edges: number;
  /** From the view's data in hand to the first frame after Cytoscape's first render. */
  readonly firstRenderMs: number;
  readonly zoomAfterFit: number;
  /** The synchronous part of the first render: making the instance, adding elements, the layout. */
  readonly mountMs: number;
  /** Product views above aggregateNodes: the engine's work before the canvas (Louvain, aggregation, quotient layout; in the app's Web Worker), 0 otherwise. */
  readonly engineMs: number;
  /** Nodes and edges the canvas drew (the aggregated view's for large product views). */
  readonly drawnNodes: number;
  readonly drawnEdges: number;
}

declare global {
  interface Window {
    runGraphBench(variant: GraphBenchVariant, nodes: number, seed: number): Promise<GraphBenchRun>;
    /** Starts recording the time between consecutive animation frames. */
    recordFrames(): void;
    /** Stops recording, removes the instance and returns the frame times. */
    finishFrames(): number[];
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What the engine hands the product's canvas for this view: the view itself up to aggregateNodes,
 * above it the view drawn as its Louvain communities (GraphService.graphView does the same in the
 * Web Worker): Louvain on the view's graph, then shared/graph/communityAggregation with the
 * quotient laid out by the engine's ForceAtlas2. Run here on the page's thread and timed apart.
 */
function productView(view: GraphViewResult): GraphViewResult {
  if (view.nodes.length <= aggregateNodes) return view;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of view.nodes) graph.addNode(node.id);
  for (const edge of view.edges) {
    if (graph.hasEdge(edge.source, edge.target)) graph.updateEdgeAttribute(edge.source, edge.target, 'weight', (weight) => (weight as number) + edge.bills);
    else graph.addEdge(edge.source, edge.target, { weight: edge.bills });
  }
  const communities = communitiesOf(graph, 'weight', 7);
  const analysed: GraphViewResult = {
    ...view,
    communities: communities.count,
    nodes: view.nodes.map((node) => {
      const community = communities.byNode.get(node.id) ?? 0;
      return { ...node, community, metrics: { ...node.metrics, community }, position: null };
    }),
  };
  const layout = forceAtlas2Layout;
  if (layout.runsIn !== 'engine') throw new Error('ForceAtlas2 runs in the engine');
  return aggregateView(analysed, { expanded: new Set(), layout: (quotient) => layout.compute(quotient) });
}

function mountProduct(container: HTMLElement, view: ReturnType<typeof syntheticGraphView>): Core {
  // As NetworkCanvas does: the instance, then the view's elements (with their engine positions)
  // in one batch, then fitted into view.
  const detail = canvasDetail(view.nodes.length);
  const cy = cytoscape({ container, ...networkCanvasOptions(detail), elements: [] });
  followZoomWithLabels(cy, detail);
  cy.batch(() => {
    cy.add(toElements(view, 'pagerank'));
  });
  cy.fit(undefined, 30);
  return cy;
}

function mountPlain(container: HTMLElement, view: ReturnType<typeof syntheticGraphView>): Core {
  const elements: cytoscape.ElementDefinition[] = [
    ...view.nodes.map((node) => ({ data: { id: node.id }, position: { x: node.position!.x, y: node.position!.y } })),
    ...view.edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target } })),
  ];
  return cytoscape({ container, elements, layout: { name: 'preset' } });
}

window.runGraphBench = async (variant, nodes, seed) => {
  const container = document.getElementById('graph')!;
  const synthetic = syntheticGraphView(nodes, seed);
  const engineStarted = performance.now();
  const view = variant === 'product' ? productView(synthetic) : synthetic;
  const engineMs = variant === 'product' && view !== synthetic ? performance.now() - engineStarted : 0;
  await pause(100);
  await nextFrame();
  const started = performance.now();
  const cy = variant === 'product' ? mountProduct(container, view) : mountPlain(container, view);
  const mountMs = performance.now() - started;
  await new Promise<void>((resolve) => cy.one('render', () => resolve()));
  await nextFrame();
  const firstRenderMs = performance.now() - started;
  const zoomAfterFit = cy.zoom();
  mounted = cy;
  // Let the first full draw settle (cached textures, deferred redraws) before moving.
  await pause(500);
  return { variant, nodes, edges: synthetic.edges.length, firstRenderMs, zoomAfterFit, mountMs, engineMs, drawnNodes: view.nodes.length, drawnEdges: view.edges.length };
};

let mounted: Core | null = null;
let recording: { deltas: number[]; last: number; stopped: boolean } | null = null;

window.recordFrames = () => {
  const record = { deltas: [] as number[], last: -1, stopped: false };
  recording = record;
  const onFrame = (now: number) => {
    if (record.stopped) return;
    if (record.last >= 0) record.deltas.push(now - record.last);
    record.last = now;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
};

window.finishFrames = () => {
  const deltas = recording?.deltas ?? [];
  if (recording) recording.stopped = true;
  mounted?.destroy();
  mounted = null;
  return deltas;
};
