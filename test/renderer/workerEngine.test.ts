import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type {
  ManifestEngineApi,
  ManifestImportSource,
  SourceDocumentInput,
  SourceDocumentReceipt,
  SourceDocumentSummary,
  SourceDocumentText,
  WorkspaceSummary,
} from '../../shared/engine/engineApi';
import type { ImportProgress, ImportReport } from '../../shared/ingest/importReport';
import type { ManifestImportChoices, ManifestPreview } from '../../shared/engine/engineApi';
import type { ImportProfile } from '../../shared/ingest/importProfile';
import type { SavedImportProfile } from '../../shared/store/importProfileStore';
import type { EntityDecisionInput, EntityDetail, EntityQuery, EntityResolutionSummary, WatchlistFileInput, WatchlistImportReport } from '../../shared/engine/entityApi';
import type { EngineConnection } from '../../renderer/engine/engineClient';
import { wrapEngineEndpoint } from '../../renderer/engine/engineClient';
import { blobChunks, createWorkerEngine } from '../../renderer/worker/workerEngine';
import { demoManifestFileName, demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import { createManifestEngine } from '../../shared/engine/manifestEngine';
import { maxSourceDocumentBytes } from '../../shared/documents/sourceDocumentKinds';
import type { EgoNetworkOptions, GraphViewQuery, PathOptions } from '../../shared/engine/graphApi';
import { FakeGraphs } from './support/fakeGraphs';
import { FakeAudit } from './support/fakeAudit';
import type { AuditTrailQuery, ExportAuditInput } from '../../shared/engine/auditApi';
import type { EntityMention, MentionDecision, ReportMention, ReportDetail, ReportFileInput, ReportImportSummary, ReportPage, ReportQuery, TextSearchQuery, TextSearchResult } from '../../shared/engine/reportApi';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';
import { fixturePath } from '../support/engineHarness';
import { completedReport } from './support/fakeEngine';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskScoreSummary, TargetAddition, TargetChange, TargetHistoryEntry, TargetKey, TargetListEntry, TargetPage, TargetQuery } from '../../shared/engine/riskApi';
import type { RiskProfile } from '../../shared/risk/riskModel';
import { defaultRiskProfile } from '../../shared/risk/riskProfile';
import type { ApplyWeightsOptions, LearnWeightsOptions, RiskProfileChange, RiskProfileHistoryEntry, RiskProfileList, SavedRiskProfile } from '../../shared/engine/riskProfileApi';
import type { WeightProposal } from '../../shared/risk/outcomeReweighting';

/**
 * The RPC between the UI and the engine's worker, over a real MessageChannel (structured clone,
 * transfer lists, proxied callbacks) with the engine replaced by a recording in-memory one.
 */
class RecordingEngine implements ManifestEngineApi {
  /** The parts of the last save: a header, an image and a digest (the digest a view into a larger buffer). */
  lastSavedParts: Uint8Array[] = [];
  /** Each importAmsRelease call: every source's name, size and text as streamed. */
  readonly releases: { readonly fileName: string; readonly byteLength: number | undefined; readonly text: string }[][] = [];
  readonly addedDocuments: SourceDocumentInput[] = [];
  openedImage: number[] | null = null;
  importedText = '';
  importedSource: Omit<ManifestImportSource, 'chunks'> | null = null;
  chunksConsumed = 0;

