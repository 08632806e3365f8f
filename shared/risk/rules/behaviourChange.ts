import { riskColumns } from '../riskColumns';
import type { CodedText, RiskColumns } from '../riskColumns';
import type { RiskFact, RiskFinding, RiskRule } from '../riskModel';
import { formatAmount } from '../riskModel';
import { medianInPlace } from '../robustStatistics';

/**
 * Behaviour change: a consignee whose recent bills (arriving in the last `recentDays` of the data)
 * differ sharply from its own earlier bills (at least `minimumHistoryBills` of them). Four signs,
 * each 0.5 to 1 of strength, adding up:
 * - an HS chapter it never shipped before, for a trader that kept to at most
 *   `maximumHistoryChapters` chapters (0.5 + 0.5 × the share of recent bills carrying one);
 * - an origin country it never declared before, or a port of loading it never used, for a trader
 *   of at most `maximumHistoryLanes` origin / loading lanes (the same scale);
 * - the median declared value per kg of its recent bills `valueRatio` times above or below its
 *   earlier median (0.5, up to 1 at the square of the ratio);
 * - the median gross weight of its recent bills `volumeRatio` times above or below (likewise).
 * Trading habits change for ordinary reasons too: one sign alone stays a weak signal.
 */
export const behaviourChangeRule: RiskRule = {
  id: 'behaviour-change',
  title: 'Behaviour change',
  description:
    'A consignee whose recent bills break with its own history: an HS chapter or an origin country or loading port it never used before, or a declared value per kg or weight per bill far from its own.',
  subject: 'trader',
  parameters: [
    { id: 'recentDays', title: 'Days at the end of the data that are recent', defaultValue: 45 },
    { id: 'minimumHistoryBills', title: 'Fewest earlier bills to have a history', defaultValue: 8 },
    { id: 'maximumHistoryChapters', title: 'Most HS chapters of a trader for a new one to count', defaultValue: 4 },
    { id: 'maximumHistoryLanes', title: 'Most origin / loading lanes of a trader for a new one to count', defaultValue: 4 },
    { id: 'valueRatio', title: 'Change of the median value per kg that counts (times)', defaultValue: 3 },
    { id: 'volumeRatio', title: 'Change of the median weight per bill that counts (times)', defaultValue: 3 },
  ],
  weight: 1,
  detect(data, parameters) {
    const columns = riskColumns(data);
    const recentDays = parameters.recentDays as number;
    const minimumHistory = parameters.minimumHistoryBills as number;
    const dates = columns.arrivalDate;
    // Per distinct arrival date text, its day; the latest day of the data.
    const dayOf = dates.values.map((value) => value.slice(0, 10));
    let last: string | null = null;
    for (const day of dayOf) if (last === null || day > last) last = day;
    if (last === null) return [];
    const recentFrom = new Date(Date.parse(`${last}T00:00:00Z`) - (recentDays - 1) * 86_400_000).toISOString().slice(0, 10);
    const recentCode = dayOf.map((day) => day >= recentFrom);
    // Only a consignee with more bills than a history needs and a recent one is looked at closely.
    const traderCount = columns.traderIds.length;
    const total = new Int32Array(traderCount);
    const recentCount = new Int32Array(traderCount);
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const consignee = columns.consignee[bill] as number;
      const date = dates.codes[bill] as number;
      if (consignee < 0 || date < 0) continue;
      (total[consignee] as number) += 1;
      if (recentCode[date]) (recentCount[consignee] as number) += 1;
    }
    // The bills of each such consignee (trader index), in data order: one array, each trader's
    // bills from start[trader] (counted, then placed), traders in order of their first bill.
    const start = new Int32Array(traderCount + 1);
    const order: number[] = [];
    const looked = (consignee: number): boolean => consignee >= 0 && (recentCount[consignee] as number) > 0 && (total[consignee] as number) > minimumHistory;
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const consignee = columns.consignee[bill] as number;
      if (!looked(consignee) || (dates.codes[bill] as number) < 0) continue;
      if ((start[consignee + 1] as number) === 0) order.push(consignee);
      (start[consignee + 1] as number) += 1;
    }
    let placed = 0;
    const next = new Int32Array(traderCount);
    for (const trader of order) {
      next[trader] = placed;
      placed += start[trader + 1] as number;
    }
    const billsInOrder = new Int32Array(placed);
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const consignee = columns.consignee[bill] as number;
      if (!looked(consignee) || (dates.codes[bill] as number) < 0) continue;
      billsInOrder[next[consignee] as number] = bill;
      (next[consignee] as number) += 1;
    }
    const measures = billMeasures(columns);
    const findings: RiskFinding[] = [];
    const valueBuffer = new Float64Array(placed);
    for (const trader of order) {
      const history: number[] = [];
      const recent: number[] = [];
      const to = next[trader] as number;
      for (let at = to - (start[trader + 1] as number); at < to; at += 1) {
        const bill = billsInOrder[at] as number;
        (recentCode[dates.codes[bill] as number] ? recent : history).push(bill);
      }
      if (history.length < minimumHistory || recent.length === 0) continue;
      const signs: { strength: number; phrase: string; facts: Record<string, RiskFact> }[] = [];
      const chapters = noveltySign(history, recent, measures.chapters, parameters.maximumHistoryChapters as number);
      if (chapters) {
        signs.push({
          strength: chapters.strength,
          phrase: `HS chapter ${chapters.novel.join(', ')} on ${chapters.bills} of ${recent.length} recent bills, never in its ${history.length} earlier bills (chapters ${chapters.known.join(', ')})`,
          facts: { newHsChapters: chapters.novel.join(' '), earlierHsChapters: chapters.known.join(' '), billsWithNewChapter: chapters.bills },
        });
      }
      const origins = noveltySign(history, recent, measures.origins, parameters.maximumHistoryLanes as number);
      const loading = origins ? null : noveltySign(history, recent, measures.loadingPorts, parameters.maximumHistoryLanes as number);
      if (origins) {
        signs.push({
          strength: origins.strength,
          phrase: `origin ${origins.novel.join(', ')} on ${origins.bills} of ${recent.length} recent bills, never declared in its ${history.length} earlier bills (${origins.known.join(', ')})`,
          facts: { newOrigins: origins.novel.join(' '), earlierOrigins: origins.known.join(' '), billsWithNewOrigin: origins.bills },
        });
      } else if (loading) {
        signs.push({
          strength: loading.strength,
          phrase: `loaded at ${loading.novel.join(', ')} on ${loading.bills} of ${recent.length} recent bills, never in its ${history.length} earlier bills (${loading.known.join(', ')})`,
          facts: { newPortsOfLoading: loading.novel.join(' '), earlierPortsOfLoading: loading.known.join(' '), billsWithNewPortOfLoading: loading.bills },
        });
      }
      const value = ratioSign(history, recent, measures.valuePerKg, parameters.valueRatio as number, valueBuffer);
      if (value) {
        signs.push({
          strength: value.strength,
          phrase: `median value per kg ${formatAmount(value.recent)} USD on its recent bills vs ${formatAmount(value.earlier)} before (${formatRatio(value.ratio)})`,
          facts: { recentValuePerKgUsd: round(value.recent), earlierValuePerKgUsd: round(value.earlier), valuePerKgRatio: round(value.ratio) },
        });
      }
      const volume = ratioSign(history, recent, measures.weight, parameters.volumeRatio as number, valueBuffer);
      if (volume) {
        signs.push({
          strength: volume.strength,
          phrase: `median weight per bill ${formatAmount(volume.recent)} kg on its recent bills vs ${formatAmount(volume.earlier)} before (${formatRatio(volume.ratio)})`,
          facts: { recentWeightPerBillKg: round(volume.recent), earlierWeightPerBillKg: round(volume.earlier), weightRatio: round(volume.ratio) },
        });
      }
      if (signs.length === 0) continue;
      findings.push({
        ruleId: 'behaviour-change',
        subject: 'trader',
        entityId: columns.traderIds[trader] as string,
        strength: round(signs.reduce((sum, sign) => sum + sign.strength, 0)),
        reason: `since ${recentFrom}: ${signs.map((sign) => sign.phrase).join('; ')}`,
        facts: Object.assign({ recentFrom, recentBills: recent.length, earlierBills: history.length }, ...signs.map((sign) => sign.facts)) as Record<string, RiskFact>,
      });
    }
    return findings.sort((a, b) => (a.entityId as string).localeCompare(b.entityId as string));
  },
};

