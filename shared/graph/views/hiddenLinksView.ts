import { readHiddenLinks } from '../traderNetworkSource';
import type { GraphViewDefinition } from './graphView';
import { graphOfEdges } from './graphView';

/** Traders tied by what they wrote, not by what they shipped: a shared address or phone line. */
export const hiddenLinksView: GraphViewDefinition = {
  id: 'hidden-links',
  title: 'Hidden links',
  description: 'Different traders that wrote the same address or telephone number on their bills.',
  build(store, filters) {
    const { edges, notes } = readHiddenLinks(store, filters);
    return graphOfEdges(store, edges, notes);
  },
};
