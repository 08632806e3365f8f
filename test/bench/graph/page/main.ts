/**
 * The graph bench's page (built by test/bench/graph/graphBenchmark.ts, never part of the product
 * bundle): draws a synthetic view either as the product's network canvas does (its options, style,
 * elements and preset layout) or as a plain default Cytoscape instance, and times the first render
 * while the bench pans and zooms with the mouse (as an analyst does: Cytoscape's level of detail
 * acts on dragging and wheel zooming, not on programmatic viewport changes).
 */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
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
  const view = syntheticGraphView(nodes, seed);
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
  return { variant, nodes, edges: view.edges.length, firstRenderMs, zoomAfterFit, mountMs };
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
