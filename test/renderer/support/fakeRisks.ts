import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskRuleDescriptor, RiskScoreSummary, TargetPage, TargetQuery } from '../../../shared/engine/riskApi';
import { RiskService } from '../../../shared/engine/riskService';
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
}
