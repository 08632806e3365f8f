/**
 * Groupage: a forwarder's weekly consolidated containers from one loading port. Each sailing the
 * forwarder's overseas agent fills one or two boxes with small shipments of its regular clients;
 * the carrier issues one master B/L to the forwarder and the forwarder a house B/L per client.
 */
import { drawShippingHabits, type ShippingHabits } from './consignments';
import { originCountries } from './countryProfiles';
import type { Forwarder } from './forwarders';
import { commodities, type Commodity } from './goodsCatalog';
import { drawPartyStyle, type PartyStyle } from './parties';
import { WeightedTable, type Rng } from './random';
import type { Route } from './routing';
import type { Schedule } from './schedule';
import type { Company, CompanyRegister } from './traders';
import type { LaneBuilder } from './tradeLanes';

export interface ConsolidationClient {
  readonly shipper: Company;
  readonly shipperStyle: PartyStyle;
  readonly importer: Company;
  readonly importerStyle: PartyStyle;
  readonly commodity: Commodity;
  readonly habits: ShippingHabits;
  readonly placeOfReceipt: string;
  readonly countryOfOrigin: string;
}

export interface ConsolidationLane {
  readonly id: number;
  readonly forwarder: Forwarder;
  readonly forwarderStyle: PartyStyle;
  readonly route: Route;
  readonly clients: readonly ConsolidationClient[];
  readonly period: number;
  readonly phase: number;
  readonly housesPerMaster: readonly [number, number];
}

export function expectedConsolidationLinesPerSailing(lane: ConsolidationLane): number {
  return (lane.housesPerMaster[0] + lane.housesPerMaster[1]) / 2 / lane.period;
}

const smallGoods = new WeightedTable(commodities.filter((entry) => entry.laneWeight > 0 && entry.packageKind === 'CTNS').map((entry) => [entry, entry.laneWeight] as const));

export function makeConsolidationLane(
  id: number,
  forwarder: Forwarder,
  schedule: Schedule,
  register: CompanyRegister,
  lanes: LaneBuilder,
  rng: Rng,
): ConsolidationLane | undefined {
  const service = rng.weighted(schedule.services.map((entry) => [entry, entry.weight] as const));
  const portOfLoading = rng.pick(service.loadingPorts);
  const country = portOfLoading.slice(0, 2);
  // Groupage is loaded only where the world has traders (not at Salalah or Manzanillo).
  const profile = originCountries.find((entry) => entry.alpha2 === country && entry.exportWeight > 0);
  if (!profile) return undefined;
  const route: Route = { placeOfReceipt: portOfLoading, portOfLoading, service, portOfDischarge: rng.pick(service.dischargePorts) };
  const clientCount = rng.int(6, 16);
  const clients: ConsolidationClient[] = [];
  for (let index = 0; index < clientCount; index += 1) {
    const commodity = smallGoods.draw(rng);
    const shipper = register.register({ role: 'shipper', country, tradeWords: commodity.tradeWords, city: rng.pick(profile.cities) });
    const importer = lanes.importers().length > 20 && rng.chance(0.2) ? rng.pick(lanes.importers()) : lanes.newImporter(commodity.tradeWords);
    clients.push({
      shipper,
      shipperStyle: drawPartyStyle(shipper, rng, 0.4),
      importer,
      importerStyle: drawPartyStyle(importer, rng),
      commodity,
      habits: drawShippingHabits(commodity, rng),
      placeOfReceipt: rng.chance(0.7) ? portOfLoading : shipper.city.placeOfReceipt,
      countryOfOrigin: country,
    });
  }
  const period = rng.weighted([[1, 60], [2, 40]] as const);
  return {
    id,
    forwarder,
    forwarderStyle: drawPartyStyle(forwarder.company, rng, 0.9),
    route,
    clients,
    period,
    phase: rng.int(0, period - 1),
    housesPerMaster: [2, Math.min(8, clientCount)],
  };
}
