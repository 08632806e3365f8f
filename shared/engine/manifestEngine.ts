import type { SqlJsStatic } from 'sql.js';
import { importAmsRelease } from '../ingest/ams/amsReleaseImporter';
import { headerFromHead, identifyAmsTable } from '../ingest/ams/amsTableIdentification';
import { sniffLength } from '../ingest/formats/importFormat';
import { importManifest } from '../ingest/manifestImporter';
import { parseImportProfile, serializeImportProfile } from '../ingest/importProfile';
import type { ImportProfile } from '../ingest/importProfile';
import { deleteImportProfile, findImportProfile, listImportProfiles, saveImportProfile } from '../store/importProfileStore';
import type { SavedImportProfile } from '../store/importProfileStore';
import { chooseMapping, previewManifest } from './manifestMapping';
import type { ManifestImportOptions } from '../ingest/manifestImporter';
import { peekSource } from '../ingest/sourceHead';
import type { ImportProgress, ImportReport } from '../ingest/importReport';
import { defaultMarking, isProtectiveMarking } from '../markings/protectiveMarking';
import type { ProtectiveMarking } from '../markings/protectiveMarking';
import { addSourceDocuments, listSourceDocuments, readSourceDocument } from '../store/sourceDocumentStore';
import { listShipments } from '../store/shipmentQueries';
import { WorkspaceStore } from '../store/workspaceStore';
import { decodeWorkspaceFile, encodeWorkspaceFileParts } from '../workspace/workspaceFile';
import type { WorkspaceFileParts } from '../workspace/workspaceFile';
import { wasmSha256 } from '../workspace/sha256';
import type { Sha256Factory } from '../workspace/sha256';
import type {
  ManifestImportChoices,
  ManifestPreview,
  DatasetSummary,
  EngineInfo,
  ManifestEngineApi,
  ManifestImportSource,
  ShipmentPage,
  ShipmentQuery,
  SourceDocumentInput,
  SourceDocumentReceipt,
  SourceDocumentSummary,
  SourceDocumentText,
  WorkspaceSummary,
} from './engineApi';
import type {
  EntityDecisionInput,
  EntityDecisionRecord,
  EntityDetail,
  EntityNameRow,
  EntityPage,
  EntityQuery,
  EntityResolutionSummary,
  ReviewQueueItem,
  WatchlistFileInput,
  WatchlistHitView,
  WatchlistImportReport,
} from './entityApi';
import { EntityService } from './entityService';
import type { EgoNetworkOptions, GraphCatalog, GraphPath, GraphViewQuery, GraphViewResult, PathOptions } from './graphApi';
import { GraphService, storeNetworkSource } from './graphService';
import type { EntityMention, MentionDecision, ReportMention, ReportDetail, ReportFileInput, ReportImportSummary, ReportPage, ReportQuery, TextSearchQuery, TextSearchResult } from './reportApi';
import { ReportService } from './reportService';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskRuleDescriptor, RiskScoreSummary, TargetAddition, TargetChange, TargetHistoryEntry, TargetKey, TargetListEntry, TargetPage, TargetQuery } from './riskApi';
import { RiskService } from './riskService';
import { TargetListService } from './targetListService';
import type { RiskProfile } from '../risk/riskModel';

/** What a host may give the engine beside sql.js. */
export interface ManifestEngineOptions {
  /**
   * A native SHA-256 (Node hosts: node:crypto), for imported files and workspace images; without
   * it the engine hashes with hash-wasm. Same digests either way.
   */
  readonly sha256?: Sha256Factory;
}

/**
 * The engine behind EngineApi: one open workspace (a WorkspaceStore) at a time. Hosts create it
 * with their own initialised sql.js: the renderer's Web Worker loads the wasm from the app's
 * origin, the CLI and tests load it from node_modules.
 */
export async function createManifestEngine(sqlJs: SqlJsStatic, options: ManifestEngineOptions = {}): Promise<ManifestEngineApi> {
  return new ManifestEngine(sqlJs, options.sha256 ?? wasmSha256);
}

