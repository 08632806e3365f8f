import { describe, expect, it } from 'vitest';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';
import { RiskProfileService, riskProfileInUse } from '../../shared/engine/riskProfileService';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import type { RiskProfile } from '../../shared/risk/riskModel';
import { checkRiskProfile, defaultRiskProfile } from '../../shared/risk/riskProfile';
import { parseRiskProfile, serializeRiskProfile } from '../../shared/risk/riskProfileFile';
import { riskRules } from '../../shared/risk/rules/riskRules';
import { activeRiskProfile, findRiskProfile, listRiskProfiles, readRiskProfileHistory, setActiveRiskProfile, writeRiskProfile } from '../../shared/store/riskProfileStore';
import { WorkspaceStore } from '../../shared/store/workspaceStore';
import { joinWorkspaceFileParts } from '../../shared/workspace/workspaceFile';
import { newEngine, textSource } from '../support/engineHarness';

const portTeam: RiskProfile = {
  name: 'Port team',
  description: 'Undervaluation first',
  weights: { ...defaultRiskProfile.weights, undervaluation: 4, 'new-trader': 0 },
  parameters: { undervaluation: { zThreshold: 2.5 } },
  thresholds: { target: 4 },
};

const clock = (start: string) => {
  let tick = Date.parse(start);
  return () => new Date((tick += 1000));
};

describe('the risk profile store', () => {
  it('versions a profile per save, keeps one active, and appends every change to an append-only history', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    const audit = { analyst: 'jo', recordedAt: '2026-06-01T10:00:00.000Z' };
    const first = store.transaction(() => writeRiskProfile(store, portTeam, 'save', audit));
    expect(first).toMatchObject({ version: 1, active: false, createdAt: audit.recordedAt, updatedAt: audit.recordedAt });
    expect(first.profile).toEqual(portTeam);
    const second = store.transaction(() => writeRiskProfile(store, { ...portTeam, thresholds: { target: 5 } }, 'save', { analyst: 'sam', recordedAt: '2026-06-02T10:00:00.000Z' }));
    expect(second).toMatchObject({ version: 2, createdAt: audit.recordedAt, updatedAt: '2026-06-02T10:00:00.000Z' });
    expect(second.profile.thresholds.target).toBe(5);
    store.transaction(() => writeRiskProfile(store, { ...portTeam, name: 'Airport' }, 'import', { ...audit, note: 'from airport.json' }));

    store.transaction(() => setActiveRiskProfile(store, 'Port team', audit));
    store.transaction(() => setActiveRiskProfile(store, 'Airport', audit));
    expect(activeRiskProfile(store)?.profile.name).toBe('Airport');
    expect(listRiskProfiles(store).map((saved) => [saved.profile.name, saved.active])).toEqual([['Airport', true], ['Port team', false]]);
    // The database itself refuses a second active profile.
    expect(() => store.run("UPDATE risk_profile SET active = 1 WHERE name = 'Port team'")).toThrow(/UNIQUE/);
    expect(() => store.transaction(() => setActiveRiskProfile(store, 'Nope', audit))).toThrow("no risk profile named 'Nope' in this workspace");
    store.transaction(() => setActiveRiskProfile(store, null, audit));
    expect(activeRiskProfile(store)).toBeUndefined();

    const history = readRiskProfileHistory(store);
    expect(history.map((entry) => [entry.profileName, entry.version, entry.action, entry.analyst, entry.note])).toEqual([
      ['Port team', 1, 'save', 'jo', ''],
      ['Port team', 2, 'save', 'sam', ''],
      ['Airport', 1, 'import', 'jo', 'from airport.json'],
      ['Port team', 2, 'activate', 'jo', ''],
      ['Airport', 1, 'activate', 'jo', ''],
      ['Airport', null, 'deactivate', 'jo', ''],
    ]);
    expect(history[0]?.definition).toEqual(portTeam);
    expect(history[3]?.definition).toBeNull();
    expect(readRiskProfileHistory(store, 'Airport').map((entry) => entry.action)).toEqual(['import', 'activate', 'deactivate']);
    expect(() => store.run("UPDATE risk_profile_history SET analyst = 'someone else'")).toThrow('the risk profile history is append-only');
    expect(() => store.run('DELETE FROM risk_profile_history')).toThrow('the risk profile history is append-only');
    expect(findRiskProfile(store, 'nope')).toBeUndefined();
  });
});

