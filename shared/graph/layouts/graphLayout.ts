import type { AbstractGraph } from 'graphology-types';

export interface NodePosition {
  readonly x: number;
  readonly y: number;
}

/**
 * A layout the analyst can pick. 'engine' layouts are computed in the engine (the Web Worker in
 * the app, never the UI thread) and arrive as preset positions; 'canvas' layouts are Cytoscape's
 * own cheap geometric layouts (renderer/components/network/canvasLayouts.ts), run on the canvas.
 */
export type GraphLayoutDefinition =
  | {
      readonly id: string;
      readonly title: string;
      readonly runsIn: 'engine';
      /** Positions for every node of the (undirected, weighted by 'weight') graph. */
      compute(graph: AbstractGraph): Map<string, NodePosition>;
    }
  | { readonly id: string; readonly title: string; readonly runsIn: 'canvas' };