class ManifestEngine implements ManifestEngineApi {
  private store: WorkspaceStore;
  private workspaceName = 'Untitled workspace';
  private cancelRequested = false;
  private importRunning = false;
  /** Entity resolution and watchlist screening over whichever store is open. */
  private readonly entities = new EntityService(() => this.store);
  /** Network views, analytics, layouts and paths over the stored resolution (issue 7). */
  private readonly graphs = new GraphService(storeNetworkSource(() => this.store));
  /** Intelligence reports: import, list, read, full-text search with the goods descriptions (issue 6). */
  private readonly reports = new ReportService(() => this.store);
  /** Risk scoring of shipments and traders, targets, examination outcomes (issue 8). */
  private readonly risks = new RiskService(() => this.store);
  /** The analyst's target list and its audited history (issue 8). */
  private readonly targets = new TargetListService(() => this.store);

  constructor(private readonly sqlJs: SqlJsStatic, private readonly sha256: Sha256Factory) {
    this.store = WorkspaceStore.create(sqlJs);
    this.store.setSetting('marking', defaultMarking);
  }

  async info(): Promise<EngineInfo> {
    return { sqliteVersion: this.store.sqliteVersion(), schemaVersion: this.store.schemaVersion() };
  }

  async newWorkspace(name: string, marking: ProtectiveMarking = defaultMarking): Promise<WorkspaceSummary> {
    this.assertIdle();
    const store = WorkspaceStore.create(this.sqlJs);
    store.setSetting('marking', marking);
    store.setSetting('name', name);
    this.replaceStore(store, name);
    return this.summary();
  }

  async openWorkspace(name: string, image: Uint8Array): Promise<WorkspaceSummary> {
    this.assertIdle();
    const store = WorkspaceStore.open(this.sqlJs, await decodeWorkspaceFile(image, this.sha256));
    this.replaceStore(store, store.getSetting('name') ?? name);
    return this.summary();
  }

  async saveWorkspace(): Promise<WorkspaceFileParts> {
    this.assertIdle();
    this.store.setSetting('name', this.workspaceName);
    return encodeWorkspaceFileParts(this.store.exportImage(), this.sha256);
  }

  async setMarking(marking: ProtectiveMarking): Promise<WorkspaceSummary> {
    if (!isProtectiveMarking(marking)) throw new Error(`unknown protective marking: ${String(marking)}`);
    this.store.setSetting('marking', marking);
    return this.summary();
  }

  async summary(): Promise<WorkspaceSummary> {
    const marking = this.store.getSetting('marking');
    const count = (table: string): number => Number(this.store.scalar(`SELECT count(*) FROM ${table}`) ?? 0);
    const datasets = this.store.all(
      `SELECT id AS batchId, source_file AS sourceFile, imported_at AS importedAt, rows_read AS rowsRead,
        rows_stored AS rowsStored, rows_rejected AS rowsRejected FROM import_batch ORDER BY id`,
    ) as unknown as DatasetSummary[];
    return {
      name: this.workspaceName,
      marking: isProtectiveMarking(marking) ? marking : defaultMarking,
      schemaVersion: this.store.schemaVersion(),
      datasets,
      counts: {
        billsOfLading: count('bill_of_lading'),
        manifestLines: count('manifest_line'),
        partyOccurrences: count('party_occurrence'),
        containers: Number(this.store.scalar('SELECT count(DISTINCT container_number) FROM manifest_line') ?? 0),
        sourceDocuments: count('source_document'),
      },
    };
  }

  async importManifest(source: ManifestImportSource, onProgress?: (progress: ImportProgress) => void, choices: ManifestImportChoices = {}): Promise<ImportReport> {
    return this.runImport(onProgress, async (options) => {
      const peeked = await peekSource(source, sniffLength);
      if (identifyAmsTable(source.fileName, headerFromHead(peeked.head)) !== null) {
        if (choices.mapping !== undefined) throw new Error(`${source.fileName}: a table of the US AMS release is read by the release's own columns; a column mapping does not apply to it`);
        return (await importAmsRelease(this.store, [peeked.source], options))[0] as ImportReport;
      }
      const chosen = await chooseMapping(this.store, peeked.source, choices);
      return importManifest(this.store, chosen.source, { ...options, mapping: chosen.mapping, mappingUsed: chosen.mappingUsed });
    });
  }

