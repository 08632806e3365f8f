import { describe, expect, it } from 'vitest';
import type { TargetRow } from '../../shared/engine/riskApi';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import type { RiskBill, RiskDataset, RiskLine } from '../../shared/risk/riskModel';
import { behaviourChangeRule } from '../../shared/risk/rules/behaviourChange';
import { csvRecords } from '../../shared/watchlist/csvRecords';
import { newEngine, textSource } from '../support/engineHarness';

const defaults = Object.fromEntries(behaviourChangeRule.parameters.map((parameter) => [parameter.id, parameter.defaultValue]));

function line(overrides: Partial<RiskLine> = {}): RiskLine {
  return { hsCode: '691110', description: 'PORCELAIN TABLEWARE', grossWeightKg: 10_000, declaredValueUsd: 40_000, containerNumber: null, ...overrides };
}

let next = 1;
function bill(arrivalDate: string, overrides: Partial<RiskBill> = {}, lines: RiskLine[] = [line()]): RiskBill {
  const id = next++;
  return {
    billId: id, number: `BL${id}`, arrivalDate, vesselImo: null, vesselName: null, voyage: null, placeOfReceipt: 'CNSHA', portOfLoading: 'CNSHA', portOfDischarge: 'GBFXT',
    countryOfOrigin: 'CN', shipper: null, consignee: 'T:1', notifyParty: null, consigneeName: 'ACME', lines, ...overrides,
  };
}

const dataset = (bills: RiskBill[]): RiskDataset => ({ bills, traders: new Map() });
/** Ten bills of porcelain from Shanghai, January to March 2024. */
const history = () => Array.from({ length: 10 }, (_unused, index) => bill(`2024-0${1 + Math.floor(index / 4)}-${String(1 + (index % 4) * 7).padStart(2, '0')}`));

