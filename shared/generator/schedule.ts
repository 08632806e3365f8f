/**
 * Liner services and their port calls in the importing country. Each service loads at a fixed
 * rotation of ports and sails weekly; its vessels take turns, each voyage calling once at each of
 * the service's UK discharge ports. A port call (vessel, voyage, port) therefore has one arrival date.
 */
import { carrierByScac, type Carrier } from './carriers';
import { Fleet, type Vessel } from './fleet';
import type { Rng } from './random';

export interface LinerService {
  readonly code: string;
  readonly name: string;
  readonly carriers: readonly Carrier[];
  /** Ports of loading, in rotation order (UN/LOCODE). */
  readonly loadingPorts: readonly string[];
  /** UK ports of discharge, in call order. */
  readonly dischargePorts: readonly string[];
  /** Relative share of the import volume the service carries. */
  readonly weight: number;
  /** Days from the weekly departure to the first UK call. */
  readonly transitDays: number;
  readonly rotation: readonly Vessel[];
}

export interface PortCall {
  /** Position in arrival order: the index of the call in `Schedule.calls`. */
  readonly index: number;
  readonly service: LinerService;
  /** Week of the service's sailing, from 0. */
  readonly sailing: number;
  readonly vessel: Vessel;
  readonly voyage: string;
  readonly portOfDischarge: string;
  /** Days since 1970-01-01. */
  readonly arrivalDay: number;
}

const serviceDefinitions = [
  { code: 'AE7', name: 'Asia - North Europe 7', scacs: ['MAEU', 'MSCU'], loadingPorts: ['CNSHA', 'CNNGB', 'CNYTN', 'SGSIN', 'MYTPP'], dischargePorts: ['GBFXT'], weight: 14, transitDays: 32 },
  { code: 'FAL1', name: 'French Asia Line 1', scacs: ['CMDU', 'COSU', 'EGLV', 'OOLU'], loadingPorts: ['KRPUS', 'CNTAO', 'CNSHA', 'CNNGB', 'CNXMN', 'CNYTN', 'VNTOT', 'SGSIN', 'MYPKG'], dischargePorts: ['GBSOU'], weight: 14, transitDays: 34 },
  { code: 'FE4', name: 'Far East Loop 4', scacs: ['HLCU', 'ONEY', 'YMLU', 'HDMU'], loadingPorts: ['KRPUS', 'CNSHA', 'CNNGB', 'TWKHH', 'HKHKG', 'CNSHK', 'CNYTN', 'SGSIN', 'LKCMB'], dischargePorts: ['GBLGP', 'GBSOU'], weight: 14, transitDays: 33 },
  { code: 'FE2', name: 'Far East Loop 2', scacs: ['MSCU', 'MAEU'], loadingPorts: ['CNNSA', 'CNXMN', 'HKHKG', 'VNSGN', 'THLCH', 'IDJKT', 'SGSIN', 'MYPKG'], dischargePorts: ['GBLGP', 'GBFXT'], weight: 10, transitDays: 31 },
  { code: 'ME2', name: 'Middle East - Pakistan - India', scacs: ['MAEU', 'HLCU', 'CMDU'], loadingPorts: ['PKKHI', 'PKBQM', 'INMUN', 'INNSA', 'AEJEA', 'OMSLL'], dischargePorts: ['GBLGP'], weight: 8, transitDays: 24 },
  { code: 'IEX', name: 'India Express', scacs: ['MSCU', 'ONEY'], loadingPorts: ['INNSA', 'INMUN', 'LKCMB', 'EGPSD'], dischargePorts: ['GBFXT'], weight: 5, transitDays: 22 },
  { code: 'MDX', name: 'Mediterranean Express', scacs: ['MSCU', 'CMDU', 'ZIMU'], loadingPorts: ['TRMER', 'TRIZM', 'TRAMB', 'EGALY', 'EGPSD', 'MAPTM'], dischargePorts: ['GBSOU', 'GBTIL'], weight: 6, transitDays: 12 },
  { code: 'SAE', name: 'South America East Coast', scacs: ['MAEU', 'HLCU', 'MSCU'], loadingPorts: ['BRPNG', 'BRSSZ'], dischargePorts: ['GBLGP'], weight: 3, transitDays: 18 },
  { code: 'WCX', name: 'West Coast South America - Caribbean', scacs: ['MSCU', 'MAEU', 'CMDU'], loadingPorts: ['ECGYE', 'COCTG', 'PAMIT'], dischargePorts: ['GBSOU'], weight: 4, transitDays: 19 },
  { code: 'SAF', name: 'South Africa Service', scacs: ['MSCU', 'MAEU'], loadingPorts: ['ZADUR', 'ZACPT', 'MAPTM'], dischargePorts: ['GBTIL'], weight: 2, transitDays: 20 },
  { code: 'TA1', name: 'Transatlantic 1', scacs: ['HLCU', 'ONEY', 'MSCU'], loadingPorts: ['USHOU', 'USSAV', 'USNYC'], dischargePorts: ['GBSOU', 'GBLIV'], weight: 4, transitDays: 11 },
] as const;

