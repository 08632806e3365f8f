/**
 * The "Traders and reports" view built through the engine from a small workspace: the trader
 * network plus one node per report mentioning a trader, report → trader edges with the mentions
 * not rejected, the report's grading and reference; rejected mentions left out.
 */
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { ReportMention } from '../../../shared/engine/reportApi';
import { newEngine, textSource } from '../../support/engineHarness';

const header = 'B/L No.,Arrival Date,Vessel,Port of Discharge,Shipper Name,Consignee Name,Declared Value (USD)';
const manifest = [
  header,
  'HLB1,2026-03-02,NORDIC TERN,GBFXT,ALPHA ELECTRONICS CO LTD,CHARLIE IMPORTS LTD,600',
  'HLB2,2026-03-09,NORDIC TERN,GBFXT,ALPHA ELECTRONICS CO LTD,CHARLIE IMPORTS LTD,500',
  'HLB3,2026-03-15,NORDIC TERN,GBFXT,BRAVO TEXTILES PVT LTD,CHARLIE IMPORTS LTD,300',
].join('\n');

const report = (reference: string, grading: string, marking: string, date: string, text: string): string =>
  [marking, `Reference: ${reference}`, `Date: ${date}`, `Grading: ${grading}`, '', text, marking].join('\n');

const reports = [
  // Two mentions of ALPHA (one to be rejected), one of CHARLIE.
  report('IR/2026/0001', 'B2', 'OFFICIAL-SENSITIVE', '2026-05-01', 'ALPHA ELECTRONICS CO LTD ships to CHARLIE IMPORTS LTD every week. Later ALPHA ELECTRONICS CO LTD used another vessel.'),
  // Only BRAVO, to be rejected: no node for this report.
  report('IR/2026/0002', 'A1', 'OFFICIAL', '2026-05-02', 'BRAVO TEXTILES PVT LTD was seen at the port.'),
  // CHARLIE, accepted.
  report('IR/2026/0003', 'C3', 'OFFICIAL', '2026-05-03', 'A lorry collected goods for CHARLIE IMPORTS LTD at night.'),
  // No trader at all.
  report('IR/2026/0004', 'D4', 'OFFICIAL', '2026-05-04', 'Nothing of note about any company.'),
];

async function workspace(): Promise<{ engine: EngineApi; id: (name: string) => string; reportIds: number[] }> {
  const engine = await newEngine();
  await engine.newWorkspace('reports network');
  expect((await engine.importManifest(textSource('flows.csv', manifest))).status).toBe('completed');
  await engine.resolveEntities();
  const summary = await engine.importReports(reports.map((text, index) => ({ fileName: `IR-000${index + 1}.txt`, bytes: new TextEncoder().encode(text) })));
  const { rows } = await engine.listEntities({ limit: 50 });
  const byName = new Map(rows.map((entity) => [entity.displayName.split(' ')[0] as string, entity.entityId]));
  return { engine, id: (name) => byName.get(name) ?? `(no entity ${name})`, reportIds: summary.files.map((file) => file.reportId as number) };
}

const traderMentions = (mentions: readonly ReportMention[]): ReportMention[] => mentions.filter((mention) => mention.target?.kind === 'trader');