/**
 * A sign's values of a bill: codes[from[bill]] up to codes[from[bill + 1]] (several per bill, e.g.
 * its lines' HS chapters), or codes[bill] when `from` is null; −1: none. `label` names a code.
 */
interface ValuesOfBill {
  readonly codes: Int32Array;
  readonly from: Int32Array | null;
  readonly label: (code: number) => string;
}

/**
 * What the signs read of a bill (by its index), worked out once from the columns: per line its HS
 * chapter, per bill its origin and loading port codes, its value per kg and its weight.
 */
function billMeasures(columns: RiskColumns): { chapters: ValuesOfBill; origins: ValuesOfBill; loadingPorts: ValuesOfBill; valuePerKg: Float64Array; weight: Float64Array } {
  const chapterOfCode = Int8Array.from(columns.hsCode.values, (code) => (/^\d{2}/.test(code) ? Number(code.slice(0, 2)) : -1));
  const chapterOfLine = new Int32Array(columns.lineCount);
  for (let line = 0; line < columns.lineCount; line += 1) {
    const code = columns.hsCode.codes[line] as number;
    chapterOfLine[line] = code < 0 ? -1 : (chapterOfCode[code] as number);
  }
  const valuePerKg = new Float64Array(columns.billCount);
  const weight = new Float64Array(columns.billCount);
  for (let bill = 0; bill < columns.billCount; bill += 1) {
    let pricedValue = 0;
    let pricedWeight = 0;
    let total = 0;
    for (let line = columns.lineStart[bill] as number; line < (columns.lineStart[bill + 1] as number); line += 1) {
      const lineValue = columns.declaredValueUsd[line] as number;
      const lineWeight = columns.grossWeightKg[line] as number;
      if (lineWeight > 0) total += lineWeight;
      if (!(lineValue > 0) || !(lineWeight > 0)) continue;
      pricedValue += lineValue;
      pricedWeight += lineWeight;
    }
    valuePerKg[bill] = pricedWeight > 0 ? pricedValue / pricedWeight : Number.NaN;
    weight[bill] = total > 0 ? total : Number.NaN;
  }
  const single = (column: CodedText): ValuesOfBill => ({ codes: column.codes, from: null, label: (code) => column.values[code] as string });
  return {
    chapters: { codes: chapterOfLine, from: columns.lineStart, label: (chapter) => String(chapter).padStart(2, '0') },
    origins: single(columns.countryOfOrigin),
    loadingPorts: single(columns.portOfLoading),
    valuePerKg,
    weight,
  };
}

