import type { SourceDocumentKind } from '../../../shared/documents/sourceDocumentKinds';
import type {
  DatasetSummary,
  EngineInfo,
  ShipmentPage,
  ShipmentQuery,
  ShipmentRow,
  SourceDocumentReceipt,
  SourceDocumentSummary,
  SourceDocumentText,
  WorkspaceSummary,
} from '../../../shared/engine/engineApi';
import { headerFromHead, identifyAmsTable } from '../../../shared/ingest/ams/amsTableIdentification';
import type { AmsTableName } from '../../../shared/ingest/ams/amsTables';
import type { ImportProgress, ImportReport } from '../../../shared/ingest/importReport';
import type { ManifestImportChoices, ManifestPreview } from '../../../shared/engine/engineApi';
import { checkImportProfile, parseImportProfile, profileSignature, serializeImportProfile } from '../../../shared/ingest/importProfile';
import type { ImportProfile } from '../../../shared/ingest/importProfile';
import { defaultFormatLimits } from '../../../shared/ingest/manifestImporter';
import { missingRequired, readFileLayout } from '../../../shared/ingest/manifestPreview';
import type { SavedImportProfile } from '../../../shared/store/importProfileStore';
import type { ProtectiveMarking } from '../../../shared/markings/protectiveMarking';
import { defaultMarking } from '../../../shared/markings/protectiveMarking';
import type { MarkingLine } from '../../../shared/markings/markingLine';
import { markingText } from '../../../shared/markings/markingText';
import type { BriefingPackRequest, ExportFile, PartnerWorkspaceRequest } from '../../../shared/engine/exportApi';
import { targetListCsv, targetListFileName } from '../../../shared/exports/targetListCsv';
import { targetListXlsx } from '../../../shared/exports/targetListXlsx';
import type { DemoWorkspaceDescription, ImportFileSource, OpenedDemoWorkspace, SourceDocumentFile, WorkerEngineApi } from '../../../renderer/worker/workerEngineApi';
import { demoManifestFileName, demoOutcomesFileName, demoWatchlistFileName, demoWorkspaceName } from '../../../shared/engine/demoWorkspace';
import type {
  EntityDecisionInput,
  EntityDecisionRecord,
  EntityDetail,
  EntityPage,
  EntityQuery,
  EntityResolutionSummary,
  ReviewQueueItem,
  WatchlistFileInput,
  WatchlistHitView,
  WatchlistImportReport,
} from '../../../shared/engine/entityApi';
import { FakeEntities } from './fakeEntities';
import { FakeGraphs } from './fakeGraphs';
import { FakeReports } from './fakeReports';
import { reportFormatOf } from '../../../shared/reports/reportText';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskRuleDescriptor, RiskScoreSummary, TargetAddition, TargetChange, TargetHistoryEntry, TargetKey, TargetListEntry, TargetPage, TargetQuery } from '../../../shared/engine/riskApi';
import type { RiskProfile } from '../../../shared/risk/riskModel';
import { FakeRisks } from './fakeRisks';
import { FakeAudit } from './fakeAudit';
import type { AuditTrailQuery, ExportAuditInput } from '../../../shared/engine/auditApi';
import type { AuditRecord, AuditTrailPage, AuditVerification } from '../../../shared/audit/auditTrail';
import type { EntityMention, MentionDecision, ReportMention, ReportDetail, ReportImportSummary, ReportPage, ReportQuery, TextSearchQuery, TextSearchResult } from '../../../shared/engine/reportApi';
import type { EgoNetworkOptions, GraphCatalog, GraphPath, GraphViewQuery, GraphViewResult, PathOptions } from '../../../shared/engine/graphApi';

/**
 * An in-memory WorkerEngineApi for component tests: it sorts, filters and pages its rows the way
 * the engine's contract says, and records every call so tests can assert what the UI asked for.
 */
