import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskRuleDescriptor, RiskScoreSummary, TargetAddition, TargetChange, TargetHistoryEntry, TargetKey, TargetListEntry, TargetPage, TargetQuery } from '../../../shared/engine/riskApi';
import { RiskService } from '../../../shared/engine/riskService';
import { TargetListService } from '../../../shared/engine/targetListService';
import { RiskProfileService } from '../../../shared/engine/riskProfileService';
import type { ApplyWeightsOptions, LearnWeightsOptions, RiskProfileChange, RiskProfileHistoryEntry, RiskProfileList, SavedRiskProfile } from '../../../shared/engine/riskProfileApi';
import type { WeightProposal } from '../../../shared/risk/outcomeReweighting';
import type { RiskProfile } from '../../../shared/risk/riskModel';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';

/**
 * The risk part of the fake engine: the engine's own RiskService over a real in-memory store
 * (empty unless a test fills it), recording what the UI asked for.
 */
export class FakeRisks {
  readonly scoredProfiles: (RiskProfile | undefined)[] = [];
  readonly targetQueries: TargetQuery[] = [];
  private readonly storeReady: Promise<WorkspaceStore> = loadSqlJsForNode().then((sqlJs) => WorkspaceStore.create(sqlJs));
  private current: WorkspaceStore | null = null;
  private readonly service = new RiskService(() => this.current as WorkspaceStore);
  private readonly targets = new TargetListService(() => this.current as WorkspaceStore);
  private readonly profiles = new RiskProfileService(() => this.current as WorkspaceStore);
  /** What the UI asked of the risk profiles, in order (reads excepted). */
  readonly profileCalls: { method: string; args: unknown[] }[] = [];
  /** What the UI asked of the target list, in order. */
  readonly targetCalls: { method: 'addTarget' | 'updateTarget' | 'removeTarget'; args: unknown[] }[] = [];

  /** The fake's store, for a test to fill (bills, a scoring) before the UI asks. */
  async store(): Promise<WorkspaceStore> {
    await this.ready();
    return this.current as WorkspaceStore;
  }

  private async ready(): Promise<void> {
    this.current = await this.storeReady;
  }

  async riskRules(): Promise<{ rules: readonly RiskRuleDescriptor[]; defaultProfile: RiskProfile }> {
    return this.service.riskRules();
  }

  async scoreRisks(profile?: RiskProfile): Promise<RiskScoreSummary> {
    this.scoredProfiles.push(profile);
    await this.ready();
    return this.service.scoreRisks(profile);
  }

  async riskSummary(): Promise<RiskScoreSummary | null> {
    await this.ready();
    return this.service.riskSummary();
  }

  async listTargets(query: TargetQuery): Promise<TargetPage> {
    this.targetQueries.push(query);
    await this.ready();
    return this.service.listTargets(query);
  }

  async importOutcomes(file: OutcomesFileInput): Promise<OutcomesImportReport> {
    await this.ready();
    return this.service.importOutcomes(file);
  }

  async outcomeRuleStats(): Promise<OutcomeRuleStats> {
    await this.ready();
    return this.service.outcomeRuleStats();
  }

  async listRiskProfiles(): Promise<RiskProfileList> {
    await this.ready();
    return this.profiles.listRiskProfiles();
  }

  async saveRiskProfile(profile: RiskProfile, change?: RiskProfileChange): Promise<SavedRiskProfile> {
    this.profileCalls.push({ method: 'saveRiskProfile', args: [profile, change] });
    await this.ready();
    return this.profiles.saveRiskProfile(profile, change);
  }

  async activateRiskProfile(name: string | null, analyst?: string): Promise<RiskProfileList> {
    this.profileCalls.push({ method: 'activateRiskProfile', args: [name, analyst] });
    await this.ready();
    return this.profiles.activateRiskProfile(name, analyst);
  }

  async exportRiskProfile(name: string): Promise<string> {
    await this.ready();
    return this.profiles.exportRiskProfile(name);
  }

  async importRiskProfile(fileName: string, text: string, change?: RiskProfileChange): Promise<SavedRiskProfile> {
    this.profileCalls.push({ method: 'importRiskProfile', args: [fileName, text, change] });
    await this.ready();
    return this.profiles.importRiskProfile(fileName, text, change);
  }

  async riskProfileHistory(name?: string): Promise<readonly RiskProfileHistoryEntry[]> {
    await this.ready();
    return this.profiles.riskProfileHistory(name);
  }

  async learnRiskWeights(options?: LearnWeightsOptions): Promise<WeightProposal> {
    this.profileCalls.push({ method: 'learnRiskWeights', args: [options] });
    await this.ready();
    return this.profiles.learnRiskWeights(options);
  }

  async applyLearnedWeights(proposal: WeightProposal, options?: ApplyWeightsOptions): Promise<SavedRiskProfile> {
    this.profileCalls.push({ method: 'applyLearnedWeights', args: [proposal, options] });
    await this.ready();
    return this.profiles.applyLearnedWeights(proposal, options);
  }

  async targetList(): Promise<readonly TargetListEntry[]> {
    await this.ready();
    return this.targets.targetList();
  }

  async addTarget(addition: TargetAddition): Promise<TargetListEntry> {
    this.targetCalls.push({ method: 'addTarget', args: [addition] });
    await this.ready();
    return this.targets.addTarget(addition);
  }

  async updateTarget(key: TargetKey, change: TargetChange): Promise<TargetListEntry> {
    this.targetCalls.push({ method: 'updateTarget', args: [key, change] });
    await this.ready();
    return this.targets.updateTarget(key, change);
  }

  async removeTarget(key: TargetKey, analyst?: string): Promise<boolean> {
    this.targetCalls.push({ method: 'removeTarget', args: [key, analyst] });
    await this.ready();
    return this.targets.removeTarget(key, analyst);
  }

  async targetHistory(key?: TargetKey): Promise<readonly TargetHistoryEntry[]> {
    await this.ready();
    return this.targets.targetHistory(key);
  }
}