describe('risk profile files', () => {
  it('round-trips a profile through its JSON file exactly', () => {
    const text = serializeRiskProfile(portTeam);
    expect(JSON.parse(text)).toMatchObject({ format: 'manifest-lens-risk-profile', version: 1, name: 'Port team', thresholds: { target: 4 } });
    expect(parseRiskProfile(text, 'port.json')).toEqual(portTeam);
    // A file written before a rule existed reads: the rule keeps its default weight.
    const older = parseRiskProfile(JSON.stringify({ format: 'manifest-lens-risk-profile', version: 1, name: 'Old', weights: { undervaluation: 1 }, thresholds: { target: 3 } }), 'old.json');
    expect(older).toEqual({ name: 'Old', weights: { undervaluation: 1 }, parameters: {}, thresholds: { target: 3 } });
  });

  it('refuses what is not a risk profile file with the file name and every reason', () => {
    expect(() => parseRiskProfile('{"format": "manifest-lens-risk-profile",', 'cut.json')).toThrow(/^cut\.json: not a JSON file \(/);
    expect(() => parseRiskProfile('[1, 2]', 'list.json')).toThrow('list.json: not a risk profile file (the JSON is not an object)');
    expect(() => parseRiskProfile('{"format": "manifest-lens-import-profile", "version": 1}', 'import.json')).toThrow('import.json: an import profile file, not a risk profile file');
    expect(() => parseRiskProfile('{"name": "x"}', 'bare.json')).toThrow('bare.json: not a risk profile file (format is null, expected "manifest-lens-risk-profile")');
    expect(() => parseRiskProfile('{"format": "manifest-lens-risk-profile", "version": 2, "name": "x"}', 'new.json')).toThrow('new.json: version 2 is newer than this build reads (1)');
    expect(() => parseRiskProfile('{"format": "manifest-lens-risk-profile", "version": "1", "name": "x"}', 'v.json')).toThrow('v.json: version "1" is not a profile file version');
    const bad = {
      format: 'manifest-lens-risk-profile',
      version: 1,
      name: 'Bad',
      weights: { undervaluation: -1, 'no-such-rule': 2, 'new-trader': '1' },
      parameters: { undervaluation: { nope: 1, zThreshold: 'x' }, 'split-shipments': 3 },
      thresholds: {},
    };
    expect(() => parseRiskProfile(JSON.stringify(bad), 'bad.json')).toThrow(
      "bad.json: risk profile 'Bad': weight of undervaluation must be a number ≥ 0; unknown rule no-such-rule; weight of new-trader must be a number ≥ 0; " +
        'unknown parameter undervaluation.nope; parameter undervaluation.zThreshold must be a number; parameters of split-shipments must be an object of parameter id to number; thresholds.target must be a number ≥ 0',
    );
    expect(() => parseRiskProfile('{"format": "manifest-lens-risk-profile", "version": 1, "name": " ", "thresholds": {"target": 3}}', 'anon.json')).toThrow("anon.json: risk profile ' ': a profile needs a name");
  });

  it('checks the learning record a learned profile carries', () => {
    expect(() => checkRiskProfile({ ...portTeam, learning: { learnedAt: 1, baseWeights: { undervaluation: -2 }, trainingBills: [3], evaluation: 'x' } as never })).toThrow(
      "risk profile 'Port team': learning.learnedAt must be text; learning.trainingBills must be a list of B/L numbers; learning.baseWeights must be an object of rule id to number ≥ 0",
    );
  });
});

describe('the risk profile service', () => {
  it('saves, activates, exports and imports profiles, and scoring uses the active one', async () => {
    const world = generateDemoDataset({ seed: 2, lines: 2_000 });
    const engine = await newEngine();
    await engine.newWorkspace('profiles');
    await engine.importManifest(textSource('manifests.csv', world.manifestsCsv));
    await engine.resolveEntities();
    const byDefault = await engine.scoreRisks();
    expect(byDefault.profile).toEqual(defaultRiskProfile);
    expect((await engine.listRiskProfiles()).activeName).toBeNull();

    await expect(engine.saveRiskProfile({ ...portTeam, name: 'default' })).rejects.toThrow("'default' is the built-in profile's name");
    await expect(engine.saveRiskProfile({ ...portTeam, weights: { undervaluation: -3 } })).rejects.toThrow("risk profile 'Port team': weight of undervaluation must be a number ≥ 0");
    const saved = await engine.saveRiskProfile(portTeam, { analyst: 'jo', activate: true });
    expect(saved).toMatchObject({ version: 1, active: true });
    const list = await engine.listRiskProfiles();
    expect(list.activeName).toBe('Port team');
    expect(list.inUse).toEqual(portTeam);

    // Scoring without a profile uses the active one: no new-trader reason (weight 0), the higher threshold.
    const scored = await engine.scoreRisks();
    expect(scored.profile).toEqual(portTeam);
    expect(scored.rules.find((rule) => rule.ruleId === 'new-trader')).toMatchObject({ weight: 0, findings: 0 });
    expect(scored.rules.find((rule) => rule.ruleId === 'undervaluation')?.weight).toBe(4);
    const page = await engine.listTargets({ kind: 'shipment', limit: 500 });
    expect(page.rows.flatMap((row) => row.reasons).some((reason) => reason.ruleId === 'new-trader')).toBe(false);
    expect(scored.shipmentTargets).toBe(page.rows.filter((row) => row.score >= 4).length);

    const exported = await engine.exportRiskProfile('Port team');
    expect(parseRiskProfile(exported, 'x.json')).toEqual(portTeam);
    await expect(engine.exportRiskProfile('Nope')).rejects.toThrow("no risk profile named 'Nope' in this workspace");
    // Imported into another workspace, the profile is the same.
    const other = await newEngine();
    await other.newWorkspace('other');
    const imported = await other.importRiskProfile('port-team.json', exported, { analyst: 'sam' });
    expect(imported.profile).toEqual(portTeam);
    expect(await other.exportRiskProfile('Port team')).toBe(exported);
    await expect(other.importRiskProfile('broken.json', exported.slice(0, 40))).rejects.toThrow(/^broken\.json: not a JSON file/);
    expect((await other.listRiskProfiles()).profiles).toHaveLength(1);
    // The built-in default exports too; read back, it is kept under a name of its own.
    const defaultFile = await other.exportRiskProfile('Default');
    expect((await other.importRiskProfile('default.json', defaultFile)).profile).toEqual({ ...defaultRiskProfile, name: 'Default (imported)' });

    // Back to the default.
    expect((await engine.activateRiskProfile(null)).activeName).toBeNull();
    expect((await engine.scoreRisks()).profile).toEqual(defaultRiskProfile);
    await engine.activateRiskProfile('Port team', 'sam');
    expect((await engine.riskProfileHistory('Port team')).map((entry) => [entry.action, entry.version, entry.analyst])).toEqual([
      ['save', 1, 'jo'],
      ['activate', 1, 'jo'],
      ['deactivate', null, 'analyst'],
      ['activate', 1, 'sam'],
    ]);

    // The profiles, which one is active and their history survive saving and opening the workspace.
    const reopened = await newEngine();
    await reopened.openWorkspace('w.mlens', joinWorkspaceFileParts(await engine.saveWorkspace()));
    expect(await reopened.listRiskProfiles()).toEqual(await engine.listRiskProfiles());
    expect(await reopened.riskProfileHistory()).toEqual(await engine.riskProfileHistory());
  }, 60_000);

  it('uses the built-in default when no profile is active, and versions saves under one name', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    const service = new RiskProfileService(() => store, clock('2026-06-01T10:00:00Z'));
    expect(riskProfileInUse(store)).toBe(defaultRiskProfile);
    await service.saveRiskProfile(portTeam);
    const again = await service.saveRiskProfile({ ...portTeam, weights: { undervaluation: 5 } }, { activate: true });
    expect(again).toMatchObject({ version: 2, active: true, createdAt: '2026-06-01T10:00:01.000Z', updatedAt: '2026-06-01T10:00:02.000Z' });
    expect(riskProfileInUse(store).weights).toEqual({ undervaluation: 5 });
    expect((await service.riskProfileHistory()).map((entry) => [entry.action, entry.version])).toEqual([['save', 1], ['save', 2], ['activate', 2]]);
    expect(riskRules.some((rule) => rule.id === 'behaviour-change')).toBe(true);
  });
});