export class FakeEngine implements WorkerEngineApi {
  readonly queries: ShipmentQuery[] = [];
  readonly markingsSet: (ProtectiveMarking | MarkingLine)[] = [];
  readonly importedFiles: { readonly fileName: string; readonly text: string }[] = [];
  /** Each importAmsReleaseFiles call: the file names, in the order given. */
  readonly amsReleases: (readonly string[])[] = [];
  /** Each addSourceDocumentFiles call: kind and file name of every document. */
  readonly documentCalls: (readonly { readonly kind: SourceDocumentKind; readonly fileName: string }[])[] = [];
  cancelImportCalls = 0;
  /** Each previewManifestFile call: the file name. */
  readonly previewCalls: string[] = [];
  /** Each importManifestFile call's mapping choices (undefined: a plain import). */
  readonly importChoices: (ManifestImportChoices | undefined)[] = [];
  /** Saved import profiles. */
  profiles: SavedImportProfile[] = [];
  /** What the next importManifestFile call reports, given the file's text. */
  importOutcome: (fileName: string, text: string) => ImportReport = (fileName, text) => completedReport(fileName, text);
  /** When set, importManifestFile waits for this before returning (to observe a running import). */
  importGate: Promise<void> | null = null;
  /** When set, listShipments waits for the gate of its call number (0-based) before answering. */
  listGates = new Map<number, Promise<void>>();
  openDemoCalls = 0;
  /** When set, openDemoWorkspace waits for this after its first progress report. */
  demoGate: Promise<void> | null = null;
  /** The demo's shipments. */
  demoRows: ShipmentRow[] = [1, 2, 3].map((lineId) => shipmentRow(lineId, { sourceFile: demoManifestFileName, consigneeName: `Demo Consignee ${lineId} Ltd` }));
  /** When set, openDemoWorkspace fails with it (after replacing the workspace, as a failed import would). */
  demoFailure: Error | null = null;

  /** When set, importAmsReleaseFiles waits for this after the first file's progress. */
  releaseGate: Promise<void> | null = null;
  /** The source documents the workspace keeps, with their text. */
  documents: { readonly summary: SourceDocumentSummary; readonly text: string }[] = [];
  /** The demo's source documents (its reports, watchlist and outcomes), kept when the demo opens. */
  demoDocuments: readonly { readonly kind: SourceDocumentKind; readonly fileName: string; readonly text: string }[] = [
    { kind: 'intelligence-report', fileName: 'INT-24-0594.txt', text: 'OFFICIAL-SENSITIVE\n\nREF INT-24-0594    DATE 2024-02-03\nGrade: b2    Handling code: 1\n' },
    { kind: 'watchlist', fileName: demoWatchlistFileName, text: 'name,aliases,address,country,imo,reason,list\n' },
    { kind: 'examination-outcomes', fileName: demoOutcomesFileName, text: 'bill_of_lading_number,examination_date,result\n' },
  ];

  private name = 'Untitled workspace';
  private marking: ProtectiveMarking = defaultMarking;
  private markingLine: MarkingLine | undefined;
  private datasets: DatasetSummary[] = [];
  private workspacesCreated = 0;

  constructor(public rows: ShipmentRow[] = []) {}

  async info(): Promise<EngineInfo> {
    return { sqliteVersion: '3.54.1', schemaVersion: 1 };
  }

  async newWorkspace(name: string, marking: ProtectiveMarking | MarkingLine = defaultMarking): Promise<WorkspaceSummary> {
    this.name = name;
    this.marking = typeof marking === 'string' ? marking : marking.classification;
    this.markingLine = typeof marking === 'string' ? undefined : marking;
    this.documents = [];
    this.reports.reset();
    // The rows a test seeds play the part of the workspace the app starts with (its first
    // newWorkspace); any later new workspace is empty, as with the real engine.
    if (this.workspacesCreated++ > 0) {
      this.rows = [];
      this.datasets = [];
    }
    return this.summary();
  }

  async openWorkspace(name: string, _image: Uint8Array): Promise<WorkspaceSummary> {
    this.name = name;
    return this.summary();
  }

