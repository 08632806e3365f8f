import { riskColumns } from '../riskColumns';
import { robustSpreadInPlace, robustZ } from '../robustStatistics';
import type { RobustSpread } from '../robustStatistics';
import type { RiskFinding, RiskRule } from '../riskModel';

/**
 * Undervaluation: a line whose declared value per kilogram is far below the norm of its goods.
 * The norm is the median of log(value per kg) over every line of the same HS subheading (HS6),
 * or of the HS heading (HS4) when the subheading has too few lines; the spread is the scaled
 * median absolute deviation. A line at robust z ≤ −threshold is a finding; a bill's strongest
 * line speaks for it. Strength log2(1 + |z| / threshold): 1 at the threshold, growing slowly.
 */
export const undervaluationRule: RiskRule = {
  id: 'undervaluation',
  title: 'Undervaluation',
  description: 'Declared value per kg far below the median of the same HS subheading (HS6, else HS4), by robust statistics (median and MAD of log value per kg).',
  subject: 'shipment',
  parameters: [
    { id: 'zThreshold', title: 'Robust z at or below minus this is a finding', defaultValue: 3 },
    { id: 'minimumLines', title: 'Lines an HS code needs for its own norm', defaultValue: 20 },
    { id: 'minimumScale', title: 'Smallest spread of log value per kg', defaultValue: 0.1 },
  ],
  weight: 2.5,
  detect(data, parameters) {
    const columns = riskColumns(data);
    const threshold = parameters.zThreshold as number;
    const minimumLines = parameters.minimumLines as number;
    // Per distinct HS code: the norm groups it counts in (its HS6 and HS4), −1 when it does not start with six digits.
    const groupNames: string[] = [];
    const groupOf = new Map<string, number>();
    const group = (name: string): number => {
      let index = groupOf.get(name);
      if (index === undefined) {
        index = groupNames.length;
        groupOf.set(name, index);
        groupNames.push(name);
      }
      return index;
    };
    const codes = columns.hsCode.values;
    const subheadingOf = new Int32Array(codes.length).fill(-1);
    const headingOf = new Int32Array(codes.length).fill(-1);
    codes.forEach((code, index) => {
      if (!/^\d{6}/.test(code)) return;
      subheadingOf[index] = group(code.slice(0, 6));
      headingOf[index] = group(code.slice(0, 4));
    });
    // Log value per kg of every line with one, then the values of each group together.
    const lineCodes = columns.hsCode.codes;
    const logValue = new Float64Array(columns.lineCount);
    const counts = new Int32Array(groupNames.length + 1);
    for (let line = 0; line < columns.lineCount; line += 1) {
      const code = lineCodes[line] as number;
      const value = logValuePerKg(columns.declaredValueUsd[line] as number, columns.grossWeightKg[line] as number);
      logValue[line] = value;
      if (code < 0 || (subheadingOf[code] as number) < 0 || Number.isNaN(value)) continue;
      (counts[(subheadingOf[code] as number) + 1] as number) += 1;
      (counts[(headingOf[code] as number) + 1] as number) += 1;
    }
    for (let index = 0; index < groupNames.length; index += 1) (counts[index + 1] as number) += counts[index] as number;
    const byGroup = new Float64Array(counts[groupNames.length] as number);
    const next = counts.slice(0, groupNames.length);
    for (let line = 0; line < columns.lineCount; line += 1) {
      const code = lineCodes[line] as number;
      const value = logValue[line] as number;
      if (code < 0 || (subheadingOf[code] as number) < 0 || Number.isNaN(value)) continue;
      byGroup[(next[subheadingOf[code] as number] as number)++] = value;
      byGroup[(next[headingOf[code] as number] as number)++] = value;
    }
    const spreads: (RobustSpread | undefined)[] = new Array(groupNames.length);
    let largest = 0;
    for (let index = 0; index < groupNames.length; index += 1) largest = Math.max(largest, (counts[index + 1] as number) - (counts[index] as number));
    const scratch = new Float64Array(largest);
    for (let index = 0; index < groupNames.length; index += 1) {
      const values = byGroup.subarray(counts[index] as number, counts[index + 1] as number);
      if (values.length >= minimumLines) spreads[index] = robustSpreadInPlace(values, parameters.minimumScale as number, scratch);
    }
    const findings: RiskFinding[] = [];
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      let bestLine = -1;
      let bestGroup = -1;
      let bestZ = -threshold;
      for (let line = columns.lineStart[bill] as number; line < (columns.lineStart[bill + 1] as number); line += 1) {
        const code = lineCodes[line] as number;
        const value = logValue[line] as number;
        if (code < 0 || (subheadingOf[code] as number) < 0 || Number.isNaN(value)) continue;
        const normGroup = spreads[subheadingOf[code] as number] !== undefined ? (subheadingOf[code] as number) : (headingOf[code] as number);
        const spread = spreads[normGroup];
        if (!spread) continue;
        const z = robustZ(value, spread);
        if (z > bestZ) continue;
        bestZ = z;
        bestLine = line;
        bestGroup = normGroup;
      }
      if (bestLine < 0) continue;
      const spread = spreads[bestGroup] as RobustSpread;
      const code = groupNames[bestGroup] as string;
      const z = bestZ;
      const perKg = Math.exp(logValue[bestLine] as number);
      const norm = Math.exp(spread.median);
      findings.push({
        ruleId: 'undervaluation',
        subject: 'shipment',
        billIndex: bill,
        strength: Math.log2(1 + Math.abs(z) / threshold),
        reason: `value per kg ${perKg.toFixed(2)} USD vs median ${norm.toFixed(2)} for HS ${code}${code.length === 4 ? ' (heading: too few lines of the subheading)' : ''} (robust z ${formatSigned(z)})`,
        facts: { hsCode: code, valuePerKgUsd: round(perKg, 2), medianValuePerKgUsd: round(norm, 2), robustZ: round(z, 1), linesInNorm: spread.count },
      });
    }
    return findings;
  },
};

/** NaN when the line has no positive value and weight. */
function logValuePerKg(value: number, weight: number): number {
  return value > 0 && weight > 0 ? Math.log(value / weight) : Number.NaN;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** "−6.1" with a true minus sign, "+2.0" */
export function formatSigned(value: number): string {
  return `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)}`;
}