  async previewManifest(source: ManifestImportSource): Promise<ManifestPreview> {
    this.assertIdle();
    return previewManifest(this.store, source);
  }

  async listImportProfiles(): Promise<readonly SavedImportProfile[]> {
    return listImportProfiles(this.store);
  }

  async saveImportProfile(profile: ImportProfile): Promise<SavedImportProfile> {
    this.assertIdle();
    return saveImportProfile(this.store, profile);
  }

  async deleteImportProfile(name: string): Promise<boolean> {
    this.assertIdle();
    return deleteImportProfile(this.store, name);
  }

  async exportImportProfile(name: string): Promise<string> {
    const profile = findImportProfile(this.store, name);
    if (profile === undefined) throw new Error(`no import profile named '${name}'`);
    return serializeImportProfile(profile);
  }

  async importImportProfile(fileName: string, text: string): Promise<SavedImportProfile> {
    this.assertIdle();
    return saveImportProfile(this.store, parseImportProfile(text, fileName));
  }

  async importAmsRelease(sources: readonly ManifestImportSource[], onProgress?: (progress: ImportProgress) => void): Promise<readonly ImportReport[]> {
    return this.runImport(onProgress, (options) => importAmsRelease(this.store, sources, options));
  }

  private async runImport<T>(onProgress: ((progress: ImportProgress) => void) | undefined, work: (options: ManifestImportOptions) => Promise<T>): Promise<T> {
    this.assertIdle();
    this.importRunning = true;
    this.cancelRequested = false;
    try {
      return await work({ ...(onProgress ? { onProgress } : {}), isCancelled: () => this.cancelRequested, sha256: this.sha256 });
    } finally {
      this.importRunning = false;
    }
  }

  async cancelImport(): Promise<void> {
    if (this.importRunning) this.cancelRequested = true;
  }

  async listShipments(query: ShipmentQuery): Promise<ShipmentPage> {
    return listShipments(this.store, query);
  }

  async addSourceDocuments(documents: readonly SourceDocumentInput[]): Promise<readonly SourceDocumentReceipt[]> {
    this.assertIdle();
    return addSourceDocuments(this.store, documents);
  }

  async listSourceDocuments(): Promise<readonly SourceDocumentSummary[]> {
    return listSourceDocuments(this.store);
  }

  async readSourceDocument(documentId: number): Promise<SourceDocumentText> {
    return readSourceDocument(this.store, documentId);
  }

  async resolveEntities(): Promise<EntityResolutionSummary> {
    this.assertIdle();
    return this.entities.resolveEntities();
  }

  async entitySummary(): Promise<EntityResolutionSummary> {
    return this.entities.entitySummary();
  }

  async listEntities(query: EntityQuery): Promise<EntityPage> {
    return this.entities.listEntities(query);
  }

  async entityDetail(entityId: string): Promise<EntityDetail> {
    return this.entities.entityDetail(entityId);
  }

  async reviewQueue(limit?: number): Promise<readonly ReviewQueueItem[]> {
    return this.entities.reviewQueue(limit);
  }

  async recordEntityDecision(decision: EntityDecisionInput): Promise<EntityResolutionSummary> {
    this.assertIdle();
    return this.entities.recordEntityDecision(decision);
  }

  async undoEntityDecision(): Promise<EntityResolutionSummary | null> {
    this.assertIdle();
    return this.entities.undoEntityDecision();
  }

  async redoEntityDecision(): Promise<EntityResolutionSummary | null> {
    this.assertIdle();
    return this.entities.redoEntityDecision();
  }

  async listEntityDecisions(): Promise<readonly EntityDecisionRecord[]> {
    return this.entities.listEntityDecisions();
  }

