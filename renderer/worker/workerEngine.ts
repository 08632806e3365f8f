import * as Comlink from 'comlink';
import { maxSourceDocumentBytes } from '../../shared/documents/sourceDocumentKinds';
import type { ManifestEngineApi } from '../../shared/engine/engineApi';
import type { DemoDataset } from '../../shared/generator/demoDataset';
import { headerFromHead, identifyAmsTable } from '../../shared/ingest/ams/amsTableIdentification';
import { sniffLength } from '../../shared/ingest/formats/importFormat';
import type { ImportProgress } from '../../shared/ingest/importReport';
import type { DemoWorkspaceDescription, WorkerEngineApi } from './workerEngineApi';

/** Progress is forwarded to the UI at most this often; the final report supersedes it. */
const progressIntervalMs = 50;

/**
 * Adapts the engine to the worker-side RPC surface. `engineReady` is the engine still being
 * created (sql.js compiles its WebAssembly first): the API is exposed at once so no early call is
 * lost, and every call waits for the engine, or fails with the reason it could not start.
 */
export function createWorkerEngine(engineReady: Promise<ManifestEngineApi>): WorkerEngineApi {
  return {
    info: async () => (await engineReady).info(),
    newWorkspace: async (name, marking) => (await engineReady).newWorkspace(name, marking),
    openWorkspace: async (name, image, passphrase) => (await engineReady).openWorkspace(name, image, passphrase),
    unlockWorkspaceFile: async (fileHead, passphrase) => (await engineReady).unlockWorkspaceFile(fileHead, passphrase),
    setWorkspacePassphrase: async (passphrase) => (await engineReady).setWorkspacePassphrase(passphrase),
    workspaceEncrypted: async () => (await engineReady).workspaceEncrypted(),
    async saveWorkspace() {
      // Each part is moved to the UI thread, not copied (a part that shares its buffer is copied first).
      const parts = (await (await engineReady).saveWorkspace()).map((part) => (ownsWholeBuffer(part) ? part : part.slice()));
      return transferableParts(parts);
    },
    setMarking: async (marking) => (await engineReady).setMarking(marking),
    summary: async () => (await engineReady).summary(),
    async importManifestFile(file, fileName, onProgress, options) {
      const engine = await engineReady;
      try {
        return await engine.importManifest(
          { fileName, byteLength: file.size, chunks: blobChunks(file) },
          onProgress ? throttledProgress(onProgress) : undefined,
          options,
        );
      } finally {
        releaseRemoteCallback(onProgress);
      }
    },
    previewManifestFile: async (file, fileName) => (await engineReady).previewManifest({ fileName, byteLength: file.size, chunks: blobChunks(file) }),
    listImportProfiles: async () => (await engineReady).listImportProfiles(),
    saveImportProfile: async (profile) => (await engineReady).saveImportProfile(profile),
    deleteImportProfile: async (name) => (await engineReady).deleteImportProfile(name),
    exportImportProfile: async (name) => (await engineReady).exportImportProfile(name),
    importImportProfile: async (fileName, text) => (await engineReady).importImportProfile(fileName, text),
    async identifyAmsTables(files) {
      // The same test the engine applies to a single file: an exact AMS header, or an AMS file name.
      return Promise.all(
        files.map(async ({ file, fileName }) => {
          const head = new Uint8Array(await file.slice(0, sniffLength).arrayBuffer());
          return identifyAmsTable(fileName, headerFromHead(head))?.table ?? null;
        }),
      );
    },
    async importAmsReleaseFiles(files, onProgress) {
      const engine = await engineReady;
      try {
        return await engine.importAmsRelease(
          files.map(({ file, fileName }) => ({ fileName, byteLength: file.size, chunks: blobChunks(file) })),
          onProgress ? throttledProgress(onProgress) : undefined,
        );
      } finally {
        releaseRemoteCallback(onProgress);
      }
    },
    async addSourceDocumentFiles(documents) {
      const engine = await engineReady;
      // Refused before any file is read into memory.
      const oversized = documents.find(({ file }) => file.size > maxSourceDocumentBytes);
      if (oversized) {
        throw new Error(`${oversized.fileName}: ${oversized.file.size} bytes is above the ${maxSourceDocumentBytes}-byte limit for a source document`);
      }
      const inputs = [];
      for (const { kind, fileName, file } of documents) inputs.push({ kind, fileName, bytes: new Uint8Array(await file.arrayBuffer()) });
      return engine.addSourceDocuments(inputs);
    },
    async importReportFiles(files) {
      const engine = await engineReady;
      // Refused before any file is read into memory, as source documents are.
      const oversized = files.find(({ file }) => file.size > maxSourceDocumentBytes);
      if (oversized) {
        throw new Error(`${oversized.fileName}: ${oversized.file.size} bytes is above the ${maxSourceDocumentBytes}-byte limit for a source document`);
      }
      const inputs = [];
      for (const { fileName, file } of files) inputs.push({ fileName, bytes: new Uint8Array(await file.arrayBuffer()) });
      return engine.importReports(inputs);
    },
    listReports: async (query) => (await engineReady).listReports(query),
    readReport: async (reportId) => (await engineReady).readReport(reportId),
    searchText: async (query) => (await engineReady).searchText(query),
    reviewMention: async (mentionId, decision) => (await engineReady).reviewMention(mentionId, decision),
    mentionsOfEntity: async (entityId) => (await engineReady).mentionsOfEntity(entityId),
    riskRules: async () => (await engineReady).riskRules(),
    scoreRisks: async (profile) => (await engineReady).scoreRisks(profile),
    riskSummary: async () => (await engineReady).riskSummary(),
    listTargets: async (query) => (await engineReady).listTargets(query),
    importOutcomes: async (file) => (await engineReady).importOutcomes(file),
    outcomeRuleStats: async () => (await engineReady).outcomeRuleStats(),
    listRiskProfiles: async () => (await engineReady).listRiskProfiles(),
    saveRiskProfile: async (profile, change) => (await engineReady).saveRiskProfile(profile, change),
    activateRiskProfile: async (name, analyst) => (await engineReady).activateRiskProfile(name, analyst),
    exportRiskProfile: async (name) => (await engineReady).exportRiskProfile(name),
    importRiskProfile: async (fileName, text, change) => (await engineReady).importRiskProfile(fileName, text, change),
    riskProfileHistory: async (name) => (await engineReady).riskProfileHistory(name),
    learnRiskWeights: async (options) => (await engineReady).learnRiskWeights(options),
    applyLearnedWeights: async (proposal, options) => (await engineReady).applyLearnedWeights(proposal, options),
    targetList: async () => (await engineReady).targetList(),
    addTarget: async (addition) => (await engineReady).addTarget(addition),
    updateTarget: async (key, change) => (await engineReady).updateTarget(key, change),
    removeTarget: async (key, analyst) => (await engineReady).removeTarget(key, analyst),
    targetHistory: async (key) => (await engineReady).targetHistory(key),
    listSourceDocuments: async () => (await engineReady).listSourceDocuments(),
    readSourceDocument: async (documentId) => (await engineReady).readSourceDocument(documentId),
    async openDemoWorkspace(onProgress) {
      const engine = await engineReady;
      try {
        // The generator and its reference data are a separate chunk, fetched (from the app's own
        // origin) only when the demo is opened, so they cost nothing on an ordinary start.
        const { loadDemoWorkspace } = await import('../../shared/engine/demoWorkspace');
        const { summary, manifestReport, dataset } = await loadDemoWorkspace(engine, onProgress ? throttledProgress(onProgress) : undefined);
        return { summary, manifestReport, demo: describeDemoDataset(dataset) };
      } finally {
        releaseRemoteCallback(onProgress);
      }
    },
    cancelImport: async () => (await engineReady).cancelImport(),
    listShipments: async (query) => (await engineReady).listShipments(query),
    resolveEntities: async () => (await engineReady).resolveEntities(),
    entitySummary: async () => (await engineReady).entitySummary(),
    listEntities: async (query) => (await engineReady).listEntities(query),
    entityDetail: async (entityId) => (await engineReady).entityDetail(entityId),
    reviewQueue: async (limit) => (await engineReady).reviewQueue(limit),
    recordEntityDecision: async (decision) => (await engineReady).recordEntityDecision(decision),
    undoEntityDecision: async () => (await engineReady).undoEntityDecision(),
    redoEntityDecision: async () => (await engineReady).redoEntityDecision(),
    listEntityDecisions: async () => (await engineReady).listEntityDecisions(),
    entityIdOfOccurrence: async (occurrenceId) => (await engineReady).entityIdOfOccurrence(occurrenceId),
    importWatchlist: async (file) => (await engineReady).importWatchlist(file),
    listWatchlistHits: async () => (await engineReady).listWatchlistHits(),
    graphCatalog: async () => (await engineReady).graphCatalog(),
    graphView: async (query) => (await engineReady).graphView(query),
    findPath: async (from, to, options) => (await engineReady).findPath(from, to, options),
    egoNetwork: async (id, hops, options) => (await engineReady).egoNetwork(id, hops, options),
    graphNeighbours: async (query) => (await engineReady).graphNeighbours(query),
    graphTimeline: async (filters, bucket) => (await engineReady).graphTimeline(filters, bucket),
    graphFilterOptions: async () => (await engineReady).graphFilterOptions(),
    graphProvenance: async (elementId, filters, limit) => (await engineReady).graphProvenance(elementId, filters, limit),
    graphViewMemories: async () => (await engineReady).graphViewMemories(),
    rememberGraphView: async (view, memory) => (await engineReady).rememberGraphView(view, memory),
    auditTrail: async (query) => (await engineReady).auditTrail(query),
    verifyAuditTrail: async () => (await engineReady).verifyAuditTrail(),
    recordExport: async (input) => (await engineReady).recordExport(input),
    exportTargetList: async (format) => (await engineReady).exportTargetList(format),
    exportBriefingPack: async (request) => (await engineReady).exportBriefingPack(request),
    exportFollowTheMoney: async () => (await engineReady).exportFollowTheMoney(),
    exportPartnerWorkspace: async (request) => (await engineReady).exportPartnerWorkspace(request),
  };
}

