/**
 * Front companies of a known offender: an importer seized on before (watch-listed, examination
 * outcome "seizure") stops importing; new consignees appear at its premises or behind its phone
 * number, receiving the same cover goods from the same supplier on the same route.
 */
import { formatReportDate } from '../calendar';
import { commodityById } from '../goodsCatalog';
import { importingCountry } from '../countryProfiles';
import { drawCredibleGrading } from '../reports/grading';
import { routeFrom } from '../routing';
import { renderPhoneNumber } from '../addresses';
import type { Company } from '../traders';
import { companyWatchlistEntry, type WatchlistEntry } from '../watchlist';
import { PlantedParty, plainNotify } from './parties';
import { callsOnRoute, examineOnArrival, isPast, plantBill, rhythmCalls } from './planting';
import { countLines, type PlantedBill, type PlantedScheme } from './types';
import type { IntelligenceReport } from '../reports/reportWriter';

const coverGoods = ['ceramic-tiles', 'plastic-household', 'wooden-furniture', 'glass-bottles', 'confectionery'] as const;

export const frontCompanyNetwork: PlantedScheme = {
  id: 'front-company-network',
  kind: 'scheme',
  title: 'Front companies of a known offender',
  description:
    'A watch-listed importer with a past seizure stops importing; new consignees sharing its premises or telephone number receive the same cover goods from the same supplier on the same route.',
  share: 0.0025,
  minimumLines: 14,
  plant({ rng, budget, world, reports }) {
    const bills: PlantedBill[] = [];
    const companies: Company[] = [];
    const watchlist: WatchlistEntry[] = [];
    const filed: IntelligenceReport[] = [];
    const span = world.lastDay - world.firstDay;
    for (let network = 0; countLines(bills) < budget && network < 200; network += 1) {
      const cover = commodityById(rng.pick(coverGoods));
      const origin = rng.pick(['AE', 'CN'] as const);
      const offender = world.register.register({ role: 'offender', country: importingCountry.alpha2, tradeWords: cover.tradeWords });
      const shipper = world.register.register({ role: 'shipper', country: origin, tradeWords: cover.tradeWords });
      const route = routeFrom(world.schedule, origin, shipper.city, rng, 0);
      if (!route) continue;
      const calls = callsOnRoute(world, route);
      const shipperParty = new PlantedParty(shipper, rng, 0.3);
      const ship = (consignee: Company, call: (typeof calls)[number], note: string, seized: boolean): PlantedBill => {
        const consigneeParty = new PlantedParty(consignee, rng, 0.8).write(rng);
        const bill = plantBill(world, {
          call,
          placeOfReceipt: route.placeOfReceipt,
          portOfLoading: route.portOfLoading,
          countryOfOrigin: origin,
          shipper: shipperParty.write(rng),
          consignee: consigneeParty,
          notifyParty: plainNotify(consigneeParty, rng),
          cargo: Array.from({ length: rng.int(1, 2) }, () => ({ commodity: cover, habits: { hsCode: 'six-digit', description: 'plain', goodsDescription: cover.descriptions[0] as string, priceFactor: 0.7 } })),
        }, rng);
        return seized && isPast(world, call) ? { bill, note, examination: examineOnArrival(bill, 'seizure', rng) } : { bill, note };
      };

      // The offender's own imports in the first third of the period; the last one is seized.
      const offenderCalls = rhythmCalls(calls, 2, world.firstDay, world.firstDay + Math.floor(span * 0.3), rng).slice(0, 4);
      if (offenderCalls.length === 0) continue;
      offenderCalls.forEach((call, index) => bills.push(ship(offender, call, `known offender ${offender.canonicalName} importing`, index === offenderCalls.length - 1)));
      const seizureDay = (offenderCalls[offenderCalls.length - 1] as (typeof calls)[number]).arrivalDay;
      watchlist.push(companyWatchlistEntry(offender, `Previous seizure: cigarettes concealed in ${cover.descriptions[0]?.toLowerCase()} (${formatReportDate(seizureDay)})`, 'LOCAL TARGETING'));
      companies.push(offender, shipper);

      // Fronts: same premises or same phone, new names, trading after the seizure.
      const fronts = rng.int(2, 3);
      for (let index = 0; index < fronts; index += 1) {
        const sharesPremises = index === 0 || rng.chance(0.5);
        const front = world.register.register({
          role: 'front',
          country: importingCountry.alpha2,
          tradeWords: cover.tradeWords,
          city: offender.city,
          ...(sharesPremises ? { premises: offender.premises } : { phone: offender.phone }),
        });
        companies.push(front);
        const frontCalls = rhythmCalls(calls, rng.int(2, 3), seizureDay + 14, world.lastDay, rng);
        for (const call of frontCalls) {
          if (countLines(bills) >= budget && bills.length > offenderCalls.length + 1) break;
          bills.push(ship(front, call, `front of ${offender.canonicalName}: shares its ${sharesPremises ? 'premises' : 'telephone number'}`, rng.chance(0.15)));
        }
      }
      if (rng.chance(0.6)) {
        filed.push(reports.file({
          day: seizureDay + rng.int(20, 40),
          grading: drawCredibleGrading(rng),
          credible: true,
          marking: 'OFFICIAL-SENSITIVE',
          subject: `Associates of ${offender.canonicalName}`,
          paragraphs: [
            `Following the seizure of cigarettes concealed in a consignment of ${cover.descriptions[0]?.toLowerCase()} consigned to ${offender.canonicalName}, the principals are believed to be continuing importations through newly registered companies.`,
            `The telephone number ${renderPhoneNumber(offender.phone, rng.int(0, 4))} and the premises at ${offender.premises.street}, ${offender.premises.city} remain in use by the group. Consignments are expected to continue from the same supplier in ${origin === 'AE' ? 'the UAE' : 'China'}.`,
          ],
          billsOfLading: bills.filter((planted) => planted.note.startsWith(`front of ${offender.canonicalName}:`)).map((planted) => planted.bill.billOfLadingNumber),
          subjectOf: 'front-company-network',
        }));
      }
    }
    return { bills, watchlist, reports: filed, companies, lanes: [] };
  },
};