  async info() {
    return { sqliteVersion: '3.54.1', schemaVersion: 1 };
  }
  async newWorkspace(name: string): Promise<WorkspaceSummary> {
    return this.summaryNamed(name);
  }
  async openWorkspace(name: string, image: Uint8Array): Promise<WorkspaceSummary> {
    this.openedImage = [...image];
    return this.summaryNamed(name);
  }
  async saveWorkspace(): Promise<Uint8Array[]> {
    this.lastSavedParts = [Uint8Array.of(1, 2, 3), new Uint8Array(256 * 1024).fill(7), new Uint8Array(64).fill(9).subarray(0, 32)];
    return this.lastSavedParts;
  }
  /** Each passphrase call as it reached the engine, with the bytes it came with. */
  readonly passphraseCalls: { readonly method: string; readonly passphrase: string; readonly head?: number[] }[] = [];
  async unlockWorkspaceFile(fileHead: Uint8Array, passphrase: string): Promise<boolean> {
    this.passphraseCalls.push({ method: 'unlockWorkspaceFile', passphrase, head: [...fileHead] });
    return passphrase === 'open sesame';
  }
  async setWorkspacePassphrase(passphrase: string): Promise<void> {
    this.passphraseCalls.push({ method: 'setWorkspacePassphrase', passphrase });
  }
  async workspaceEncrypted(): Promise<boolean> {
    return this.passphraseCalls.some((call) => call.method === 'setWorkspacePassphrase');
  }
  async setMarking(): Promise<WorkspaceSummary> {
    return this.summaryNamed('x');
  }
  async summary(): Promise<WorkspaceSummary> {
    return this.summaryNamed('x');
  }
  /** The mapping choices of the last importManifest call. */
  importChoices: ManifestImportChoices | undefined = undefined;
  readonly savedProfiles: ImportProfile[] = [];
  async previewManifest(source: ManifestImportSource): Promise<ManifestPreview> {
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of source.chunks) text += decoder.decode(chunk, { stream: true });
    const headers = (text.split('\n')[0] ?? '').split(',');
    return { fileName: source.fileName, format: 'delimited-text', formatDescription: 'delimited text', amsTable: null, tables: [{ sheet: null, status: 'readable', headerRow: 1, headers, sampleRows: [], proposals: [], missingRequiredFields: [] }], signature: text.length.toString(), matchingProfile: null, message: 'previewed' };
  }
  async listImportProfiles(): Promise<readonly SavedImportProfile[]> {
    return this.savedProfiles.map((profile) => ({ ...profile, signature: 's', savedAt: 't', lastUsedAt: null, timesUsed: 0 }));
  }
  async saveImportProfile(profile: ImportProfile): Promise<SavedImportProfile> {
    this.savedProfiles.push(profile);
    return { ...profile, signature: 's', savedAt: 't', lastUsedAt: null, timesUsed: 0 };
  }
  async deleteImportProfile(): Promise<boolean> {
    return false;
  }
  async exportImportProfile(name: string): Promise<string> {
    return JSON.stringify({ name });
  }
  async importImportProfile(fileName: string): Promise<SavedImportProfile> {
    return { name: fileName, tables: [], signature: 's', savedAt: 't', lastUsedAt: null, timesUsed: 0 };
  }
  async importManifest(source: ManifestImportSource, onProgress?: (progress: ImportProgress) => void, choices?: ManifestImportChoices): Promise<ImportReport> {
    this.importChoices = choices;
    this.importedSource = { fileName: source.fileName, byteLength: source.byteLength };
    const decoder = new TextDecoder();
    let bytesRead = 0;
    for await (const chunk of source.chunks) {
      this.chunksConsumed += 1;
      bytesRead += chunk.length;
      this.importedText += decoder.decode(chunk, { stream: true });
      onProgress?.({ fileName: source.fileName, bytesRead, byteLength: source.byteLength ?? null, rowsRead: 0 });
    }
    if (source.fileName === 'broken.csv') throw new Error('disk image is malformed');
    return completedReport(source.fileName, this.importedText);
  }
  async importAmsRelease(sources: readonly ManifestImportSource[], onProgress?: (progress: ImportProgress) => void): Promise<readonly ImportReport[]> {
    const release: { fileName: string; byteLength: number | undefined; text: string }[] = [];
    for (const source of sources) {
      const decoder = new TextDecoder();
      let text = '';
      for await (const chunk of source.chunks) {
        text += decoder.decode(chunk, { stream: true });
        onProgress?.({ fileName: source.fileName, bytesRead: text.length, byteLength: source.byteLength ?? null, rowsRead: 0 });
      }
      release.push({ fileName: source.fileName, byteLength: source.byteLength, text });
    }
    this.releases.push(release);
    return release.map(({ fileName, text }) => ({ ...completedReport(fileName, text), format: 'ams-table' as const }));
  }
  async cancelImport(): Promise<void> {}
  async addSourceDocuments(documents: readonly SourceDocumentInput[]): Promise<readonly SourceDocumentReceipt[]> {
    this.addedDocuments.push(...documents);
    return documents.map((document, index) => ({ fileName: document.fileName, status: 'added' as const, documentId: index + 1 }));
  }
  async listSourceDocuments(): Promise<readonly SourceDocumentSummary[]> {
    return [];
  }
  async readSourceDocument(documentId: number): Promise<SourceDocumentText> {
    throw new Error(`no source document with id ${documentId}`);
  }
  async listShipments() {
    return { rows: [], total: 0, offset: 0 };
  }
  /** Each entity call's method name and arguments, in order. */
  readonly entityCalls: { readonly method: string; readonly args: readonly unknown[] }[] = [];
  private entityCall<T>(method: string, args: readonly unknown[], answer: T): Promise<T> {
    this.entityCalls.push({ method, args });
    return Promise.resolve(answer);
  }
  private readonly entitySummaryAnswer: EntityResolutionSummary = {
    resolvedAt: '2026-03-02T09:30:00.000Z', occurrences: 3, placeholders: 0, entities: 2, entitiesWithVariants: 1, reviewItems: 0, decisionsInForce: 0, nextUndo: null, nextRedo: null, watchlistHits: 0, stale: false, durationMs: 1,
  };
  resolveEntities = () => this.entityCall('resolveEntities', [], this.entitySummaryAnswer);
  entitySummary = () => this.entityCall('entitySummary', [], this.entitySummaryAnswer);
  listEntities = (query: EntityQuery) => this.entityCall('listEntities', [query], { rows: [], total: 0, offset: query.offset ?? 0 });
  entityDetail = (entityId: string): Promise<EntityDetail> => Promise.reject(new RangeError(`no entity ${entityId}`));
  reviewQueue = (limit?: number) => this.entityCall('reviewQueue', [limit], []);
  recordEntityDecision = (decision: EntityDecisionInput) => this.entityCall('recordEntityDecision', [decision], this.entitySummaryAnswer);
  undoEntityDecision = () => this.entityCall('undoEntityDecision', [], null);
  redoEntityDecision = () => this.entityCall('redoEntityDecision', [], null);
  listEntityDecisions = () => this.entityCall('listEntityDecisions', [], []);
  entityIdOfOccurrence = (occurrenceId: string) => this.entityCall('entityIdOfOccurrence', [occurrenceId], occurrenceId === '7' ? 'T:3' : null);
  importWatchlist = (file: WatchlistFileInput): Promise<WatchlistImportReport> =>
    this.entityCall('importWatchlist', [file.fileName, [...file.bytes]], { fileName: file.fileName, format: 'watchlist csv' as const, documentId: 1, rowsRead: 0, entries: 0, rejected: 0, rejections: [], summary: this.entitySummaryAnswer });
  listWatchlistHits = () => this.entityCall('listWatchlistHits', [], []);
  listEntityNames = () => this.entityCall('listEntityNames', [], []);
  /** The network calls, answered by the engine's GraphService over a small in-memory network. */
  readonly graphs = new FakeGraphs();
  graphCatalog = () => this.graphs.graphCatalog();
  graphView = (query: GraphViewQuery) => this.graphs.graphView(query);
  findPath = (from: string, to: string, options?: PathOptions) => this.graphs.findPath(from, to, options);
  egoNetwork = (id: string, hops: number, options?: EgoNetworkOptions) => this.graphs.egoNetwork(id, hops, options);
  graphNeighbours: ManifestEngineApi['graphNeighbours'] = (query) => this.graphs.graphNeighbours(query);
  /** The audit trail: the real trail over an in-memory store. */
  readonly audit = new FakeAudit();
  auditTrail = (query?: AuditTrailQuery) => this.audit.auditTrail(query);
  verifyAuditTrail = () => this.audit.verifyAuditTrail();
  recordExport = (input: ExportAuditInput) => this.audit.recordExport(input);
  graphTimeline: ManifestEngineApi['graphTimeline'] = (filters, bucket) => this.graphs.graphTimeline(filters, bucket);
  graphFilterOptions: ManifestEngineApi['graphFilterOptions'] = () => this.graphs.graphFilterOptions();
  graphProvenance: ManifestEngineApi['graphProvenance'] = (elementId, filters, limit) => this.graphs.graphProvenance(elementId, filters, limit);
  graphViewMemories: ManifestEngineApi['graphViewMemories'] = () => this.graphs.graphViewMemories();
  rememberGraphView: ManifestEngineApi['rememberGraphView'] = (view, memory) => this.graphs.rememberGraphView(view, memory);
  /** Exports (issue 9): each request as the engine received it. */
  readonly exportRequests: { readonly method: string; readonly args: unknown[] }[] = [];
  exportTargetList: ManifestEngineApi['exportTargetList'] = async (format) => {
    this.exportRequests.push({ method: 'exportTargetList', args: [format] });
    return { format, suggestedName: `OFFICIAL - ws - targets.${format}`, bytes: new TextEncoder().encode('OFFICIAL\r\n'), marking: 'OFFICIAL', what: 'targets', detail: { rows: 0 } };
  };
  exportPartnerWorkspace: ManifestEngineApi['exportPartnerWorkspace'] = async (request) => {
    this.exportRequests.push({ method: 'exportPartnerWorkspace', args: [request] });
    return { format: 'mlens', suggestedName: 'OFFICIAL - ws for NCA.mlens', bytes: new TextEncoder().encode('MLENS'), marking: 'OFFICIAL', what: 'partner-workspace', detail: { agency: 'NCA' } };
  };
  exportFollowTheMoney: ManifestEngineApi['exportFollowTheMoney'] = async () => {
    this.exportRequests.push({ method: 'exportFollowTheMoney', args: [] });
    return { format: 'ftm-jsonl', suggestedName: 'OFFICIAL - ws - entities.ftm.jsonl', bytes: new TextEncoder().encode('{}\n'), marking: 'OFFICIAL', what: 'ftm-entities', detail: { entities: 1 } };
  };
  exportBriefingPack: ManifestEngineApi['exportBriefingPack'] = async (request) => {
    this.exportRequests.push({ method: 'exportBriefingPack', args: [request] });
    if (request.operationName === '') throw new RangeError('a briefing pack needs an operation name');
    return { format: 'pdf', suggestedName: 'OFFICIAL - Op - briefing pack.pdf', bytes: new TextEncoder().encode('%PDF-1.7'), marking: 'OFFICIAL', what: 'briefing-pack', detail: { targets: request.targets?.length ?? 0 } };
  };
  /** Each importReports call: every file's name and text as the engine received it. */
  readonly reportImports: { readonly fileName: string; readonly text: string }[][] = [];
  readonly reportCalls: { readonly method: string; readonly args: unknown[] }[] = [];
  async importReports(files: readonly ReportFileInput[]): Promise<ReportImportSummary> {
    this.reportImports.push(files.map((file) => ({ fileName: file.fileName, text: new TextDecoder().decode(file.bytes) })));
    return { files: [], imported: files.length, alreadyPresent: 0, failed: 0, flagged: 0 };
  }
  async listReports(query?: ReportQuery): Promise<ReportPage> {
    this.reportCalls.push({ method: 'listReports', args: [query] });
    return { rows: [], total: 0, offset: query?.offset ?? 0 };
  }
  async readReport(reportId: number): Promise<ReportDetail> {
    this.reportCalls.push({ method: 'readReport', args: [reportId] });
    throw new RangeError(`no intelligence report with id ${reportId}`);
  }
  async searchText(query: TextSearchQuery): Promise<TextSearchResult> {
    this.reportCalls.push({ method: 'searchText', args: [query] });
    return { text: query.text, terms: [query.text], message: null, reports: { hits: [], total: 0 }, goods: { hits: [], total: 0 } };
  }
  async reviewMention(mentionId: number, decision: MentionDecision): Promise<ReportMention> {
    this.reportCalls.push({ method: 'reviewMention', args: [mentionId, decision] });
    throw new RangeError(`no report mention with id ${mentionId}`);
  }
  async mentionsOfEntity(entityId: string): Promise<readonly EntityMention[]> {
    this.reportCalls.push({ method: 'mentionsOfEntity', args: [entityId] });
    return [];
  }
  readonly riskCalls: { method: string; args: unknown[] }[] = [];
  async riskRules() {
    this.riskCalls.push({ method: 'riskRules', args: [] });
    return { rules: [], defaultProfile: defaultRiskProfile };
  }
  async scoreRisks(profile?: RiskProfile): Promise<RiskScoreSummary> {
    this.riskCalls.push({ method: 'scoreRisks', args: [profile] });
    throw new RangeError('risk profile \'x\': unknown rule nope');
  }
  async riskSummary(): Promise<RiskScoreSummary | null> {
    this.riskCalls.push({ method: 'riskSummary', args: [] });
    return null;
  }
  async listTargets(query: TargetQuery): Promise<TargetPage> {
    this.riskCalls.push({ method: 'listTargets', args: [query] });
    return { rows: [], total: 0, offset: query.offset ?? 0, scoredAt: null };
  }
  async importOutcomes(file: OutcomesFileInput): Promise<OutcomesImportReport> {
    this.riskCalls.push({ method: 'importOutcomes', args: [file.fileName, new TextDecoder().decode(file.bytes)] });
    return { fileName: file.fileName, documentId: 1, rowsRead: 0, outcomes: 0, rejected: [], seizures: 0, noFinds: 0, billsInWorkspace: 0 };
  }
  async outcomeRuleStats(): Promise<OutcomeRuleStats> {
    this.riskCalls.push({ method: 'outcomeRuleStats', args: [] });
    return { examinedBills: 0, seizures: 0, seizureRate: null, rules: [], targetsExamined: 0, targetSeizures: 0, note: 'n' };
  }
  async listRiskProfiles(): Promise<RiskProfileList> {
    this.riskCalls.push({ method: 'listRiskProfiles', args: [] });
    return { profiles: [], inUse: defaultRiskProfile, activeName: null, defaultProfile: defaultRiskProfile };
  }
  async saveRiskProfile(profile: RiskProfile, change?: RiskProfileChange): Promise<SavedRiskProfile> {
    this.riskCalls.push({ method: 'saveRiskProfile', args: [profile, change] });
    return { profile, version: 1, active: change?.activate === true, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
  }
  async activateRiskProfile(name: string | null, analyst?: string): Promise<RiskProfileList> {
    this.riskCalls.push({ method: 'activateRiskProfile', args: [name, analyst] });
    throw new RangeError(`no risk profile named '${String(name)}' in this workspace`);
  }
  async exportRiskProfile(name: string): Promise<string> {
    this.riskCalls.push({ method: 'exportRiskProfile', args: [name] });
    return '{}';
  }
  async importRiskProfile(fileName: string, text: string, change?: RiskProfileChange): Promise<SavedRiskProfile> {
    this.riskCalls.push({ method: 'importRiskProfile', args: [fileName, text, change] });
    throw new RangeError(`${fileName}: not a JSON file`);
  }
  async riskProfileHistory(name?: string): Promise<readonly RiskProfileHistoryEntry[]> {
    this.riskCalls.push({ method: 'riskProfileHistory', args: [name] });
    return [];
  }
  async learnRiskWeights(options?: LearnWeightsOptions): Promise<WeightProposal> {
    this.riskCalls.push({ method: 'learnRiskWeights', args: [options] });
    throw new RangeError('no examination outcomes in this workspace: import an outcomes file first');
  }
  async applyLearnedWeights(proposal: WeightProposal, options?: ApplyWeightsOptions): Promise<SavedRiskProfile> {
    this.riskCalls.push({ method: 'applyLearnedWeights', args: [proposal, options] });
    throw new RangeError('the proposal carries no learning record: learn the weights from outcomes first');
  }
  private recordedTarget(key: TargetKey): TargetListEntry {
    return { kind: key.kind, ref: key.ref, name: 'N', priority: 1, status: 'approved', notes: '', agency: '', scoreWhenAdded: 4, reasonsWhenAdded: [], currentScore: 4, currentReasons: [], addedAt: 't', addedBy: 'a', updatedAt: 't' };
  }
  async targetList(): Promise<readonly TargetListEntry[]> {
    this.riskCalls.push({ method: 'targetList', args: [] });
    return [];
  }
  async addTarget(addition: TargetAddition): Promise<TargetListEntry> {
    this.riskCalls.push({ method: 'addTarget', args: [addition] });
    if (addition.ref === 'NOPE') throw new RangeError('no bill of lading NOPE in this workspace');
    return this.recordedTarget(addition);
  }
  async updateTarget(key: TargetKey, change: TargetChange): Promise<TargetListEntry> {
    this.riskCalls.push({ method: 'updateTarget', args: [key, change] });
    return this.recordedTarget(key);
  }
  async removeTarget(key: TargetKey, analyst?: string): Promise<boolean> {
    this.riskCalls.push({ method: 'removeTarget', args: [key, analyst] });
    return true;
  }
  async targetHistory(key?: TargetKey): Promise<readonly TargetHistoryEntry[]> {
    this.riskCalls.push({ method: 'targetHistory', args: [key] });
    return [];
  }
  private summaryNamed(name: string): WorkspaceSummary {
    return { name, marking: 'OFFICIAL', schemaVersion: 1, datasets: [], counts: { billsOfLading: 0, manifestLines: 0, partyOccurrences: 0, containers: 0, sourceDocuments: 0 } };
  }
}