/** Values a recent bill carries that the trader's earlier bills never did, when its history keeps to few values. */
function noveltySign(history: readonly number[], recent: readonly number[], values: ValuesOfBill, maximumKnown: number): { novel: string[]; known: string[]; bills: number; strength: number } | null {
  const { codes, from } = values;
  // Few values (at most maximumKnown + 1 before giving up): a list is quicker than a set.
  const known: number[] = [];
  for (const bill of history) {
    const first = from === null ? bill : (from[bill] as number);
    const end = from === null ? bill + 1 : (from[bill + 1] as number);
    for (let at = first; at < end; at += 1) {
      const value = codes[at] as number;
      if (value < 0 || known.includes(value)) continue;
      known.push(value);
      if (known.length > maximumKnown) return null;
    }
  }
  if (known.length === 0) return null;
  const novel: number[] = [];
  let bills = 0;
  for (const bill of recent) {
    const first = from === null ? bill : (from[bill] as number);
    const end = from === null ? bill + 1 : (from[bill + 1] as number);
    let fresh = false;
    for (let at = first; at < end; at += 1) {
      const value = codes[at] as number;
      if (value < 0 || known.includes(value)) continue;
      fresh = true;
      if (!novel.includes(value)) novel.push(value);
    }
    if (fresh) bills += 1;
  }
  if (bills === 0) return null;
  const labels = (codes: readonly number[]): string[] => codes.map(values.label).sort();
  return { novel: labels(novel), known: labels(known), bills, strength: 0.5 + 0.5 * (bills / recent.length) };
}

/**
 * The recent median against the earlier one, when it moved at least `ratio` times either way (NaN:
 * not known). `buffer`: room for the values of a trader's bills (its medians by selection).
 */
function ratioSign(history: readonly number[], recent: readonly number[], measure: Float64Array, ratio: number, buffer: Float64Array): { earlier: number; recent: number; ratio: number; strength: number } | null {
  const knownMedian = (bills: readonly number[], least: number): number => {
    let count = 0;
    for (const bill of bills) {
      const value = measure[bill] as number;
      if (value === value) buffer[count++] = value;
    }
    return count < least ? Number.NaN : medianInPlace(buffer.subarray(0, count));
  };
  if (!(ratio > 1)) return null;
  const now = knownMedian(recent, 1);
  if (now !== now) return null;
  const earlier = knownMedian(history, 3);
  if (earlier !== earlier) return null;
  if (!(earlier > 0) || !(now > 0)) return null;
  const moved = Math.abs(Math.log(now / earlier)) / Math.log(ratio);
  if (moved < 1) return null;
  return { earlier, recent: now, ratio: now / earlier, strength: 0.5 + 0.5 * Math.min(1, moved - 1) };
}

function formatRatio(ratio: number): string {
  return ratio >= 1 ? `${ratio.toFixed(1)} times as much` : `${(1 / ratio).toFixed(1)} times less`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
