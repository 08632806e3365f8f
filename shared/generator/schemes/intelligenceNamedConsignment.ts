/**
 * Consignments named in credible intelligence: a well-graded report, filed days before arrival,
 * names the container(s), the vessel and the consignee of a consignment that then arrives as
 * reported. Concealments follow known methods: cocaine in fruit and fish from Ecuador and
 * Colombia, cigarettes behind furniture or tiles from the Gulf and China.
 */
import { renderPhoneNumber } from '../addresses';
import { drawShippingHabits } from '../consignments';
import { importingCountry } from '../countryProfiles';
import { commodityById } from '../goodsCatalog';
import { drawCredibleGrading } from '../reports/grading';
import type { IntelligenceReport } from '../reports/reportWriter';
import { routeFrom } from '../routing';
import type { Company } from '../traders';
import { PlantedParty, plainNotify } from './parties';
import { callsOnRoute, plantBill } from './planting';
import { listContainers, writeArrival, writeVessel } from './reportText';
import { countLines, type PlantedBill, type PlantedScheme } from './types';
import { findSeaport } from '../../reference/seaports';

const methods = [
  { origin: 'EC', goods: 'bananas', contraband: 'cocaine', concealment: 'within the banana boxes at the rear of the load' },
  { origin: 'CO', goods: 'cut-roses', contraband: 'cocaine', concealment: 'in the refrigeration unit and among the flower boxes' },
  { origin: 'EC', goods: 'frozen-shrimp', contraband: 'cocaine', concealment: 'inside cartons of frozen prawns' },
  { origin: 'AE', goods: 'dates', contraband: 'cigarettes', concealment: 'behind a front wall of date cartons' },
  { origin: 'CN', goods: 'wooden-furniture', contraband: 'cigarettes', concealment: 'inside hollowed furniture panels' },
  { origin: 'CN', goods: 'ceramic-tiles', contraband: 'hand-rolling tobacco', concealment: 'between pallets of tiles' },
] as const;

export const intelligenceNamedConsignment: PlantedScheme = {
  id: 'intelligence-named-consignment',
  kind: 'scheme',
  title: 'Consignments named in credible intelligence',
  description: 'A report graded A or B, 1 or 2, names the container, vessel and consignee of a consignment that arrives as reported.',
  share: 0.0002,
  minimumLines: 3,
  plant({ rng, budget, world, reports }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    const filed: IntelligenceReport[] = [];
    for (let attempt = 0; countLines(bills) < budget && attempt < 400; attempt += 1) {
      const method = rng.pick(methods);
      const commodity = commodityById(method.goods);
      const shipper = world.register.register({ role: 'shipper', country: method.origin, tradeWords: commodity.tradeWords });
      const route = routeFrom(world.schedule, method.origin, shipper.city, rng, 0);
      if (!route) continue;
      const calls = callsOnRoute(world, route).filter((call) => call.arrivalDay > world.firstDay + 14);
      if (calls.length === 0) continue;
      const call = rng.pick(calls);
      const importer = world.register.register({ role: 'importer', country: importingCountry.alpha2, tradeWords: commodity.tradeWords });
      companies.push(shipper, importer);
      const consignee = new PlantedParty(importer, rng, 0.8).write(rng);
      const habits = drawShippingHabits(commodity, rng);
      const bill = plantBill(world, {
        call,
        placeOfReceipt: route.placeOfReceipt,
        portOfLoading: route.portOfLoading,
        countryOfOrigin: method.origin,
        shipper: new PlantedParty(shipper, rng).write(rng),
        consignee,
        notifyParty: plainNotify(consignee, rng),
        cargo: Array.from({ length: rng.int(1, 2) }, () => ({ commodity, habits })),
      }, rng);
      const report = reports.file({
        day: call.arrivalDay - rng.int(3, 12),
        grading: drawCredibleGrading(rng),
        credible: true,
        marking: rng.chance(0.7) ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL',
        subject: `${method.contraband} importation via ${findSeaport(route.portOfLoading)?.name ?? route.portOfLoading}`,
        paragraphs: [
          `A consignment of ${commodity.descriptions[0]?.toLowerCase()} consigned to ${rng.chance(0.6) ? consignee.name : importer.canonicalName} is being used to import ${method.contraband}, concealed ${method.concealment}.`,
          `The goods are in ${listContainers([bill], rng)} on ${writeVessel(bill, rng)}, ${writeArrival(bill)}.`,
          rng.chance(0.5) ? `The consignee's contact number is ${renderPhoneNumber(importer.phone, rng.int(0, 4))}.` : `The shipper is ${shipper.canonicalName}.`,
        ],
        billsOfLading: [bill.billOfLadingNumber],
        subjectOf: 'intelligence-named-consignment',
      });
      filed.push(report);
      bills.push({ bill, note: `named in ${report.reference}` });
    }
    return { bills, watchlist: [], reports: filed, companies, lanes: [] };
  },
};
