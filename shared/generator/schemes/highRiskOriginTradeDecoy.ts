/**
 * Decoy: high-volume legitimate trade from high-risk origins. Established importers receive
 * several containers every sailing of bananas and flowers from Ecuador and Colombia, rice and
 * textiles from Pakistan: the routes drugs and excise fraud use, carrying lawful trade.
 */
import { commodityById } from '../goodsCatalog';
import type { Company } from '../traders';
import type { TradeLane } from '../tradeLanes';
import type { PlantedScheme } from './types';

const trades = [['bananas', 'EC'], ['bananas', 'CO'], ['cut-roses', 'CO'], ['green-coffee', 'CO'], ['rice', 'PK'], ['bed-linen', 'PK'], ['frozen-shrimp', 'EC']] as const;

export const highRiskOriginTradeDecoy: PlantedScheme = {
  id: 'high-volume-high-risk-origin',
  kind: 'decoy',
  title: 'High-volume legitimate trade from high-risk origins',
  description: 'Established importers receive several containers every sailing from Ecuador, Colombia and Pakistan: lawful trade on routes that smuggling also uses.',
  share: 0.01,
  minimumLines: 20,
  plant({ rng, budget, world }) {
    const lanes: TradeLane[] = [];
    const companies = new Set<Company>();
    let expected = 0;
    const target = budget / world.weeks;
    for (let attempt = 0; (expected < target || lanes.length === 0) && attempt < 500; attempt += 1) {
      const [commodityId, country] = rng.pick(trades);
      const lane = world.lanes.addLane({ commodity: commodityById(commodityId), country, period: 1, containers: [3, 8], decoyId: 'high-volume-high-risk-origin', plainParties: true });
      if (!lane) continue;
      lanes.push(lane);
      companies.add(lane.importer).add(lane.shipper);
      expected += 5.5;
    }
    return { bills: [], watchlist: [], reports: [], companies: [...companies], lanes };
  },
};
