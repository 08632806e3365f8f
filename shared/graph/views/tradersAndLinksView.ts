import { readSharedPartyLinks } from '../sharedPartyLinks';
import { readHiddenLinks, readShipmentFlows } from '../traderNetworkSource';
import type { GraphViewDefinition } from './graphView';
import { graphOfEdges } from './graphView';

/** The trader network with the hidden links drawn over it. */
export const tradersAndLinksView: GraphViewDefinition = {
  id: 'traders-and-links',
  title: 'Traders and hidden links',
  description: 'Shipment flows between traders together with the shared addresses, phone numbers, e-mail addresses and notify parties that tie them.',
  build(store, filters) {
    const written = readHiddenLinks(store, filters);
    const parties = readSharedPartyLinks(store, filters);
    return graphOfEdges(store, [...readShipmentFlows(store, filters), ...written.edges, ...parties.edges], [...written.notes, ...parties.notes]);
  },
};
