import { isKnownHsCode } from '../../reference/hsCodes';
import { goodsDescriptionKey, isGenericKey } from '../genericGoodsWording';
import { riskColumns } from '../riskColumns';
import type { RiskFact, RiskFinding, RiskRule } from '../riskModel';

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
    const columns = riskColumns(data);
    const descriptions = columns.description.values;
    const codes = columns.hsCode.values;
    // Each distinct description folded once (goodsDescriptionKey), to a key id.
    const keyNames: string[] = [];
    const keyIds = new Map<string, number>();
    const keyOfDescription = new Int32Array(descriptions.length + 1);
    descriptions.forEach((description, index) => {
      const key = goodsDescriptionKey(description);
      let id = keyIds.get(key);
      if (id === undefined) {
        id = keyNames.length;
        keyIds.set(key, id);
        keyNames.push(key);
      }
      keyOfDescription[index] = id;
    });
    const sixDigits = codes.map((code) => /^\d{6}$/.test(code));
    // Per description key: lines under each HS6 (in order of first sight), to learn the subheading it usually carries.
    const byDescription: (Map<number, number> | undefined)[] = new Array(keyNames.length);
    const lineDescriptions = columns.description.codes;
    const lineCodes = columns.hsCode.codes;
    for (let line = 0; line < columns.lineCount; line += 1) {
      const description = lineDescriptions[line] as number;
      const code = lineCodes[line] as number;
      if (description < 0 || code < 0 || !sixDigits[code]) continue;
      const key = keyOfDescription[description] as number;
      let counts = byDescription[key];
      if (!counts) byDescription[key] = counts = new Map();
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const usual = new Map<string, Usual>();
    byDescription.forEach((counts, key) => {
      if (!counts) return;
      let lines = 0;
      let best = -1;
      let bestCount = 0;
      for (const [code, count] of counts) {
        lines += count;
        if (count > bestCount) [best, bestCount] = [code, count];
      }
      if (lines >= (parameters.minimumLines as number) && bestCount / lines >= (parameters.usualShare as number)) {
        usual.set(keyNames[key] as string, { code: codes[best] as string, share: bestCount / lines, lines, counts: new Map([...counts].map(([code, count]) => [codes[code] as string, count])) });
      }
    });
    // What a line shows depends on its description and HS code only: worked out once per pair.
    const signals = new Map<number, Signals>();
    const width = codes.length + 1;
    const rareShare = parameters.rareShare as number;
    const findings: RiskFinding[] = [];
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      let best: Signals | null = null;
      for (let line = columns.lineStart[bill] as number; line < (columns.lineStart[bill + 1] as number); line += 1) {
        const description = lineDescriptions[line] as number;
        const code = lineCodes[line] as number;
        const pair = (description + 1) * width + code + 1;
        let seen = signals.get(pair);
        if (seen === undefined) {
          const descriptionText = description < 0 ? '' : (descriptions[description] as string);
          seen = lineSignals(descriptionText, description < 0 ? '' : (keyNames[keyOfDescription[description] as number] as string), code < 0 ? '' : (codes[code] as string), usual, rareShare);
          signals.set(pair, seen);
        }
        if (seen.strength > 0 && (best === null || seen.strength > best.strength)) best = seen;
      }
      if (best) findings.push({ ruleId: 'misdeclared-goods', subject: 'shipment', billIndex: bill, strength: best.strength, reason: best.reason, facts: best.facts });
    }
    return findings;
  },
};

interface Usual {
  readonly code: string;
  readonly share: number;
  readonly lines: number;
  readonly counts: ReadonlyMap<string, number>;
}

interface Signals {
  readonly strength: number;
  readonly reason: string;
  readonly facts: Record<string, RiskFact>;
}

function lineSignals(description: string, key: string, code: string, usual: ReadonlyMap<string, Usual>, rareShare: number): Signals {
  const reasons: string[] = [];
  const facts: Record<string, RiskFact> = {};
  let strength = 0;
  if (key === '' || isGenericKey(key)) {
    strength += 0.7;
    reasons.push(description.trim() === '' ? 'no goods description' : `generic goods wording "${description.trim()}"`);
    facts.description = description.trim();
  }
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
  return { strength, reason: reasons.join('; '), facts };
}
