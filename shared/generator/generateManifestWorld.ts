/**
 * The generator's entry point: builds the world, plants the schemes, then writes the manifests
 * call by call in arrival order, so only one call's bills are in memory at a time. Output goes to
 * a sink as chunks; an asynchronous sink applies backpressure by returning a promise.
 */
import { billOfLadingRows, manifestHeaders } from './billOfLading';
import { formatIsoDate, parseIsoDate } from './calendar';
import { csvRow } from './csv';
import { outcomeRow, outcomesHeaderRow, type ExaminationOutcome } from './outcomes';
import { placeholderNames } from './parties';
import { callTrade, writeCallManifest, type CallTrade } from './portCallManifest';
import { Rng } from './random';
import { ReportDesk } from './reports/reportWriter';
import { plantedSchemes } from './schemes/registry';
import { countLines, lineBudget, type PlantedBill, type SchemePlanting } from './schemes/types';
import { laneKey, expectedLinesPerSailing, type TradeLane } from './tradeLanes';
import type { ConsolidationLane } from './consolidation';
import { expectedConsolidationLinesPerSailing } from './consolidation';
import { TruthRecorder, type WorldTruth } from './truth';
import { fillerWatchlist, watchlistCsv } from './watchlist';
import { buildWorld, maximumLines, minimumLines } from './world';

export interface GenerateOptions {
  /** Any safe integer: the same seed and options give byte-identical output. */
  readonly seed: number;
  /** Exact number of manifest rows (cargo lines). */
  readonly lines: number;
  /** First arrival day of the period, ISO date; 2024-01-01 by default. */
  readonly startDate?: string;
}

/** Where a generated world goes. Each method may return a promise to make the generator wait. */
export interface WorldSink {
  /** Manifest CSV text, header first, in order; chunks end at row boundaries. */
  manifests(chunk: string): void | Promise<void>;
  report(fileName: string, text: string): void | Promise<void>;
  watchlist(csvText: string): void | Promise<void>;
  /** Examination outcomes CSV text, header first, in order. */
  outcomes(chunk: string): void | Promise<void>;
  truth(truth: WorldTruth): void | Promise<void>;
}

export type WorldOutput =
  | { readonly kind: 'manifests'; readonly text: string }
  | { readonly kind: 'report'; readonly fileName: string; readonly text: string }
  | { readonly kind: 'watchlist'; readonly text: string }
  | { readonly kind: 'outcomes'; readonly text: string }
  | { readonly kind: 'truth'; readonly truth: WorldTruth };

export interface WorldSummary {
  readonly lines: number;
  readonly billsOfLading: number;
  readonly portCalls: number;
  readonly reports: number;
  readonly watchlistEntries: number;
  readonly examinationOutcomes: number;
  readonly companies: number;
}

const chunkCharacters = 1 << 20;
const routineExaminationRate = 0.005;

/** Checks options; throws a RangeError with a one-line message naming the bad option. */
export function validateGenerateOptions(options: GenerateOptions): { seed: number; lines: number; firstDay: number } {
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) throw new RangeError(`seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${options.seed}`);
  if (!Number.isSafeInteger(options.lines) || options.lines < minimumLines || options.lines > maximumLines) {
    throw new RangeError(`lines must be a whole number from ${minimumLines} to ${maximumLines}, got ${options.lines}`);
  }
  let firstDay: number;
  try {
    firstDay = parseIsoDate(options.startDate ?? '2024-01-01');
  } catch {
    throw new RangeError(`startDate must be a calendar date as YYYY-MM-DD, got "${options.startDate}"`);
  }
  return { seed: options.seed, lines: options.lines, firstDay };
}

/** Largest-remainder allocation of `total` over weights: exact, deterministic. */
function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error('no trade to allocate cargo lines to');
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, index] of order) {
    if (left <= 0) break;
    shares[index] = (shares[index] as number) + 1;
    left -= 1;
  }
  return shares;
}

