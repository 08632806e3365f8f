import { describe, expect, it } from 'vitest';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { makeVesselImo } from '../../../shared/domain/imoNumber';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { ReportMention } from '../../../shared/engine/reportApi';
import { ReportService } from '../../../shared/engine/reportService';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';
import { newEngine, textSource } from '../../support/engineHarness';

/** Mentions through the engine: found on import, linked to the workspace, reviewed, and the reviews kept across re-extraction. */

const imo = makeVesselImo('912345');
const header = 'B/L No.,Vessel,IMO No.,Port of Discharge,Shipper Name,Consignee Name,Consignee Phone,Container No.';
const firstManifest = [
  header,
  `MEDU1234567,CMA CGM RAVEL,${imo},GBSOU,NINGBO BRIGHT TRADING CO LTD,HARBOUR LIGHT TRADING LTD,+44 20 7946 0958,MSKU6011672`,
  `MEDU1234568,CMA CGM RAVEL,${imo},GBSOU,NINGBO BRIGHT TRADING CO LTD,HARBOUR LIGHT TRADING LIMITED,020 7946 0958,TGHU1234561`,
].join('\n');
const laterManifest = [header, `MEDU7777777,EVER GIVEN,,GBFXT,ACME EXPORT LTD,DOVER WOOD LTD,,`].join('\n');
const reportText = [
  'OFFICIAL',
  'Reference: IR/2026/0042',
  'Date: 2026-05-01',
  'Grading: B2',
  '',
  'HARBOUR LIGHT TRADING LTD is expecting cigarettes in container MSKU 601167 2 on MV CMA CGM RAVEL, due at Southampton.',
  'Their number is +44 20 7946 0958. Not to be confused with BLUE HARBOUR LTD.',
  'OFFICIAL',
].join('\n');

async function engineWithReport(): Promise<{ engine: EngineApi; reportId: number }> {
  const engine = await newEngine();
  await engine.newWorkspace('mentions');
  expect((await engine.importManifest(textSource('first.csv', firstManifest))).status).toBe('completed');
  await engine.resolveEntities();
  const summary = await engine.importReports([{ fileName: 'IR-0042.txt', bytes: new TextEncoder().encode(reportText) }]);
  return { engine, reportId: summary.files[0]?.reportId as number };
}

const byText = (mentions: readonly ReportMention[], text: string): ReportMention => {
  const found = mentions.find((mention) => mention.text === text);
  if (!found) throw new Error(`no mention "${text}" in ${mentions.map((mention) => mention.text).join(', ')}`);
  return found;
};