const connections: { connection: EngineConnection; ports: MessagePort[] }[] = [];

function connect(engineReady: Promise<ManifestEngineApi>): EngineConnection {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(createWorkerEngine(engineReady), port1);
  const connection = wrapEngineEndpoint(port2, () => port2.close());
  connections.push({ connection, ports: [port1, port2] });
  return connection;
}

afterEach(() => {
  for (const { connection, ports } of connections.splice(0)) {
    connection.terminate();
    for (const port of ports) port.close();
  }
});

describe('engine RPC over a MessageChannel', () => {
  it('moves the saved workspace image to the UI instead of copying it', async () => {
    const engine = new RecordingEngine();
    const { engine: client } = connect(Promise.resolve(engine));
    const parts = await client.saveWorkspace();
    expect(parts.map((part) => part.byteLength)).toEqual([3, 256 * 1024, 32]);
    expect([...(parts[0] as Uint8Array)]).toEqual([1, 2, 3]);
    expect((parts[1] as Uint8Array).every((byte) => byte === 7)).toBe(true);
    expect((parts[2] as Uint8Array).every((byte) => byte === 9)).toBe(true);
    // Transferred: the worker's buffers are detached; a view into a larger buffer is copied, then moved.
    expect(engine.lastSavedParts.map((part) => part.byteLength)).toEqual([0, 0, 32]);
  });

  it("moves the opened workspace's bytes to the worker", async () => {
    const engine = new RecordingEngine();
    const { engine: client } = connect(Promise.resolve(engine));
    const bytes = Uint8Array.of(0x89, 0x4d, 0x4c, 0x57, 0x53);
    const summary = await client.openWorkspace('Operation Harbour', bytes);
    expect(summary.name).toBe('Operation Harbour');
    expect(engine.openedImage).toEqual([0x89, 0x4d, 0x4c, 0x57, 0x53]);
    expect(bytes.byteLength).toBe(0);
  });

  it('carries the passphrase calls to the engine: the file head is copied (kept for another try), the passphrase crosses only to the worker', async () => {
    const engine = new RecordingEngine();
    const { engine: client } = connect(Promise.resolve(engine));
    const head = Uint8Array.of(0x89, 0x4d, 0x4c, 0x57);
    expect(await client.unlockWorkspaceFile(head, 'guess')).toBe(false);
    expect(await client.unlockWorkspaceFile(head, 'open sesame')).toBe(true);
    expect(head.byteLength).toBe(4);
    expect(await client.workspaceEncrypted()).toBe(false);
    await client.setWorkspacePassphrase('a new passphrase');
    expect(await client.workspaceEncrypted()).toBe(true);
    expect(engine.passphraseCalls).toEqual([
      { method: 'unlockWorkspaceFile', passphrase: 'guess', head: [0x89, 0x4d, 0x4c, 0x57] },
      { method: 'unlockWorkspaceFile', passphrase: 'open sesame', head: [0x89, 0x4d, 0x4c, 0x57] },
      { method: 'setWorkspacePassphrase', passphrase: 'a new passphrase' },
    ]);
  });

  it('streams an imported file to the engine as chunks and reports progress back through a proxied callback', async () => {
    const engine = new RecordingEngine();
    const { engine: client } = connect(Promise.resolve(engine));
    const csv = `B/L No.,Consignee Name\r\n${Array.from({ length: 4000 }, (_, index) => `MLNSZX26${String(index).padStart(5, '0')},Harbourline Imports Ltd`).join('\r\n')}`;
    const progress: ImportProgress[] = [];

    const report = await client.importManifestFile(new Blob([csv]), 'manifest-march.csv', (update) => progress.push(update));

    expect(engine.importedSource).toEqual({ fileName: 'manifest-march.csv', byteLength: new TextEncoder().encode(csv).length });
    expect(engine.importedText).toBe(csv);
    expect(report).toMatchObject({ fileName: 'manifest-march.csv', status: 'completed', rowsRead: 4000, rowsStored: 4000 });
    await expect.poll(() => progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ fileName: 'manifest-march.csv', byteLength: engine.importedSource?.byteLength });
  });

  it('forwards the mapping preview, the analyst mapping and the profile calls through the worker', async () => {
    const engine = new RecordingEngine();
    const { engine: client } = connect(Promise.resolve(engine));
    const preview = await client.previewManifestFile(new Blob(['COL1,COL2\r\nMEDU1,ACME LTD']), 'cryptic.csv');
    expect(preview).toMatchObject({ fileName: 'cryptic.csv', message: 'previewed', tables: [{ headers: ['COL1', 'COL2\r'] }] });

    const mapping = [{ sheet: null, columns: [{ header: 'COL1', field: 'billOfLadingNumber' as const }, { header: 'COL2', field: 'consigneeName' as const }] }];
    await client.importManifestFile(new Blob(['COL1,COL2\r\nMEDU1,ACME LTD']), 'cryptic.csv', undefined, { mapping, profileName: 'Cryptic daily' });
    expect(engine.importChoices).toEqual({ mapping, profileName: 'Cryptic daily' });

    await client.saveImportProfile({ name: 'Felixstowe', tables: mapping });
    expect((await client.listImportProfiles()).map((profile) => profile.name)).toEqual(['Felixstowe']);
    expect(await client.exportImportProfile('Felixstowe')).toBe('{"name":"Felixstowe"}');
  });

  it("passes the engine's errors to the caller with their message", async () => {
    const { engine: client } = connect(Promise.resolve(new RecordingEngine()));
    await expect(client.importManifestFile(new Blob(['B/L No.\r\n1']), 'broken.csv')).rejects.toThrow('disk image is malformed');
  });

  it('fails every call with the reason when the engine cannot start', async () => {
    const failed = Promise.reject(new Error('WebAssembly.instantiate(): expected magic word 00 61 73 6d'));
    failed.catch(() => undefined);
    const { engine: client } = connect(failed);
    await expect(client.info()).rejects.toThrow('expected magic word');
    await expect(client.listShipments({})).rejects.toThrow('expected magic word');
  });

  it('fails pending and later calls once the connection is terminated', async () => {
    let startEngine: (engine: ManifestEngineApi) => void = () => undefined;
    const connection = connect(new Promise<ManifestEngineApi>((resolve) => (startEngine = resolve)));
    const pending = connection.engine.info();
    connection.terminate();
    await expect(pending).rejects.toThrow('Engine stopped');
    await expect(connection.engine.summary()).rejects.toThrow('Engine stopped');
    startEngine(new RecordingEngine());
  });
});

