import { cancelledIds, decisionProblem, decisionsInForce, latestRedoable, latestUndoable, redoLatest, undoLatest, type DecisionLog, type ResolutionDecision } from '../entities/resolutionDecisions';
import { prepareParties, type PreparedParties } from '../entities/preparedParties';
import { resolvePreparedParties } from '../entities/resolveParties';
import { appendDecision, nextDecisionId, readDecisionLog, readDecisions, type StoredDecision } from '../store/entityDecisionStore';
import {
  clearResolution,
  countedMemberTexts,
  countEntityHits,
  listEntities,
  readEntityLinks,
  readEntityMembers,
  readEntityNameRows,
  readEntityNames,
  readEntityIdOfOccurrence,
  readEntityRow,
  readMemberViews,
  readResolutionRun,
  readReviewItems,
  readStoredTraders,
  resolutionSummary,
  updateResolutionScreening,
  writeResolution,
  writeResolutionRun,
} from '../store/entityResolutionStore';
import { readPartyOccurrences, resolutionInputsSeen } from '../store/resolutionInputs';
import { clearScreeningHits, countScreenedSubjectsHit, readEntityHits, readScreeningHits, writeScreeningHits } from '../store/screeningHitStore';
import { addSourceDocuments } from '../store/sourceDocumentStore';
import { findWatchlistImport, storeWatchlist } from '../store/watchlistStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import { TextDecodingError } from '../watchlist/textDecoding';
import { WatchlistFileError } from '../watchlist/watchlistFileError';
import { parseWatchlist } from '../watchlist/watchlistFormats';
import type {
  EntityDecisionInput,
  EntityDecisionRecord,
  EntityDetail,
  EntityEngineApi,
  EntityNameRow,
  EntityPage,
  EntityQuery,
  EntityResolutionSummary,
  ReviewQueueItem,
  WatchlistFileInput,
  WatchlistHitView,
  WatchlistImportReport,
} from './entityApi';
import { ResolutionScreening } from './resolutionScreening';

/** Review-queue items returned at most per call. */
const maxReviewItems = 500;
/** Names a decision's description quotes per side, at most. */
const quotedNames = 3;

/**
 * Entity resolution and watchlist screening over the open workspace: runs the resolver on every
 * party occurrence with the stored decision log, screens traders and vessels against every stored
 * watchlist, and stores the outcome in one transaction; answers the entity list, details, the
 * review queue and the decision log from the store. Decisions get their id ("d-" and their place
 * in the log), time and analyst here; the log is append-only, undo and redo are entries of it.
 */
export class EntityService implements Required<EntityEngineApi> {
  private readonly screening = new ResolutionScreening();
  /**
   * Per store: the party occurrences prepared for resolution (normalised, weighed, pairs scored),
   * with the inputs they were read from. A decision changes none of it, so a re-run after one
   * reads and prepares nothing again; new manifests make it out of date.
   */
  private readonly preparedParties = new WeakMap<WorkspaceStore, { readonly inputs: string; readonly parties: PreparedParties }>();

