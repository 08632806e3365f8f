/**
 * The world model: schedule of port calls, traders, forwarders, trade lanes and groupage, sized so
 * that the manifests come to the requested number of cargo lines. Everything here is built before
 * the first row is written; rows themselves are generated call by call.
 */
import { BillOfLadingNumbers } from './billOfLadingNumbers';
import { carriers } from './carriers';
import { makeConsolidationLane, expectedConsolidationLinesPerSailing, type ConsolidationLane } from './consolidation';
import { ContainerYard } from './containers';
import { makeForwarders, type Forwarder } from './forwarders';
import { Rng } from './random';
import { buildSchedule, type PortCall, type Schedule } from './schedule';
import { CompanyRegister } from './traders';
import { LaneBuilder, expectedLinesPerSailing, laneKey } from './tradeLanes';

export interface WorldOptions {
  readonly seed: number;
  /** Exact number of cargo lines (manifest rows) to write. */
  readonly lines: number;
  /** First arrival day of the period, in days since 1970-01-01. */
  readonly firstDay: number;
  /** Cargo lines reserved for planted schemes: the lanes carry the rest. */
  readonly plantedLines: number;
}

export interface WorldModel {
  readonly seed: number;
  readonly lines: number;
  readonly weeks: number;
  readonly firstDay: number;
  readonly lastDay: number;
  /** Examination outcomes exist for arrivals before this day: the analyst's "now" is later. */
  readonly examinationCutoffDay: number;
  readonly schedule: Schedule;
  readonly register: CompanyRegister;
  readonly forwarders: readonly Forwarder[];
  readonly lanes: LaneBuilder;
  readonly consolidations: readonly ConsolidationLane[];
  readonly containers: ContainerYard;
  readonly billNumbers: BillOfLadingNumbers;
  /** Calls of one service at one UK port, in arrival order, keyed by `laneKey`. */
  readonly callsByKey: ReadonlyMap<string, readonly PortCall[]>;
}

export const minimumLines = 1_000;
export const maximumLines = 20_000_000;

/** Weeks of arrivals: enough for lanes to show their rhythm, a year for large worlds. */
export function weeksFor(lines: number): number {
  return Math.min(52, Math.max(8, Math.ceil(lines / 19_000)));
}

export function buildWorld(options: WorldOptions): WorldModel {
  const { seed, lines } = options;
  const weeks = weeksFor(lines);
  const schedule = buildSchedule(Rng.stream(seed, 'schedule'), options.firstDay, weeks);
  const register = new CompanyRegister(Rng.stream(seed, 'companies'));
  const forwarders = makeForwarders(register, Math.min(40, Math.max(8, Math.round(lines / 25_000))), Rng.stream(seed, 'forwarders'));
  const lanes = new LaneBuilder(schedule, register, forwarders, Rng.stream(seed, 'lanes'));

  const laneLinesPerWeek = (0.92 * Math.max(0, lines - options.plantedLines)) / weeks;
  const consolidationRng = Rng.stream(seed, 'consolidation');
  const consolidations: ConsolidationLane[] = [];
  let expected = 0;
  const consolidationTarget = laneLinesPerWeek * 0.1;
  for (let attempt = 0; expected < consolidationTarget && attempt < 10_000; attempt += 1) {
    const lane = makeConsolidationLane(consolidations.length, consolidationRng.pick(forwarders), schedule, register, lanes, consolidationRng);
    if (!lane) continue;
    consolidations.push(lane);
    expected += expectedConsolidationLinesPerSailing(lane);
  }
  for (let attempt = 0; expected < laneLinesPerWeek && attempt < lines * 4; attempt += 1) {
    const lane = lanes.addLane();
    if (lane) expected += expectedLinesPerSailing(lane);
  }

  const callsByKey = new Map<string, PortCall[]>();
  for (const call of schedule.calls) {
    const key = laneKey(call.service.code, call.portOfDischarge);
    const list = callsByKey.get(key) ?? [];
    list.push(call);
    callsByKey.set(key, list);
  }
  return {
    seed,
    lines,
    weeks,
    firstDay: schedule.firstDay,
    lastDay: schedule.lastDay,
    examinationCutoffDay: schedule.firstDay + Math.floor(weeks * 7 * 0.7),
    schedule,
    register,
    forwarders,
    lanes,
    consolidations,
    containers: new ContainerYard(carriers, Math.max(6_000, Math.ceil(lines / 20)), Rng.stream(seed, 'containers')),
    billNumbers: new BillOfLadingNumbers(Rng.stream(seed, 'bills-of-lading')),
    callsByKey,
  };
}
