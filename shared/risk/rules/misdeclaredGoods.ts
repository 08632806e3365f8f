import { isKnownHsCode } from '../../reference/hsCodes';
import { goodsDescriptionKey, isGenericKey } from '../genericGoodsWording';
import type { RiskFact, RiskFinding, RiskLine, RiskRule } from '../riskModel';

/**
 * Vague or misdeclared goods, per line (a bill's most suspicious line speaks for it), strength the
 * sum of what the line shows:
 * - generic wording ("GENERAL CARGO", "SPARE PARTS": shared/risk/genericGoodsWording.ts): 0.7;
 * - HS code missing 0.3, only four digits 0.3, not in the HS nomenclature 0.5 (each weak alone:
 *   ordinary manifests often lack one);
 * - an HS subheading other than the one the same description nearly always carries in this
 *   workspace (learnt from the data: at least `minimumLines` lines, `usualShare` of them under one
 *   subheading, this one under `rareShare` of them): 1.
 */
export const misdeclaredGoodsRule: RiskRule = {
  id: 'misdeclared-goods',
  title: 'Vague or misdeclared goods',
  description: 'Generic goods wording, a missing, four-digit or unknown HS code, or an HS subheading other than the one the same description nearly always carries.',
  subject: 'shipment',
  parameters: [
    { id: 'minimumLines', title: 'Lines a description needs before its usual HS code counts', defaultValue: 20 },
    { id: 'usualShare', title: 'Share of those lines under one subheading', defaultValue: 0.8 },
    { id: 'rareShare', title: 'A subheading under this share of the description is inconsistent', defaultValue: 0.05 },
  ],
  weight: 3,
  detect(data, parameters) {
    // Per description: lines under each HS6, to learn the subheading it usually carries.
    const byDescription = new Map<string, Map<string, number>>();
    // Descriptions repeat: each distinct text is folded once.
    const keys = new Map<string, string>();
    const keyOf = (description: string): string => {
      let key = keys.get(description);
      if (key === undefined) keys.set(description, (key = goodsDescriptionKey(description)));
      return key;
    };
    for (const bill of data.bills) {
      for (const line of bill.lines) {
        if (line.description === null || line.hsCode === null || !/^\d{6}$/.test(line.hsCode)) continue;
        const key = keyOf(line.description);
        let codes = byDescription.get(key);
        if (!codes) byDescription.set(key, (codes = new Map()));
        codes.set(line.hsCode, (codes.get(line.hsCode) ?? 0) + 1);
      }
    }
    const usual = new Map<string, { code: string; share: number; lines: number; counts: Map<string, number> }>();
    for (const [key, codes] of byDescription) {
      let lines = 0;
      let best = '';
      let bestCount = 0;
      for (const [code, count] of codes) {
        lines += count;
        if (count > bestCount) [best, bestCount] = [code, count];
      }
      if (lines >= (parameters.minimumLines as number) && bestCount / lines >= (parameters.usualShare as number)) usual.set(key, { code: best, share: bestCount / lines, lines, counts: codes });
    }
    const findings: RiskFinding[] = [];
    data.bills.forEach((bill, billIndex) => {
      let best: { strength: number; reasons: string[]; facts: Record<string, RiskFact> } | null = null;
      for (const line of bill.lines) {
        const seen = lineSignals(line, usual, parameters.rareShare as number, keyOf);
        if (seen.strength > 0 && (best === null || seen.strength > best.strength)) best = seen;
      }
      if (best) findings.push({ ruleId: 'misdeclared-goods', subject: 'shipment', billIndex, strength: best.strength, reason: best.reasons.join('; '), facts: best.facts });
    });
    return findings;
  },
};

function lineSignals(line: RiskLine, usual: ReadonlyMap<string, { code: string; share: number; lines: number; counts: Map<string, number> }>, rareShare: number, keyOf: (description: string) => string) {
  const reasons: string[] = [];
  const facts: Record<string, RiskFact> = {};
  let strength = 0;
  const description = line.description ?? '';
  const key = keyOf(description);
  if (key === '' || isGenericKey(key)) {
    strength += 0.7;
    reasons.push(description.trim() === '' ? 'no goods description' : `generic goods wording "${description.trim()}"`);
    facts.description = description.trim();
  }
  const code = line.hsCode ?? '';
  if (code === '') {
    strength += 0.3;
    reasons.push('no HS code');
  } else if (!isKnownHsCode(code)) {
    strength += 0.5;
    reasons.push(`HS code ${code} is not in the HS nomenclature`);
    facts.hsCode = code;
  } else if (code.length < 6) {
    strength += 0.3;
    reasons.push(`HS code of ${code.length} digits only (${code})`);
    facts.hsCode = code;
  } else if (description !== '') {
    const norm = usual.get(key);
    if (norm && norm.code !== code && (norm.counts.get(code) ?? 0) / norm.lines < rareShare) {
      strength += 1;
      reasons.push(`"${key}" declared under HS ${code}; ${Math.round(norm.share * 100)} % of its ${norm.lines} lines are under HS ${norm.code}`);
      Object.assign(facts, { description: description.trim(), hsCode: code, usualHsCode: norm.code, usualShare: Math.round(norm.share * 100) / 100, descriptionLines: norm.lines });
    }
  }
  return { strength, reasons, facts };
}
