import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../shared/audit/auditTrail';
import { loadDemoWorkspace } from '../../../shared/engine/demoWorkspace';
import type { ManifestEngineApi } from '../../../shared/engine/engineApi';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { textSource } from '../../support/engineHarness';

/** Every record of the engine's trail, oldest first. */
async function trail(engine: ManifestEngineApi): Promise<AuditRecord[]> {
  const page = await engine.auditTrail({ limit: 500 });
  return [...page.records].reverse();
}

async function recordsAfter(engine: ManifestEngineApi, sequence: number): Promise<AuditRecord[]> {
  return (await trail(engine)).filter((record) => record.sequence > sequence);
}

async function lastSequence(engine: ManifestEngineApi): Promise<number> {
  return (await engine.auditTrail({ limit: 1 })).records[0]?.sequence ?? 0;
}

describe('every engine request that changes or exports data is audited', () => {
  let engine: ManifestEngineApi;

  beforeAll(async () => {
    engine = await createManifestEngine(await loadSqlJsForNode());
    await loadDemoWorkspace(engine);
  }, 120_000);

  it('records the demo\'s imports: manifests, source documents, the watchlist', async () => {
    const records = await trail(engine);
    expect(records.map((record) => `${record.action} ${record.objectId} ${record.outcome}`)).toEqual([
      'manifest.import demo-manifests.csv done',
      expect.stringMatching(/^documents\.add .*demo-watchlist\.csv.* done$/),
      'watchlist.import demo-watchlist.csv done',
    ]);
    expect(records[0]).toMatchObject({ actor: 'analyst', objectKind: 'manifest-file', detail: { status: 'completed', rowsRead: expect.any(Number), rowsRejected: 0, contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(records[2]?.detail).toMatchObject({ format: expect.any(String), entries: expect.any(Number), rejected: 0 });
    expect(await engine.verifyAuditTrail()).toMatchObject({ ok: true, records: 3 });
  });

  it('records a manifest file that fails, and a workspace analyst as the actor', async () => {
    const before = await lastSequence(engine);
    const bad = await engine.importManifest(textSource('nothing.csv', 'colour,size\nred,4\n'));
    expect(bad.status).toBe('failed');
    const [record] = await recordsAfter(engine, before);
    expect(record).toMatchObject({ action: 'manifest.import', objectId: 'nothing.csv', outcome: 'failed', detail: { status: 'failed', reason: bad.failure } });
  });

  it('records entity decisions (merge, split, not the same), undo and redo, and refuses a bad decision on the record', async () => {
    const page = await engine.listEntities({ onlyWithVariants: true, limit: 2 });
    const [first, second] = page.rows;
    const left = await engine.entityDetail(first!.entityId);
    const right = await engine.entityDetail(second!.entityId);
    const before = await lastSequence(engine);
    const leftIds = left.members.slice(0, 1).map((member) => member.occurrenceId);
    const rightIds = right.members.slice(0, 1).map((member) => member.occurrenceId);
    await engine.recordEntityDecision({ kind: 'merge', occurrenceIds: [...leftIds, ...rightIds], analyst: 'R. Patel', note: 'same premises' });
    await engine.undoEntityDecision();
    await engine.redoEntityDecision();
    await engine.recordEntityDecision({ kind: 'not the same', left: leftIds, right: rightIds });
    await expect(engine.recordEntityDecision({ kind: 'split', occurrenceIds: ['999999999'], apartFrom: leftIds })).rejects.toThrow('there is no party occurrence 999999999');
    const records = await recordsAfter(engine, before);
    expect(records.map((record) => [record.action, record.outcome, record.actor])).toEqual([
      ['entity.merge', 'done', 'R. Patel'],
      ['entity.undo', 'done', 'analyst'],
      ['entity.redo', 'done', 'analyst'],
      ['entity.not-the-same', 'done', 'analyst'],
      ['entity.split', 'refused', 'analyst'],
    ]);
    expect(records[0]).toMatchObject({ objectKind: 'party-occurrences', objectId: [...leftIds, ...rightIds].join(','), detail: { decisionId: 'd-1', note: 'same premises', occurrences: { ids: [...leftIds, ...rightIds], count: 2 } } });
    expect(records[1]?.objectId).toBe('d-1');
    expect(records[4]?.detail).toMatchObject({ reason: 'there is no party occurrence 999999999 in the workspace' });
  }, 60_000);

  it('records each report file read, a mention review, a scoring run, target changes and exports', async () => {
    const before = await lastSequence(engine);
    const reports = await engine.listReports();
    const detail = await engine.readReport(reports.rows[0]!.reportId);
    const mention = detail.mentions[0]!;
    await engine.reviewMention(mention.mentionId, { decision: 'reject', note: 'a namesake' });
    await engine.importReports([{ fileName: 'INT-extra.txt', bytes: new TextEncoder().encode('REF INT-99-0001 DATE 2024-02-03\nGrading: B2\nMV EVER GIVEN called at Felixstowe.\n') }]);
    const scored = await engine.scoreRisks();
    const top = (await engine.listTargets({ kind: 'shipment', limit: 1 })).rows[0]!;
    await engine.addTarget({ kind: 'shipment', ref: top.ref, priority: 'high' });
    await engine.updateTarget({ kind: 'shipment', ref: top.ref }, { status: 'approved', analyst: 'J. Okafor' });
    await engine.updateTarget({ kind: 'shipment', ref: top.ref }, { notes: 'box 3' });
    await expect(engine.addTarget({ kind: 'shipment', ref: 'NO-SUCH-BL' })).rejects.toThrow('no bill of lading NO-SUCH-BL');
    await engine.removeTarget({ kind: 'shipment', ref: top.ref });
    await engine.recordExport({ what: 'targets', format: 'csv', fileName: 'targets.csv', outcome: 'done', detail: { rows: 1, marking: 'OFFICIAL-SENSITIVE' } });
    await expect(engine.recordExport({ what: 'Targets!', format: 'csv', fileName: 'x.csv', outcome: 'done' })).rejects.toThrow('an export is named by a lower-case id');
    const records = await recordsAfter(engine, before);
    expect(records.map((record) => `${record.action} ${record.objectKind} ${record.outcome}`)).toEqual([
      'mention.reject report-mention done',
      'report.import report-file done',
      'risk.score risk-profile done',
      'target.add shipment done',
      'target.status shipment done',
      'target.update shipment done',
      'target.add shipment refused',
      'target.remove shipment done',
      'targets.export csv-file done',
    ]);
    expect(records[0]).toMatchObject({ objectId: String(mention.mentionId), detail: { reportId: detail.reportId, status: 'rejected', note: 'a namesake' } });
    expect(records[1]).toMatchObject({ objectId: 'INT-extra.txt', detail: { status: 'imported', reference: 'INT-99-0001', grading: 'B2' } });
    expect(records[2]).toMatchObject({ objectId: scored.profile.name, detail: { billsScored: scored.billsScored, shipmentTargets: scored.shipmentTargets, profile: { thresholds: { target: 3 } } } });
    expect(records[3]).toMatchObject({ objectId: top.ref, detail: { changes: { priority: { from: null, to: 1 }, status: { from: null, to: 'proposed' } } } });
    expect(records[4]).toMatchObject({ actor: 'J. Okafor', detail: { changes: { status: { from: 'proposed', to: 'approved' } } } });
    expect(records[5]?.detail).toEqual({ name: top.name, changes: { notes: { from: '', to: 'box 3' } } });
    expect(records[8]).toMatchObject({ objectId: 'targets.csv', detail: { rows: 1, marking: 'OFFICIAL-SENSITIVE', format: 'csv' } });
    expect(await engine.verifyAuditTrail()).toMatchObject({ ok: true, firstBadSequence: null });
  }, 120_000);

  it('records a change of the workspace\'s protective marking, from and to', async () => {
    const before = await lastSequence(engine);
    await engine.setMarking('SECRET');
    await engine.setMarking('OFFICIAL-SENSITIVE');
    const records = await recordsAfter(engine, before);
    expect(records.map((record) => [record.action, record.objectKind, record.outcome])).toEqual([
      ['workspace.marking', 'workspace', 'done'],
      ['workspace.marking', 'workspace', 'done'],
    ]);
    expect(records[0]?.detail).toMatchObject({ from: expect.stringMatching(/^OFFICIAL-SENSITIVE/), to: expect.stringMatching(/^SECRET/) });
  });

  it('keeps the trail in the saved workspace and verifies it after reopening', async () => {
    const count = (await engine.auditTrail()).total;
    const parts = await engine.saveWorkspace();
    const file = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      file.set(part, offset);
      offset += part.length;
    }
    const reopened = await createManifestEngine(await loadSqlJsForNode());
    await reopened.openWorkspace('copy', file);
    expect((await reopened.auditTrail()).total).toBe(count);
    expect(await reopened.verifyAuditTrail()).toMatchObject({ ok: true, records: count });
  }, 60_000);
});
