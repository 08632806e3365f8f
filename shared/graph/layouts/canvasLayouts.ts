import type { GraphLayoutDefinition } from './graphLayout';

/** Cytoscape's geometric layouts, run on the canvas (cheap: no simulation). */
export const concentricLayout: GraphLayoutDefinition = { id: 'concentric', title: 'Concentric (by centrality)', runsIn: 'canvas' };
export const breadthfirstLayout: GraphLayoutDefinition = { id: 'breadthfirst', title: 'Breadth-first', runsIn: 'canvas' };
export const gridLayout: GraphLayoutDefinition = { id: 'grid', title: 'Grid', runsIn: 'canvas' };
export const circleLayout: GraphLayoutDefinition = { id: 'circle', title: 'Circle', runsIn: 'canvas' };