/** The world as a lazy sequence of outputs: watchlist, reports, manifests and outcomes chunks, truth. */
export function* manifestWorldOutputs(options: GenerateOptions): Generator<WorldOutput, WorldSummary> {
  const { seed, lines, firstDay } = validateGenerateOptions(options);
  const budgets = plantedSchemes.map((scheme) => lineBudget(scheme, lines));
  const world = buildWorld({ seed, lines, firstDay, plantedLines: budgets.reduce((a, b) => a + b, 0) });
  const desk = new ReportDesk(Rng.stream(seed, 'reports'));
  const plantings: SchemePlanting[] = plantedSchemes.map((scheme, index) =>
    scheme.plant({ rng: Rng.stream(seed, `scheme/${scheme.id}`), budget: budgets[index] as number, world, reports: desk }),
  );
  const truth = new TruthRecorder(plantedSchemes, plantings);

  // Planted bills by call, decoy lanes by lane id.
  const plantedByCall = new Map<number, PlantedBill[]>();
  let plantedLines = 0;
  for (const planting of plantings) {
    plantedLines += countLines(planting.bills);
    for (const planted of planting.bills) {
      const list = plantedByCall.get(planted.bill.call.index) ?? [];
      list.push(planted);
      plantedByCall.set(planted.bill.call.index, list);
    }
  }
  if (plantedLines >= lines) throw new RangeError(`lines must exceed the ${plantedLines} planted cargo lines`);
  const decoyOfLane = new Map<number, string>();
  plantedSchemes.forEach((scheme, index) => {
    for (const lane of (plantings[index] as SchemePlanting).lanes) decoyOfLane.set(lane.id, scheme.id);
  });

  // Each call's share of ordinary trade follows the volume of the lanes that use it.
  const lanesByKey = new Map<string, TradeLane[]>();
  for (const lane of world.lanes.lanes) {
    const key = laneKey(lane.route.service.code, lane.route.portOfDischarge);
    lanesByKey.set(key, [...(lanesByKey.get(key) ?? []), lane]);
  }
  const consolidationsByKey = new Map<string, ConsolidationLane[]>();
  for (const lane of world.consolidations) {
    const key = laneKey(lane.route.service.code, lane.route.portOfDischarge);
    consolidationsByKey.set(key, [...(consolidationsByKey.get(key) ?? []), lane]);
  }
  const trades = new Map<string, CallTrade>();
  const volumeOf = new Map<string, number>();
  for (const key of new Set([...lanesByKey.keys(), ...consolidationsByKey.keys()])) {
    const lanes = lanesByKey.get(key) ?? [];
    const consolidations = consolidationsByKey.get(key) ?? [];
    trades.set(key, callTrade(lanes, consolidations));
    volumeOf.set(key, lanes.reduce((sum, lane) => sum + expectedLinesPerSailing(lane), 0) + consolidations.reduce((sum, lane) => sum + expectedConsolidationLinesPerSailing(lane), 0));
  }
  const calls = world.schedule.calls;
  const jitter = Rng.stream(seed, 'call-volume');
  const quotas = allocate(lines - plantedLines, calls.map((call) => (volumeOf.get(laneKey(call.service.code, call.portOfDischarge)) ?? 0) * jitter.between(0.85, 1.15)));

  // The analyst's other sources first: watchlist and reports.
  const planted = plantings.flatMap((planting) => planting.watchlist);
  const takenNames = new Set(world.register.companies.map((company) => company.canonicalName));
  const watchlistRng = Rng.stream(seed, 'watchlist');
  const entries = watchlistRng.shuffle([...planted, ...fillerWatchlist(Math.min(600, Math.max(40, Math.round(lines / 2_000))), watchlistRng, takenNames)]);
  yield { kind: 'watchlist', text: watchlistCsv(entries) };
  for (const report of desk.reports) yield { kind: 'report', fileName: report.fileName, text: report.text };

  // Manifests, call by call.
  // Chunks are collected as arrays of rows and joined once: cheaper than growing one string.
  let manifestParts: string[] = [csvRow(manifestHeaders)];
  let manifestCharacters = 0;
  let outcomesBuffer = outcomesHeaderRow();
  let writtenLines = 0;
  let billsOfLading = 0;
  let examinationOutcomes = 0;
  let portCalls = 0;
  const examinations = Rng.stream(seed, 'examinations');
  for (const call of calls) {
    const quota = quotas[call.index] as number;
    const plantedBills = plantedByCall.get(call.index) ?? [];
    if (quota === 0 && plantedBills.length === 0) continue;
    portCalls += 1;
    const trade = trades.get(laneKey(call.service.code, call.portOfDischarge)) ?? callTrade([], []);
    const written = writeCallManifest(call, quota, plantedBills, trade, world, Rng.stream(seed, `call/${call.index}`));
    for (const { bill, planted: plantedBill, lane } of written) {
      const rows = billOfLadingRows(bill);
      manifestParts.push(rows);
      manifestCharacters += rows.length;
      writtenLines += bill.lines.length;
      billsOfLading += 1;
      const decoy = lane ? decoyOfLane.get(lane.id) : undefined;
      if (decoy) truth.recordBill(decoy, bill.billOfLadingNumber, `${lane?.commodity.descriptions[0]} from ${lane?.countryOfOrigin}, established lane`);
      let outcome: ExaminationOutcome | undefined = plantedBill?.examination;
      if (!plantedBill && call.arrivalDay < world.examinationCutoffDay && examinations.chance(routineExaminationRate)) {
        outcome = { billOfLadingNumber: bill.billOfLadingNumber, examinationDay: call.arrivalDay + examinations.int(1, 5), result: 'no find' };
      }
      if (outcome) {
        outcomesBuffer += outcomeRow(outcome);
        examinationOutcomes += 1;
      }
    }
    if (manifestCharacters >= chunkCharacters) {
      yield { kind: 'manifests', text: manifestParts.join('') };
      manifestParts = [];
      manifestCharacters = 0;
    }
    if (outcomesBuffer.length >= chunkCharacters) {
      yield { kind: 'outcomes', text: outcomesBuffer };
      outcomesBuffer = '';
    }
  }
  if (writtenLines !== lines) throw new Error(`internal error: wrote ${writtenLines} cargo lines, ${lines} requested`);
  if (manifestParts.length > 0) yield { kind: 'manifests', text: manifestParts.join('') };
  if (outcomesBuffer) yield { kind: 'outcomes', text: outcomesBuffer };

  const worldTruth = truth.build(
    {
      seed,
      lines,
      firstArrivalDate: formatIsoDate(world.firstDay),
      lastArrivalDate: formatIsoDate(world.lastDay),
      examinationCutoffDate: formatIsoDate(world.examinationCutoffDay),
    },
    desk.reports,
    world.register.companies,
    world.register.confusablePairs,
    placeholderNames(),
  );
  yield { kind: 'truth', truth: worldTruth };
  return {
    lines: writtenLines,
    billsOfLading,
    portCalls,
    reports: desk.reports.length,
    watchlistEntries: entries.length,
    examinationOutcomes,
    companies: Object.keys(worldTruth.companies).length,
  };
}

