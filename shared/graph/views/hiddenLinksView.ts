import { readSharedPartyLinks } from '../sharedPartyLinks';
import { readHiddenLinks } from '../traderNetworkSource';
import type { GraphViewDefinition } from './graphView';
import { graphOfEdges } from './graphView';

/** Traders tied by what they wrote, not by what they shipped: a shared address, phone line, e-mail address or notify party. */
export const hiddenLinksView: GraphViewDefinition = {
  id: 'hidden-links',
  title: 'Hidden links',
  description: 'Different traders that wrote the same address, telephone number or e-mail address on their bills, or whose bills name the same notify party.',
  build(store, filters) {
    const written = readHiddenLinks(store, filters);
    const parties = readSharedPartyLinks(store, filters);
    return graphOfEdges(store, [...written.edges, ...parties.edges], [...written.notes, ...parties.notes]);
  },
};
