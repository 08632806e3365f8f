import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { ReportMention } from '../../../shared/engine/reportApi';
import { newEngine, textSource } from '../../support/engineHarness';

/**
 * A mention re-linked to a trader keeps pointing at the right trader when merge and split
 * decisions regroup the traders and change their entity ids ("T:" and the smallest member).
 */

const manifest = [
  'B/L No.,Vessel,Port of Discharge,Shipper Name,Consignee Name,Consignee Phone',
  'MEDU2000001,CMA CGM RAVEL,GBSOU,NINGBO BRIGHT TRADING CO LTD,HARBOUR LIGHT TRADING LTD,+44 20 7946 0958',
  'MEDU2000002,CMA CGM RAVEL,GBSOU,ACME EXPORT LTD,DOVER WOOD LTD,+44 1304 555 010',
].join('\n');
const reportText = ['OFFICIAL', 'Reference: IR/2026/0077', 'Date: 2026-05-01', 'Grading: B2', '', 'DOVER WOOD LTD is a front. NINGBO BRIGHT TRADING CO LTD supplies it.', 'OFFICIAL'].join('\n');

async function setUp(): Promise<{ engine: EngineApi; reportId: number; occurrence: (name: string) => Promise<string> }> {
  const engine = await newEngine();
  await engine.newWorkspace('relinks');
  expect((await engine.importManifest(textSource('manifest.csv', manifest))).status).toBe('completed');
  await engine.resolveEntities();
  const summary = await engine.importReports([{ fileName: 'IR-0077.txt', bytes: new TextEncoder().encode(reportText) }]);
  const occurrence = async (name: string): Promise<string> => {
    const id = (await engine.listEntities({ text: name })).rows[0]?.entityId as string;
    return (await engine.entityDetail(id)).members.find((member) => member.rawName.toLowerCase().startsWith(name))?.occurrenceId as string;
  };
  return { engine, reportId: summary.files[0]?.reportId as number, occurrence };
}

const mentionOf = async (engine: EngineApi, reportId: number, text: string): Promise<ReportMention> => {
  const found = (await engine.readReport(reportId)).mentions.find((mention) => mention.text === text);
  if (!found) throw new Error(`no mention "${text}"`);
  return found;
};

describe('re-linked mentions across merges and splits', () => {
  it('follows the trader through a merge that renumbers it and a split that takes it apart again', async () => {
    const { engine, reportId, occurrence } = await setUp();
    const dover = await occurrence('dover');
    const ningbo = await occurrence('ningbo');
    // Shipper rows come before consignee rows of a later bill: NINGBO's occurrence is the smaller one.
    expect(Number(ningbo)).toBeLessThan(Number(dover));
    const doverId = `T:${dover}`;
    const ningboId = `T:${ningbo}`;
    const mention = await mentionOf(engine, reportId, 'DOVER WOOD LTD');
    expect(mention.target?.key).toBe(doverId);
    await engine.reviewMention(mention.mentionId, { decision: 'relink', target: { kind: 'trader', key: doverId }, note: 'checked' });

    // Merge: DOVER WOOD's entity now has NINGBO's smaller occurrence as its id; the old id is gone.
    await engine.recordEntityDecision({ kind: 'merge', occurrenceIds: [ningbo, dover], note: 'same group' });
    expect(await engine.entityIdOfOccurrence(dover)).toBe(ningboId);
    expect((await engine.listEntities({ text: 'dover' })).rows.map((row) => row.entityId)).toEqual([ningboId]);
    const merged = await mentionOf(engine, reportId, 'DOVER WOOD LTD');
    expect(merged).toMatchObject({ status: 'relinked', target: { kind: 'trader', key: ningboId } });
    expect((await engine.mentionsOfEntity(ningboId)).map((row) => [row.text, row.status])).toEqual([
      ['DOVER WOOD LTD', 'relinked'],
      ['NINGBO BRIGHT TRADING CO LTD', 'proposed'],
    ]);
    expect(await engine.mentionsOfEntity(doverId)).toEqual([]);

    // The analyst re-links the mention to the merged trader; then splits DOVER WOOD off again:
    // the mention goes with the part that writes the name the report gives, not with the id it had.
    await engine.reviewMention(merged.mentionId, { decision: 'relink', target: { kind: 'trader', key: ningboId } });
    await engine.recordEntityDecision({ kind: 'split', occurrenceIds: [dover], apartFrom: [ningbo] });
    expect(await engine.entityIdOfOccurrence(dover)).toBe(doverId);
    const split = await mentionOf(engine, reportId, 'DOVER WOOD LTD');
    expect(split).toMatchObject({ status: 'relinked', target: { kind: 'trader', key: doverId, label: 'DOVER WOOD LTD' } });
    expect((await engine.mentionsOfEntity(doverId)).map((row) => [row.text, row.status])).toEqual([['DOVER WOOD LTD', 'relinked']]);
    expect((await engine.mentionsOfEntity(ningboId)).map((row) => row.text)).toEqual(['NINGBO BRIGHT TRADING CO LTD']);

    // The graph's report → trader edges follow too.
    const view = await engine.graphView({ view: 'traders-and-reports', layout: 'grid' });
    expect(view.edges.filter((edge) => edge.kind === 'report-mention').map((edge) => edge.target).sort()).toEqual([doverId, ningboId].sort());
  });

  it('keeps a re-link whose words name no member of the trader by the trader\'s first occurrence', async () => {
    const { engine, reportId, occurrence } = await setUp();
    const harbourId = `T:${await occurrence('harbour')}`;
    const mention = await mentionOf(engine, reportId, 'DOVER WOOD LTD');
    const relinked = await engine.reviewMention(mention.mentionId, { decision: 'relink', target: { kind: 'trader', key: harbourId } });
    expect(relinked.target).toEqual({ kind: 'trader', key: harbourId, label: 'HARBOUR LIGHT TRADING LTD' });
    expect((await engine.mentionsOfEntity(harbourId)).map((row) => row.text)).toEqual(['DOVER WOOD LTD']);
  });
});
