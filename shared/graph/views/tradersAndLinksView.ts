import { readHiddenLinks, readShipmentFlows } from '../traderNetworkSource';
import type { GraphViewDefinition } from './graphView';
import { graphOfEdges } from './graphView';

/** The trader network with the hidden links drawn over it. */
export const tradersAndLinksView: GraphViewDefinition = {
  id: 'traders-and-links',
  title: 'Traders and hidden links',
  description: 'Shipment flows between traders together with the shared addresses and phone numbers that tie them.',
  build(store, filters) {
    const { edges, notes } = readHiddenLinks(store, filters);
    return graphOfEdges(store, [...readShipmentFlows(store, filters), ...edges], notes);
  },
};