describe('report mentions through the engine', () => {
  it('finds the mentions on import, at offsets into the text, linked to what the workspace holds', async () => {
    const { engine, reportId } = await engineWithReport();
    const report = await engine.readReport(reportId);
    const line = reportText.indexOf('HARBOUR LIGHT');
    expect(report.mentions.map(({ start, end, text, kind, target, status }) => ({ start, end, text, kind, target: target && `${target.kind}:${target.key}`, status }))).toEqual([
      { start: line, end: line + 25, text: 'HARBOUR LIGHT TRADING LTD', kind: 'trader', target: expect.stringMatching(/^trader:T:\d+$/) as string, status: 'proposed' },
      { start: line + 63, end: line + 76, text: 'MSKU 601167 2', kind: 'container', target: 'container:MSKU6011672', status: 'proposed' },
      { start: line + 83, end: line + 96, text: 'CMA CGM RAVEL', kind: 'vessel', target: `vessel:${imo}`, status: 'proposed' },
      { start: line + 105, end: line + 116, text: 'Southampton', kind: 'port', target: 'port:GBSOU', status: 'proposed' },
      { start: line + 134, end: line + 150, text: '+44 20 7946 0958', kind: 'phone', target: expect.stringMatching(/^trader:T:\d+$/) as string, status: 'proposed' },
    ]);
    for (const mention of report.mentions) expect(report.text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(byText(report.mentions, 'MSKU 601167 2').reason).toBe('container number, check digit agrees; on bill MEDU1234567');
  });

  it('keeps a rejected mention rejected, and an accepted one accepted, when the report is read for mentions again', async () => {
    const { engine, reportId } = await engineWithReport();
    const before = (await engine.readReport(reportId)).mentions;
    const container = byText(before, 'MSKU 601167 2');
    const trader = byText(before, 'HARBOUR LIGHT TRADING LTD');
    const rejected = await engine.reviewMention(container.mentionId, { decision: 'reject', note: 'a different box', analyst: 'J. Smith' });
    expect(rejected).toMatchObject({ status: 'rejected', review: { decision: 'reject', analyst: 'J. Smith', note: 'a different box' } });
    await engine.reviewMention(trader.mentionId, { decision: 'accept' });
    // New manifests and a new resolution change what the extractors know: the report is read again.
    expect((await engine.importManifest(textSource('later.csv', laterManifest))).status).toBe('completed');
    await engine.resolveEntities();
    const after = (await engine.readReport(reportId)).mentions;
    expect(byText(after, 'MSKU 601167 2')).toMatchObject({ mentionId: container.mentionId, status: 'rejected', target: { kind: 'container', key: 'MSKU6011672' } });
    expect(byText(after, 'HARBOUR LIGHT TRADING LTD')).toMatchObject({ status: 'accepted', review: { decision: 'accept', analyst: 'analyst' } });
    expect(byText(after, 'CMA CGM RAVEL').status).toBe('proposed');
  });

  it('re-links a mention to another trader, checked against the workspace, and lists the trader\'s mentions without rejected ones', async () => {
    const { engine, reportId } = await engineWithReport();
    const mentions = (await engine.readReport(reportId)).mentions;
    const trader = byText(mentions, 'HARBOUR LIGHT TRADING LTD');
    const phone = byText(mentions, '+44 20 7946 0958');
    const harbour = trader.target?.key as string;
    const shipper = (await engine.listEntities({ text: 'ningbo' })).rows[0]?.entityId as string;
    expect(shipper).toMatch(/^T:/);
    await expect(engine.reviewMention(trader.mentionId, { decision: 'relink', target: { kind: 'trader', key: 'T:999999' } })).rejects.toThrow('no trader T:999999 in this workspace');
    await expect(engine.reviewMention(trader.mentionId, { decision: 'maybe' } as never)).rejects.toThrow('accept, reject or relink');
    await expect(engine.reviewMention(424242, { decision: 'accept' })).rejects.toThrow('no report mention with id 424242');

    const listed = await engine.mentionsOfEntity(harbour);
    expect(listed.map(({ reportId: id, reference, grading, text, kind, status }) => ({ id, reference, grading, text, kind, status }))).toEqual([
      { id: reportId, reference: 'IR/2026/0042', grading: 'B2', text: 'HARBOUR LIGHT TRADING LTD', kind: 'trader', status: 'proposed' },
      { id: reportId, reference: 'IR/2026/0042', grading: 'B2', text: '+44 20 7946 0958', kind: 'phone', status: 'proposed' },
    ]);
    expect(listed[0]?.sentence).toBe('HARBOUR LIGHT TRADING LTD is expecting cigarettes in container MSKU 601167 2 on MV CMA CGM RAVEL, due at Southampton.');
    expect(listed[1]?.sentence).toBe('Their number is +44 20 7946 0958.');

    const relinked = await engine.reviewMention(trader.mentionId, { decision: 'relink', target: { kind: 'trader', key: shipper } });
    expect(relinked).toMatchObject({ status: 'relinked', target: { kind: 'trader', key: shipper, label: 'NINGBO BRIGHT TRADING CO LTD' }, extractedTarget: { kind: 'trader', key: harbour } });
    await engine.reviewMention(phone.mentionId, { decision: 'reject' });
    expect(await engine.mentionsOfEntity(harbour)).toEqual([]);
    expect((await engine.mentionsOfEntity(shipper)).map((mention) => [mention.text, mention.status])).toEqual([['HARBOUR LIGHT TRADING LTD', 'relinked']]);
  });
});

describe('the mention review log', () => {
  it('is append-only, and reports kept before extraction existed are read for mentions on first read', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    const service = new ReportService(() => store, () => new Date('2026-06-01T10:00:00Z'));
    const summary = await service.importReports([{ fileName: 'a.txt', bytes: new TextEncoder().encode('Reference: IR/1\n\nWrite to ops@example.org today.') }]);
    const reportId = summary.files[0]?.reportId as number;
    // As a workspace saved before mentions were extracted: no mentions, no extraction record.
    store.run('DELETE FROM report_mention');
    store.run('DELETE FROM report_extraction');
    const [mention] = (await service.readReport(reportId)).mentions;
    expect(mention).toMatchObject({ kind: 'email', text: 'ops@example.org', start: 26, end: 41, target: null, status: 'proposed' });
    await service.reviewMention(mention?.mentionId as number, { decision: 'reject' });
    expect(store.all('SELECT decision, analyst, recorded_at AS at FROM mention_review')).toEqual([{ decision: 'reject', analyst: 'analyst', at: '2026-06-01T10:00:00.000Z' }]);
    expect(() => store.run("UPDATE mention_review SET decision = 'accept'")).toThrow(/append-only/);
    expect(() => store.run('DELETE FROM mention_review')).toThrow(/append-only/);
  });
});
