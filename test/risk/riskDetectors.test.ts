import { describe, expect, it } from 'vitest';
import { bill, data, line, trader } from './support/riskDatasetBuilders';
import { defaultRiskProfile } from '../../shared/risk/riskProfile';
import { scoreRiskData } from '../../shared/risk/riskScoring';
import { misdeclaredGoodsRule } from '../../shared/risk/rules/misdeclaredGoods';
import { newTraderRule } from '../../shared/risk/rules/newTrader';
import { originLaunderingRule } from '../../shared/risk/rules/originLaundering';
import { splitShipmentsRule } from '../../shared/risk/rules/splitShipments';
import { undervaluationRule } from '../../shared/risk/rules/undervaluation';
import { watchlistProximityRule } from '../../shared/risk/rules/watchlistProximity';
import type { RiskRule } from '../../shared/risk/riskModel';
import { goodsDescriptionKey, isGenericWording } from '../../shared/risk/genericGoodsWording';

const defaults = (rule: RiskRule): Record<string, number> => Object.fromEntries(rule.parameters.map((parameter) => [parameter.id, parameter.defaultValue]));

describe('undervaluation', () => {
  it('finds a value per kg far below the HS6 median by robust z, with the figures in plain words', () => {
    // log(value per kg) around log(4.20): 7 lines at −0.1, 6 at 0, 7 at +0.1 → median 4.20, MAD 0.1.
    const normal = [...Array(7).fill(-0.1), ...Array(6).fill(0), ...Array(7).fill(0.1)].map((shift: number) => bill({ lines: [line({ declaredValueUsd: 4200 * Math.exp(shift) })] }));
    const cheap = bill({ number: 'CHEAP-1', lines: [line({ declaredValueUsd: 310 })] });
    const findings = undervaluationRule.detect(data([...normal, cheap]), defaults(undervaluationRule));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.billIndex).toBe(20);
    expect(finding?.reason).toBe('value per kg 0.31 USD vs median 4.20 for HS 851713 (robust z −17.6)');
    expect(finding?.facts).toEqual({ hsCode: '851713', valuePerKgUsd: 0.31, medianValuePerKgUsd: 4.2, robustZ: -17.6, linesInNorm: 21 });
    expect(finding?.strength).toBeCloseTo(Math.log2(1 + 17.577 / 3), 2);
  });

  it('falls back to the HS4 heading when the subheading has too few lines, and says so', () => {
    const normal = Array.from({ length: 20 }, (_, index) => bill({ lines: [line({ hsCode: index % 2 === 0 ? '851713' : '851714', declaredValueUsd: 4200 * Math.exp(index % 3 === 0 ? 0 : index % 3 === 1 ? 0.1 : -0.1) })] }));
    const cheap = bill({ lines: [line({ hsCode: '851719', declaredValueUsd: 310 })] });
    const [finding] = undervaluationRule.detect(data([...normal, cheap]), defaults(undervaluationRule));
    expect(finding?.reason).toMatch(/^value per kg 0\.31 USD vs median 4\.20 for HS 8517 \(heading: too few lines of the subheading\) \(robust z −/);
  });

  it('finds nothing without enough lines for a norm', () => {
    const bills = [bill(), bill(), bill({ lines: [line({ declaredValueUsd: 10 })] })];
    expect(undervaluationRule.detect(data(bills), defaults(undervaluationRule))).toEqual([]);
  });
});

describe('vague or misdeclared goods', () => {
  it('reads generic wording after the quantity and package kind', () => {
    expect(goodsDescriptionKey('399 CTNS general cargo')).toBe('GENERAL CARGO');
    expect(goodsDescriptionKey('STC SPARE PARTS')).toBe('SPARE PARTS');
    expect(isGenericWording('20 PKGS FAK')).toBe(true);
    expect(isGenericWording('20 PKGS LED PANEL LIGHTS')).toBe(false);
  });

  it('adds up generic wording and a missing HS code; an HS code against what the description always carries', () => {
    const laptops = Array.from({ length: 20 }, () => bill({ lines: [line({ hsCode: '847130', description: '500 CTNS LAPTOP COMPUTERS' })] }));
    const vague = bill({ lines: [line({ hsCode: null, description: 'GENERAL CARGO' })] });
    const misclassified = bill({ lines: [line({ hsCode: '847150', description: '80 CTNS LAPTOP COMPUTERS' })] });
    const fourDigits = bill({ lines: [line({ hsCode: '8471', description: 'LAPTOP COMPUTERS' })] });
    const unknown = bill({ lines: [line({ hsCode: '000000', description: 'TABLETS' })] });
    const findings = misdeclaredGoodsRule.detect(data([...laptops, vague, misclassified, fourDigits, unknown]), defaults(misdeclaredGoodsRule));
    expect(findings.map((finding) => [finding.billIndex, finding.strength, finding.reason])).toEqual([
      [20, 1, 'generic goods wording "GENERAL CARGO"; no HS code'],
      [21, 1, '"LAPTOP COMPUTERS" declared under HS 847150; 95 % of its 21 lines are under HS 847130'],
      [22, 0.3, 'HS code of 4 digits only (8471)'],
      [23, 0.5, 'HS code 000000 is not in the HS nomenclature'],
    ]);
    expect(findings[1]?.facts).toEqual({ description: '80 CTNS LAPTOP COMPUTERS', hsCode: '847150', usualHsCode: '847130', usualShare: 0.95, descriptionLines: 21 });
  });
});