const amsDir = fixturePath('ingest/ams');
const amsFile = async (table: string, name = `ams__${table}_2020__202001070600.csv`) =>
  ({ file: new Blob([await readFile(`${amsDir}/ams__${table}_2020__202001070600.csv`)]), fileName: name });

describe('AMS releases over the RPC', () => {
  it('recognises AMS tables by their exact header or their file name, and nothing else', async () => {
    const { engine: client } = connect(Promise.resolve(new RecordingEngine()));
    const manifestCsv = await readFile(fixturePath('e2e/manifest-small.csv'));
    const flattened = await readFile(fixturePath('ingest/ams-flattened-variant.csv'));
    const tables = await client.identifyAmsTables([
      await amsFile('header'),
      // Recognised by its header, whatever its name.
      await amsFile('consignee', 'consignees-january.csv'),
      { file: new Blob([manifestCsv]), fileName: 'manifest-small.csv' },
      // The flattened variant has every tariff column and more: a single-file manifest, not a table.
      { file: new Blob([flattened]), fileName: 'ams-flattened-variant.csv' },
      // Named like a table without its header: routed to the release, which then says why it fails.
      { file: new Blob([manifestCsv]), fileName: 'ams__shipper_2020__202001070600.csv' },
    ]);
    expect(tables).toEqual(['header', 'consignee', null, null, 'shipper']);
  });

  it('streams every file of a release to the engine in order, with progress for each file', async () => {
    const engine = new RecordingEngine();
    const { engine: client } = connect(Promise.resolve(engine));
    const files = [await amsFile('header'), await amsFile('consignee'), await amsFile('billgen'), await amsFile('container')];
    const progress: ImportProgress[] = [];

    const reports = await client.importAmsReleaseFiles(files, (update) => progress.push(update));

    expect(engine.releases).toHaveLength(1);
    const release = engine.releases[0]!;
    expect(release.map((source) => source.fileName)).toEqual(files.map((file) => file.fileName));
    for (const [index, source] of release.entries()) {
      expect(source.byteLength).toBe(files[index]!.file.size);
      expect(source.text).toBe(await files[index]!.file.text());
    }
    expect(reports.map((report) => report.fileName)).toEqual(files.map((file) => file.fileName));
    // Small files are read within one progress interval: the first update of each still arrives.
    await expect.poll(() => new Set(progress.map((update) => update.fileName)).size).toBe(files.length);
  });

  it('imports the AMS fixture release on the real engine: one report per file, each accounting for its rows', async () => {
    const engine = await createManifestEngine(await loadSqlJsForNode());
    const { engine: client } = connect(Promise.resolve(engine));
    const tables = ['billgen', 'cargodesc', 'consignee', 'container', 'hazmat', 'hazmatclass', 'header', 'marksnumbers', 'notifyparty', 'shipper', 'tariff'];
    const files = await Promise.all(tables.map((table) => amsFile(table)));
    expect(await client.identifyAmsTables(files)).toEqual(tables);

    const reports = await client.importAmsReleaseFiles(files);

    expect(reports.map((report) => [report.fileName, report.status, report.format, report.amsTable])).toEqual(
      files.map((file, index) => [file.fileName, 'completed', 'ams-table', tables[index]]),
    );
    for (const report of reports) expect(report.rowsRead).toBe(report.rowsStored + report.rowsRejected);
    const summary = await client.summary();
    expect(summary.counts.billsOfLading).toBeGreaterThan(0);
    expect(summary.datasets.map((dataset) => dataset.sourceFile).sort()).toEqual(files.map((file) => file.fileName).sort());
  });
});

