import { robustSpread, robustZ } from '../robustStatistics';
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
    const threshold = parameters.zThreshold as number;
    const minimumLines = parameters.minimumLines as number;
    const byCode = new Map<string, number[]>();
    const add = (code: string, value: number): void => {
      let list = byCode.get(code);
      if (!list) byCode.set(code, (list = []));
      list.push(value);
    };
    for (const bill of data.bills) {
      for (const line of bill.lines) {
        const value = logValuePerKg(line.declaredValueUsd, line.grossWeightKg);
        if (value === null || line.hsCode === null || !/^\d{6}/.test(line.hsCode)) continue;
        add(line.hsCode.slice(0, 6), value);
        add(line.hsCode.slice(0, 4), value);
      }
    }
    const spreads = new Map<string, RobustSpread>();
    for (const [code, values] of byCode) if (values.length >= minimumLines) spreads.set(code, robustSpread(values, parameters.minimumScale as number));
    const findings: RiskFinding[] = [];
    data.bills.forEach((bill, billIndex) => {
      let best: RiskFinding | null = null;
      let bestZ = -threshold;
      for (const line of bill.lines) {
        const value = logValuePerKg(line.declaredValueUsd, line.grossWeightKg);
        if (value === null || line.hsCode === null || !/^\d{6}/.test(line.hsCode)) continue;
        const hs6 = line.hsCode.slice(0, 6);
        const code = spreads.has(hs6) ? hs6 : line.hsCode.slice(0, 4);
        const spread = spreads.get(code);
        if (!spread) continue;
        const z = robustZ(value, spread);
        if (z > bestZ) continue;
        bestZ = z;
        const perKg = Math.exp(value);
        const norm = Math.exp(spread.median);
        best = {
          ruleId: 'undervaluation',
          subject: 'shipment',
          billIndex,
          strength: Math.log2(1 + Math.abs(z) / threshold),
          reason: `value per kg ${perKg.toFixed(2)} USD vs median ${norm.toFixed(2)} for HS ${code}${code.length === 4 ? ' (heading: too few lines of the subheading)' : ''} (robust z ${formatSigned(z)})`,
          facts: { hsCode: code, valuePerKgUsd: round(perKg, 2), medianValuePerKgUsd: round(norm, 2), robustZ: round(z, 1), linesInNorm: spread.count },
        };
      }
      if (best) findings.push(best);
    });
    return findings;
  },
};

function logValuePerKg(value: number | null, weight: number | null): number | null {
  return value !== null && weight !== null && value > 0 && weight > 0 ? Math.log(value / weight) : null;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** "−6.1" with a true minus sign, "+2.0" */
export function formatSigned(value: number): string {
  return `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)}`;
}
