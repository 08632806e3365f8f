/**
 * Undervaluation: an importer declares its regular purchases at a fraction of what the same goods
 * are worth on every other lane (value per kg far below the commodity's norm), consistently.
 */
import { drawShippingHabits } from '../consignments';
import { importingCountry } from '../countryProfiles';
import { commodityById } from '../goodsCatalog';
import { routeFrom } from '../routing';
import type { Company } from '../traders';
import { PlantedParty, plainNotify } from './parties';
import { callsOnRoute, plantBill, rhythmCalls } from './planting';
import { countLines, type PlantedBill, type PlantedScheme } from './types';

const goods = [['laptops', 'CN'], ['headphones', 'CN'], ['sports-footwear', 'VN'], ['cotton-tshirts', 'BD'], ['handbags', 'CN'], ['cosmetics', 'KR'], ['televisions', 'CN'], ['li-ion-batteries', 'CN'], ['e-bikes', 'CN']] as const;

export const undervaluation: PlantedScheme = {
  id: 'undervaluation',
  kind: 'scheme',
  title: 'Undervaluation',
  description: 'An importer declares its regular purchases at 15-35 % of the value per kilogram that the same goods carry on other lanes.',
  share: 0.003,
  minimumLines: 12,
  plant({ rng, budget, world }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    for (let scheme = 0; countLines(bills) < budget && scheme < 400; scheme += 1) {
      const [commodityId, origin] = rng.pick(goods);
      const commodity = commodityById(commodityId);
      const shipper = world.register.register({ role: 'shipper', country: origin, tradeWords: commodity.tradeWords });
      const route = routeFrom(world.schedule, origin, shipper.city, rng, 0);
      if (!route) continue;
      const importer = world.register.register({ role: 'importer', country: importingCountry.alpha2, tradeWords: commodity.tradeWords });
      companies.push(shipper, importer);
      const valueFactor = rng.between(0.15, 0.35);
      const habits = drawShippingHabits(commodity, rng);
      const shipperParty = new PlantedParty(shipper, rng);
      const importerParty = new PlantedParty(importer, rng);
      for (const call of rhythmCalls(callsOnRoute(world, route), rng.int(1, 2), world.firstDay, world.lastDay, rng)) {
        if (countLines(bills) >= budget) break;
        const consignee = importerParty.write(rng);
        const bill = plantBill(world, {
          call,
          placeOfReceipt: route.placeOfReceipt,
          portOfLoading: route.portOfLoading,
          countryOfOrigin: origin,
          shipper: shipperParty.write(rng),
          consignee,
          notifyParty: plainNotify(consignee, rng),
          cargo: Array.from({ length: rng.int(1, 2) }, () => ({ commodity, habits, valueFactor })),
        }, rng);
        bills.push({ bill, note: `declared at ${Math.round(valueFactor * 100)} % of the usual value of ${commodity.hsCode}` });
      }
    }
    return { bills, watchlist: [], reports: [], companies, lanes: [] };
  },
};