describe('the traders and reports view', () => {
  it('adds a node per report mentioning a trader and report → trader edges with mentions, grading and reference, leaving rejected mentions out', async () => {
    const { engine, id, reportIds } = await workspace();
    const [first, second, third] = reportIds as [number, number, number];
    const firstMentions = traderMentions((await engine.readReport(first)).mentions);
    expect(firstMentions.map((mention) => [mention.text, mention.start])).toEqual([
      ['ALPHA ELECTRONICS CO LTD', expect.any(Number)],
      ['CHARLIE IMPORTS LTD', expect.any(Number)],
      ['ALPHA ELECTRONICS CO LTD', expect.any(Number)],
    ]);
    // The second ALPHA mention and BRAVO's only one are rejected; CHARLIE's in the third report accepted.
    await engine.reviewMention((firstMentions[2] as ReportMention).mentionId, { decision: 'reject' });
    const [bravo] = traderMentions((await engine.readReport(second)).mentions);
    await engine.reviewMention((bravo as ReportMention).mentionId, { decision: 'reject' });
    const [charlie] = traderMentions((await engine.readReport(third)).mentions);
    await engine.reviewMention((charlie as ReportMention).mentionId, { decision: 'accept' });

    const view = await engine.graphView({ view: 'traders-and-reports' });
    expect(view.nodes.filter((node) => node.kind === 'report').map(({ id: nodeId, label, report }) => ({ nodeId, label, report }))).toEqual([
      {
        nodeId: `R:${first}`,
        label: 'IR/2026/0001',
        report: { reportId: first, reference: 'IR/2026/0001', title: expect.any(String) as string, fileName: 'IR-0001.txt', date: '2026-05-01', grading: 'B2', marking: 'OFFICIAL-SENSITIVE' },
      },
      {
        nodeId: `R:${third}`,
        label: 'IR/2026/0003',
        report: { reportId: third, reference: 'IR/2026/0003', title: expect.any(String) as string, fileName: 'IR-0003.txt', date: '2026-05-03', grading: 'C3', marking: 'OFFICIAL' },
      },
    ]);
    expect(view.nodes.filter((node) => node.kind === 'trader').map((node) => node.id).sort()).toEqual([id('ALPHA'), id('BRAVO'), id('CHARLIE')].sort());
    const mentionEdges = view.edges
      .filter((edge) => edge.kind === 'report-mention')
      .map(({ id: edgeId, source, target, directed, mentions, grading, reference }) => ({ edgeId, source, target, directed, mentions, grading, reference }));
    expect(mentionEdges).toEqual([
      { edgeId: `mention:R:${first}>${id('ALPHA')}`, source: `R:${first}`, target: id('ALPHA'), directed: true, mentions: 1, grading: 'B2', reference: 'IR/2026/0001' },
      { edgeId: `mention:R:${first}>${id('CHARLIE')}`, source: `R:${first}`, target: id('CHARLIE'), directed: true, mentions: 1, grading: 'B2', reference: 'IR/2026/0001' },
      { edgeId: `mention:R:${third}>${id('CHARLIE')}`, source: `R:${third}`, target: id('CHARLIE'), directed: true, mentions: 1, grading: 'C3', reference: 'IR/2026/0003' },
    ].sort((a, b) => (a.edgeId < b.edgeId ? -1 : 1)));
    // The trader network is all there too.
    expect(view.edges.filter((edge) => edge.kind === 'shipment-flow').map((edge) => [edge.source, edge.target, edge.bills])).toEqual(
      [
        [id('ALPHA'), id('CHARLIE'), 2],
        [id('BRAVO'), id('CHARLIE'), 1],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
  });

  it('counts every mention not rejected, and rebuilds when a mention is reviewed', async () => {
    const { engine, id, reportIds } = await workspace();
    const first = reportIds[0] as number;
    const alphaEdge = async () => (await engine.graphView({ view: 'traders-and-reports' })).edges.find((edge) => edge.id === `mention:R:${first}>${id('ALPHA')}`);
    expect(await alphaEdge()).toMatchObject({ mentions: 2, grading: 'B2' });
    const alpha = traderMentions((await engine.readReport(first)).mentions).filter((mention) => mention.text.startsWith('ALPHA'));
    await engine.reviewMention((alpha[0] as ReportMention).mentionId, { decision: 'reject' });
    expect(await alphaEdge()).toMatchObject({ mentions: 1 });
    await engine.reviewMention((alpha[1] as ReportMention).mentionId, { decision: 'reject' });
    expect(await alphaEdge()).toBeUndefined();
    // The other views have no report nodes.
    expect((await engine.graphView({ view: 'trader-network' })).nodes.every((node) => node.kind === 'trader')).toBe(true);
  });
});
