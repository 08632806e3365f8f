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
import type { MarkingLine } from '../markings/markingLine';
import { readWorkspaceMarking, writeWorkspaceMarking } from '../store/workspaceMarkingStore';
import { addSourceDocuments, listSourceDocuments, readSourceDocument } from '../store/sourceDocumentStore';
import { listShipments } from '../store/shipmentQueries';
import { WorkspaceStore } from '../store/workspaceStore';
import { encodeWorkspaceFileParts, workspaceFileErrorKind } from '../workspace/workspaceFile';
import { encodeEncryptedWorkspaceFileParts, unlockEncryptedWorkspaceHeader } from '../workspace/encryptedWorkspaceFile';
import { derivePassphraseKey } from '../workspace/passphraseKey';
import type { PassphraseKey } from '../workspace/passphraseKey';
import { readWorkspaceImage } from '../workspace/workspaceFileReader';
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
import type { EgoNetworkOptions, GraphCatalog, GraphFilters, GraphNeighbourPage, GraphNeighbourQuery, GraphPath, GraphViewQuery, GraphViewResult, PathOptions } from './graphApi';
import { cleanNetworkFilters } from '../graph/billFilters';
import { readGraphProvenance } from '../graph/graphProvenance';
import type { GraphProvenance } from '../graph/graphProvenance';
import { readGraphViewMemories, writeGraphViewMemory } from '../graph/graphViewMemory';
import type { GraphViewMemory } from '../graph/graphViewMemory';
import { readNetworkFilterOptions } from '../graph/networkFilterOptions';
import type { NetworkFilterOptions } from '../graph/networkFilterOptions';
import { readShipmentTimeline } from '../graph/shipmentTimeline';
import type { ShipmentTimeline, TimelineBucket } from '../graph/shipmentTimeline';
import { GraphService, storeNetworkSource } from './graphService';
import type { EntityMention, MentionDecision, ReportMention, ReportDetail, ReportFileInput, ReportImportSummary, ReportPage, ReportQuery, TextSearchQuery, TextSearchResult } from './reportApi';
import { ReportService } from './reportService';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskRuleDescriptor, RiskScoreSummary, TargetAddition, TargetChange, TargetHistoryEntry, TargetKey, TargetListEntry, TargetPage, TargetQuery } from './riskApi';
import { RiskService } from './riskService';
import { RiskProfileService } from './riskProfileService';
import type { ApplyWeightsOptions, LearnWeightsOptions, RiskProfileChange, RiskProfileHistoryEntry, RiskProfileList, SavedRiskProfile } from './riskProfileApi';
import type { WeightProposal } from '../risk/outcomeReweighting';
import { TargetListService } from './targetListService';
import { ExportService } from './exportService';
import type { BriefingPackRequest, ExportFile, PartnerWorkspaceRequest } from './exportApi';
import type { RiskProfile } from '../risk/riskModel';
import { appendAuditEvent, auditActor, readAuditTrail, verifyAuditTrail, type AuditRecord, type AuditTrailPage, type AuditVerification } from '../audit/auditTrail';
import { audited, auditError, type AuditResultNote, type AuditSubject } from '../audit/auditedAction';
import {
  amsReleaseNote,
  entityDecisionNote,
  entityDecisionSubject,
  manifestImportNote,
  mentionReviewNote,
  mentionReviewSubject,
  outcomesImportNote,
  reportImportEvent,
  resolutionNote,
  riskScoringNote,
  sourceDocumentsNote,
  targetNote,
  undoRedoNote,
  watchlistImportNote,
} from '../audit/auditNotes';
import type { AuditTrailQuery, ExportAuditInput } from './auditApi';

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
  /** The key saves are encrypted with (from the passphrase); null: none set, saves are plain. */
  private passphraseKey: PassphraseKey | null = null;
  /** A key unlockWorkspaceFile checked, for the openWorkspace that follows it. */
  private unlockedKey: PassphraseKey | null = null;
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
  /** Target list spreadsheets and briefing packs, marked (issue 9). */
  private readonly exports = new ExportService(() => this.store, () => this.workspaceName, {
    create: () => WorkspaceStore.create(this.sqlJs),
    encode: (image) => encodeWorkspaceFileParts(image, this.sha256),
  });
  /** Risk profiles kept in the workspace, and their re-weighting from examination outcomes (issue 8). */
  private readonly riskProfiles = new RiskProfileService(() => this.store);

  constructor(private readonly sqlJs: SqlJsStatic, private readonly sha256: Sha256Factory) {
    this.store = WorkspaceStore.create(sqlJs);
    this.store.setSetting('marking', defaultMarking);
  }

  async info(): Promise<EngineInfo> {
    return { sqliteVersion: this.store.sqliteVersion(), schemaVersion: this.store.schemaVersion() };
  }

  async newWorkspace(name: string, marking: ProtectiveMarking | MarkingLine = defaultMarking): Promise<WorkspaceSummary> {
    this.assertIdle();
    const store = WorkspaceStore.create(this.sqlJs);
    writeWorkspaceMarking(store, marking);
    store.setSetting('name', name);
    this.replaceStore(store, name);
    return this.summary();
  }

  async openWorkspace(name: string, image: Uint8Array, passphrase?: string): Promise<WorkspaceSummary> {
    this.assertIdle();
    // An encrypted file is decrypted in place (the bytes given become the image): no second copy.
    const unlock = passphrase !== undefined ? { passphrase } : this.unlockedKey !== null ? { key: this.unlockedKey } : null;
    const opened = await readWorkspaceImage(image, unlock, this.sha256);
    this.unlockedKey = null;
    const store = WorkspaceStore.open(this.sqlJs, opened.image);
    this.replaceStore(store, store.getSetting('name') ?? name);
    this.passphraseKey = opened.key;
    return this.summary();
  }

  async saveWorkspace(): Promise<WorkspaceFileParts> {
    this.assertIdle();
    this.store.setSetting('name', this.workspaceName);
    // The export is a fresh copy of the database: encrypted in place, it becomes the file's body.
    const image = this.store.exportImage();
    return this.passphraseKey === null ? encodeWorkspaceFileParts(image, this.sha256) : encodeEncryptedWorkspaceFileParts(image, this.passphraseKey, { sha256: this.sha256 });
  }

  async unlockWorkspaceFile(fileHead: Uint8Array, passphrase: string): Promise<boolean> {
    try {
      this.unlockedKey = await unlockEncryptedWorkspaceHeader(fileHead, { passphrase }, this.sha256);
      return true;
    } catch (error) {
      if (workspaceFileErrorKind(error) === 'wrong-passphrase') return false;
      throw error;
    }
  }

  async setWorkspacePassphrase(passphrase: string): Promise<void> {
    const before = this.passphraseKey === null ? 'none' : 'set';
    await this.audited({ action: 'workspace.passphrase', objectKind: 'workspace', objectId: this.workspaceName }, async () => {
      this.passphraseKey = await derivePassphraseKey(passphrase);
    }, () => ({ detail: { before, after: 'set' } }));
  }

  async workspaceEncrypted(): Promise<boolean> {
    return this.passphraseKey !== null;
  }

  async setMarking(marking: ProtectiveMarking | MarkingLine): Promise<WorkspaceSummary> {
    const markingNow = (): string | null => this.store.getSetting('markingLine') ?? this.store.getSetting('marking') ?? null;
    const before = markingNow();
    await this.audited({ action: 'workspace.marking', objectKind: 'workspace', objectId: this.workspaceName }, () => writeWorkspaceMarking(this.store, marking), () => ({ detail: { from: before, to: markingNow() } }));
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
      markingLine: readWorkspaceMarking(this.store),
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
    this.assertIdle();
    const subject = { action: 'manifest.import', objectKind: 'manifest-file', objectId: source.fileName };
    return this.audited(subject, () => this.runImport(onProgress, async (options) => {
      const peeked = await peekSource(source, sniffLength);
      if (identifyAmsTable(source.fileName, headerFromHead(peeked.head)) !== null) {
        if (choices.mapping !== undefined) throw new Error(`${source.fileName}: a table of the US AMS release is read by the release's own columns; a column mapping does not apply to it`);
        return (await importAmsRelease(this.store, [peeked.source], options))[0] as ImportReport;
      }
      const chosen = await chooseMapping(this.store, peeked.source, choices);
      return importManifest(this.store, chosen.source, { ...options, mapping: chosen.mapping, mappingUsed: chosen.mappingUsed });
    }), manifestImportNote);
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
    return this.audited({ action: 'import-profile.save', objectKind: 'import-profile', objectId: String(profile?.name) }, () => saveImportProfile(this.store, profile), (saved) => ({ objectId: saved.name }));
  }

  async deleteImportProfile(name: string): Promise<boolean> {
    this.assertIdle();
    return this.audited({ action: 'import-profile.delete', objectKind: 'import-profile', objectId: String(name) }, () => deleteImportProfile(this.store, name), (deleted) => (deleted ? {} : { outcome: 'refused', detail: { reason: `no import profile named '${name}'` } }));
  }

  async exportImportProfile(name: string): Promise<string> {
    const profile = findImportProfile(this.store, name);
    if (profile === undefined) throw new Error(`no import profile named '${name}'`);
    return serializeImportProfile(profile);
  }

  async importImportProfile(fileName: string, text: string): Promise<SavedImportProfile> {
    this.assertIdle();
    return this.audited({ action: 'import-profile.import', objectKind: 'import-profile-file', objectId: fileName }, () => saveImportProfile(this.store, parseImportProfile(text, fileName)), (saved) => ({ detail: { profile: saved.name } }));
  }

  async importAmsRelease(sources: readonly ManifestImportSource[], onProgress?: (progress: ImportProgress) => void): Promise<readonly ImportReport[]> {
    this.assertIdle();
    const subject = { action: 'manifest.import-ams-release', objectKind: 'manifest-files', objectId: sources.map((source) => source.fileName).join(', ').slice(0, 500) };
    return this.audited(subject, () => this.runImport(onProgress, (options) => importAmsRelease(this.store, sources, options)), amsReleaseNote);
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
    const subject = { action: 'documents.add', objectKind: 'source-documents', objectId: documents.map((document) => document.fileName).join(', ').slice(0, 500) };
    return this.audited(subject, () => addSourceDocuments(this.store, documents), sourceDocumentsNote);
  }

  async listSourceDocuments(): Promise<readonly SourceDocumentSummary[]> {
    return listSourceDocuments(this.store);
  }

  async readSourceDocument(documentId: number): Promise<SourceDocumentText> {
    return readSourceDocument(this.store, documentId);
  }

  async resolveEntities(): Promise<EntityResolutionSummary> {
    this.assertIdle();
    return this.audited({ action: 'entities.resolve', objectKind: 'workspace', objectId: this.workspaceName }, () => this.entities.resolveEntities(), resolutionNote);
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
    const subject = entityDecisionSubject(decision);
    return this.audited(subject, () => this.entities.recordEntityDecision(decision), (summary) => entityDecisionNote(decision, summary));
  }

  async undoEntityDecision(): Promise<EntityResolutionSummary | null> {
    this.assertIdle();
    const undoes = (await this.entities.entitySummary()).nextUndo;
    return this.audited({ action: 'entity.undo', objectKind: 'entity-decision', objectId: undoes ?? '' }, () => this.entities.undoEntityDecision(), (summary) => undoRedoNote(undoes, summary, 'undo'));
  }

  async redoEntityDecision(): Promise<EntityResolutionSummary | null> {
    this.assertIdle();
    const redoes = (await this.entities.entitySummary()).nextRedo;
    return this.audited({ action: 'entity.redo', objectKind: 'entity-decision', objectId: redoes ?? '' }, () => this.entities.redoEntityDecision(), (summary) => undoRedoNote(redoes, summary, 'redo'));
  }

  async listEntityDecisions(): Promise<readonly EntityDecisionRecord[]> {
    return this.entities.listEntityDecisions();
  }

  async entityIdOfOccurrence(occurrenceId: string): Promise<string | null> {
    return this.entities.entityIdOfOccurrence(occurrenceId);
  }

  async importWatchlist(file: WatchlistFileInput): Promise<WatchlistImportReport> {
    this.assertIdle();
    return this.audited({ action: 'watchlist.import', objectKind: 'watchlist-file', objectId: String(file?.fileName) }, () => this.entities.importWatchlist(file), watchlistImportNote);
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

  async graphNeighbours(query: GraphNeighbourQuery): Promise<GraphNeighbourPage> {
    this.assertIdle();
    return this.graphs.graphNeighbours(query);
  }

  async graphTimeline(filters?: GraphFilters, bucket?: TimelineBucket): Promise<ShipmentTimeline> {
    this.assertIdle();
    return readShipmentTimeline(this.store, cleanNetworkFilters(filters), bucket);
  }

  async graphFilterOptions(): Promise<NetworkFilterOptions> {
    this.assertIdle();
    return readNetworkFilterOptions(this.store);
  }

  async graphProvenance(elementId: string, filters?: GraphFilters, limit?: number): Promise<GraphProvenance> {
    this.assertIdle();
    return readGraphProvenance(this.store, elementId, cleanNetworkFilters(filters), limit);
  }

  async graphViewMemories(): Promise<Readonly<Record<string, GraphViewMemory>>> {
    return readGraphViewMemories(this.store);
  }

  async rememberGraphView(view: string, memory: GraphViewMemory): Promise<GraphViewMemory> {
    this.assertIdle();
    return writeGraphViewMemory(this.store, view, memory);
  }

  async importReports(files: readonly ReportFileInput[]): Promise<ReportImportSummary> {
    this.assertIdle();
    let summary: ReportImportSummary;
    try {
      summary = await this.reports.importReports(files);
    } catch (error) {
      auditError(this.store, { action: 'report.import', objectKind: 'report-files', objectId: files.map((file) => file.fileName).join(', ').slice(0, 500) }, error);
      throw error;
    }
    const actor = auditActor(this.store);
    for (const result of summary.files) appendAuditEvent(this.store, reportImportEvent(actor, result));
    return summary;
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
    return this.audited(mentionReviewSubject(mentionId, decision), () => this.reports.reviewMention(mentionId, decision), (mention) => mentionReviewNote(decision, mention));
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
    // Intelligence corroboration reads report mentions: reports are read for them again first where the resolution, manifests or watchlists changed since.
    await this.reports.readUnreadDocuments();
    this.reports.extractStale(this.store, null);
    // Scoring reads every bill, line and party into memory: the prepared parties kept for re-runs of resolution make room.
    this.entities.releasePreparedParties();
    return this.audited({ action: 'risk.score', objectKind: 'risk-profile', objectId: profile?.name ?? 'default' }, () => this.risks.scoreRisks(profile), riskScoringNote);
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
    return this.audited({ action: 'outcomes.import', objectKind: 'outcomes-file', objectId: String(file?.fileName) }, () => this.risks.importOutcomes(file), outcomesImportNote);
  }

  async outcomeRuleStats(): Promise<OutcomeRuleStats> {
    this.assertIdle();
    return this.risks.outcomeRuleStats();
  }

  async listRiskProfiles(): Promise<RiskProfileList> {
    return this.riskProfiles.listRiskProfiles();
  }

  async saveRiskProfile(profile: RiskProfile, change?: RiskProfileChange): Promise<SavedRiskProfile> {
    this.assertIdle();
    return this.audited({ action: 'risk-profile.save', objectKind: 'risk-profile', objectId: String(profile?.name), actor: change?.analyst }, () => this.riskProfiles.saveRiskProfile(profile, change), (saved) => ({ detail: { version: saved.version, active: saved.active } }));
  }

  async activateRiskProfile(name: string | null, analyst?: string): Promise<RiskProfileList> {
    this.assertIdle();
    return this.audited({ action: 'risk-profile.activate', objectKind: 'risk-profile', objectId: name ?? 'Default', actor: analyst }, () => this.riskProfiles.activateRiskProfile(name, analyst), (list) => ({ detail: { active: list.activeName } }));
  }

  async exportRiskProfile(name: string): Promise<string> {
    return this.riskProfiles.exportRiskProfile(name);
  }

  async importRiskProfile(fileName: string, text: string, change?: RiskProfileChange): Promise<SavedRiskProfile> {
    this.assertIdle();
    return this.audited({ action: 'risk-profile.import', objectKind: 'risk-profile-file', objectId: String(fileName), actor: change?.analyst }, () => this.riskProfiles.importRiskProfile(fileName, text, change), (saved) => ({ detail: { profile: saved.profile.name, version: saved.version } }));
  }

  async riskProfileHistory(name?: string): Promise<readonly RiskProfileHistoryEntry[]> {
    return this.riskProfiles.riskProfileHistory(name);
  }

  async learnRiskWeights(options?: LearnWeightsOptions): Promise<WeightProposal> {
    this.assertIdle();
    return this.riskProfiles.learnRiskWeights(options);
  }

  async applyLearnedWeights(proposal: WeightProposal, options?: ApplyWeightsOptions): Promise<SavedRiskProfile> {
    this.assertIdle();
    return this.audited(
      { action: 'risk-profile.learn', objectKind: 'risk-profile', objectId: String(options?.name ?? proposal?.baseProfile?.name), actor: options?.analyst },
      () => this.riskProfiles.applyLearnedWeights(proposal, options),
      (saved) => ({ objectId: saved.profile.name, detail: { version: saved.version, weights: saved.profile.weights, evaluation: saved.profile.learning?.evaluation ?? '' } }),
    );
  }

  async targetList(): Promise<readonly TargetListEntry[]> {
    return this.targets.targetList();
  }

  async addTarget(addition: TargetAddition): Promise<TargetListEntry> {
    this.assertIdle();
    return this.audited({ action: 'target.add', objectKind: String(addition?.kind), objectId: String(addition?.ref), actor: addition?.analyst }, () => this.targets.addTarget(addition), (entry) => ({ objectId: entry.ref, ...targetNote(entry) }));
  }

  async updateTarget(key: TargetKey, change: TargetChange): Promise<TargetListEntry> {
    this.assertIdle();
    const before = (await this.targets.targetList()).find((entry) => entry.kind === key?.kind && entry.ref === key?.ref);
    const action = change?.status !== undefined && change.status !== before?.status ? 'target.status' : 'target.update';
    return this.audited({ action, objectKind: String(key?.kind), objectId: String(key?.ref), actor: change?.analyst }, () => this.targets.updateTarget(key, change), (entry) => targetNote(entry, before));
  }

  async removeTarget(key: TargetKey, analyst?: string): Promise<boolean> {
    this.assertIdle();
    return this.audited({ action: 'target.remove', objectKind: String(key?.kind), objectId: String(key?.ref), actor: analyst }, () => this.targets.removeTarget(key, analyst), (removed) => (removed ? {} : { outcome: 'refused', detail: { reason: 'not on the target list' } }));
  }

  async targetHistory(key?: TargetKey): Promise<readonly TargetHistoryEntry[]> {
    return this.targets.targetHistory(key);
  }

  async exportTargetList(format: 'csv' | 'xlsx'): Promise<ExportFile> {
    this.assertIdle();
    return this.exports.exportTargetList(format);
  }

  async exportBriefingPack(request: BriefingPackRequest): Promise<ExportFile> {
    this.assertIdle();
    return this.exports.exportBriefingPack(request);
  }

  async exportFollowTheMoney(): Promise<ExportFile> {
    this.assertIdle();
    return this.exports.exportFollowTheMoney();
  }

  async exportPartnerWorkspace(request: PartnerWorkspaceRequest): Promise<ExportFile> {
    this.assertIdle();
    return this.exports.exportPartnerWorkspace(request);
  }

  async auditTrail(query: AuditTrailQuery = {}): Promise<AuditTrailPage> {
    return readAuditTrail(this.store, query.offset ?? 0, query.limit ?? 50);
  }

  async verifyAuditTrail(): Promise<AuditVerification> {
    this.assertIdle();
    return verifyAuditTrail(this.store);
  }

  async recordExport(input: ExportAuditInput): Promise<AuditRecord> {
    this.assertIdle();
    const what = String(input?.what);
    if (!/^[a-z][a-z0-9-]{0,39}$/.test(what)) throw new RangeError(`an export is named by a lower-case id ('targets', 'network', ...), not ${JSON.stringify(what)}`);
    if (input.outcome !== 'done' && input.outcome !== 'failed') throw new RangeError(`an export's outcome is done or failed, not ${String(input.outcome)}`);
    return appendAuditEvent(this.store, {
      actor: auditActor(this.store, input.analyst),
      action: `${what}.export`,
      objectKind: `${String(input.format)}-file`,
      objectId: String(input.fileName).slice(0, 500),
      outcome: input.outcome,
      detail: { ...(input.detail ?? {}), format: String(input.format) },
    });
  }

  /** Runs a request that changes or exports data and appends its audit record (shared/audit/auditedAction). */
  private audited<T>(subject: AuditSubject, work: () => Promise<T> | T, noteOf?: (result: T) => AuditResultNote): Promise<T> {
    return audited(() => this.store, subject, work, noteOf);
  }

  private assertIdle(): void {
    if (this.importRunning) throw new Error('an import is running; wait for it or cancel it first');
  }

  private replaceStore(store: WorkspaceStore, name: string): void {
    this.store.close();
    this.store = store;
    this.workspaceName = name;
    this.passphraseKey = null;
  }
}