function deliver(output: WorldOutput, sink: WorldSink): void | Promise<void> {
  switch (output.kind) {
    case 'manifests':
      return sink.manifests(output.text);
    case 'report':
      return sink.report(output.fileName, output.text);
    case 'watchlist':
      return sink.watchlist(output.text);
    case 'outcomes':
      return sink.outcomes(output.text);
    case 'truth':
      return sink.truth(output.truth);
  }
}

/** Generates a world into a sink, waiting for the sink whenever it returns a promise. */
export async function generateManifestWorld(options: GenerateOptions, sink: WorldSink): Promise<WorldSummary> {
  const outputs = manifestWorldOutputs(options);
  for (;;) {
    const next = outputs.next();
    if (next.done) return next.value;
    const pending = deliver(next.value, sink);
    if (pending) await pending;
  }
}

/** Synchronous sinks only (in-memory collection): a promise from the sink is an error. */
export function generateManifestWorldSync(options: GenerateOptions, sink: WorldSink): WorldSummary {
  const outputs = manifestWorldOutputs(options);
  for (;;) {
    const next = outputs.next();
    if (next.done) return next.value;
    if (deliver(next.value, sink)) throw new TypeError('generateManifestWorldSync needs a synchronous sink');
  }
}

export { maximumLines, minimumLines };
