/**
 * The bills of one vessel call: planted consignments plus ordinary trade filling the call's share
 * of cargo lines exactly. Lanes due on this sailing ship first (their rhythm), groupage masters
 * are split into house bills, and the rest of the share goes to extra shipments on the call's
 * lanes in proportion to their volume. Bills are listed in random order, as in a real manifest.
 */
import type { BillOfLading, CargoLine, PartyOnBill } from './billOfLading';
import { yearOf } from './calendar';
import { makeCargoLine } from './consignments';
import type { ConsolidationLane } from './consolidation';
import { companyOnBill, emptyParty, placeholderParty } from './parties';
import { WeightedTable, type Rng } from './random';
import type { PortCall } from './schedule';
import type { PlantedBill } from './schemes/types';
import { expectedLinesPerSailing, type TradeLane } from './tradeLanes';
import type { WorldModel } from './world';

export interface CallTrade {
  readonly lanes: readonly TradeLane[];
  readonly consolidations: readonly ConsolidationLane[];
  readonly volume: WeightedTable<TradeLane> | undefined;
}

export function callTrade(lanes: readonly TradeLane[], consolidations: readonly ConsolidationLane[]): CallTrade {
  return {
    lanes,
    consolidations,
    volume: lanes.length > 0 ? new WeightedTable(lanes.map((lane) => [lane, expectedLinesPerSailing(lane)] as const)) : undefined,
  };
}

export interface WrittenBill {
  readonly bill: BillOfLading;
  readonly planted?: PlantedBill;
  readonly lane?: TradeLane;
}

function laneParties(lane: TradeLane, rng: Rng): { consignee: PartyOnBill; notifyParty: PartyOnBill } {
  const importer = companyOnBill(lane.importer, lane.importerStyle, rng);
  const consignee =
    lane.consignee.kind === 'importer'
      ? importer
      : lane.consignee.kind === 'to-order'
        ? placeholderParty(lane.consignee.name)
        : companyOnBill(lane.consignee.forwarder.company, lane.consignee.style, rng);
  let notifyParty: PartyOnBill;
  switch (lane.notify.kind) {
    case 'importer':
      notifyParty = lane.consignee.kind === 'importer' ? companyOnBill(lane.importer, lane.importerStyle, rng) : importer;
      break;
    case 'forwarder':
      notifyParty = companyOnBill(lane.notify.forwarder.company, lane.notify.style, rng);
      break;
    case 'same-as-consignee':
      notifyParty = placeholderParty(lane.notify.name);
      break;
    case 'none':
      notifyParty = emptyParty;
      break;
  }
  return { consignee, notifyParty };
}

function laneBill(lane: TradeLane, call: PortCall, maxLines: number, world: WorldModel, rng: Rng): BillOfLading {
  const carrier = call.vessel.carrier;
  const containers = Math.min(rng.int(lane.containers[0], lane.containers[1]), maxLines);
  const lines: CargoLine[] = [];
  for (let index = 0; index < containers; index += 1) {
    const containerNumber = world.containers.next(carrier);
    const room = maxLines - lines.length - (containers - index - 1);
    if (lane.secondCommodity && room >= 2 && rng.chance(0.5)) {
      lines.push(makeCargoLine({ commodity: lane.commodity, containerNumber, habits: lane.habits, fill: 0.6 }, rng));
      lines.push(makeCargoLine({ commodity: lane.secondCommodity.commodity, containerNumber, habits: lane.secondCommodity.habits, fill: 0.4 }, rng));
    } else {
      lines.push(makeCargoLine({ commodity: lane.commodity, containerNumber, habits: lane.habits }, rng));
    }
  }
  return {
    billOfLadingNumber: world.billNumbers.master(carrier, lane.route.portOfLoading),
    masterBillOfLadingNumber: '',
    call,
    placeOfReceipt: lane.route.placeOfReceipt,
    portOfLoading: lane.route.portOfLoading,
    countryOfOrigin: lane.countryOfOrigin,
    shipper: companyOnBill(lane.shipper, lane.shipperStyle, rng),
    ...laneParties(lane, rng),
    lines,
  };
}

function groupageBills(lane: ConsolidationLane, call: PortCall, maxLines: number, world: WorldModel, rng: Rng): BillOfLading[] {
  const carrier = call.vessel.carrier;
  const houses = Math.min(rng.int(lane.housesPerMaster[0], lane.housesPerMaster[1]), maxLines);
  const master = world.billNumbers.master(carrier, lane.route.portOfLoading);
  const containers = Array.from({ length: houses > 4 ? 2 : 1 }, () => world.containers.next(carrier));
  const forwarder = companyOnBill(lane.forwarder.company, lane.forwarderStyle, rng);
  const year = yearOf(call.arrivalDay);
  return rng.sample(lane.clients, houses).map((client, index) => {
    const consignee = companyOnBill(client.importer, client.importerStyle, rng);
    return {
      billOfLadingNumber: world.billNumbers.house(lane.forwarder.housePrefix, year),
      masterBillOfLadingNumber: master,
      call,
      placeOfReceipt: client.placeOfReceipt,
      portOfLoading: lane.route.portOfLoading,
      countryOfOrigin: client.countryOfOrigin,
      shipper: companyOnBill(client.shipper, client.shipperStyle, rng),
      consignee,
      notifyParty: rng.chance(0.9) ? forwarder : placeholderParty('SAME AS CONSIGNEE'),
      lines: [makeCargoLine({ commodity: client.commodity, containerNumber: containers[index % containers.length] as string, habits: client.habits, fill: rng.between(0.04, 0.25) }, rng)],
    };
  });
}

/** Every bill of the call: `quota` cargo lines of ordinary trade plus the planted bills. */
export function writeCallManifest(call: PortCall, quota: number, planted: readonly PlantedBill[], trade: CallTrade, world: WorldModel, rng: Rng): WrittenBill[] {
  const written: WrittenBill[] = [];
  let remaining = quota;
  const due = (period: number, phase: number) => (call.sailing + phase) % period === 0;
  for (const lane of trade.consolidations) {
    if (remaining <= 0) break;
    if (!due(lane.period, lane.phase)) continue;
    for (const bill of groupageBills(lane, call, remaining, world, rng)) {
      written.push({ bill });
      remaining -= bill.lines.length;
    }
  }
  const dueLanes = rng.shuffle(trade.lanes.filter((lane) => due(lane.period, lane.phase)));
  for (const lane of dueLanes) {
    if (remaining <= 0) break;
    const bill = laneBill(lane, call, remaining, world, rng);
    written.push({ bill, lane });
    remaining -= bill.lines.length;
  }
  while (remaining > 0 && (trade.volume || trade.consolidations.length > 0)) {
    if (trade.volume) {
      const lane = trade.volume.draw(rng);
      const bill = laneBill(lane, call, remaining, world, rng);
      written.push({ bill, lane });
      remaining -= bill.lines.length;
    } else {
      for (const bill of groupageBills(rng.pick(trade.consolidations), call, remaining, world, rng)) {
        written.push({ bill });
        remaining -= bill.lines.length;
      }
    }
  }
  if (remaining !== 0) throw new Error(`call ${call.index}: ${remaining} cargo lines left with no trade to fill them`);
  for (const plantedBill of planted) written.push({ bill: plantedBill.bill, planted: plantedBill });
  return rng.shuffle(written);
}