describe('source documents over the RPC', () => {
  it('hands the files to the engine byte for byte, with their kind and name', async () => {
    const engine = new RecordingEngine();
    const { engine: client } = connect(Promise.resolve(engine));
    // Windows-1252 quotes and a NUL: bytes, not text, cross.
    const report = Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x00, 0x0a);
    const watchlist = new TextEncoder().encode('name,aliases\r\nNOBLE FORTUNE,\r\n');

    const receipts = await client.addSourceDocumentFiles([
      { kind: 'intelligence-report', fileName: 'IR-2024-0595.txt', file: new Blob([report]) },
      { kind: 'watchlist', fileName: 'watchlist.csv', file: new Blob([watchlist]) },
    ]);

    expect(receipts.map((receipt) => receipt.fileName)).toEqual(['IR-2024-0595.txt', 'watchlist.csv']);
    expect(engine.addedDocuments.map(({ kind, fileName, bytes }) => ({ kind, fileName, bytes: [...bytes] }))).toEqual([
      { kind: 'intelligence-report', fileName: 'IR-2024-0595.txt', bytes: [...report] },
      { kind: 'watchlist', fileName: 'watchlist.csv', bytes: [...watchlist] },
    ]);
  });

  it('refuses a file above the size limit before reading any file', async () => {
    const engine = new RecordingEngine();
    const worker = createWorkerEngine(Promise.resolve(engine));
    const reads: string[] = [];
    const fakeFile = (name: string, size: number) =>
      ({
        size,
        arrayBuffer: async () => {
          reads.push(name);
          return new ArrayBuffer(0);
        },
      }) as unknown as Blob;

    await expect(
      worker.addSourceDocumentFiles([
        { kind: 'intelligence-report', fileName: 'small.txt', file: fakeFile('small.txt', 10) },
        { kind: 'intelligence-report', fileName: 'huge.txt', file: fakeFile('huge.txt', maxSourceDocumentBytes + 1) },
      ]),
    ).rejects.toThrow(`huge.txt: ${maxSourceDocumentBytes + 1} bytes is above the ${maxSourceDocumentBytes}-byte limit`);
    expect(reads).toEqual([]);
    expect(engine.addedDocuments).toEqual([]);
  });

  it('keeps, lists and reads documents on the real engine, each once', async () => {
    const engine = await createManifestEngine(await loadSqlJsForNode());
    const { engine: client } = connect(Promise.resolve(engine));
    const text = 'OFFICIAL-SENSITIVE\n\nGrading: B2\n<script>alert(1)</script>\n';
    const file = new Blob([text]);

    const first = await client.addSourceDocumentFiles([{ kind: 'intelligence-report', fileName: 'INT-24-0594.txt', file }]);
    const again = await client.addSourceDocumentFiles([{ kind: 'intelligence-report', fileName: 'copy.txt', file }]);

    expect(first).toEqual([expect.objectContaining({ fileName: 'INT-24-0594.txt', status: 'added' })]);
    expect(again).toEqual([{ fileName: 'copy.txt', status: 'already-present', documentId: first[0]!.documentId }]);
    expect((await client.summary()).counts.sourceDocuments).toBe(1);
    const listed = await client.listSourceDocuments();
    expect(listed).toEqual([expect.objectContaining({ documentId: first[0]!.documentId, kind: 'intelligence-report', fileName: 'INT-24-0594.txt', byteLength: text.length })]);
    const read = await client.readSourceDocument(first[0]!.documentId);
    expect(read).toMatchObject({ fileName: 'INT-24-0594.txt', text, encoding: 'utf-8' });
  });
});

