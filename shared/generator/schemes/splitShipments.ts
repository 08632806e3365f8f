/**
 * Split shipments: one supplier splits one container load into several bills to related
 * consignees (similar names, shared premises or phone) on the same vessel call, so that no single
 * consignment stands out by size or value.
 */
import { drawShippingHabits } from '../consignments';
import { importingCountry } from '../countryProfiles';
import { commodityById } from '../goodsCatalog';
import { routeFrom } from '../routing';
import type { Company } from '../traders';
import { PlantedParty, plainNotify } from './parties';
import { callsOnRoute, plantBill, rhythmCalls } from './planting';
import { countLines, type PlantedBill, type PlantedScheme } from './types';

const goods = ['vapes', 'cosmetics', 'handbags', 'headphones', 'sports-footwear', 'toys'] as const;
const relatedSuffixes = ['UK', 'HOME', 'RETAIL', 'STORES', 'DIRECT', 'ONLINE', 'SUPPLIES', 'GROUP'];

export const splitShipments: PlantedScheme = {
  id: 'split-shipments',
  kind: 'scheme',
  title: 'Split shipments to related consignees',
  description:
    'One supplier splits a container load into several small bills to related consignees (similar names, shared premises or telephone) on the same vessel call.',
  share: 0.002,
  minimumLines: 9,
  plant({ rng, budget, world }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    for (let group = 0; countLines(bills) < budget && group < 400; group += 1) {
      const commodity = commodityById(rng.pick(goods));
      const origin = rng.pick(['CN', 'CN', 'HK', 'VN'] as const);
      const shipper = world.register.register({ role: 'shipper', country: origin, tradeWords: commodity.tradeWords });
      const route = routeFrom(world.schedule, origin, shipper.city, rng, 0);
      if (!route) continue;
      const lead = world.register.register({ role: 'importer', country: importingCountry.alpha2, tradeWords: commodity.tradeWords });
      const related: Company[] = [lead];
      for (const suffix of rng.sample(relatedSuffixes, rng.int(2, 4))) {
        related.push(world.register.register({
          role: 'importer',
          country: importingCountry.alpha2,
          tradeWords: commodity.tradeWords,
          stem: `${lead.name.stem} ${suffix}`,
          legalForm: lead.name.legalForm,
          city: lead.city,
          ...(rng.chance(0.5) ? { premises: lead.premises } : { phone: lead.phone }),
        }));
      }
      companies.push(shipper, ...related);
      const habits = drawShippingHabits(commodity, rng);
      const shipperParty = new PlantedParty(shipper, rng, 0.3);
      const parties = related.map((company) => new PlantedParty(company, rng, 0.7));
      const calls = rhythmCalls(callsOnRoute(world, route), rng.int(3, 6), world.firstDay, world.lastDay, rng).slice(0, rng.int(2, 4));
      for (const call of calls) {
        if (countLines(bills) >= budget) break;
        const container = world.containers.reserved(call.vessel.carrier);
        const split = rng.sample(parties, rng.int(3, parties.length));
        for (const party of split) {
          const consignee = party.write(rng);
          const bill = plantBill(world, {
            call,
            placeOfReceipt: route.placeOfReceipt,
            portOfLoading: route.portOfLoading,
            countryOfOrigin: origin,
            shipper: shipperParty.write(rng),
            consignee,
            notifyParty: plainNotify(consignee, rng),
            cargo: [{ commodity, habits, containerNumber: container, fill: 1 / split.length }],
          }, rng);
          bills.push({ bill, note: `one of ${split.length} bills splitting container ${container} to consignees related to ${lead.canonicalName}` });
        }
      }
    }
    return { bills, watchlist: [], reports: [], companies, lanes: [] };
  },
};
