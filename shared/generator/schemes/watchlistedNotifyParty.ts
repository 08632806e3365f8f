/**
 * A watch-listed facilitator behind unrelated consignees: a clearing agent on a partner agency's
 * alert list is the notify party on the bills of several small importers that have nothing else
 * in common, under the many spellings of its name.
 */
import { drawShippingHabits } from '../consignments';
import { importingCountry } from '../countryProfiles';
import { commodityById } from '../goodsCatalog';
import { routeFrom } from '../routing';
import type { Company } from '../traders';
import { companyWatchlistEntry, type WatchlistEntry } from '../watchlist';
import { PlantedParty } from './parties';
import { callsOnRoute, examineOnArrival, isPast, plantBill, rhythmCalls } from './planting';
import { countLines, type PlantedBill, type PlantedScheme } from './types';

const goods = ['plastic-household', 'wooden-furniture', 'ceramic-tiles', 'confectionery', 'glass-bottles', 'car-tyres', 'dates', 'toys'] as const;
const facilitatorStems = ['ROYAL LINK CLEARING', 'EXPRESS PORT CLEARANCE', 'GULF BRIDGE SHIPPING SERVICES', 'SWIFT CUSTOMS HANDLING', 'CITY DOCKS CLEARING AGENCY'];

export const watchlistedNotifyParty: PlantedScheme = {
  id: 'watchlisted-notify-party',
  kind: 'scheme',
  title: 'Watch-listed notify party behind unrelated consignees',
  description: 'A clearing agent on a partner agency alert list is the notify party for several unrelated small importers, under varying spellings of its name.',
  share: 0.0015,
  minimumLines: 8,
  plant({ rng, budget, world }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    const watchlist: WatchlistEntry[] = [];
    // A few agents, each behind as many importers as their share of the budget takes.
    const networks = Math.min(facilitatorStems.length, Math.max(1, Math.round(world.lines / 200_000)));
    for (let network = 0; network < networks; network += 1) {
      const facilitator = world.register.register({
        role: 'facilitator',
        country: importingCountry.alpha2,
        tradeWords: ['CLEARING'],
        stem: facilitatorStems[network] as string,
        variantCount: 8,
      });
      companies.push(facilitator);
      watchlist.push(companyWatchlistEntry(facilitator, 'Clearing agent linked to excise fraud: cigarettes and hand-rolling tobacco', 'PARTNER AGENCY ALERT', facilitator.nameVariants.slice(1, 3)));
      const networkBudget = Math.ceil((budget * (network + 1)) / networks);
      for (let attempt = 0; countLines(bills) < networkBudget && attempt < 1_000; attempt += 1) {
        const commodity = commodityById(rng.pick(goods));
        const origin = rng.pick(['CN', 'AE', 'TR', 'VN', 'MY'] as const);
        const shipper = world.register.register({ role: 'shipper', country: origin, tradeWords: commodity.tradeWords });
        const route = routeFrom(world.schedule, origin, shipper.city, rng, 0.1);
        if (!route) continue;
        const importer = world.register.register({ role: 'importer', country: importingCountry.alpha2, tradeWords: commodity.tradeWords });
        companies.push(shipper, importer);
        const habits = drawShippingHabits(commodity, rng);
        const shipperParty = new PlantedParty(shipper, rng);
        const importerParty = new PlantedParty(importer, rng);
        // Each importer's paperwork spells the agent its own way.
        const notify = new PlantedParty(facilitator, rng, 0.9);
        for (const call of rhythmCalls(callsOnRoute(world, route), rng.int(2, 4), world.firstDay, world.lastDay, rng)) {
          if (countLines(bills) >= networkBudget) break;
          const bill = plantBill(world, {
            call,
            placeOfReceipt: route.placeOfReceipt,
            portOfLoading: route.portOfLoading,
            countryOfOrigin: origin,
            shipper: shipperParty.write(rng),
            consignee: importerParty.write(rng),
            notifyParty: notify.write(rng),
            cargo: [{ commodity, habits }],
          }, rng);
          const note = `notify party ${facilitator.canonicalName} (watch-listed) for ${importer.canonicalName}`;
          bills.push(isPast(world, call) && rng.chance(0.15) ? { bill, note, examination: examineOnArrival(bill, 'seizure', rng) } : { bill, note });
        }
      }
    }
    return { bills, watchlist, reports: [], companies, lanes: [] };
  },
};
