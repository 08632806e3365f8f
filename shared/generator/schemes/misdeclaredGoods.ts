/**
 * Vague or misdeclared goods: descriptions that say nothing ("GENERAL CARGO", "SPARE PARTS") with
 * no or a four-digit HS code, or an HS code of cheap, low-duty goods that contradicts the
 * description (sports shoes under plastics, handbags under packing bags).
 */
import { drawShippingHabits } from '../consignments';
import { importingCountry } from '../countryProfiles';
import { commodityById, vagueDescriptions } from '../goodsCatalog';
import { routeFrom } from '../routing';
import type { Company } from '../traders';
import { PlantedParty, plainNotify } from './parties';
import { callsOnRoute, examineOnArrival, isPast, plantBill, rhythmCalls } from './planting';
import { countLines, type PlantedBill, type PlantedScheme } from './types';

/** Actual goods and the HS subheading declared for them instead. */
const misclassifications = [
  ['sports-footwear', '392690'], ['handbags', '392329'], ['vapes', '851671'], ['headphones', '392690'],
  ['cosmetics', '340111'], ['laptops', '847150'], ['smartphones', '851762'], ['hand-rolling-tobacco', '121190'],
] as const;
const vagueGoods = ['vehicle-parts', 'toys', 'plastic-household', 'handbags', 'vapes', 'cigarettes', 'headphones'] as const;

export const misdeclaredGoods: PlantedScheme = {
  id: 'misdeclared-goods',
  kind: 'scheme',
  title: 'Vague or misdeclared goods',
  description:
    'Goods described only as GENERAL CARGO, SPARE PARTS, FAK and the like with no or a four-digit HS code, or an HS code of other, low-duty goods than the description names.',
  share: 0.003,
  minimumLines: 12,
  plant({ rng, budget, world }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    for (let scheme = 0; countLines(bills) < budget && scheme < 400; scheme += 1) {
      const vague = rng.chance(0.5);
      const [commodityId, declaredHs] = vague ? [rng.pick(vagueGoods), undefined] : rng.pick(misclassifications);
      const commodity = commodityById(commodityId);
      const origin = rng.pick(['CN', 'CN', 'AE', 'VN', 'TR'] as const);
      const shipper = world.register.register({ role: 'shipper', country: origin, tradeWords: vague ? ['TRADING', 'GENERAL TRADING'] : commodity.tradeWords });
      const route = routeFrom(world.schedule, origin, shipper.city, rng, 0);
      if (!route) continue;
      const importer = world.register.register({ role: 'importer', country: importingCountry.alpha2, tradeWords: vague ? ['TRADING', 'IMPORTS'] : commodity.tradeWords });
      companies.push(shipper, importer);
      const habits = drawShippingHabits(commodity, rng);
      const description = vague ? rng.pick(vagueDescriptions) : habits.goodsDescription;
      const hsCode = vague ? rng.pick(['', '', commodity.hsCode.slice(0, 4)]) : (declaredHs as string);
      const shipperParty = new PlantedParty(shipper, rng);
      const importerParty = new PlantedParty(importer, rng);
      for (const call of rhythmCalls(callsOnRoute(world, route), rng.int(2, 4), world.firstDay, world.lastDay, rng)) {
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
          cargo: [{ commodity, habits, goodsDescription: description, hsCode }],
        }, rng);
        const note = vague ? `vague description "${description}" for ${commodity.descriptions[0]}` : `${commodity.descriptions[0]} declared under HS ${declaredHs}`;
        bills.push(isPast(world, call) && rng.chance(0.1) ? { bill, note, examination: examineOnArrival(bill, 'seizure', rng) } : { bill, note });
      }
    }
    return { bills, watchlist: [], reports: [], companies, lanes: [] };
  },
};
