import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import type { EntityMention, MentionDecision, ReportMention, ReportDetail, ReportFileInput, ReportImportSummary, ReportPage, ReportQuery, TextSearchQuery, TextSearchResult } from '../../../shared/engine/reportApi';
import { ReportService } from '../../../shared/engine/reportService';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';
import type { ImportFileSource } from '../../../renderer/worker/workerEngineApi';

/**
 * The reports part of the fake engine: the engine's own ReportService (header parsing, FTS4
 * search, snippets) over a real in-memory store, so component tests see what the engine answers.
 * Records every call so tests can assert what the UI asked for.
 */
export class FakeReports {
  readonly listQueries: ReportQuery[] = [];
  readonly searches: TextSearchQuery[] = [];
  readonly importedFileNames: string[][] = [];
  private storeReady: Promise<WorkspaceStore> = FakeReports.newStore();
  private current: WorkspaceStore | null = null;
  private readonly service = new ReportService(() => this.current as WorkspaceStore, () => new Date('2026-03-02T09:25:00.000Z'));

  private static async newStore(): Promise<WorkspaceStore> {
    return WorkspaceStore.create(await loadSqlJsForNode());
  }

  /** An empty report store, as a new workspace has. */
  reset(): void {
    const previous = this.storeReady;
    this.storeReady = previous.then((store) => {
      store.close();
      return FakeReports.newStore();
    });
  }

  async importReportFiles(files: readonly ImportFileSource[]): Promise<ReportImportSummary> {
    this.importedFileNames.push(files.map((file) => file.fileName));
    const inputs: ReportFileInput[] = [];
    for (const { fileName, file } of files) inputs.push({ fileName, bytes: new Uint8Array(await file.arrayBuffer()) });
    return this.importReports(inputs);
  }

  async importReports(files: readonly ReportFileInput[]): Promise<ReportImportSummary> {
    await this.ready();
    return this.service.importReports(files);
  }

  async listReports(query: ReportQuery = {}): Promise<ReportPage> {
    this.listQueries.push(query);
    await this.ready();
    return this.service.listReports(query);
  }

  async readReport(reportId: number): Promise<ReportDetail> {
    await this.ready();
    return this.service.readReport(reportId);
  }

  async searchText(query: TextSearchQuery): Promise<TextSearchResult> {
    this.searches.push(query);
    await this.ready();
    return this.service.searchText(query);
  }

  /** Every reviewMention call, as the UI made it. */
  readonly mentionReviews: { readonly mentionId: number; readonly decision: MentionDecision }[] = [];
  /** Every mentionsOfEntity call. */
  readonly entityMentionQueries: string[] = [];

  async reviewMention(mentionId: number, decision: MentionDecision): Promise<ReportMention> {
    this.mentionReviews.push({ mentionId, decision });
    await this.ready();
    return this.service.reviewMention(mentionId, decision);
  }

  /** Mentions of a trader: the service's answer, unless a test set `entityMentions` for the entity. */
  readonly entityMentions = new Map<string, readonly EntityMention[]>();
  async mentionsOfEntity(entityId: string): Promise<readonly EntityMention[]> {
    this.entityMentionQueries.push(entityId);
    await this.ready();
    return this.entityMentions.get(entityId) ?? this.service.mentionsOfEntity(entityId);
  }

  /** The store under the service, for tests that plant workspace contents (bills, traders) the extractors look up. */
  async currentStore(): Promise<WorkspaceStore> {
    await this.ready();
    return this.current as WorkspaceStore;
  }

  private async ready(): Promise<void> {
    this.current = await this.storeReady;
  }
}