describe('the demo workspace over the RPC', () => {
  it('is generated and loaded in the worker; only its summary, import report and description cross', async () => {
    const engine = await createManifestEngine(await loadSqlJsForNode());
    const { engine: client } = connect(Promise.resolve(engine));
    await client.newWorkspace('Operation Harbour');
    const progress: ImportProgress[] = [];

    const opened = await client.openDemoWorkspace((update) => progress.push(update));

    const dataset = generateDemoDataset();
    expect(opened.summary.name).toBe(demoWorkspaceName);
    expect(opened.summary.marking).toBe('OFFICIAL-SENSITIVE');
    expect(opened.manifestReport).toMatchObject({ fileName: demoManifestFileName, status: 'completed' });
    const { rowsRead, rowsStored, rowsRejected } = opened.manifestReport;
    expect(rowsRead).toBe(dataset.summary.lines);
    expect(rowsRead).toBe(rowsStored + rowsRejected);
    expect(opened.summary.counts.manifestLines).toBe(rowsStored);
    expect(opened.summary.datasets).toEqual([expect.objectContaining({ sourceFile: demoManifestFileName, rowsRead, rowsStored, rowsRejected })]);
    expect((await client.listShipments({ limit: 1 })).total).toBe(rowsStored);
    expect(opened.demo).toEqual({
      seed: dataset.truth.generator.seed,
      firstArrivalDate: dataset.truth.generator.firstArrivalDate,
      lastArrivalDate: dataset.truth.generator.lastArrivalDate,
      manifestLines: dataset.summary.lines,
      billsOfLading: dataset.summary.billsOfLading,
      companies: dataset.summary.companies,
      reports: dataset.summary.reports,
      watchlistEntries: dataset.summary.watchlistEntries,
      examinationOutcomes: dataset.summary.examinationOutcomes,
      plantedSchemes: Object.entries(dataset.truth.schemes).map(([id, scheme]) => ({ id, title: scheme.title, billsOfLading: scheme.billsOfLading.length })),
      decoys: Object.keys(dataset.truth.decoys).length,
    });
    expect(opened.demo.plantedSchemes.length).toBeGreaterThan(0);
    // A few thousand lines, not the dataset: what crosses stays small.
    expect(JSON.stringify(opened.demo).length).toBeLessThan(2_000);
    await expect.poll(() => progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ fileName: demoManifestFileName });
  }, 60_000);
});

describe('entity resolution over the RPC', () => {
  it('forwards every entity call with its arguments, and the engine\'s errors with their message', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    expect((await remote.resolveEntities()).entities).toBe(2);
    await remote.listEntities({ text: 'huaxin', role: 'shipper', offset: 100, limit: 50 });
    await remote.recordEntityDecision({ kind: 'not the same', left: ['1'], right: ['2'], note: 'different premises' });
    expect(await remote.undoEntityDecision()).toBeNull();
    expect(await remote.entityIdOfOccurrence('7')).toBe('T:3');
    expect(await remote.entityIdOfOccurrence('8')).toBeNull();
    const report = await remote.importWatchlist({ fileName: 'list.csv', bytes: new TextEncoder().encode('name\nACME') });
    expect(report.fileName).toBe('list.csv');
    await expect(remote.entityDetail('T:99')).rejects.toThrow('no entity T:99');
    expect(engine.entityCalls).toEqual([
      { method: 'resolveEntities', args: [] },
      { method: 'listEntities', args: [{ text: 'huaxin', role: 'shipper', offset: 100, limit: 50 }] },
      { method: 'recordEntityDecision', args: [{ kind: 'not the same', left: ['1'], right: ['2'], note: 'different premises' }] },
      { method: 'undoEntityDecision', args: [] },
      { method: 'entityIdOfOccurrence', args: ['7'] },
      { method: 'entityIdOfOccurrence', args: ['8'] },
      { method: 'importWatchlist', args: ['list.csv', [...new TextEncoder().encode('name\nACME')]] },
    ]);
  });
});

