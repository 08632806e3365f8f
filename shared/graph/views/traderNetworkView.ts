import { readShipmentFlows } from '../traderNetworkSource';
import type { GraphViewDefinition } from './graphView';
import { graphOfEdges } from './graphView';

/** Who ships to whom: shipper → consignee, one edge per pair with its bills, value and dates. */
export const traderNetworkView: GraphViewDefinition = {
  id: 'trader-network',
  title: 'Trader network',
  description: 'Resolved traders linked shipper → consignee, one edge per pair with its bills, declared value and arrival dates.',
  build: (store, filters) => graphOfEdges(store, readShipmentFlows(store, filters)),
};
