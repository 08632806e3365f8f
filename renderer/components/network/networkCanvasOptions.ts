import type { CytoscapeOptions } from 'cytoscape';
import { levelOfDetailNodes, networkStyle } from './networkElements';

/**
 * The Cytoscape options of the network canvas for a view of `nodeCount` nodes, level of detail
 * included; NetworkCanvas and the graph bench (test/bench/graph) both build their instance from it.
 * Large views draw a texture while panning and zooming and hide edges while moving.
 */
export function networkCanvasOptions(nodeCount: number): CytoscapeOptions {
  const large = nodeCount >= levelOfDetailNodes;
  return {
    style: networkStyle(),
    minZoom: 0.02,
    maxZoom: 5,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    boxSelectionEnabled: false,
    selectionType: 'single',
  };
}