describe('network calls through the worker', () => {
  it('forwards the view, path and ego network requests with their options, and the engine\'s errors', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    expect((await remote.graphCatalog()).views.map((view) => view.id)).toContain('trader-network');
    const view = await remote.graphView({ view: 'trader-network', layout: 'forceatlas2', filters: { minimumBills: 1, dateFrom: '2026-03-01' }, maxNodes: 5 });
    expect(view.nodes).toHaveLength(5);
    expect(view.truncated).toMatch(/^Showing the 5 best-connected of 7 traders/);
    expect(engine.graphs.viewQueries).toEqual([{ view: 'trader-network', layout: 'forceatlas2', filters: { minimumBills: 1, dateFrom: '2026-03-01' }, maxNodes: 5 }]);
    const path = await remote.findPath('T:1', 'T:7', { avoidHubs: true });
    expect(path.nodes).toEqual(['T:1', 'T:3', 'T:2', 'T:6', 'T:7']);
    expect(engine.graphs.pathQueries).toEqual([{ from: 'T:1', to: 'T:7', options: { avoidHubs: true } }]);
    expect((await remote.egoNetwork('T:1', 1)).nodes.map((node) => node.id).sort()).toEqual(['T:1', 'T:3', 'T:4', 'T:5']);
    await expect(remote.graphView({ view: 'nothing' })).rejects.toThrow("no network view 'nothing'");
  });

  it('forwards the audit trail, its verification and the exports the UI records', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    await engine.audit.append({ actor: 'R. Patel', action: 'manifest.import', objectKind: 'manifest-file', objectId: 'a.csv', outcome: 'done', detail: { rowsRead: 3 } });
    const record = await remote.recordExport({ what: 'targets', format: 'csv', fileName: 'targets.csv', outcome: 'done', detail: { rows: 2 } });
    expect(record).toMatchObject({ sequence: 2, action: 'targets.export', objectKind: 'csv-file', detail: { rows: 2, format: 'csv' } });
    const page = await remote.auditTrail({ offset: 0, limit: 1 });
    expect(page).toMatchObject({ total: 2, offset: 0, limit: 1 });
    expect(page.records.map((entry) => entry.sequence)).toEqual([2]);
    expect(await remote.verifyAuditTrail()).toEqual({ ok: true, records: 2, headHash: record.hash, firstBadSequence: null, reason: null });
  });

  it('forwards export requests with a network picture\'s bytes, and returns the file\'s bytes', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const pack = await remote.exportBriefingPack({ operationName: 'Op', author: 'A', date: '2026-03-02', distribution: ['NCA'], summary: 'S', targets: [{ kind: 'shipment', ref: 'HLB1' }], graph: { png, caption: 'view' } });
    expect(new TextDecoder().decode(pack.bytes)).toBe('%PDF-1.7');
    expect(pack).toMatchObject({ format: 'pdf', what: 'briefing-pack', detail: { targets: 1 } });
    const received = engine.exportRequests[0]?.args[0] as { graph: { png: Uint8Array } };
    expect([...received.graph.png]).toEqual([...png]);
    expect((await remote.exportTargetList('xlsx')).suggestedName).toBe('OFFICIAL - ws - targets.xlsx');
    expect(engine.exportRequests.map((request) => request.method)).toEqual(['exportBriefingPack', 'exportTargetList']);
    await expect(remote.exportBriefingPack({ operationName: '', author: 'A', date: '2026-03-02', distribution: [], summary: '' })).rejects.toThrow('needs an operation name');
  });

  it('forwards expansions, the time bar, provenance and the views\' memory', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    const page = await remote.graphNeighbours({ view: 'trader-network', id: 'T:1', hops: 1, known: ['T:3'], limit: 1 });
    expect(page).toMatchObject({ total: 2, remaining: 1, offset: 0 });
    expect(engine.graphs.neighbourQueries).toEqual([{ view: 'trader-network', id: 'T:1', hops: 1, known: ['T:3'], limit: 1 }]);
    await expect(remote.graphNeighbours({ view: 'trader-network', id: 'T:1', hops: 9, known: [] })).rejects.toThrow('hops must be 1 to 3, not 9');
    expect((await remote.graphTimeline({}, 'day')).buckets[0]).toEqual({ start: '2026-03-02', bills: 2 });
    expect((await remote.graphProvenance('flow:T:1>T:3')).records.map((record) => record.billOfLadingNumber)).toEqual(['HLB1']);
    expect((await remote.graphFilterOptions()).riskScored).toBe(true);
    await remote.rememberGraphView('trader-network', { layout: 'grid', pinned: { 'T:1': { x: 1.5, y: -2 } } });
    expect(await remote.graphViewMemories()).toEqual({ 'trader-network': { layout: 'grid', pinned: { 'T:1': { x: 1.5, y: -2 } } } });
  });
});

describe('report calls through the worker', () => {
  it('reads the report files (Blobs) in the worker and forwards list, read and search with their arguments and errors', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    const summary = await remote.importReportFiles([
      { fileName: 'IR-1.txt', file: new Blob(['OFFICIAL\nReference: IR/1']) },
      { fileName: 'note.md', file: new Blob(['# Subject: x']) },
    ]);
    expect(summary.imported).toBe(2);
    expect(engine.reportImports).toEqual([[{ fileName: 'IR-1.txt', text: 'OFFICIAL\nReference: IR/1' }, { fileName: 'note.md', text: '# Subject: x' }]]);
    await remote.listReports({ sortBy: 'grading', sortDirection: 'desc', markings: ['SECRET'], offset: 10 });
    await remote.searchText({ text: '"dover wood" -tiles', limit: 5 });
    await expect(remote.readReport(99)).rejects.toThrow('no intelligence report with id 99');
    await expect(remote.reviewMention(7, { decision: 'relink', target: { kind: 'trader', key: 'T:3' }, note: 'same firm' })).rejects.toThrow('no report mention with id 7');
    expect(await remote.mentionsOfEntity('T:3')).toEqual([]);
    expect(engine.reportCalls).toEqual([
      { method: 'listReports', args: [{ sortBy: 'grading', sortDirection: 'desc', markings: ['SECRET'], offset: 10 }] },
      { method: 'searchText', args: [{ text: '"dover wood" -tiles', limit: 5 }] },
      { method: 'readReport', args: [99] },
      { method: 'reviewMention', args: [7, { decision: 'relink', target: { kind: 'trader', key: 'T:3' }, note: 'same firm' }] },
      { method: 'mentionsOfEntity', args: ['T:3'] },
    ]);
  });
});

