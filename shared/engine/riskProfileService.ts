import type { OutcomeExample } from '../risk/outcomeLearning';
import { proposeWeights } from '../risk/outcomeReweighting';
import type { WeightProposal } from '../risk/outcomeReweighting';
import type { RiskEvidence, RiskProfile } from '../risk/riskModel';
import { ruleWeight } from '../risk/riskModel';
import { checkRiskProfile, defaultRiskProfile } from '../risk/riskProfile';
import { parseRiskProfile, serializeRiskProfile } from '../risk/riskProfileFile';
import { riskRules } from '../risk/rules/riskRules';
import { activeRiskProfile, findRiskProfile, listRiskProfiles, readRiskProfileHistory, setActiveRiskProfile, writeRiskProfile } from '../store/riskProfileStore';
import type { ProfileAudit } from '../store/riskProfileStore';
import { readExaminationOutcomes } from '../store/riskStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import { readWorkspaceMarking } from '../store/workspaceMarkingStore';
import type { ApplyWeightsOptions, LearnWeightsOptions, RiskProfileChange, RiskProfileEngineApi, RiskProfileHistoryEntry, RiskProfileList, SavedRiskProfile } from './riskProfileApi';

/** The profile scoring uses in a store: its active profile, else the built-in default. */
export function riskProfileInUse(store: WorkspaceStore): RiskProfile {
  const active = activeRiskProfile(store);
  return active ? checkRiskProfile(active.profile) : defaultRiskProfile;
}

const isDefaultName = (name: string): boolean => name.trim().toLowerCase() === defaultRiskProfile.name.toLowerCase();
const learnedName = 'Learned from outcomes';

/**
 * Risk profiles over whichever store is open (issue 8): saved, versioned and activated with an
 * append-only history, exported and imported as JSON files, and re-weighted from examination
 * outcomes, shown before it is applied.
 */
export class RiskProfileService implements RiskProfileEngineApi {
  constructor(private readonly currentStore: () => WorkspaceStore, private readonly now: () => Date = () => new Date()) {}

  async listRiskProfiles(): Promise<RiskProfileList> {
    const store = this.currentStore();
    const profiles = listRiskProfiles(store);
    const active = profiles.find((saved) => saved.active);
    return { profiles, inUse: active ? active.profile : defaultRiskProfile, activeName: active?.profile.name ?? null, defaultProfile: defaultRiskProfile };
  }

  async saveRiskProfile(profile: RiskProfile, change: RiskProfileChange = {}): Promise<SavedRiskProfile> {
    const checked = checkRiskProfile(profile);
    if (isDefaultName(checked.name)) throw new RangeError(`'${checked.name}' is the built-in profile's name: save the profile under another name`);
    return this.write(checked, 'save', change, '');
  }

  async activateRiskProfile(name: string | null, analyst?: string): Promise<RiskProfileList> {
    const store = this.currentStore();
    const target = name === null || isDefaultName(name) ? null : name;
    store.transaction(() => setActiveRiskProfile(store, target, this.audit(store, analyst)));
    return this.listRiskProfiles();
  }

  async exportRiskProfile(name: string): Promise<string> {
    const store = this.currentStore();
    if (isDefaultName(name)) return serializeRiskProfile(defaultRiskProfile, readWorkspaceMarking(store));
    const saved = findRiskProfile(store, name);
    if (!saved) throw new RangeError(`no risk profile named '${name}' in this workspace`);
    return serializeRiskProfile(saved.profile, readWorkspaceMarking(store));
  }

  async importRiskProfile(fileName: string, text: string, change: RiskProfileChange = {}): Promise<SavedRiskProfile> {
    const parsed = parseRiskProfile(text, fileName);
    // The built-in default's own export read back is kept beside it under a name of its own.
    const profile = isDefaultName(parsed.name) ? { ...parsed, name: `${parsed.name} (imported)` } : parsed;
    return this.write(profile, 'import', change, `from ${fileName}`);
  }

  async riskProfileHistory(name?: string): Promise<readonly RiskProfileHistoryEntry[]> {
    return readRiskProfileHistory(this.currentStore(), name);
  }