  /** Passphrases set or tried, in order (the fake's stand-in for the key; a test reads them). */
  readonly passphrases: { readonly action: 'set' | 'unlock'; readonly passphrase: string }[] = [];
  /** The passphrase the fake's encrypted files open with. */
  filePassphrase = 'correct horse battery staple';
  encrypted = false;

  async unlockWorkspaceFile(_fileHead: Uint8Array, passphrase: string): Promise<boolean> {
    this.passphrases.push({ action: 'unlock', passphrase });
    return passphrase === this.filePassphrase;
  }

  async setWorkspacePassphrase(passphrase: string): Promise<void> {
    this.passphrases.push({ action: 'set', passphrase });
    this.encrypted = true;
  }

  async workspaceEncrypted(): Promise<boolean> {
    return this.encrypted;
  }

  /** A file in two parts, as the engine hands its header, image and digest over separately. */
  async saveWorkspace(): Promise<Uint8Array[]> {
    return [new TextEncoder().encode('workspace:'), new TextEncoder().encode(this.name)];
  }

  async setMarking(marking: ProtectiveMarking | MarkingLine): Promise<WorkspaceSummary> {
    this.markingsSet.push(marking);
    this.marking = typeof marking === 'string' ? marking : marking.classification;
    this.markingLine = typeof marking === 'string' ? this.markingLine && { ...this.markingLine, classification: marking } : marking;
    return this.summary();
  }

  async summary(): Promise<WorkspaceSummary> {
    return {
      ...(this.markingLine ? { markingLine: this.markingLine } : {}),
      name: this.name,
      marking: this.marking,
      schemaVersion: 1,
      datasets: [...this.datasets],
      counts: {
        billsOfLading: new Set(this.rows.map((row) => row.billOfLadingNumber)).size,
        manifestLines: this.rows.length,
        partyOccurrences: 0,
        containers: new Set(this.rows.map((row) => row.containerNumber).filter((value) => value !== null)).size,
        sourceDocuments: this.documents.length,
      },
    };
  }

  async importManifestFile(file: Blob, fileName: string, onProgress?: (progress: ImportProgress) => void, options?: ManifestImportChoices): Promise<ImportReport> {
    const text = await file.text();
    this.importedFiles.push({ fileName, text });
    this.importChoices.push(options);
    if (options?.mapping !== undefined && options.profileName) await this.saveImportProfile({ name: options.profileName, tables: options.mapping });
    onProgress?.({ fileName, bytesRead: Math.floor(file.size / 2), byteLength: file.size, rowsRead: 1 });
    if (this.importGate) await this.importGate;
    const report = this.importOutcome(fileName, text);
    if (report.status === 'completed') this.recordDataset(report);
    return report;
  }

