import * as Comlink from 'comlink';
import type { WorkerEngineApi } from '../worker/workerEngineApi';

export interface EngineConnection {
  readonly engine: WorkerEngineApi;
  /** Stops the worker; every call still pending fails. */
  terminate(): void;
}

/**
 * Starts the engine's Web Worker and returns its API. The UI sees a plain WorkerEngineApi: this
 * module is the only place that knows about Comlink, proxies the progress callbacks and moves
 * (rather than copies) workspace images across the thread boundary.
 */
export function connectEngine(): EngineConnection {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'manifest-lens-engine',
  });
  return wrapEngineEndpoint(worker, () => worker.terminate());
}

/** Wraps any endpoint exposing a WorkerEngineApi (a Worker, or a MessagePort in tests). */
export function wrapEngineEndpoint(endpoint: Worker | MessagePort, close: () => void): EngineConnection {
  const remote = Comlink.wrap<WorkerEngineApi>(endpoint);
  let stopped = false;
  let answered = false;
  let rejectAll: (error: Error) => void = () => undefined;
  // Rejects every pending and later call once the worker is gone: its script failed to load or
  // to start (an error before it ever answered), or terminate() ran. Comlink alone would leave
  // those calls waiting forever. A later uncaught error inside a running worker is not fatal.
  const failure = new Promise<never>((_, reject) => {
    rejectAll = reject;
  });
  failure.catch(() => undefined);
  endpoint.addEventListener('error', (event) => {
    if (answered) return;
    const message = 'message' in event && typeof event.message === 'string' && event.message ? event.message : 'the engine worker failed to start';
    rejectAll(new Error(`Engine stopped: ${message}`));
  });
  const call = <T>(work: () => Promise<T>): Promise<T> => {
    if (stopped) return failure;
    const result = work();
    result.then(
      () => (answered = true),
      () => (answered = true),
    );
    return Promise.race([result, failure]);
  };

  const engine: WorkerEngineApi = {
    info: () => call(() => remote.info()),
    newWorkspace: (name, marking) => call(() => remote.newWorkspace(name, marking)),
    openWorkspace: (name, image, passphrase) => call(() => remote.openWorkspace(name, transferBytes(image), passphrase)),
    unlockWorkspaceFile: (fileHead, passphrase) => call(() => remote.unlockWorkspaceFile(fileHead, passphrase)),
    setWorkspacePassphrase: (passphrase) => call(() => remote.setWorkspacePassphrase(passphrase)),
    workspaceEncrypted: () => call(() => remote.workspaceEncrypted()),
    saveWorkspace: () => call(() => remote.saveWorkspace()),
    setMarking: (marking) => call(() => remote.setMarking(marking)),
    summary: () => call(() => remote.summary()),
    importManifestFile: (file, fileName, onProgress, options) =>
      call(() => remote.importManifestFile(file, fileName, onProgress ? Comlink.proxy(onProgress) : undefined, options)),
    previewManifestFile: (file, fileName) => call(() => remote.previewManifestFile(file, fileName)),
    listImportProfiles: () => call(() => remote.listImportProfiles()),
    saveImportProfile: (profile) => call(() => remote.saveImportProfile(profile)),
    deleteImportProfile: (name) => call(() => remote.deleteImportProfile(name)),
    exportImportProfile: (name) => call(() => remote.exportImportProfile(name)),
    importImportProfile: (fileName, text) => call(() => remote.importImportProfile(fileName, text)),
    identifyAmsTables: (files) => call(() => remote.identifyAmsTables(files)),
    importAmsReleaseFiles: (files, onProgress) => call(() => remote.importAmsReleaseFiles(files, onProgress ? Comlink.proxy(onProgress) : undefined)),
    addSourceDocumentFiles: (documents) => call(() => remote.addSourceDocumentFiles(documents)),
    listSourceDocuments: () => call(() => remote.listSourceDocuments()),
    importReportFiles: (files) => call(() => remote.importReportFiles(files)),
    listReports: (query) => call(() => remote.listReports(query)),
    readReport: (reportId) => call(() => remote.readReport(reportId)),
    searchText: (query) => call(() => remote.searchText(query)),
    reviewMention: (mentionId, decision) => call(() => remote.reviewMention(mentionId, decision)),
    mentionsOfEntity: (entityId) => call(() => remote.mentionsOfEntity(entityId)),
    riskRules: () => call(() => remote.riskRules()),
    scoreRisks: (profile) => call(() => remote.scoreRisks(profile)),
    riskSummary: () => call(() => remote.riskSummary()),
    listTargets: (query) => call(() => remote.listTargets(query)),
    importOutcomes: (file) => call(() => remote.importOutcomes(file)),
    outcomeRuleStats: () => call(() => remote.outcomeRuleStats()),
    listRiskProfiles: () => call(() => remote.listRiskProfiles()),
    saveRiskProfile: (profile, change) => call(() => remote.saveRiskProfile(profile, change)),
    activateRiskProfile: (name, analyst) => call(() => remote.activateRiskProfile(name, analyst)),
    exportRiskProfile: (name) => call(() => remote.exportRiskProfile(name)),
    importRiskProfile: (fileName, text, change) => call(() => remote.importRiskProfile(fileName, text, change)),
    riskProfileHistory: (name) => call(() => remote.riskProfileHistory(name)),
    learnRiskWeights: (options) => call(() => remote.learnRiskWeights(options)),
    applyLearnedWeights: (proposal, options) => call(() => remote.applyLearnedWeights(proposal, options)),
    targetList: () => call(() => remote.targetList()),
    addTarget: (addition) => call(() => remote.addTarget(addition)),
    updateTarget: (key, change) => call(() => remote.updateTarget(key, change)),
    removeTarget: (key, analyst) => call(() => remote.removeTarget(key, analyst)),
    targetHistory: (key) => call(() => remote.targetHistory(key)),
    readSourceDocument: (documentId) => call(() => remote.readSourceDocument(documentId)),
    openDemoWorkspace: (onProgress) => call(() => remote.openDemoWorkspace(onProgress ? Comlink.proxy(onProgress) : undefined)),
    cancelImport: () => call(() => remote.cancelImport()),
    listShipments: (query) => call(() => remote.listShipments(query)),
    resolveEntities: () => call(() => remote.resolveEntities()),
    entitySummary: () => call(() => remote.entitySummary()),
    listEntities: (query) => call(() => remote.listEntities(query)),
    entityDetail: (entityId) => call(() => remote.entityDetail(entityId)),
    reviewQueue: (limit) => call(() => remote.reviewQueue(limit)),
    recordEntityDecision: (decision) => call(() => remote.recordEntityDecision(decision)),
    undoEntityDecision: () => call(() => remote.undoEntityDecision()),
    redoEntityDecision: () => call(() => remote.redoEntityDecision()),
    listEntityDecisions: () => call(() => remote.listEntityDecisions()),
    entityIdOfOccurrence: (occurrenceId) => call(() => remote.entityIdOfOccurrence(occurrenceId)),
    // The file's bytes are copied, not transferred: the caller may still hold the file.
    importWatchlist: (file) => call(() => remote.importWatchlist({ fileName: file.fileName, bytes: file.bytes })),
    listWatchlistHits: () => call(() => remote.listWatchlistHits()),
    graphCatalog: () => call(() => remote.graphCatalog()),
    graphView: (query) => call(() => remote.graphView(query)),
    findPath: (from, to, options) => call(() => remote.findPath(from, to, options)),
    egoNetwork: (id, hops, options) => call(() => remote.egoNetwork(id, hops, options)),
    graphNeighbours: (query) => call(() => remote.graphNeighbours(query)),
    graphTimeline: (filters, bucket) => call(() => remote.graphTimeline(filters, bucket)),
    graphFilterOptions: () => call(() => remote.graphFilterOptions()),
    graphProvenance: (elementId, filters, limit) => call(() => remote.graphProvenance(elementId, filters, limit)),
    graphViewMemories: () => call(() => remote.graphViewMemories()),
    rememberGraphView: (view, memory) => call(() => remote.rememberGraphView(view, memory)),
    auditTrail: (query) => call(() => remote.auditTrail(query)),
    verifyAuditTrail: () => call(() => remote.verifyAuditTrail()),
    recordExport: (input) => call(() => remote.recordExport(input)),
    exportTargetList: (format) => call(() => remote.exportTargetList(format)),
    exportBriefingPack: (request) => call(() => remote.exportBriefingPack(request)),
    exportFollowTheMoney: () => call(() => remote.exportFollowTheMoney()),
    exportPartnerWorkspace: (request) => call(() => remote.exportPartnerWorkspace(request)),
  };

  return {
    engine,
    terminate() {
      if (stopped) return;
      stopped = true;
      rejectAll(new Error('Engine stopped'));
      remote[Comlink.releaseProxy]();
      close();
    },
  };
}

/** Moves the bytes to the worker: the caller's copy is detached, so large images are not duplicated. */
function transferBytes(bytes: Uint8Array): Uint8Array {
  return bytes.buffer instanceof ArrayBuffer ? Comlink.transfer(bytes, [bytes.buffer]) : bytes;
}
