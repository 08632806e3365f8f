/**
 * Origin laundering: goods received in one country (China for goods under anti-dumping duty,
 * Iran for sanctioned goods) are trucked or fed to a hub, loaded there by a hub trading company
 * and declared as of hub origin. The place of receipt betrays the true origin.
 */
import { importingCountry, countryProfile } from '../countryProfiles';
import { commodityById } from '../goodsCatalog';
import { routeLoadingAt } from '../routing';
import type { Company } from '../traders';
import { PlantedParty, plainNotify } from './parties';
import { callsOnRoute, examineOnArrival, isPast, plantBill, rhythmCalls } from './planting';
import { countLines, type PlantedBill, type PlantedScheme } from './types';
import { drawShippingHabits } from '../consignments';

const patterns = [
  { trueOrigin: 'CN', goods: ['aluminium-profiles', 'galvanised-steel', 'solar-modules', 'steel-tubes'], hubs: [['AE', 'AEJEA'], ['MY', 'MYPKG'], ['MY', 'MYTPP']] },
  { trueOrigin: 'IR', goods: ['pistachios', 'dates', 'carpets'], hubs: [['AE', 'AEJEA']] },
] as const;

export const originLaundering: PlantedScheme = {
  id: 'origin-laundering',
  kind: 'scheme',
  title: 'Origin laundering through a hub',
  description:
    'Goods received in China or Iran are loaded at a hub (Jebel Ali, Port Klang, Tanjung Pelepas) by a hub trading company and declared as of hub origin: the place of receipt is in another country than the declared origin.',
  share: 0.003,
  minimumLines: 12,
  plant({ rng, budget, world }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    for (let scheme = 0; countLines(bills) < budget && scheme < 400; scheme += 1) {
      const pattern = rng.pick(patterns);
      const commodity = commodityById(rng.pick(pattern.goods));
      const [hubCountry, hubPort] = rng.pick(pattern.hubs);
      const receiptCity = rng.pick(countryProfile(pattern.trueOrigin).cities);
      const route = routeLoadingAt(world.schedule, receiptCity.placeOfReceipt, hubPort, rng);
      if (!route) continue;
      const shipper = world.register.register({ role: 'shipper', country: hubCountry, tradeWords: [...commodity.tradeWords, 'GENERAL TRADING'] });
      const importer = world.register.register({ role: 'importer', country: importingCountry.alpha2, tradeWords: commodity.tradeWords });
      companies.push(shipper, importer);
      const shipperParty = new PlantedParty(shipper, rng, 0.4);
      const importerParty = new PlantedParty(importer, rng);
      const habits = drawShippingHabits(commodity, rng);
      const calls = rhythmCalls(callsOnRoute(world, route), rng.int(1, 3), world.firstDay, world.lastDay, rng);
      for (const call of calls) {
        if (countLines(bills) >= budget) break;
        const consignee = importerParty.write(rng);
        const bill = plantBill(world, {
          call,
          placeOfReceipt: route.placeOfReceipt,
          portOfLoading: route.portOfLoading,
          countryOfOrigin: hubCountry,
          shipper: shipperParty.write(rng),
          consignee,
          notifyParty: plainNotify(consignee, rng),
          cargo: Array.from({ length: rng.int(1, 2) }, () => ({ commodity, habits })),
        }, rng);
        const note = `received at ${route.placeOfReceipt} (${pattern.trueOrigin}), loaded at ${hubPort}, declared origin ${hubCountry}`;
        bills.push(isPast(world, call) && rng.chance(0.08) ? { bill, note, examination: examineOnArrival(bill, 'seizure', rng) } : { bill, note });
      }
    }
    return { bills, watchlist: [], reports: [], companies, lanes: [] };
  },
};