  /** As the worker does: an exact AMS table header, or an AMS file name (shared/ingest/ams). */
  /** The real preview (shared/ingest/manifestPreview) over the file's bytes; profiles are kept in `profiles`. */
  async previewManifestFile(file: Blob, fileName: string): Promise<ManifestPreview> {
    this.previewCalls.push(fileName);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const amsTable = identifyAmsTable(fileName, headerFromHead(bytes.subarray(0, 64 * 1024)))?.table ?? null;
    if (amsTable !== null) {
      return { fileName, format: 'ams-table', formatDescription: `US AMS release table (${amsTable})`, amsTable, tables: [], signature: '', matchingProfile: null, message: 'A table of the US AMS release' };
    }
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield bytes;
    }
    const { layout, failure } = await readFileLayout({ fileName, byteLength: bytes.length, chunks: chunks() }, defaultFormatLimits);
    if (layout === null) throw new Error(`${fileName}: ${failure ?? 'unreadable'}`);
    const profile = this.profiles.find((candidate) => candidate.signature === layout.signature);
    const tables = layout.tables.map((table) => {
      const own = profile?.tables.find((candidate) => candidate.sheet === table.sheet);
      if (own === undefined) return table;
      const proposals = table.proposals.map((proposal) => {
        const field = own.columns.find((column) => column.header === proposal.header)?.field ?? null;
        return { ...proposal, field, basis: 'profile' as const, explanation: `profile '${profile?.name ?? ''}' maps this column` };
      });
      return { ...table, proposals, missingRequiredFields: missingRequired(proposals) };
    });
    return {
      fileName,
      format: layout.format,
      formatDescription: layout.formatDescription,
      amsTable: null,
      tables,
      signature: layout.signature,
      matchingProfile: profile?.name ?? null,
      message: profile ? `Layout matches profile '${profile.name}'` : 'No saved profile has this layout',
    };
  }

  async listImportProfiles(): Promise<readonly SavedImportProfile[]> {
    return [...this.profiles];
  }

  async saveImportProfile(profile: ImportProfile): Promise<SavedImportProfile> {
    const saved = { ...checkImportProfile(profile), signature: profileSignature(profile), savedAt: '2026-01-01T00:00:00.000Z', lastUsedAt: null, timesUsed: 0 };
    this.profiles = [...this.profiles.filter((candidate) => candidate.name !== saved.name), saved];
    return saved;
  }

  async deleteImportProfile(name: string): Promise<boolean> {
    const before = this.profiles.length;
    this.profiles = this.profiles.filter((candidate) => candidate.name !== name);
    return this.profiles.length < before;
  }

  async exportImportProfile(name: string): Promise<string> {
    const profile = this.profiles.find((candidate) => candidate.name === name);
    if (profile === undefined) throw new Error(`no import profile named '${name}'`);
    return serializeImportProfile(profile);
  }

  async importImportProfile(fileName: string, text: string): Promise<SavedImportProfile> {
    return this.saveImportProfile(parseImportProfile(text, fileName));
  }

  async identifyAmsTables(files: readonly ImportFileSource[]): Promise<readonly (AmsTableName | null)[]> {
    return Promise.all(
      files.map(async ({ file, fileName }) => identifyAmsTable(fileName, headerFromHead(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer())))?.table ?? null),
    );
  }

  async importAmsReleaseFiles(files: readonly ImportFileSource[], onProgress?: (progress: ImportProgress) => void): Promise<readonly ImportReport[]> {
    this.amsReleases.push(files.map((source) => source.fileName));
    const reports: ImportReport[] = [];
    for (const { file, fileName } of files) {
      const text = await file.text();
      onProgress?.({ fileName, bytesRead: file.size, byteLength: file.size, rowsRead: 1 });
      if (this.releaseGate && reports.length === 0) await this.releaseGate;
      const header = headerFromHead(new TextEncoder().encode(text));
      const table = identifyAmsTable(fileName, header)?.table;
      const rowsRead = text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;
      reports.push({ ...completedReport(fileName, ''), format: 'ams-table', amsTable: table, columnMapping: { identifier: 'bill (join key)' }, rowsRead, rowsStored: rowsRead, rowsRejected: 0 });
    }
    for (const report of reports) this.recordDataset(report);
    return reports;
  }

  async addSourceDocumentFiles(documents: readonly SourceDocumentFile[]): Promise<readonly SourceDocumentReceipt[]> {
    this.documentCalls.push(documents.map(({ kind, fileName }) => ({ kind, fileName })));
    const receipts: SourceDocumentReceipt[] = [];
    for (const { kind, fileName, file } of documents) receipts.push(this.keepDocument(kind, fileName, await file.text()));
    return receipts;
  }

  async listSourceDocuments(): Promise<readonly SourceDocumentSummary[]> {
    return this.documents.map((document) => document.summary);
  }

  async readSourceDocument(documentId: number): Promise<SourceDocumentText> {
    const document = this.documents.find((candidate) => candidate.summary.documentId === documentId);
    if (!document) throw new Error(`no source document with id ${documentId}`);
    return { ...document.summary, text: document.text, encoding: 'utf-8' };
  }

  async openDemoWorkspace(onProgress?: (progress: ImportProgress) => void): Promise<OpenedDemoWorkspace> {
    this.openDemoCalls += 1;
    this.name = demoWorkspaceName;
    this.marking = 'OFFICIAL-SENSITIVE';
    this.rows = [];
    this.datasets = [];
    this.documents = [];
    onProgress?.({ fileName: demoManifestFileName, bytesRead: 600_000, byteLength: 1_200_000, rowsRead: 1_500 });
    if (this.demoGate) await this.demoGate;
    if (this.demoFailure) throw this.demoFailure;
    this.rows = [...this.demoRows];
    const rowsRead = this.demoRows.length;
    const manifestReport: ImportReport = { ...completedReport(demoManifestFileName, ''), rowsRead, rowsStored: rowsRead, rowsRejected: 0, rejections: [] };
    this.datasets.push({ batchId: 1, sourceFile: demoManifestFileName, importedAt: '2026-03-02T09:15:00.000Z', rowsRead, rowsStored: rowsRead, rowsRejected: 0 });
    for (const { kind, fileName, text } of this.demoDocuments) this.keepDocument(kind, fileName, text);
    this.reports.reset();
    await this.reports.importReports(this.demoDocuments.filter((document) => document.kind === 'intelligence-report').map(({ fileName, text }) => ({ fileName, bytes: new TextEncoder().encode(text) })));
    return { summary: await this.summary(), manifestReport, demo: fakeDemoDescription(rowsRead) };
  }

  async cancelImport(): Promise<void> {
    this.cancelImportCalls += 1;
  }

  /** Entity resolution and screening in memory (the real resolver over a few occurrences). */
  readonly entities = new FakeEntities();

  resolveEntities = (): Promise<EntityResolutionSummary> => this.entities.resolveEntities();
  entitySummary = (): Promise<EntityResolutionSummary> => this.entities.entitySummary();
  listEntities = (query: EntityQuery): Promise<EntityPage> => this.entities.listEntities(query);
  entityDetail = (entityId: string): Promise<EntityDetail> => this.entities.entityDetail(entityId);
  reviewQueue = (limit?: number): Promise<readonly ReviewQueueItem[]> => this.entities.reviewQueue(limit);
  recordEntityDecision = (decision: EntityDecisionInput): Promise<EntityResolutionSummary> => this.entities.recordEntityDecision(decision);
  undoEntityDecision = (): Promise<EntityResolutionSummary | null> => this.entities.undoEntityDecision();
  redoEntityDecision = (): Promise<EntityResolutionSummary | null> => this.entities.redoEntityDecision();
  listEntityDecisions = (): Promise<readonly EntityDecisionRecord[]> => this.entities.listEntityDecisions();
  entityIdOfOccurrence = (occurrenceId: string): Promise<string | null> => this.entities.entityIdOfOccurrence(occurrenceId);
  listWatchlistHits = (): Promise<readonly WatchlistHitView[]> => this.entities.listWatchlistHits();

  /** The networks (issue 7): the engine's GraphService over an in-memory network. */
  readonly graphs = new FakeGraphs();
  graphCatalog = (): Promise<GraphCatalog> => this.graphs.graphCatalog();
  graphView = (query: GraphViewQuery): Promise<GraphViewResult> => this.graphs.graphView(query);
  findPath = (from: string, to: string, options?: PathOptions): Promise<GraphPath> => this.graphs.findPath(from, to, options);
  egoNetwork = (id: string, hops: number, options?: EgoNetworkOptions): Promise<GraphViewResult> => this.graphs.egoNetwork(id, hops, options);
  graphNeighbours: WorkerEngineApi['graphNeighbours'] = (query) => this.graphs.graphNeighbours(query);
  graphTimeline: WorkerEngineApi['graphTimeline'] = (filters, bucket) => this.graphs.graphTimeline(filters, bucket);
  graphFilterOptions: WorkerEngineApi['graphFilterOptions'] = () => this.graphs.graphFilterOptions();
  graphProvenance: WorkerEngineApi['graphProvenance'] = (elementId, filters, limit) => this.graphs.graphProvenance(elementId, filters, limit);
  graphViewMemories: WorkerEngineApi['graphViewMemories'] = () => this.graphs.graphViewMemories();
  rememberGraphView: WorkerEngineApi['rememberGraphView'] = (view, memory) => this.graphs.rememberGraphView(view, memory);

  /** Intelligence reports (issue 6): the engine's ReportService over an in-memory store; each file is kept as a document too. */
  readonly reports = new FakeReports();
  async importReportFiles(files: readonly ImportFileSource[]): Promise<ReportImportSummary> {
    for (const { fileName, file } of files) if (reportFormatOf(fileName) !== null) this.keepDocument('intelligence-report', fileName, await file.text());
    return this.reports.importReportFiles(files);
  }
  listReports = (query?: ReportQuery): Promise<ReportPage> => this.reports.listReports(query);
  readReport = (reportId: number): Promise<ReportDetail> => this.reports.readReport(reportId);
  searchText = (query: TextSearchQuery): Promise<TextSearchResult> => this.reports.searchText(query);
  reviewMention = (mentionId: number, decision: MentionDecision): Promise<ReportMention> => this.reports.reviewMention(mentionId, decision);
  mentionsOfEntity = (entityId: string): Promise<readonly EntityMention[]> => this.reports.mentionsOfEntity(entityId);

  /** Risk scoring (issue 8): the engine's RiskService over an in-memory store of its own. */
  readonly risks = new FakeRisks();
  riskRules = (): Promise<{ rules: readonly RiskRuleDescriptor[]; defaultProfile: RiskProfile }> => this.risks.riskRules();
  scoreRisks = (profile?: RiskProfile): Promise<RiskScoreSummary> => this.risks.scoreRisks(profile);
  riskSummary = (): Promise<RiskScoreSummary | null> => this.risks.riskSummary();
  listTargets = (query: TargetQuery): Promise<TargetPage> => this.risks.listTargets(query);
  importOutcomes = (file: OutcomesFileInput): Promise<OutcomesImportReport> => this.risks.importOutcomes(file);
  outcomeRuleStats = (): Promise<OutcomeRuleStats> => this.risks.outcomeRuleStats();
  listRiskProfiles: WorkerEngineApi['listRiskProfiles'] = () => this.risks.listRiskProfiles();
  saveRiskProfile: WorkerEngineApi['saveRiskProfile'] = (profile, change) => this.risks.saveRiskProfile(profile, change);
  activateRiskProfile: WorkerEngineApi['activateRiskProfile'] = (name, analyst) => this.risks.activateRiskProfile(name, analyst);
  exportRiskProfile: WorkerEngineApi['exportRiskProfile'] = (name) => this.risks.exportRiskProfile(name);
  importRiskProfile: WorkerEngineApi['importRiskProfile'] = (fileName, text, change) => this.risks.importRiskProfile(fileName, text, change);
  riskProfileHistory: WorkerEngineApi['riskProfileHistory'] = (name) => this.risks.riskProfileHistory(name);
  learnRiskWeights: WorkerEngineApi['learnRiskWeights'] = (options) => this.risks.learnRiskWeights(options);
  applyLearnedWeights: WorkerEngineApi['applyLearnedWeights'] = (proposal, options) => this.risks.applyLearnedWeights(proposal, options);
  targetList = (): Promise<readonly TargetListEntry[]> => this.risks.targetList();
  addTarget = (addition: TargetAddition): Promise<TargetListEntry> => this.risks.addTarget(addition);
  updateTarget = (key: TargetKey, change: TargetChange): Promise<TargetListEntry> => this.risks.updateTarget(key, change);
  removeTarget = (key: TargetKey, analyst?: string): Promise<boolean> => this.risks.removeTarget(key, analyst);
  targetHistory = (key?: TargetKey): Promise<readonly TargetHistoryEntry[]> => this.risks.targetHistory(key);

  /** The audit trail (issue 10): the real trail over an in-memory store; the exports the UI records. */
  readonly audit = new FakeAudit();
  auditTrail = (query?: AuditTrailQuery): Promise<AuditTrailPage> => this.audit.auditTrail(query);
  verifyAuditTrail = (): Promise<AuditVerification> => this.audit.verifyAuditTrail();
  recordExport = (input: ExportAuditInput): Promise<AuditRecord> => this.audit.recordExport(input);

  /** Exports (issue 9): the target list through the real CSV and XLSX writers; briefing packs recorded, the PDF a marker. */
  readonly briefingPackRequests: BriefingPackRequest[] = [];
  async exportTargetList(format: 'csv' | 'xlsx'): Promise<ExportFile> {
    const marking = this.markingLine ?? this.marking;
    const entries = await this.risks.targetList();
    const bytes = format === 'csv' ? new TextEncoder().encode(targetListCsv(entries, marking)) : await targetListXlsx(entries, marking, { workspaceName: this.name, author: 'analyst', createdAt: new Date('2026-03-01T08:00:00Z') });
    return { format, suggestedName: targetListFileName(this.name, marking, format), bytes, marking: markingText(marking), what: 'targets', detail: { rows: entries.length, marking: markingText(marking) } };
  }
  readonly partnerRequests: PartnerWorkspaceRequest[] = [];
  async exportPartnerWorkspace(request: PartnerWorkspaceRequest): Promise<ExportFile> {
    this.partnerRequests.push(request);
    const marking = markingText(this.markingLine ?? this.marking);
    return { format: 'mlens', suggestedName: `${this.marking} - ${this.name} for ${request.agency.toUpperCase()}.mlens`, bytes: new TextEncoder().encode('MLENS fake subset'), marking, what: 'partner-workspace', detail: { agency: request.agency.toUpperCase(), targets: request.targets?.length ?? 0, marking } };
  }
  async exportFollowTheMoney(): Promise<ExportFile> {
    const marking = markingText(this.markingLine ?? this.marking);
    const line = JSON.stringify({ id: 'ml-trader-1', schema: 'Company', properties: { name: ['FRONT CO'], publisher: [marking] } });
    return { format: 'ftm-jsonl', suggestedName: `${this.marking} - ${this.name} - entities.ftm.jsonl`, bytes: new TextEncoder().encode(`${line}\n`), marking, what: 'ftm-entities', detail: { entities: 1, marking } };
  }
  async exportBriefingPack(request: BriefingPackRequest): Promise<ExportFile> {
    this.briefingPackRequests.push(request);
    const marking = markingText(this.markingLine ?? this.marking);
    return { format: 'pdf', suggestedName: `${this.marking} - ${request.operationName} - briefing pack.pdf`, bytes: new TextEncoder().encode('%PDF-1.7 fake briefing pack'), marking, what: 'briefing-pack', detail: { operation: request.operationName, targets: request.targets?.length ?? 0, marking } };
  }

  /** Keeps the list as a watchlist source document, then screens against it. */
  async importWatchlist(file: WatchlistFileInput): Promise<WatchlistImportReport> {
    return this.entities.importWatchlist(file, () => this.keepDocument('watchlist', file.fileName, new TextDecoder().decode(file.bytes)).documentId);
  }

  private recordDataset(report: ImportReport): void {
    this.datasets.push({
      batchId: this.datasets.length + 1,
      sourceFile: report.fileName,
      importedAt: '2026-03-02T09:15:00.000Z',
      rowsRead: report.rowsRead,
      rowsStored: report.rowsStored,
      rowsRejected: report.rowsRejected,
    });
  }

  /** Keeps a document once per kind and content, as the engine does. */
  private keepDocument(kind: SourceDocumentKind, fileName: string, text: string): SourceDocumentReceipt {
    const existing = this.documents.find((document) => document.summary.kind === kind && document.text === text);
    if (existing) return { fileName, status: 'already-present', documentId: existing.summary.documentId };
    const documentId = this.documents.length + 1;
    const byteLength = new TextEncoder().encode(text).length;
    const contentSha256 = documentId.toString(16).padStart(64, '0');
    this.documents.push({ summary: { documentId, kind, fileName, byteLength, contentSha256, addedAt: '2026-03-02T09:20:00.000Z' }, text });
    return { fileName, status: 'added', documentId };
  }

  async listShipments(query: ShipmentQuery): Promise<ShipmentPage> {
    const call = this.queries.length;
    this.queries.push(query);
    const gate = this.listGates.get(call);
    if (gate) await gate;
    const needle = query.text?.trim().toLowerCase();
    const matching = needle
      ? this.rows.filter((row) =>
          [row.billOfLadingNumber, row.shipperName, row.consigneeName, row.notifyPartyName, row.goodsDescription, row.containerNumber, row.vesselName, row.hsCode].some(
            (value) => value?.toLowerCase().includes(needle),
          ),
        )
      : [...this.rows];
    const sortBy = query.sortBy ?? 'billOfLadingNumber';
    const factor = query.sortDirection === 'desc' ? -1 : 1;
    matching.sort((left, right) => {
      const a = left[sortBy];
      const b = right[sortBy];
      if (a === b) return factor * (left.lineId - right.lineId);
      if (a === null) return 1;
      if (b === null) return -1;
      return factor * (a < b ? -1 : 1);
    });
    const offset = query.offset ?? 0;
    return { rows: matching.slice(offset, offset + (query.limit ?? 100)), total: matching.length, offset };
  }
}

