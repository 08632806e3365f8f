/**
 * The workspace subset for a partner agency, on the demo workspace: the chosen targets with their
 * bills, lines, parties and the reports naming them go into a new workspace file, marked, that
 * opens in a fresh engine, resolves its traders to the same ids and keeps the targets' history;
 * reports whose handling code forbids onward dissemination stay behind, named; a marking that is
 * not releasable to the agency, or forbids onward dissemination, refuses the export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../shared/engine/demoWorkspace';
import type { ManifestEngineApi } from '../../shared/engine/engineApi';
import { createManifestEngine } from '../../shared/engine/manifestEngine';
import { handlingCodesKeptBack } from '../../shared/engine/partnerWorkspaceService';
import { parseMarkingLine } from '../../shared/markings/markingLine';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';

describe('partner workspace subset of the demo workspace', () => {
  let engine: ManifestEngineApi;
  let shipmentRef: string;
  let traderRef = '';
  let restrictedTrader = '';
  let restrictedReference = '';

  beforeAll(async () => {
    engine = await createManifestEngine(await loadSqlJsForNode());
    const demo = await loadDemoWorkspace(engine);
    await engine.importReports(demo.dataset.reports.map((report) => ({ fileName: report.fileName, bytes: new TextEncoder().encode(report.text) })));
    await engine.scoreRisks();
    await engine.setMarking(parseMarkingLine('OFFICIAL-SENSITIVE | RELEASABLE TO: POLICE, BORDER FORCE'));
    shipmentRef = (await engine.listTargets({ kind: 'shipment', offset: 0, limit: 1 })).rows[0]?.ref ?? '';
    // The trader with the most bills among those a report names, and one named by a report of
    // handling code 4 (the originating agency only), which must stay behind.
    const traders = (await engine.listTargets({ kind: 'trader', offset: 0, limit: 200 })).rows;
    let mostBills = -1;
    for (const trader of traders) {
      if ((await engine.mentionsOfEntity(trader.ref)).length > 0 && (trader.bills ?? 0) > mostBills) {
        traderRef = trader.ref;
        mostBills = trader.bills ?? 0;
      }
    }
    const restricted = (await engine.listReports({ limit: 200 })).rows.find((report) => report.handlingCode === '4');
    expect(restricted).toBeDefined();
    const restrictedDetail = await engine.readReport(restricted?.reportId ?? 0);
    restrictedTrader = restrictedDetail.mentions.find((mention) => mention.target?.kind === 'trader')?.target?.key ?? '';
    restrictedReference = restricted?.reference ?? '';
    expect(restrictedTrader).toMatch(/^T:/);
    await engine.addTarget({ kind: 'shipment', ref: shipmentRef, notes: 'examine at Felixstowe' });
    await engine.addTarget({ kind: 'trader', ref: traderRef });
    await engine.updateTarget({ kind: 'trader', ref: traderRef }, { status: 'approved' });
    await engine.addTarget({ kind: 'trader', ref: restrictedTrader });
    const other = (await engine.listTargets({ kind: 'shipment', offset: 5, limit: 1 })).rows[0]?.ref ?? '';
    await engine.addTarget({ kind: 'shipment', ref: other });
  }, 180_000);

  it('refuses an agency the marking is not releasable to, and a marking forbidding onward dissemination', async () => {
    await expect(engine.exportPartnerWorkspace({ agency: 'NCA' })).rejects.toThrow('the workspace is releasable to POLICE, BORDER FORCE, not to NCA');
    await expect(engine.exportPartnerWorkspace({ agency: ' ' })).rejects.toThrow('needs the agency');
    await expect(engine.exportPartnerWorkspace({ agency: 'Police', targets: [{ kind: 'shipment', ref: 'NOPE' }] })).rejects.toThrow('not on the target list: shipment NOPE');
    await engine.setMarking(parseMarkingLine('OFFICIAL-SENSITIVE | NO ONWARD DISSEMINATION | RELEASABLE TO: POLICE, BORDER FORCE'));
    await expect(engine.exportPartnerWorkspace({ agency: 'Police' })).rejects.toThrow('marked NO ONWARD DISSEMINATION');
    await engine.setMarking(parseMarkingLine('OFFICIAL-SENSITIVE | RELEASABLE TO: POLICE, BORDER FORCE'));
  });

  it('writes a marked workspace of the chosen targets and their evidence that opens, resolves and keeps their history', async () => {
    const file = await engine.exportPartnerWorkspace({
      agency: 'Border Force',
      targets: [{ kind: 'shipment', ref: shipmentRef }, { kind: 'trader', ref: traderRef }, { kind: 'trader', ref: restrictedTrader }],
    });
    expect(file.format).toBe('mlens');
    expect(file.what).toBe('partner-workspace');
    expect(file.marking).toMatch(/^OFFICIAL-SENSITIVE \| RELEASABLE TO: POLICE, BORDER FORCE$/);
    expect(file.suggestedName).toBe('OFFICIAL-SENSITIVE - Demo workspace (synthetic data) for BORDER FORCE.mlens');
    expect(file.detail).toMatchObject({ agency: 'BORDER FORCE', targets: 3 });
    expect(Number(file.detail.bills)).toBeGreaterThan(2);

    const partner = await createManifestEngine(await loadSqlJsForNode());
    const summary = await partner.openWorkspace('subset.mlens', file.bytes);
    expect(summary.name).toBe('Demo workspace (synthetic data) for BORDER FORCE');
    expect(summary.markingLine).toEqual(parseMarkingLine(file.marking));
    expect(summary.counts.billsOfLading).toBe(file.detail.bills);
    expect(summary.datasets.map((dataset) => dataset.sourceFile)).toEqual(['demo-manifests.csv (partner subset)']);
    expect(summary.datasets[0]?.rowsRead).toBe(summary.datasets[0]?.rowsStored);
    expect(summary.counts.manifestLines).toBeGreaterThanOrEqual(summary.counts.billsOfLading);

    // The targets and their history, the other target left behind.
    const list = await partner.targetList();
    expect(list.map((entry) => `${entry.kind} ${entry.ref}`)).toEqual([`shipment ${shipmentRef}`, `trader ${traderRef}`, `trader ${restrictedTrader}`]);
    expect(list[0]?.notes).toBe('examine at Felixstowe');
    expect((await partner.targetHistory({ kind: 'trader', ref: traderRef })).map((entry) => entry.action)).toEqual(['add', 'update']);

    // The shipment and every bill of the trader came along; resolving again gives the trader its id.
    expect((await partner.listShipments({ text: shipmentRef, limit: 5 })).rows.map((row) => row.billOfLadingNumber)).toContain(shipmentRef);
    await partner.resolveEntities();
    const detail = await partner.entityDetail(traderRef);
    const original = await engine.entityDetail(traderRef);
    expect(detail.names.map((name) => name.text)).toEqual(original.names.map((name) => name.text));

    // Reports: the ones naming the targets that may be passed on; none kept back among them.
    const reports = (await partner.listReports({ limit: 200 })).rows;
    expect(reports.length).toBe(file.detail.reports);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(handlingCodesKeptBack[report.handlingCode?.toUpperCase() ?? '']).toBeUndefined();
    expect(reports.map((report) => report.reference)).not.toContain(restrictedReference);
    expect(file.detail.reportsKeptBack).toBe(`${restrictedReference} (handling code 4: the originating agency only)`);

    // Where it came from, in its own audit trail.
    const trail = await partner.auditTrail({ limit: 50 });
    expect(trail.records.map((record) => record.action)).toContain('workspace.partner-subset');
    expect((await partner.verifyAuditTrail()).ok).toBe(true);
  }, 120_000);
});