/** Ports where goods from countries without a direct service, or from inland, change ships. */
export const transshipmentHubs: Readonly<Record<string, readonly string[]>> = {
  BD: ['LKCMB', 'SGSIN', 'MYPKG'],
  ID: ['SGSIN'],
  VN: ['SGSIN', 'HKHKG'],
  IN: ['LKCMB'],
  PH: ['SGSIN'],
};

export interface Schedule {
  readonly services: readonly LinerService[];
  readonly calls: readonly PortCall[];
  readonly vessels: readonly Vessel[];
  readonly firstDay: number;
  readonly lastDay: number;
}

export function buildSchedule(rng: Rng, firstDay: number, weeks: number): Schedule {
  const fleet = new Fleet(rng.fork('fleet'));
  const services: LinerService[] = serviceDefinitions.map((definition) => {
    const carriers = definition.scacs.map(carrierByScac);
    const rotationLength = Math.max(4, Math.round(definition.transitDays / 7) * 2);
    const rotation = Array.from({ length: rotationLength }, (_, index) => fleet.commission(carriers[index % carriers.length] as Carrier));
    return { ...definition, carriers, rotation };
  });
  const lastDay = firstDay + weeks * 7 - 1;
  const draft: Omit<PortCall, 'index'>[] = [];
  services.forEach((service) => {
    const weekday = rng.int(0, 6);
    // Sailings that left before the period still arrive in it: start transit-days earlier.
    const firstSailing = -Math.ceil(service.transitDays / 7);
    for (let sailing = firstSailing; sailing < weeks; sailing += 1) {
      const vessel = service.rotation[((sailing % service.rotation.length) + service.rotation.length) % service.rotation.length] as Vessel;
      const voyageSequence = vessel.firstVoyageSequence + Math.floor((sailing - firstSailing) / service.rotation.length);
      const voyage = vessel.carrier.voyage(voyageSequence, service.code);
      let arrivalDay = firstDay + sailing * 7 + weekday + service.transitDays + rng.int(-1, 1);
      for (const portOfDischarge of service.dischargePorts) {
        if (arrivalDay >= firstDay && arrivalDay <= lastDay) {
          draft.push({ service, sailing: sailing - firstSailing, vessel, voyage, portOfDischarge, arrivalDay });
        }
        arrivalDay += rng.int(1, 2);
      }
    }
  });
  const order = services.map((service) => service.code);
  draft.sort((a, b) => a.arrivalDay - b.arrivalDay || order.indexOf(a.service.code) - order.indexOf(b.service.code) || a.service.dischargePorts.indexOf(a.portOfDischarge) - b.service.dischargePorts.indexOf(b.portOfDischarge));
  const calls = draft.map((call, index) => ({ ...call, index }));
  return { services, calls, vessels: fleet.vessels, firstDay, lastDay };
}

/** Services whose rotation loads at the port. */
export function servicesLoadingAt(schedule: Schedule, portOfLoading: string): readonly LinerService[] {
  return schedule.services.filter((service) => service.loadingPorts.includes(portOfLoading));
}