  async entityIdOfOccurrence(occurrenceId: string): Promise<string | null> {
    return this.entities.entityIdOfOccurrence(occurrenceId);
  }

  async importWatchlist(file: WatchlistFileInput): Promise<WatchlistImportReport> {
    this.assertIdle();
    return this.entities.importWatchlist(file);
  }

  async listWatchlistHits(): Promise<readonly WatchlistHitView[]> {
    return this.entities.listWatchlistHits();
  }

  async listEntityNames(): Promise<readonly EntityNameRow[]> {
    return this.entities.listEntityNames();
  }

  async graphCatalog(): Promise<GraphCatalog> {
    return this.graphs.graphCatalog();
  }

  async graphView(query: GraphViewQuery): Promise<GraphViewResult> {
    this.assertIdle();
    return this.graphs.graphView(query);
  }

  async findPath(from: string, to: string, options?: PathOptions): Promise<GraphPath> {
    this.assertIdle();
    return this.graphs.findPath(from, to, options);
  }

  async egoNetwork(id: string, hops: number, options?: EgoNetworkOptions): Promise<GraphViewResult> {
    this.assertIdle();
    return this.graphs.egoNetwork(id, hops, options);
  }

  async importReports(files: readonly ReportFileInput[]): Promise<ReportImportSummary> {
    this.assertIdle();
    return this.reports.importReports(files);
  }

  async listReports(query?: ReportQuery): Promise<ReportPage> {
    this.assertIdle();
    return this.reports.listReports(query);
  }

  async readReport(reportId: number): Promise<ReportDetail> {
    this.assertIdle();
    return this.reports.readReport(reportId);
  }

  async searchText(query: TextSearchQuery): Promise<TextSearchResult> {
    this.assertIdle();
    return this.reports.searchText(query);
  }

  async reviewMention(mentionId: number, decision: MentionDecision): Promise<ReportMention> {
    this.assertIdle();
    return this.reports.reviewMention(mentionId, decision);
  }

  async mentionsOfEntity(entityId: string): Promise<readonly EntityMention[]> {
    this.assertIdle();
    return this.reports.mentionsOfEntity(entityId);
  }

  async riskRules(): Promise<{ rules: readonly RiskRuleDescriptor[]; defaultProfile: RiskProfile }> {
    return this.risks.riskRules();
  }

  async scoreRisks(profile?: RiskProfile): Promise<RiskScoreSummary> {
    this.assertIdle();
    return this.risks.scoreRisks(profile);
  }

  async riskSummary(): Promise<RiskScoreSummary | null> {
    return this.risks.riskSummary();
  }

  async listTargets(query: TargetQuery): Promise<TargetPage> {
    this.assertIdle();
    return this.risks.listTargets(query);
  }

  async importOutcomes(file: OutcomesFileInput): Promise<OutcomesImportReport> {
    this.assertIdle();
    return this.risks.importOutcomes(file);
  }

  async outcomeRuleStats(): Promise<OutcomeRuleStats> {
    this.assertIdle();
    return this.risks.outcomeRuleStats();
  }

  async targetList(): Promise<readonly TargetListEntry[]> {
    return this.targets.targetList();
  }

  async addTarget(addition: TargetAddition): Promise<TargetListEntry> {
    this.assertIdle();
    return this.targets.addTarget(addition);
  }

  async updateTarget(key: TargetKey, change: TargetChange): Promise<TargetListEntry> {
    this.assertIdle();
    return this.targets.updateTarget(key, change);
  }

  async removeTarget(key: TargetKey, analyst?: string): Promise<boolean> {
    this.assertIdle();
    return this.targets.removeTarget(key, analyst);
  }

  async targetHistory(key?: TargetKey): Promise<readonly TargetHistoryEntry[]> {
    return this.targets.targetHistory(key);
  }

  private assertIdle(): void {
    if (this.importRunning) throw new Error('an import is running; wait for it or cancel it first');
  }

  private replaceStore(store: WorkspaceStore, name: string): void {
    this.store.close();
    this.store = store;
    this.workspaceName = name;
  }
}
