import type { LayoutOptions } from 'cytoscape';

/**
 * Cytoscape's own layouts for the layouts the engine marks 'canvas' (geometric, no simulation:
 * cheap on the UI thread). Engine layouts arrive as positions and use 'preset'.
 */
export function canvasLayoutOptions(layoutId: string): LayoutOptions {
  switch (layoutId) {
    case 'concentric':
      // Rings by centrality: the most central traders in the middle.
      return { name: 'concentric', concentric: (node) => Number(node.data('size')), levelWidth: () => 6, minNodeSpacing: 8, animate: false, fit: true, padding: 30 };
    case 'breadthfirst':
      return { name: 'breadthfirst', directed: false, spacingFactor: 1, animate: false, fit: true, padding: 30 };
    case 'grid':
      return { name: 'grid', avoidOverlap: true, animate: false, fit: true, padding: 30 };
    case 'circle':
      return { name: 'circle', avoidOverlap: true, animate: false, fit: true, padding: 30 };
    default:
      return { name: 'preset', fit: true, animate: false, padding: 30 };
  }
}