  async learnRiskWeights(options: LearnWeightsOptions = {}): Promise<WeightProposal> {
    const store = this.currentStore();
    const examples = readOutcomeExamples(store);
    return proposeWeights(examples, riskProfileInUse(store), riskRules, { ...options, now: this.now() });
  }

  async applyLearnedWeights(proposal: WeightProposal, options: ApplyWeightsOptions = {}): Promise<SavedRiskProfile> {
    const learned = checkRiskProfile(proposal.proposedProfile);
    if (!learned.learning) throw new RangeError('the proposal carries no learning record: learn the weights from outcomes first');
    const store = this.currentStore();
    const requested = options.name?.trim();
    const base = proposal.baseProfile.name;
    const name = requested || (isDefaultName(base) || !findRiskProfile(store, base) ? learnedName : base);
    if (isDefaultName(name)) throw new RangeError(`'${name}' is the built-in profile's name: save the learned profile under another name`);
    return this.write({ ...learned, name }, 'learn', { analyst: options.analyst, activate: true }, learned.learning.evaluation);
  }

  private write(profile: RiskProfile, action: 'save' | 'import' | 'learn', change: RiskProfileChange, note: string): SavedRiskProfile {
    const store = this.currentStore();
    const audit = { ...this.audit(store, change.analyst), note };
    return store.transaction(() => {
      const saved = writeRiskProfile(store, profile, action, audit);
      if (change.activate) setActiveRiskProfile(store, profile.name, audit);
      return findRiskProfile(store, profile.name) ?? saved;
    });
  }

  private audit(store: WorkspaceStore, analyst: string | undefined): ProfileAudit {
    return { analyst: analyst?.trim() || store.getSetting('analyst')?.trim() || 'analyst', recordedAt: this.now().toISOString() };
  }
}

/**
 * One example per examined bill of the workspace (its latest outcome): the rules' strengths on it
 * from the latest scoring (points ÷ the weight it was scored with) and its score then.
 */
export function readOutcomeExamples(store: WorkspaceStore): OutcomeExample[] {
  const run = store.all<{ profile: string }>('SELECT profile FROM risk_run WHERE id = 1')[0];
  if (!run) throw new RangeError('risks have not been scored in this workspace: score them before learning from outcomes');
  const scoredWith = checkRiskProfile(JSON.parse(run.profile) as RiskProfile);
  const heldOut = new Set(scoredWith.learning?.trainingBills ?? []);
  const latest = new Map<string, boolean>();
  for (const outcome of readExaminationOutcomes(store)) latest.set(outcome.billOfLadingNumber, outcome.result === 'seizure');
  if (latest.size === 0) throw new RangeError('no examination outcomes in this workspace: import an outcomes file first');
  const known = new Set(
    store.all<{ n: string }>('SELECT DISTINCT o.bill_of_lading_number AS n FROM examination_outcome AS o JOIN bill_of_lading AS b ON b.bill_of_lading_number = o.bill_of_lading_number').map((row) => row.n),
  );
  const examples: OutcomeExample[] = [];
  for (const [bill, seized] of latest) {
    if (!known.has(bill)) continue;
    const row = store.all<{ score: number; evidence: string }>(`SELECT score, evidence FROM risk_target_reasons WHERE kind = 'shipment' AND ref = ?`, [bill])[0];
    const strengths: Record<string, number> = {};
    for (const evidence of row ? (JSON.parse(row.evidence) as RiskEvidence[]) : []) {
      const rule = riskRules.find((candidate) => candidate.id === evidence.ruleId);
      if (!rule) continue;
      const weight = heldOut.has(bill) ? (scoredWith.learning?.baseWeights[rule.id] ?? rule.weight) : ruleWeight(rule, scoredWith);
      if (weight > 0) strengths[rule.id] = (strengths[rule.id] ?? 0) + evidence.points / weight;
    }
    examples.push({ bill, seized, strengths, currentScore: row?.score ?? 0 });
  }
  return examples;
}