describe('origin laundering', () => {
  it('finds a place of receipt outside the declared origin on a lane that normally has none', () => {
    const lane = Array.from({ length: 10 }, () => bill({ placeOfReceipt: 'AEJEA', portOfLoading: 'AEJEA', countryOfOrigin: 'AE' }));
    const laundered = bill({ placeOfReceipt: 'CNSHA', portOfLoading: 'AEJEA', countryOfOrigin: 'AE' });
    const findings = originLaunderingRule.detect(data([...lane, laundered]), defaults(originLaunderingRule));
    expect(findings).toEqual([{
      ruleId: 'origin-laundering', subject: 'shipment', billIndex: 10, strength: 1,
      reason: 'received at CNSHA (CN), declared origin AE; 0 of 10 other bills from AE to GBFXT received outside AE',
      facts: { placeOfReceipt: 'CNSHA', receiptCountry: 'CN', declaredOrigin: 'AE', laneBills: 11, laneMismatches: 1 },
    }]);
  });

  it('finds nothing where transshipment is ordinary on the lane, and weighs a loading port less than a place of receipt', () => {
    const hub = Array.from({ length: 10 }, (_, index) => bill({ placeOfReceipt: 'VNSGN', portOfLoading: index < 5 ? 'SGSIN' : 'VNSGN', countryOfOrigin: 'VN' }));
    expect(originLaunderingRule.detect(data(hub), defaults(originLaunderingRule))).toEqual([]);
    const direct = Array.from({ length: 10 }, () => bill({ placeOfReceipt: 'INNSA', portOfLoading: 'INNSA', countryOfOrigin: 'IN' }));
    const viaColombo = bill({ placeOfReceipt: 'INNSA', portOfLoading: 'LKCMB', countryOfOrigin: 'IN' });
    const [finding] = originLaunderingRule.detect(data([...direct, viaColombo]), defaults(originLaunderingRule));
    expect(finding?.strength).toBe(0.4);
    expect(finding?.reason).toBe('loaded at LKCMB (LK), declared origin IN; 0 of 10 other bills from IN to GBFXT loaded outside IN');
  });
});

describe('split shipments', () => {
  it('finds several bills in one container on one call to related consignees, not to unrelated ones', () => {
    const traders = [
      trader('T:1', { addressKeys: ['12 DOCK ROAD LEEDS'] }),
      trader('T:2', { addressKeys: ['12 DOCK ROAD LEEDS'] }),
      trader('T:3', { phoneKeys: ['441132000000'] }),
      trader('T:4', { phoneKeys: ['441132000000'] }),
      trader('T:5'), trader('T:6'), trader('T:7'),
    ];
    const inContainer = (container: string, consignee: string, name: string) => bill({ consignee, consigneeName: name, lines: [line({ containerNumber: container })] });
    const bills = [
      inContainer('MSCU1234565', 'T:1', 'PREMIER LTD'), inContainer('MSCU1234565', 'T:2', 'PREMIER HOME LTD'), inContainer('MSCU1234565', 'T:3', 'PREMIER UK LTD'),
      inContainer('MSCU1234565', 'T:4', 'PREMIER DIRECT LTD'),
      // Consolidated cargo to three unrelated consignees: ordinary.
      inContainer('MSCU7654321', 'T:5', 'A LTD'), inContainer('MSCU7654321', 'T:6', 'B LTD'), inContainer('MSCU7654321', 'T:7', 'C LTD'),
    ];
    // T:3 and T:4 share a phone but not the premises of T:1 and T:2: two related pairs, no split.
    expect(splitShipmentsRule.detect(data(bills, traders), defaults(splitShipmentsRule))).toEqual([]);
    const linked = [...traders.slice(0, 2), trader('T:3', { addressKeys: ['12 DOCK ROAD LEEDS'], phoneKeys: ['441132000000'] }), ...traders.slice(3)];
    const findings = splitShipmentsRule.detect(data(bills, linked), defaults(splitShipmentsRule));
    expect(findings.map((finding) => finding.billIndex)).toEqual([0, 1, 2, 3]);
    expect(findings[0]?.strength).toBe(1.25);
    expect(findings[0]?.reason).toBe('one of 4 bills on MSC TEST voyage 1W in container MSCU1234565 to 4 related consignee names (shared premises, shared telephone): PREMIER LTD, PREMIER HOME LTD, PREMIER UK LTD, PREMIER DIRECT LTD');
  });
});