  constructor(
    private readonly store: () => WorkspaceStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async resolveEntities(): Promise<EntityResolutionSummary> {
    const store = this.store();
    const startedAt = Date.now();
    const inputsSeen = resolutionInputsSeen(store);
    const resolution = resolvePreparedParties(this.partiesOf(store, inputsSeen), readDecisionLog(store));
    const hits = this.screening.screenResolution(store, resolution);
    store.transaction(() => {
      clearResolution(store);
      writeResolution(store, resolution);
      writeScreeningHits(store, hits);
      countEntityHits(store);
      writeResolutionRun(store, {
        resolvedAt: this.now().toISOString(),
        durationMs: Date.now() - startedAt,
        occurrences: resolution.statistics.occurrences,
        placeholders: resolution.statistics.placeholders,
        entities: resolution.entities.length,
        entitiesWithVariants: resolution.entities.filter((entity) => entity.names.length > 1).length,
        reviewItems: resolution.reviewQueue.length,
        decisionsInForce: resolution.decisions.inForce.length,
        watchlistHits: countScreenedSubjectsHit(store),
        inputsSeen,
      });
    });
    return this.entitySummary();
  }

  async entitySummary(): Promise<EntityResolutionSummary> {
    const store = this.store();
    const run = readResolutionRun(store);
    const inputs = resolutionInputsSeen(store);
    const stale = run ? run.inputsSeen !== inputs : Object.values(JSON.parse(inputs) as Record<string, number>).some((last) => last > 0);
    return resolutionSummary(run, stale, decisionHistory(store));
  }

  async listEntities(query: EntityQuery): Promise<EntityPage> {
    return listEntities(this.store(), query);
  }

  async entityDetail(entityId: string): Promise<EntityDetail> {
    const store = this.store();
    const row = readEntityRow(store, entityId);
    if (!row) throw new RangeError(`no trader entity ${entityId} in the latest resolution`);
    const memberIds = new Set(store.all<{ id: number }>('SELECT occurrence_id AS id FROM entity_member WHERE entity_id = ?', [entityId]).map((member) => String(member.id)));
    const decisions = this.decisionRecords(store, (decision) => namedOccurrences(decision).some((id) => memberIds.has(id)));
    return {
      ...row,
      names: countedMemberTexts(store, entityId, 'raw_name'),
      addresses: countedMemberTexts(store, entityId, 'raw_address'),
      phones: countedMemberTexts(store, entityId, 'raw_phone'),
      emails: countedMemberTexts(store, entityId, 'raw_email'),
      members: readEntityMembers(store, entityId),
      links: readEntityLinks(store, entityId),
      hits: readEntityHits(store, entityId),
      decisions,
    };
  }

  async reviewQueue(limit = 100): Promise<readonly ReviewQueueItem[]> {
    const store = this.store();
    const items = readReviewItems(store, Math.min(maxReviewItems, Math.max(0, Math.floor(limit))));
    const members = readMemberViews(store, items.flatMap((item) => [item.left, item.right]));
    const names = readEntityNames(store, items.flatMap((item) => [item.leftEntityId, item.rightEntityId]));
    return items.flatMap((item) => {
      const leftMember = members.get(item.left);
      const rightMember = members.get(item.right);
      if (!leftMember || !rightMember) return [];
      return [{ ...item, leftMember, rightMember, leftEntityName: names.get(item.leftEntityId) ?? item.leftEntityId, rightEntityName: names.get(item.rightEntityId) ?? item.rightEntityId }];
    });
  }

  async recordEntityDecision(input: EntityDecisionInput): Promise<EntityResolutionSummary> {
    const store = this.store();
    const log = readDecisionLog(store);
    const decision = { ...decisionOf(input, nextDecisionId(store)), ...this.audit(store, input.analyst), note: input.note?.trim() ?? '' };
    const problem = decisionProblem(log, decision) ?? unknownOccurrenceProblem(store, namedOccurrences(decision));
    if (problem !== undefined) throw new RangeError(problem);
    store.transaction(() => appendDecision(store, decision));
    return this.resolveEntities();
  }

  async undoEntityDecision(): Promise<EntityResolutionSummary | null> {
    return this.appendLatest((log, entry) => undoLatest(log, entry));
  }

  async redoEntityDecision(): Promise<EntityResolutionSummary | null> {
    return this.appendLatest((log, entry) => redoLatest(log, entry));
  }

  async listEntityDecisions(): Promise<readonly EntityDecisionRecord[]> {
    return this.decisionRecords(this.store(), () => true);
  }

  async entityIdOfOccurrence(occurrenceId: string): Promise<string | null> {
    return readEntityIdOfOccurrence(this.store(), String(occurrenceId));
  }

  async importWatchlist(file: WatchlistFileInput): Promise<WatchlistImportReport> {
    const store = this.store();
    const fileName = file.fileName.trim();
    if (fileName === '') throw new WatchlistFileError('a watchlist needs a file name');
    if (!(file.bytes instanceof Uint8Array)) throw new WatchlistFileError(`${fileName}: the watchlist's bytes are missing`);
    let parse;
    try {
      parse = parseWatchlist(file.bytes);
    } catch (error) {
      if (error instanceof WatchlistFileError || error instanceof TextDecodingError) throw new WatchlistFileError(`${fileName}: ${error.message}`);
      throw error;
    }
    const resolvedBefore = await this.entitySummary();
    const [receipt] = await addSourceDocuments(store, [{ kind: 'watchlist', fileName, bytes: file.bytes }], this.now());
    const documentId = (receipt as { documentId: number }).documentId;
    const imported = findWatchlistImport(store, documentId) ?? store.transaction(() => storeWatchlist(store, documentId, fileName, parse, this.now().toISOString()));
    // Only the lists changed since an up-to-date resolution: its stored traders are screened again.
    const summary = resolvedBefore.resolvedAt !== null && !resolvedBefore.stale ? this.rescreenStoredTraders(store) : await this.resolveEntities();
    return {
      fileName,
      format: imported.format,
      documentId,
      rowsRead: imported.rowsRead,
      entries: imported.entries,
      rejected: imported.rejected,
      rejections: imported.rejections,
      summary,
    };
  }

  async listWatchlistHits(): Promise<readonly WatchlistHitView[]> {
    return readScreeningHits(this.store());
  }

  async listEntityNames(): Promise<readonly EntityNameRow[]> {
    return readEntityNameRows(this.store());
  }

  /**
   * Lets go of the open workspace's prepared parties. They make a re-run after a decision faster
   * (at 1M lines: about 25 s instead of 33 s) but hold about 500 MB of the worker's heap, which
   * every later garbage collection walks; a job that reads the whole workspace into memory (risk
   * scoring) calls this first. The next run prepares them again and keeps them.
   */
  releasePreparedParties(): void {
    this.preparedParties.delete(this.store());
  }

  /** The store's party occurrences prepared for resolution: kept while the manifests are unchanged. */
  private partiesOf(store: WorkspaceStore, inputsSeen: string): PreparedParties {
    const { decision: _decision, watchlist: _watchlist, ...parties } = JSON.parse(inputsSeen) as Record<string, number>;
    const inputs = JSON.stringify(parties);
    const kept = this.preparedParties.get(store);
    if (kept?.inputs === inputs) return kept.parties;
    const prepared = prepareParties(readPartyOccurrences(store));
    this.preparedParties.set(store, { inputs, parties: prepared });
    return prepared;
  }

  /** Screens the stored traders and the vessels against every list again, keeping the resolution. */
  private rescreenStoredTraders(store: WorkspaceStore): EntityResolutionSummary {
    const hits = this.screening.screen(store, readStoredTraders(store));
    const inputsSeen = resolutionInputsSeen(store);
    store.transaction(() => {
      clearScreeningHits(store);
      writeScreeningHits(store, hits);
      countEntityHits(store);
      updateResolutionScreening(store, countScreenedSubjectsHit(store), inputsSeen);
    });
    return resolutionSummary(readResolutionRun(store), false, decisionHistory(store));
  }

  /** The analyst (given, else the workspace's setting, else "analyst") and the time of an entry. */
  private audit(store: WorkspaceStore, analyst: string | undefined): { analyst: string; recordedAt: string } {
    const named = analyst?.trim() || store.getSetting('analyst')?.trim() || 'analyst';
    return { analyst: named, recordedAt: this.now().toISOString() };
  }

  private async appendLatest(next: (log: DecisionLog, entry: { decisionId: string; analyst: string; recordedAt: string }) => DecisionLog | undefined): Promise<EntityResolutionSummary | null> {
    const store = this.store();
    const log = next(readDecisionLog(store), { decisionId: nextDecisionId(store), ...this.audit(store, undefined) });
    const entry = log?.entries.at(-1) as (ResolutionDecision & { analyst: string; recordedAt: string }) | undefined;
    if (!entry) return null;
    store.transaction(() => appendDecision(store, entry));
    return this.resolveEntities();
  }

  /** The log's entries as the analyst reads them, oldest first; `names` selects entity decisions (undo entries follow their target). */
  private decisionRecords(store: WorkspaceStore, names: (decision: Exclude<ResolutionDecision, { kind: 'undo' }>) => boolean): EntityDecisionRecord[] {
    const stored = readDecisions(store);
    const byId = new Map(stored.map((entry) => [entry.decision.decisionId, entry.decision]));
    const log: DecisionLog = { entries: stored.map((entry) => entry.decision) };
    const inForce = new Set(decisionsInForce(log).map((decision) => decision.decisionId));
    const cancelled = cancelledIds(log);
    const targetOf = (decision: ResolutionDecision): Exclude<ResolutionDecision, { kind: 'undo' }> | undefined => {
      let current: ResolutionDecision | undefined = decision;
      for (let depth = 0; current?.kind === 'undo' && depth <= stored.length; depth += 1) current = byId.get(current.undoes);
      return current?.kind === 'undo' ? undefined : current;
    };
    const selected = stored.filter(({ decision }) => {
      const target = targetOf(decision);
      return target !== undefined && names(target);
    });
    const rawNames = readMemberViews(store, [...new Set(selected.flatMap(({ decision }) => (decision.kind === 'undo' ? [] : namedOccurrences(decision))))]);
    const quote = (ids: readonly string[]): string => {
      const distinct = [...new Set(ids.map((id) => rawNames.get(id)?.rawName ?? `occurrence ${id}`))];
      return `${ids.length} occurrence${ids.length === 1 ? '' : 's'} (${distinct.slice(0, quotedNames).join(', ')}${distinct.length > quotedNames ? ', ...' : ''})`;
    };
    return selected.map(({ decision }: StoredDecision) => ({
      decisionId: decision.decisionId,
      kind: decision.kind,
      recordedAt: decision.recordedAt,
      analyst: decision.analyst,
      note: decision.note,
      description: describeDecision(decision, byId, quote),
      inForce: decision.kind === 'undo' ? !cancelled.has(decision.decisionId) : inForce.has(decision.decisionId),
    }));
  }
}

/** What undo and redo would do now, from the stored log. */
function decisionHistory(store: WorkspaceStore): { nextUndo: string | null; nextRedo: string | null } {
  const log = readDecisionLog(store);
  return { nextUndo: latestUndoable(log)?.decisionId ?? null, nextRedo: latestRedoable(log)?.undoes ?? null };
}

function describeDecision(decision: ResolutionDecision, byId: ReadonlyMap<string, ResolutionDecision>, quote: (ids: readonly string[]) => string): string {
  switch (decision.kind) {
    case 'merge':
      return `merged ${quote(decision.occurrenceIds)}`;
    case 'split':
      return `split ${quote(decision.occurrenceIds)} from ${quote(decision.apartFrom)}`;
    case 'not the same':
      return `marked ${quote(decision.left)} not the same as ${quote(decision.right)}`;
    case 'undo': {
      const target = byId.get(decision.undoes);
      return target?.kind === 'undo' ? `redid ${target.undoes} (undid ${decision.undoes})` : `undid ${decision.undoes}`;
    }
  }
}

/** The resolver's decision from the analyst's input; a RangeError for a kind it does not know. */
function decisionOf(input: EntityDecisionInput, decisionId: string): Exclude<ResolutionDecision, { kind: 'undo' }> {
  const ids = (value: unknown, what: string): string[] => {
    if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) throw new RangeError(`a ${input.kind} decision needs ${what} as a list of occurrence ids`);
    return [...new Set(value as string[])];
  };
  switch (input.kind) {
    case 'merge':
      return { kind: 'merge', decisionId, occurrenceIds: ids(input.occurrenceIds, 'occurrenceIds') };
    case 'split':
      return { kind: 'split', decisionId, occurrenceIds: ids(input.occurrenceIds, 'occurrenceIds'), apartFrom: ids(input.apartFrom, 'apartFrom') };
    case 'not the same':
      return { kind: 'not the same', decisionId, left: ids(input.left, 'left'), right: ids(input.right, 'right') };
    default:
      throw new RangeError(`unknown kind of entity decision: ${String((input as { kind: unknown }).kind)}`);
  }
}

function namedOccurrences(decision: Exclude<ResolutionDecision, { kind: 'undo' }>): string[] {
  switch (decision.kind) {
    case 'merge':
      return [...decision.occurrenceIds];
    case 'split':
      return [...decision.occurrenceIds, ...decision.apartFrom];
    case 'not the same':
      return [...decision.left, ...decision.right];
  }
}

/** Names the first occurrence id that is not a party occurrence of the workspace. */
function unknownOccurrenceProblem(store: WorkspaceStore, ids: readonly string[]): string | undefined {
  const malformed = ids.find((id) => !/^[1-9]\d{0,15}$/.test(id));
  if (malformed !== undefined) return `"${malformed}" is not a party occurrence id`;
  const known = readMemberViews(store, ids);
  const missing = ids.find((id) => !known.has(id));
  return missing === undefined ? undefined : `there is no party occurrence ${missing} in the workspace`;
}