describe('risk calls through the worker', () => {
  it('forwards scoring, target pages and outcomes with their arguments and errors', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    expect((await remote.riskRules()).defaultProfile.thresholds.target).toBe(defaultRiskProfile.thresholds.target);
    const profile = { ...defaultRiskProfile, name: 'x' };
    await expect(remote.scoreRisks(profile)).rejects.toThrow("risk profile 'x': unknown rule nope");
    expect(await remote.riskSummary()).toBeNull();
    expect((await remote.listTargets({ kind: 'trader', offset: 50, limit: 25 })).offset).toBe(50);
    expect((await remote.importOutcomes({ fileName: 'outcomes.csv', bytes: new TextEncoder().encode('bill_of_lading_number,result\nX1,seizure\n') })).fileName).toBe('outcomes.csv');
    await remote.outcomeRuleStats();
    expect(engine.riskCalls).toEqual([
      { method: 'riskRules', args: [] },
      { method: 'scoreRisks', args: [profile] },
      { method: 'riskSummary', args: [] },
      { method: 'listTargets', args: [{ kind: 'trader', offset: 50, limit: 25 }] },
      { method: 'importOutcomes', args: ['outcomes.csv', 'bill_of_lading_number,result\nX1,seizure\n'] },
      { method: 'outcomeRuleStats', args: [] },
    ]);
  });

  it('forwards the target list calls with their arguments and errors', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    expect(await remote.targetList()).toEqual([]);
    expect((await remote.addTarget({ kind: 'shipment', ref: 'MSKU1', priority: 'high' })).ref).toBe('MSKU1');
    await expect(remote.addTarget({ kind: 'shipment', ref: 'NOPE' })).rejects.toThrow('no bill of lading NOPE in this workspace');
    expect((await remote.updateTarget({ kind: 'trader', ref: 'T:4' }, { status: 'approved', agency: 'NCA' })).status).toBe('approved');
    expect(await remote.removeTarget({ kind: 'trader', ref: 'T:4' }, 'jo')).toBe(true);
    await remote.targetHistory({ kind: 'shipment', ref: 'MSKU1' });
    expect(engine.riskCalls).toEqual([
      { method: 'targetList', args: [] },
      { method: 'addTarget', args: [{ kind: 'shipment', ref: 'MSKU1', priority: 'high' }] },
      { method: 'addTarget', args: [{ kind: 'shipment', ref: 'NOPE' }] },
      { method: 'updateTarget', args: [{ kind: 'trader', ref: 'T:4' }, { status: 'approved', agency: 'NCA' }] },
      { method: 'removeTarget', args: [{ kind: 'trader', ref: 'T:4' }, 'jo'] },
      { method: 'targetHistory', args: [{ kind: 'shipment', ref: 'MSKU1' }] },
    ]);
  });

  it('forwards the risk profile and learning calls with their arguments and errors', async () => {
    const engine = new RecordingEngine();
    const { engine: remote } = connect(Promise.resolve(engine));
    const profile = { ...defaultRiskProfile, name: 'Port team', thresholds: { target: 4 } };
    expect((await remote.listRiskProfiles()).activeName).toBeNull();
    expect((await remote.saveRiskProfile(profile, { activate: true })).active).toBe(true);
    await expect(remote.activateRiskProfile('Nope')).rejects.toThrow("no risk profile named 'Nope' in this workspace");
    expect(await remote.exportRiskProfile('Port team')).toBe('{}');
    await expect(remote.importRiskProfile('x.json', '{', { analyst: 'jo' })).rejects.toThrow('x.json: not a JSON file');
    expect(await remote.riskProfileHistory('Port team')).toEqual([]);
    await expect(remote.learnRiskWeights({ folds: 3 })).rejects.toThrow('no examination outcomes in this workspace');
    expect(engine.riskCalls).toEqual([
      { method: 'listRiskProfiles', args: [] },
      { method: 'saveRiskProfile', args: [profile, { activate: true }] },
      { method: 'activateRiskProfile', args: ['Nope', undefined] },
      { method: 'exportRiskProfile', args: ['Port team'] },
      { method: 'importRiskProfile', args: ['x.json', '{', { analyst: 'jo' }] },
      { method: 'riskProfileHistory', args: ['Port team'] },
      { method: 'learnRiskWeights', args: [{ folds: 3 }] },
    ]);
  });
});

describe('engine worker that fails to load', () => {
  it('fails the calls waiting on it instead of leaving them pending', async () => {
    // A worker whose script failed to load never answers; it only fires 'error'.
    const { port2 } = new MessageChannel();
    const connection = wrapEngineEndpoint(port2, () => port2.close());
    const pending = connection.engine.info();
    port2.dispatchEvent(new Event('error'));
    await expect(pending).rejects.toThrow('Engine stopped: the engine worker failed to start');
    await expect(connection.engine.summary()).rejects.toThrow('Engine stopped');
    connection.terminate();
  });
});

describe('blobChunks', () => {
  it('yields the bytes of a Blob in order', async () => {
    const bytes = new Uint8Array(200_000).map((_, index) => index % 251);
    const chunks: Uint8Array[] = [];
    for await (const chunk of blobChunks(new Blob([bytes]))) chunks.push(chunk);
    const joined = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
    chunks.reduce((offset, chunk) => (joined.set(chunk, offset), offset + chunk.length), 0);
    expect(joined).toEqual(bytes);
  });

  it('cancels the stream when the engine stops reading early (a cancelled or failed import)', async () => {
    let pulls = 0;
    const cancelled: unknown[] = [];
    const endlessFile = {
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulls += 1;
            controller.enqueue(new Uint8Array(1024));
          },
          cancel(reason) {
            cancelled.push(reason);
          },
        }),
    } as unknown as Blob;
    let consumed = 0;
    for await (const _chunk of blobChunks(endlessFile)) {
      consumed += 1;
      if (consumed === 3) break;
    }
    expect(consumed).toBe(3);
    expect(cancelled).toHaveLength(1);
    expect(pulls).toBeLessThan(10);
  });
});