describe('watchlist proximity', () => {
  it('scores a corroborated hit in full, a front at the same premises, a trading partner and two hops less', () => {
    const listed = trader('T:1', { name: 'ANCHOR HOME LTD', addressKeys: ['103 HIGH AVENUE ILFORD'], watchlistHits: [{ listName: 'LOCAL TARGETING', listedParty: 'ANCHOR HOME LTD', reason: 'Previous seizure', basis: 'name', score: 1, addressAgrees: true }] });
    const traders = [listed, trader('T:2', { name: 'GLOBAL HOME LTD', addressKeys: ['103 HIGH AVENUE ILFORD'] }), trader('T:3', { name: 'SUPPLIER CO' }), trader('T:4', { name: 'OTHER BUYER' })];
    const bills = [bill({ shipper: 'T:3', consignee: 'T:1' }), bill({ shipper: 'T:3', consignee: 'T:4' })];
    const findings = watchlistProximityRule.detect(data(bills, traders), defaults(watchlistProximityRule));
    expect(findings.map((finding) => [finding.entityId, finding.strength, finding.reason])).toEqual([
      ['T:1', 1, 'on LOCAL TARGETING as ANCHOR HOME LTD (name match 1.00; listed at the trader\'s own address): Previous seizure'],
      ['T:3', 0.3, 'trades with watch-listed ANCHOR HOME LTD (LOCAL TARGETING)'],
      ['T:2', 0.8, 'shares premises with watch-listed ANCHOR HOME LTD (LOCAL TARGETING)'],
      ['T:4', 0.1, 'two hops from watch-listed ANCHOR HOME LTD: trades with SUPPLIER CO, which is linked to it'],
    ]);
  });

  it('counts a name-only hit without a street address on the list at 60 %', () => {
    const traders = [trader('T:1', { watchlistHits: [{ listName: 'SANCTIONS', listedParty: 'FAZAL INDUSTRIES (PVT) LTD', reason: 'Missing trader', basis: 'name', score: 1, addressAgrees: null }] })];
    const [finding] = watchlistProximityRule.detect(data([], traders), defaults(watchlistProximityRule));
    expect(finding?.strength).toBe(0.6);
    expect(finding?.reason).toBe('on SANCTIONS as FAZAL INDUSTRIES (PVT) LTD (name match 1.00; the list gives no street address to corroborate it): Missing trader');
  });
});

describe('new trader', () => {
  it('finds a consignee first seen weeks after the data begins', () => {
    const bills = [bill({ arrivalDate: '2024-01-01', consignee: 'T:1' }), bill({ arrivalDate: '2024-02-05', consignee: 'T:2' }), bill({ arrivalDate: '2024-02-12', consignee: 'T:2', notifyParty: 'T:2' })];
    expect(newTraderRule.detect(data(bills, [trader('T:1'), trader('T:2')]), defaults(newTraderRule))).toEqual([{
      ruleId: 'new-trader', subject: 'trader', entityId: 'T:2', strength: 1,
      reason: 'first seen 2024-02-05, 35 days after the data begins (2024-01-01); 2 bills since',
      facts: { firstArrival: '2024-02-05', daysAfterStart: 35, bills: 2 },
    }]);
  });
});

describe('scoring', () => {
  it('adds points without a cap, counts one signal per trader rule per bill, and ranks two independent signals above one', () => {
    const listed = trader('T:1', { name: 'LISTED SHIPPER', watchlistHits: [{ listName: 'SANCTIONS', listedParty: 'LISTED SHIPPER', reason: 'Asset freeze', basis: 'name', score: 1, addressAgrees: true }] });
    const lane = Array.from({ length: 10 }, () => bill({ placeOfReceipt: 'AEJEA', portOfLoading: 'AEJEA', countryOfOrigin: 'AE', consignee: 'T:9' }));
    const single = bill({ number: 'ONE-SIGNAL', shipper: 'T:1', consignee: 'T:2', notifyParty: 'T:3', placeOfReceipt: 'AEJEA', portOfLoading: 'AEJEA', countryOfOrigin: 'AE' });
    const double = bill({ number: 'TWO-SIGNALS', shipper: 'T:1', consignee: 'T:2', placeOfReceipt: 'CNSHA', portOfLoading: 'AEJEA', countryOfOrigin: 'AE', lines: [line({ hsCode: null, description: 'GENERAL CARGO' })] });
    const scoring = scoreRiskData(data([...lane, single, double], [listed, trader('T:2'), trader('T:3'), trader('T:9')]), defaultRiskProfile);
    const byRef = new Map(scoring.shipments.map((target) => [target.ref, target]));
    // The hit (3 points) counts once although the consignee and notify party trade with the listed shipper.
    expect(byRef.get('ONE-SIGNAL')?.score).toBe(3);
    expect(byRef.get('ONE-SIGNAL')?.evidence.map((item) => item.reason)).toEqual(['shipper LISTED SHIPPER: on SANCTIONS as LISTED SHIPPER (name match 1.00; listed at the trader\'s own address): Asset freeze']);
    // 3 (receipt in CN) + 3 (generic wording and no HS code) + 3 (the hit): 9, not capped.
    expect(byRef.get('TWO-SIGNALS')?.score).toBe(9);
    expect(scoring.shipments[0]?.ref).toBe('TWO-SIGNALS');
    expect(scoring.traders.find((target) => target.ref === 'T:1')?.score).toBeGreaterThan(3);
  });
});
