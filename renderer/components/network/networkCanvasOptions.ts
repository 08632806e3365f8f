import type { Core, CytoscapeOptions, StylesheetJson } from 'cytoscape';
import { levelOfDetailNodes, networkStyle, pathColour, watchlistColour } from './networkElements';

/** From this many nodes a view is drawn as an overview (see overviewStyle). */
export const overviewNodes = 2_000;
/** Zoom from which an overview draws its labels again (10 px labels at 0.8 are 8 px on screen). */
export const overviewLabelZoom = 0.8;

/** How much a view of this size draws: everything, fewer redraws while moving, or an overview. */
export type CanvasDetail = 'full' | 'large' | 'overview';

export function canvasDetail(nodeCount: number): CanvasDetail {
  return nodeCount >= overviewNodes ? 'overview' : nodeCount >= levelOfDetailNodes ? 'large' : 'full';
}

/**
 * The overview's changes to the network style: straight "haystack" edges without arrowheads or
 * bundling of parallel edges, no node borders but the watchlist's and the path's, and no labels
 * (but the selected node's and a path's) until zoomed in to overviewLabelZoom.
 */
function overviewStyle(labels: boolean): StylesheetJson {
  return [
    ...networkStyle(),
    { selector: 'node', style: { 'border-width': 0, ...(labels ? {} : { label: '' }) } },
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
    { selector: 'node.watchlist', style: { 'border-width': 4, 'border-color': watchlistColour } },
    { selector: 'node:selected, node.on-path', style: { label: 'data(label)' } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': pathColour } },
    { selector: 'node.on-path.watchlist', style: { 'border-color': watchlistColour } },
  ];
}

/**
 * The Cytoscape options of the network canvas at a level of detail (canvasDetail of the view's size),
 * for NetworkCanvas and the graph bench (test/bench/graph) both make their instance from it.
 * Large views draw a texture while panning and zooming and hide edges while moving; overviews also
 * draw at one canvas pixel per CSS pixel and take overviewStyle.
 */
export function networkCanvasOptions(detail: CanvasDetail): CytoscapeOptions {
  return {
    style: detail === 'overview' ? overviewStyle(false) : networkStyle(),
    minZoom: 0.02,
    maxZoom: 5,
    textureOnViewport: detail !== 'full',
    hideEdgesOnViewport: detail !== 'full',
    motionBlur: false,
    ...(detail === 'overview' ? { pixelRatio: 1 } : {}),
    boxSelectionEnabled: false,
    selectionType: 'single',
  };
}

/**
 * An overview's labels follow the zoom: drawn from overviewLabelZoom on, gone below it (one
 * restyle each time the zoom crosses it). Returns the listener's removal; nothing for other views.
 */
export function followZoomWithLabels(cy: Core, detail: CanvasDetail): () => void {
  if (detail !== 'overview') return () => undefined;
  let labelled = false;
  const onViewport = () => {
    const wanted = cy.zoom() >= overviewLabelZoom;
    if (wanted === labelled) return;
    labelled = wanted;
    cy.style(overviewStyle(wanted));
  };
  cy.on('viewport', onViewport);
  return () => {
    cy.off('viewport', onViewport);
  };
}