describe('behaviour change', () => {
  it('finds a consignee whose recent bills carry a new HS chapter and a new origin, with the evidence in plain words', () => {
    const bills = [...history(), bill('2024-05-20'), bill('2024-05-28', { countryOfOrigin: 'VN', portOfLoading: 'VNSGN' }, [line({ hsCode: '930320', description: 'HUNTING RIFLES' })])];
    const [finding, ...others] = behaviourChangeRule.detect(dataset(bills), defaults);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'behaviour-change', subject: 'trader', entityId: 'T:1', strength: 1.5 });
    expect(finding?.reason).toBe(
      'since 2024-04-14: HS chapter 93 on 1 of 2 recent bills, never in its 10 earlier bills (chapters 69); origin VN on 1 of 2 recent bills, never declared in its 10 earlier bills (CN)',
    );
    expect(finding?.facts).toEqual({
      recentFrom: '2024-04-14', recentBills: 2, earlierBills: 10, newHsChapters: '93', earlierHsChapters: '69', billsWithNewChapter: 1, newOrigins: 'VN', earlierOrigins: 'CN', billsWithNewOrigin: 1,
    });
  });

  it('finds a fall in value per kg and a jump in weight against the trader\'s own median', () => {
    const bills = [...history(), bill('2024-05-20', {}, [line({ declaredValueUsd: 100_000, grossWeightKg: 100_000 })]), bill('2024-05-21', {}, [line({ declaredValueUsd: 90_000, grossWeightKg: 90_000 })])];
    const [finding] = behaviourChangeRule.detect(dataset(bills), defaults);
    expect(finding?.reason).toBe(
      'since 2024-04-07: median value per kg 1.00 USD on its recent bills vs 4.00 before (4.0 times less); median weight per bill 95,000 kg on its recent bills vs 10,000 before (9.5 times as much)',
    );
    expect(finding?.facts).toMatchObject({ valuePerKgRatio: 0.25, weightRatio: 9.5 });
    // 4 times less is past 3 times by log 4 / log 3 − 1 = 0.26: 0.5 + 0.13; 9.5 times is past 3² : 1.
    expect(finding?.strength).toBeCloseTo(0.5 + 0.5 * (Math.log(4) / Math.log(3) - 1) + 1, 3);
  });

  it('stays quiet without enough history, for a trader that always shipped many chapters, and when nothing changed', () => {
    const short = [...history().slice(0, 5), bill('2024-05-28', { countryOfOrigin: 'VN' })];
    expect(behaviourChangeRule.detect(dataset(short), defaults)).toEqual([]);
    const diverse = history().map((item, index) => ({ ...item, lines: [line({ hsCode: `${String(10 + index)}0000` })] }));
    expect(behaviourChangeRule.detect(dataset([...diverse, bill('2024-05-28', {}, [line({ hsCode: '930320' })])]), defaults)).toEqual([]);
    expect(behaviourChangeRule.detect(dataset([...history(), bill('2024-05-28')]), defaults)).toEqual([]);
  });

  it('finds a consignee of a stored generated world that turns to a new chapter and origin, and scores it as a weak signal', async () => {
    const world = generateDemoDataset({ seed: 4, lines: 6_000 });
    const [header, ...rows] = csvRecords(world.manifestsCsv);
    const column = (name: string) => (header?.fields ?? []).indexOf(name);
    const [date, number, consigneeName, hs, origin, loading, receipt, goods] = ['Arrival Date', 'B/L No.', 'Consignee Name', 'HS Code', 'Country of Origin', 'Port of Loading', 'Place of Receipt', 'Goods Description'].map(column) as number[];
    const last = rows.reduce((latest, row) => ((row.fields[date as number] as string) > latest ? (row.fields[date as number] as string) : latest), '');
    // A consignee written one way on 10+ bills of one HS chapter from one origin; it turns two months after the data ends.
    const turnDate = new Date(Date.parse(`${last}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);
    const byName = new Map<string, (typeof rows)[number][]>();
    for (const row of rows) byName.set(row.fields[consigneeName as number] as string, [...(byName.get(row.fields[consigneeName as number] as string) ?? []), row]);
    const [name, steady] = [...byName].find(([candidate, list]) =>
      candidate !== '' && new Set(list.map((row) => row.fields[number as number])).size >= 10 && new Set(list.map((row) => (row.fields[hs as number] as string).slice(0, 2))).size === 1 &&
      new Set(list.map((row) => row.fields[origin as number])).size === 1) ?? [];
    if (!name || !steady) throw new Error('the generated world has no steady consignee');
    const template = steady[0]?.fields as string[];
    const turned = [1, 2].map((index) => {
      const fields = [...template];
      fields[number as number] = `BCHG${index}TEST000`;
      fields[date as number] = turnDate;
      fields[hs as number] = '930320';
      fields[goods as number] = 'HUNTING RIFLES';
      fields[origin as number] = 'RS';
      fields[loading as number] = 'MEKOT';
      fields[receipt as number] = 'MEKOT';
      return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',');
    });
    const engine = await newEngine();
    await engine.newWorkspace('behaviour');
    await engine.importManifest(textSource('manifests.csv', `${world.manifestsCsv.trimEnd()}\r\n${turned.join('\r\n')}\r\n`));
    await engine.resolveEntities();
    const summary = await engine.scoreRisks();
    expect(summary.rules.find((rule) => rule.ruleId === 'behaviour-change')?.findings).toBeGreaterThanOrEqual(1);
    const traders: TargetRow[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await engine.listTargets({ kind: 'trader', offset, limit: 500 });
      traders.push(...page.rows);
      if (page.rows.length < 500) break;
    }
    const changed = traders.filter((row) => row.reasons.some((reason) => reason.ruleId === 'behaviour-change'));
    const ours = changed.find((row) => row.reasons.some((reason) => reason.ruleId === 'behaviour-change' && reason.facts.newHsChapters === '93'));
    if (!ours) throw new Error(`no behaviour change found for ${name}`);
    const evidence = ours.reasons.find((reason) => reason.ruleId === 'behaviour-change');
    expect(evidence?.facts).toMatchObject({ newHsChapters: '93', newOrigins: 'RS', billsWithNewChapter: 2, billsWithNewOrigin: 2, recentBills: 2 });
    expect(evidence?.facts.earlierBills).toBeGreaterThanOrEqual(10);
    expect(evidence?.reason).toMatch(/^since \d{4}-\d{2}-\d{2}: HS chapter 93 on 2 of 2 recent bills, never in its \d+ earlier bills \(chapters \d\d\); origin RS on 2 of 2 recent bills/);
    // Each sign is at most 1 point: a trader's new chapter and origin together (2 points) stay under the 3-point threshold alone.
    expect(evidence?.points).toBe(2);
    // Its bills carry the signal through the consignee.
    const bills = await engine.listTargets({ kind: 'shipment', limit: 500 });
    const viaConsignee = bills.rows.find((row) => row.ref === 'BCHG1TEST000');
    expect(viaConsignee?.reasons.find((reason) => reason.ruleId === 'behaviour-change')).toMatchObject({ via: 'consignee', points: 2 });
    // Every finding of the world rests on a history and a recent window.
    for (const row of changed) {
      const found = row.reasons.find((reason) => reason.ruleId === 'behaviour-change');
      expect(found?.facts.earlierBills as number).toBeGreaterThanOrEqual(8);
      expect(found?.facts.recentBills as number).toBeGreaterThanOrEqual(1);
    }
  }, 60_000);
});
