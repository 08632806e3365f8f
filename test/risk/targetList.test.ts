import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import type { EngineApi } from '../../shared/engine/engineApi';
import { TargetListService, parseTargetPriority } from '../../shared/engine/targetListService';
import { joinWorkspaceFileParts } from '../../shared/workspace/workspaceFile';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';
import { WorkspaceStore } from '../../shared/store/workspaceStore';
import { newEngine, textSource } from '../support/engineHarness';
import { insertRiskTarget } from './support/storedRiskTargets';

async function scoredWorld(): Promise<EngineApi> {
  const world = generateDemoDataset({ seed: 1, lines: 3_000 });
  const engine = await newEngine();
  await engine.newWorkspace('targets', 'OFFICIAL-SENSITIVE');
  await engine.importManifest(textSource('manifests.csv', world.manifestsCsv));
  await engine.importWatchlist({ fileName: 'watchlist.csv', bytes: new TextEncoder().encode(world.watchlistCsv) });
  await engine.resolveEntities();
  return engine;
}

describe('the target list', () => {
  it('adds from the ranked risks and by hand, updates, removes, keeps the score as added, and survives save and open', async () => {
    const engine = await scoredWorld();
    // Added before any scoring: no score as added, none current.
    const [byHandBill] = (await engine.listShipments({ sortBy: 'billOfLadingNumber', limit: 1 })).rows;
    const byHand = await engine.addTarget({ kind: 'shipment', ref: ` ${byHandBill?.billOfLadingNumber ?? ''} `, notes: 'tip-off', analyst: 'jo' });
    expect(byHand).toMatchObject({ ref: byHandBill?.billOfLadingNumber, name: byHandBill?.consigneeName, priority: 2, status: 'proposed', notes: 'tip-off', scoreWhenAdded: null, currentScore: null, addedBy: 'jo' });

    await engine.scoreRisks();
    const [top] = (await engine.listTargets({ kind: 'shipment', limit: 1 })).rows;
    const [topTrader] = (await engine.listTargets({ kind: 'trader', limit: 1 })).rows;
    if (!top || !topTrader) throw new Error('the world scored nothing');
    const added = await engine.addTarget({ kind: 'shipment', ref: top.ref, priority: 'high' });
    expect(added).toMatchObject({ kind: 'shipment', ref: top.ref, name: top.name, priority: 1, status: 'proposed', scoreWhenAdded: top.score, currentScore: top.score, addedBy: 'analyst' });
    expect(added.reasonsWhenAdded).toEqual(top.reasons);
    await engine.addTarget({ kind: 'trader', ref: topTrader.ref, priority: 3, agency: 'Border Force' });
    await expect(engine.addTarget({ kind: 'shipment', ref: top.ref })).rejects.toThrow(`shipment ${top.ref} is already on the target list`);
    await expect(engine.addTarget({ kind: 'shipment', ref: 'NO-SUCH-BL' })).rejects.toThrow('no bill of lading NO-SUCH-BL in this workspace');
    await expect(engine.addTarget({ kind: 'trader', ref: 'T:999999999' })).rejects.toThrow('no trader T:999999999');
    await expect(engine.addTarget({ kind: 'trader', ref: topTrader.ref })).rejects.toThrow('already on the target list');
    await expect(engine.updateTarget({ kind: 'shipment', ref: top.ref }, { status: 'seized' as never })).rejects.toThrow('status seized is not one of proposed, approved, examined');
    await expect(engine.updateTarget({ kind: 'shipment', ref: top.ref }, { priority: 4 as never })).rejects.toThrow('priority 4 is not 1–3');

    const approved = await engine.updateTarget({ kind: 'shipment', ref: top.ref }, { status: 'approved', agency: 'HMRC', notes: '=HYPERLINK("x")', analyst: 'sam' });
    expect(approved).toMatchObject({ status: 'approved', agency: 'HMRC', notes: '=HYPERLINK("x")', priority: 1 });
    // An update that changes nothing records nothing.
    await engine.updateTarget({ kind: 'shipment', ref: top.ref }, { status: 'approved' });
    expect((await engine.targetList()).map((entry) => [entry.kind, entry.priority])).toEqual([['shipment', 1], ['shipment', 2], ['trader', 3]]);

    expect(await engine.removeTarget({ kind: 'shipment', ref: byHand.ref }, 'jo')).toBe(true);
    expect(await engine.removeTarget({ kind: 'shipment', ref: byHand.ref })).toBe(false);

    const history = await engine.targetHistory();
    expect(history.map((entry) => [entry.action, entry.ref, entry.analyst])).toEqual([
      ['add', byHand.ref, 'jo'],
      ['add', top.ref, 'analyst'],
      ['add', topTrader.ref, 'analyst'],
      ['update', top.ref, 'sam'],
      ['remove', byHand.ref, 'jo'],
    ]);
    expect(history[3]?.changes).toEqual({ status: { from: 'proposed', to: 'approved' }, agency: { from: '', to: 'HMRC' }, notes: { from: '', to: '=HYPERLINK("x")' } });
    expect(history[4]?.changes).toMatchObject({ notes: { from: 'tip-off', to: null } });
    expect(history.map((entry) => entry.seq)).toEqual([...history.map((entry) => entry.seq)].sort((a, b) => a - b));
    expect((await engine.targetHistory({ kind: 'shipment', ref: top.ref })).map((entry) => entry.action)).toEqual(['add', 'update']);

    // Round trip through the workspace file: the list and its history come back as they were.
    const reopened = await newEngine();
    await reopened.openWorkspace('w.mlens', joinWorkspaceFileParts(await engine.saveWorkspace()));
    expect(await reopened.targetList()).toEqual(await engine.targetList());
    expect(await reopened.targetHistory()).toEqual(history);
    // A removed target may be added again; its history goes on.
    await reopened.addTarget({ kind: 'shipment', ref: byHand.ref });
    expect((await reopened.targetHistory({ kind: 'shipment', ref: byHand.ref })).map((entry) => entry.action)).toEqual(['add', 'remove', 'add']);
  }, 60_000);

  it('keeps the score as added when a later scoring changes it', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    store.run("INSERT INTO risk_run (id, scored_at, duration_ms, profile, summary) VALUES (1, 't', 1, '{}', '{}')");
    insertRiskTarget(store, { kind: 'trader', rank: 1, ref: 'T:7', name: 'ACME', score: 4.5, evidence: [{ ruleId: 'new-trader', reason: 'new', points: 4.5, facts: {} }] });
    const service = new TargetListService(() => store, () => new Date('2026-06-01T10:00:00Z'));
    await service.addTarget({ kind: 'trader', ref: 'T:7' });
    store.run('UPDATE risk_target SET score = 1.25, evidence_ids = ?', ['[]']);
    expect((await service.targetList())[0]).toMatchObject({ name: 'ACME', scoreWhenAdded: 4.5, currentScore: 1.25, currentReasons: [], addedAt: '2026-06-01T10:00:00.000Z' });
    store.run('DELETE FROM risk_target');
    expect((await service.targetList())[0]?.currentScore).toBe(0);
  });

  it('has an append-only history', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    insertRiskTarget(store, { kind: 'trader', rank: 1, ref: 'T:7', name: 'ACME', score: 4.5, evidence: [] });
    const service = new TargetListService(() => store);
    await service.addTarget({ kind: 'trader', ref: 'T:7' });
    await service.removeTarget({ kind: 'trader', ref: 'T:7' });
    expect(() => store.run("UPDATE target_history SET analyst = 'someone else'")).toThrow('the target history is append-only');
    expect(() => store.run('DELETE FROM target_history')).toThrow('the target history is append-only');
    expect((await service.targetHistory()).map((entry) => entry.action)).toEqual(['add', 'remove']);
  });

  it('reads priorities as 1–3 or high, medium, low', () => {
    expect([1, 2, 3, 'high', 'Medium', ' low ', '2'].map((value) => parseTargetPriority(value))).toEqual([1, 2, 3, 1, 2, 3, 2]);
    expect(() => parseTargetPriority('urgent')).toThrow('priority urgent is not 1–3 or high, medium, low');
    expect(() => parseTargetPriority(0)).toThrow(RangeError);
  });
});
