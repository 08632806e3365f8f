/** What the scheme modules share: picking calls on a rhythm and making complete planted bills. */
import type { BillOfLading, CargoLine, PartyOnBill } from '../billOfLading';
import { makeCargoLine, type CargoLineInput } from '../consignments';
import type { Rng } from '../random';
import type { Route } from '../routing';
import type { PortCall } from '../schedule';
import { laneKey } from '../tradeLanes';
import type { WorldModel } from '../world';

export function callsOnRoute(world: WorldModel, route: Route): readonly PortCall[] {
  return world.callsByKey.get(laneKey(route.service.code, route.portOfDischarge)) ?? [];
}

/**
 * Calls a trader ships on: every `period`-th sailing between two days (inclusive), starting at a
 * random phase, as a regular trader would.
 */
export function rhythmCalls(calls: readonly PortCall[], period: number, fromDay: number, toDay: number, rng: Rng): PortCall[] {
  const phase = rng.int(0, period - 1);
  return calls.filter((call) => call.arrivalDay >= fromDay && call.arrivalDay <= toDay && (call.sailing + phase) % period === 0);
}

export interface PlantedBillSpec {
  readonly call: PortCall;
  readonly placeOfReceipt: string;
  readonly portOfLoading: string;
  readonly countryOfOrigin: string;
  readonly shipper: PartyOnBill;
  readonly consignee: PartyOnBill;
  readonly notifyParty: PartyOnBill;
  /** One entry per cargo line; a line without a container gets a fresh one. */
  readonly cargo: readonly (Omit<CargoLineInput, 'containerNumber'> & { readonly containerNumber?: string })[];
  /** House bill under a master: the master number and the house number. */
  readonly house?: { readonly master: string; readonly number: string };
}

/** A complete bill on its call, with containers from the planted range and a fresh B/L number. */
export function plantBill(world: WorldModel, spec: PlantedBillSpec, rng: Rng): BillOfLading {
  const carrier = spec.call.vessel.carrier;
  const lines: CargoLine[] = spec.cargo.map((input) =>
    makeCargoLine({ ...input, containerNumber: input.containerNumber ?? world.containers.reserved(carrier) }, rng),
  );
  return {
    billOfLadingNumber: spec.house?.number ?? world.billNumbers.master(carrier, spec.portOfLoading),
    masterBillOfLadingNumber: spec.house?.master ?? '',
    call: spec.call,
    placeOfReceipt: spec.placeOfReceipt,
    portOfLoading: spec.portOfLoading,
    countryOfOrigin: spec.countryOfOrigin,
    shipper: spec.shipper,
    consignee: spec.consignee,
    notifyParty: spec.notifyParty,
    lines,
  };
}

/** The examination of a planted consignment a few days after it arrived. */
export function examineOnArrival(bill: BillOfLading, result: 'seizure' | 'no find', rng: Rng) {
  return { billOfLadingNumber: bill.billOfLadingNumber, examinationDay: bill.call.arrivalDay + rng.int(1, 4), result } as const;
}

/** Whether a call's arrival is before the examination cut-off (its outcome is known). */
export function isPast(world: WorldModel, call: PortCall): boolean {
  return call.arrivalDay < world.examinationCutoffDay;
}