export function completedReport(fileName: string, text: string): ImportReport {
  const dataRows = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(1);
  const rejected = dataRows
    .map((line, index) => ({ line, row: index + 2 }))
    .filter(({ line }) => line.startsWith(','));
  return {
    fileName,
    status: 'completed',
    contentSha256: '0'.repeat(64),
    encoding: 'utf-8',
    delimiter: ',',
    columnMapping: { 'B/L No.': 'billOfLadingNumber', 'Consignee Name': 'consigneeName' },
    unmappedColumns: [],
    rowsRead: dataRows.length,
    rowsStored: dataRows.length - rejected.length,
    rowsRejected: rejected.length,
    rejections: rejected.map(({ row }) => ({ fileName, row, column: 'B/L No.', value: '', reason: 'bill-of-lading number is empty' })),
    rejectionsTruncated: 0,
    warnings: [],
    warningsTruncated: 0,
    durationMs: 12,
  };
}

/** A manifest line with every field set; `overrides` change what a test is about. */
export function shipmentRow(lineId: number, overrides: Partial<ShipmentRow> = {}): ShipmentRow {
  return {
    lineId,
    billOfLadingNumber: `MLNSZX26${String(lineId).padStart(5, '0')}`,
    arrivalDate: '2026-03-02',
    vesselName: 'NORDIC TERN',
    vesselImo: 'IMO 9314507',
    voyageNumber: '114W',
    portOfLoading: 'Yantian, CN',
    portOfDischarge: 'Felixstowe, GB',
    countryOfOrigin: 'CN',
    shipperName: 'Shenzhen Huatai Electronics Co., Ltd.',
    consigneeName: 'Harbourline Imports Ltd',
    notifyPartyName: 'Meridian Freight Forwarding Ltd',
    containerNumber: 'TGHU7599330',
    hsCode: '851762',
    goodsDescription: 'Network switches, 24-port managed',
    packages: 120,
    grossWeightKg: 2460.5,
    declaredValueUsd: 84300,
    sourceFile: 'manifest-march.csv',
    sourceRow: lineId + 1,
    ...overrides,
  };
}

export function fakeDemoDescription(manifestLines: number): DemoWorkspaceDescription {
  return {
    seed: 20_240_101,
    firstArrivalDate: '2024-01-01',
    lastArrivalDate: '2024-03-31',
    manifestLines,
    billsOfLading: manifestLines,
    companies: 42,
    reports: 6,
    watchlistEntries: 44,
    examinationOutcomes: 10,
    plantedSchemes: [
      { id: 'undervaluation', title: 'Undervaluation', billsOfLading: 12 },
      { id: 'split-shipments', title: 'Split shipments to related consignees', billsOfLading: 9 },
    ],
    decoys: 3,
  };
}
