/**
 * Decoy: low-credibility reports about legitimate traders. An uncorroborated tip (graded D-F or
 * 4-6) names the container, vessel and consignee of an ordinary consignment on an established
 * lane. The consignment is real and lawful.
 */
import { companyOnBill, emptyParty } from '../parties';
import { drawLowCredibilityGrading } from '../reports/grading';
import type { IntelligenceReport } from '../reports/reportWriter';
import type { Company } from '../traders';
import { callsOnRoute, plantBill } from './planting';
import { listContainers, writeArrival, writeVessel } from './reportText';
import { countLines, type PlantedBill, type PlantedScheme } from './types';

const allegations = [
  'is said to be bringing in drugs hidden in the goods',
  'is believed by the caller to be smuggling cigarettes',
  'is a front for money laundering according to an anonymous letter',
  'is rumoured to import counterfeit goods',
  'was mentioned in an overheard conversation about avoiding duty',
];

export const lowCredibilityReportDecoy: PlantedScheme = {
  id: 'low-credibility-report',
  kind: 'decoy',
  title: 'Low-credibility reports about legitimate traders',
  description: 'Reports graded D-F or 4-6 name the container, vessel and consignee of a lawful consignment on an established lane.',
  share: 0.0002,
  minimumLines: 3,
  plant({ rng, budget, world, reports }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    const filed: IntelligenceReport[] = [];
    const candidates = world.lanes.lanes.filter((lane) => lane.consignee.kind === 'importer' && lane.decoyId === undefined);
    for (let attempt = 0; countLines(bills) < budget && attempt < 200 && candidates.length > 0; attempt += 1) {
      const lane = rng.pick(candidates);
      const calls = callsOnRoute(world, lane.route).filter((call) => call.arrivalDay > world.firstDay + 14);
      if (calls.length === 0) continue;
      const call = rng.pick(calls);
      const consignee = companyOnBill(lane.importer, lane.importerStyle, rng);
      const bill = plantBill(world, {
        call,
        placeOfReceipt: lane.route.placeOfReceipt,
        portOfLoading: lane.route.portOfLoading,
        countryOfOrigin: lane.countryOfOrigin,
        shipper: companyOnBill(lane.shipper, lane.shipperStyle, rng),
        consignee,
        notifyParty: lane.notify.kind === 'importer' ? consignee : emptyParty,
        cargo: [{ commodity: lane.commodity, habits: lane.habits }],
      }, rng);
      companies.push(lane.importer);
      const report = reports.file({
        day: call.arrivalDay - rng.int(2, 20),
        grading: drawLowCredibilityGrading(rng),
        credible: false,
        marking: 'OFFICIAL',
        subject: `Information received about ${lane.importer.canonicalName}`,
        paragraphs: [
          `An untested source reports that ${rng.chance(0.7) ? lane.importer.canonicalName : consignee.name} ${rng.pick(allegations)}.`,
          `The source named ${listContainers([bill], rng)} on ${writeVessel(bill, rng)}, ${writeArrival(bill)}. No corroboration has been found.`,
        ],
        billsOfLading: [bill.billOfLadingNumber],
        subjectOf: 'low-credibility-report',
      });
      filed.push(report);
      bills.push({ bill, note: `lawful consignment named in ${report.reference} (low credibility)` });
    }
    return { bills, watchlist: [], reports: filed, companies, lanes: [] };
  },
};
