import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../shared/engine/engineApi';
import type { TargetRow } from '../../shared/engine/riskApi';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import { intelligenceCorroborationRule } from '../../shared/risk/rules/intelligenceCorroboration';
import type { RiskReportMention, RiskTrader } from '../../shared/risk/riskModel';
import { rankingQuality } from '../bench/risk/riskQuality';
import { newEngine, textSource } from '../support/engineHarness';

/**
 * Intelligence corroboration on a stored workspace: manifests resolved into traders, graded
 * reports imported and read for mentions, then scored by the engine with the default profile.
 */

const header = 'B/L No.,Arrival Date,Vessel,Port of Loading,Port of Discharge,Country of Origin,Shipper Name,Consignee Name,Consignee Phone,Container No.,HS Code,Goods Description,Gross Weight (kg),Declared Value (USD)';
const manifest = [
  header,
  'MEDU1000001,2026-05-10,CMA CGM RAVEL,CNNGB,GBSOU,CN,NINGBO BRIGHT TRADING CO LTD,HARBOUR LIGHT TRADING LTD,+44 20 7946 0958,MSKU6011672,940360,WOODEN BEDROOM FURNITURE,4200,18500',
  'MEDU1000002,2026-05-10,CMA CGM RAVEL,CNNGB,GBSOU,CN,SHENZHEN PEARL EXPORT CO LTD,DOVER WOOD LTD,+44 1304 555 010,TGHU1234561,940360,WOODEN BEDROOM FURNITURE,4100,18100',
  'MEDU1000003,2026-05-10,CMA CGM RAVEL,CNNGB,GBSOU,CN,XIAMEN COASTAL GOODS CO LTD,ACME IMPORTS LTD,+44 161 496 0000,MSKU6011671,940360,WOODEN BEDROOM FURNITURE,4300,18900',
  'MEDU1000004,2026-05-10,CMA CGM RAVEL,CNNGB,GBSOU,CN,QINGDAO NORTH STAR CO LTD,BLUE SKY FOODS LTD,+44 117 496 0123,TGHU1234570,940360,WOODEN BEDROOM FURNITURE,4000,17900',
].join('\n');

function report(reference: string, date: string, grading: string, sentence: string): string {
  return ['OFFICIAL', `Reference: ${reference}`, `Date: ${date}`, grading, '', sentence, '', 'OFFICIAL'].join('\n');
}

const reports = [
  { fileName: 'IR-0001.txt', text: report('IR/2026/0001', '2026-05-01', 'Grading: A1', 'HARBOUR LIGHT TRADING LTD is importing cigarettes concealed in furniture.') },
  { fileName: 'IR-0002.txt', text: report('IR/2026/0002', '2026-05-02', 'Source evaluation: E / Intelligence evaluation: 5', 'A caller says DOVER WOOD LTD is smuggling drugs in the goods.') },
  { fileName: 'IR-0003.txt', text: report('IR/2026/0003', '2026-05-03', 'B/3', 'ACME IMPORTS LTD is said to under-declare furniture.') },
  { fileName: 'IR-0004.txt', text: report('IR/2026/0004', '2026-05-04', 'Grading: B3', 'A second source: ACME IMPORTS LTD pays its supplier off the books.') },
  // The same report filed again under another file name: one source, not two.
  { fileName: 'IR-0004-copy.txt', text: `${report('IR/2026/0004', '2026-05-04', 'Grading: B3', 'A second source: ACME IMPORTS LTD pays its supplier off the books.')}\n(copy)\n` },
  { fileName: 'IR-0005.txt', text: report('IR/2026/0005', '2026-05-05', 'Grading: A1', 'BLUE SKY FOODS LTD is moving cocaine.') },
];

async function scoredWorkspace(): Promise<{ engine: EngineApi; ids: Record<string, string>; reportIds: Record<string, number> }> {
  const engine = await newEngine();
  await engine.newWorkspace('corroboration');
  expect((await engine.importManifest(textSource('manifest.csv', manifest))).status).toBe('completed');
  await engine.resolveEntities();
  const summary = await engine.importReports(reports.map(({ fileName, text }) => ({ fileName, bytes: new TextEncoder().encode(text) })));
  expect(summary.failed).toBe(0);
  const ids: Record<string, string> = {};
  for (const name of ['HARBOUR', 'DOVER', 'ACME', 'BLUE SKY']) ids[name] = (await engine.listEntities({ text: name.toLowerCase() })).rows[0]?.entityId as string;
  const reportIds = Object.fromEntries(summary.files.map((file) => [file.fileName, file.reportId as number]));
  return { engine, ids, reportIds };
}

