import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskRuleDescriptor, RiskScoreSummary, TargetAddition, TargetChange, TargetHistoryEntry, TargetKey, TargetListEntry, TargetPage, TargetQuery } from '../../../shared/engine/riskApi';
import { RiskService } from '../../../shared/engine/riskService';
import { TargetListService } from '../../../shared/engine/targetListService';
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