/** The counts the UI shows about the demo; the dataset itself (about a megabyte of text) stays here. */
export function describeDemoDataset(dataset: DemoDataset): DemoWorkspaceDescription {
  const { summary, truth } = dataset;
  return {
    seed: truth.generator.seed,
    firstArrivalDate: truth.generator.firstArrivalDate,
    lastArrivalDate: truth.generator.lastArrivalDate,
    manifestLines: summary.lines,
    billsOfLading: summary.billsOfLading,
    companies: summary.companies,
    reports: summary.reports,
    watchlistEntries: summary.watchlistEntries,
    examinationOutcomes: summary.examinationOutcomes,
    plantedSchemes: Object.entries(truth.schemes).map(([id, scheme]) => ({ id, title: scheme.title, billsOfLading: scheme.billsOfLading.length })),
    decoys: Object.keys(truth.decoys).length,
  };
}

/** Reads a Blob as a sequence of byte chunks; stops reading when the consumer stops early. */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = blob.stream().getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Marks the buffers of byte arrays for transfer (moved, not copied) when they are returned over RPC. */
export function transferableParts(parts: Uint8Array[]): Uint8Array[] {
  const buffers = parts.flatMap((part) => (part.buffer instanceof ArrayBuffer ? [part.buffer] : []));
  return buffers.length === parts.length && new Set(buffers).size === buffers.length ? Comlink.transfer(parts, buffers) : parts;
}

function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/** At most one update per interval, except that the first update about each file always goes. */
function throttledProgress(onProgress: (progress: ImportProgress) => void): (progress: ImportProgress) => void {
  let lastSent = -Infinity;
  let lastFile: string | null = null;
  return (progress) => {
    const now = Date.now();
    if (now - lastSent < progressIntervalMs && progress.fileName === lastFile) return;
    lastSent = now;
    lastFile = progress.fileName;
    // Over RPC the callback is a Comlink proxy returning a promise; progress is fire-and-forget.
    Promise.resolve(onProgress(progress) as unknown).catch(() => undefined);
  };
}

function releaseRemoteCallback(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const release = (callback as Partial<Comlink.ProxyMethods>)[Comlink.releaseProxy];
  if (typeof release === 'function') release.call(callback);
}