async function targets(engine: EngineApi, kind: 'shipment' | 'trader'): Promise<TargetRow[]> {
  return (await engine.listTargets({ kind, offset: 0, limit: 500 })).rows as TargetRow[];
}

const corroboration = (row: TargetRow | undefined) => row?.reasons.find((reason) => reason.ruleId === 'intelligence-corroboration');

describe('intelligence corroboration', () => {
  it('scores the traders named in reports by grading: one A1 report is a target, one E5 report is not, two B3 reports are', async () => {
    const { engine, ids, reportIds } = await scoredWorkspace();
    // The A1 report's mention of BLUE SKY FOODS LTD is rejected by the analyst: it does not count.
    const blueSky = (await engine.readReport(reportIds['IR-0005.txt'] as number)).mentions.find((mention) => mention.text === 'BLUE SKY FOODS LTD');
    expect(blueSky?.target?.key).toBe(ids['BLUE SKY']);
    await engine.reviewMention(blueSky?.mentionId as number, { decision: 'reject', note: 'another company of that name' });
    const summary = await engine.scoreRisks();
    expect(summary.rules.find((rule) => rule.ruleId === 'intelligence-corroboration')).toMatchObject({ weight: 6, findings: 3 });
    const traders = await targets(engine, 'trader');
    const byId = (id: string | undefined) => traders.find((row) => row.ref === id);

    const harbour = byId(ids.HARBOUR);
    const dover = byId(ids.DOVER);
    const acme = byId(ids.ACME);
    // Exact names as the manifests write them: the extractor's confidence 0.95.
    expect(corroboration(harbour)).toMatchObject({
      points: 5.7,
      reason: 'named in 1 intelligence report: IR/2026/0001 (A1, 2026-05-01; "HARBOUR LIGHT TRADING LTD", name match 0.95)',
      facts: { reports: 1, references: 'IR/2026/0001', gradings: 'A1', dates: '2026-05-01', strongestGrading: 'A1' },
    });
    expect(harbour?.score).toBeGreaterThanOrEqual(3);
    // The decoy: one E5 tip weighs almost nothing, and the trader and its bill stay under the threshold.
    expect(corroboration(dover)).toMatchObject({ points: 0.014, facts: { gradings: 'E5' } });
    expect(corroboration(harbour)?.points).toBeGreaterThan(100 * (corroboration(dover)?.points as number));
    expect(dover?.score).toBeLessThan(3);
    // Two independent B3 reports add up (the copy of IR/2026/0004 counts once); one alone would stay under 3.
    const acmeEvidence = corroboration(acme);
    expect(acmeEvidence?.reason).toBe(
      'named in 2 intelligence reports: IR/2026/0003 (B3, 2026-05-03; "ACME IMPORTS LTD", name match 0.95), IR/2026/0004 (B3, 2026-05-04; "ACME IMPORTS LTD", name match 0.95)',
    );
    expect(acmeEvidence?.points).toBe(4.104);
    expect((acmeEvidence?.points as number) / 2).toBeLessThan(3);
    expect(byId(ids['BLUE SKY'])).toBeUndefined();
    // Targets at or above the 3-point threshold: the A1 and the twice-reported trader, not the E5 decoy.
    expect(traders.filter((row) => row.score >= 3).map((row) => row.ref).sort()).toEqual([ids.ACME, ids.HARBOUR].sort());

    // Their shipments score through the consignee, once per rule.
    const shipments = await targets(engine, 'shipment');
    const bill = (number: string) => shipments.find((row) => row.ref === number);
    expect(corroboration(bill('MEDU1000001'))).toMatchObject({ points: 5.7, via: 'consignee' });
    expect(corroboration(bill('MEDU1000001'))?.reason).toMatch(/^consignee HARBOUR LIGHT TRADING LTD: named in 1 intelligence report: IR\/2026\/0001 \(A1/);
    expect(bill('MEDU1000002')?.score ?? 0).toBeLessThan(3);
    expect(shipments.filter((row) => row.score >= 3).map((row) => row.ref).sort()).toEqual(['MEDU1000001', 'MEDU1000003']);
  });

  it('counts an accepted mention in full and keeps an accepted E5 report under the threshold', async () => {
    const { engine, ids, reportIds } = await scoredWorkspace();
    const [dover] = (await engine.readReport(reportIds['IR-0002.txt'] as number)).mentions.filter((mention) => mention.kind === 'trader');
    await engine.reviewMention(dover?.mentionId as number, { decision: 'accept' });
    await engine.scoreRisks();
    const row = (await targets(engine, 'trader')).find((target) => target.ref === ids.DOVER);
    expect(corroboration(row)).toMatchObject({ points: 0.015, reason: 'named in 1 intelligence report: IR/2026/0002 (E5, 2026-05-02; "DOVER WOOD LTD", accepted)' });
    expect(row?.score).toBeLessThan(3);
  });

  it('finds the consignments credible reports name in a generated world, and leaves the low-credibility decoys under the threshold', async () => {
    const world = generateDemoDataset({ seed: 1, lines: 20_000 });
    const engine = await newEngine();
    await engine.newWorkspace('generated');
    await engine.importManifest(textSource('manifests.csv', world.manifestsCsv));
    await engine.importWatchlist({ fileName: 'watchlist.csv', bytes: new TextEncoder().encode(world.watchlistCsv) });
    const resolution = await engine.entitySummary();
    if (resolution.stale || resolution.resolvedAt === null) await engine.resolveEntities();
    const reports = await engine.importReports(world.reports.map((report) => ({ fileName: report.fileName, bytes: new TextEncoder().encode(report.text) })));
    expect(reports.imported).toBe(world.reports.length);
    const summary = await engine.scoreRisks();
    const ranked: TargetRow[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await engine.listTargets({ kind: 'shipment', offset, limit: 500 });
      ranked.push(...(page.rows as TargetRow[]));
      if (page.rows.length < 500) break;
    }
    const quality = rankingQuality(ranked, world.truth, summary.profile.thresholds.target);
    const scheme = (id: string) => quality.schemes.find((candidate) => candidate.id === id);
    const named = scheme('intelligence-named-consignment');
    const decoy = scheme('low-credibility-report');
    expect(named?.bills).toBeGreaterThan(0);
    expect(decoy?.bills).toBeGreaterThan(0);
    expect(named?.recall).toBe(1);
    expect(decoy?.recall).toBe(0);
    expect(decoy?.medianScore).toBeLessThan(1);
    expect(quality.precisionAt[25]).toBeGreaterThanOrEqual(0.95);
    // Each named bill's evidence says which report, graded how and when.
    const namedBills = new Set(world.truth.schemes['intelligence-named-consignment']?.billsOfLading);
    for (const row of ranked.filter((target) => namedBills.has(target.ref))) expect(corroboration(row)?.reason).toMatch(/named in \d+ intelligence reports?: \S.* \([AB][12], \d{4}-\d{2}-\d{2}; /);
  }, 180_000);

  it('weighs gradings A1 far above E5, F6 ("cannot be judged") low, and an ungraded report as F6', () => {
    const trader = (entityId: string): RiskTrader => ({ entityId, name: entityId, countries: [], watchlistHits: [], addressKeys: [], phoneKeys: [], writtenValues: {} });
    const mention = (entityId: string, reference: string, source: string | null, credibility: number | null): RiskReportMention => ({
      entityId, reportId: 1, reference, date: '2026-05-01', sourceReliability: source, informationCredibility: credibility, status: 'accepted', confidence: 0.9, kind: 'trader', text: entityId,
    });
    const data = {
      bills: [],
      traders: new Map(['T:1', 'T:2', 'T:3', 'T:4', 'T:5', 'T:6'].map((id) => [id, trader(id)])),
      reportMentions: [
        mention('T:1', 'R1', 'A', 1), mention('T:2', 'R2', 'B', 2), mention('T:3', 'R3', 'C', 3), mention('T:4', 'R4', 'E', 5), mention('T:5', 'R5', 'F', 6), mention('T:6', 'R6', null, null),
        // A mention of a trader the resolution no longer holds is passed over.
        mention('T:99', 'R7', 'A', 1),
      ],
    };
    const parameters = Object.fromEntries(intelligenceCorroborationRule.parameters.map((parameter) => [parameter.id, parameter.defaultValue]));
    const strength = new Map(intelligenceCorroborationRule.detect(data, parameters).map((finding) => [finding.entityId, finding.strength]));
    const points = (id: string) => Math.round((strength.get(id) ?? 0) * intelligenceCorroborationRule.weight * 1000) / 1000;
    expect([points('T:1'), points('T:2'), points('T:3'), points('T:4'), points('T:5'), points('T:6')]).toEqual([6, 3.84, 1.215, 0.015, 0.135, 0.135]);
    expect(strength.has('T:99')).toBe(false);
    // One A1 or B2 report alone is a clear signal; any single report graded C3 or below is not.
    expect(points('T:1')).toBeGreaterThanOrEqual(3);
    expect(points('T:2')).toBeGreaterThanOrEqual(3);
    expect(Math.max(points('T:3'), points('T:4'), points('T:5'), points('T:6'))).toBeLessThan(3);
    const ungraded = intelligenceCorroborationRule.detect(data, parameters).find((finding) => finding.entityId === 'T:6');
    expect(ungraded?.reason).toBe('named in 1 intelligence report: R6 (ungraded, taken as F6, 2026-05-01; "T:6", accepted)');
  });
});
