import type {
  CountedText,
  EntityDecisionInput,
  EntityDecisionRecord,
  EntityDetail,
  EntityMemberView,
  EntityPage,
  EntityQuery,
  EntityResolutionSummary,
  EntityRow,
  ReviewQueueItem,
  WatchlistFileInput,
  WatchlistHitView,
  WatchlistImportReport,
} from '../../../shared/engine/entityApi';
import type { PartyOccurrence } from '../../../shared/entities/partyOccurrence';
import { decisionsInForce, latestRedoable, latestUndoable, recordDecision, redoLatest, undoLatest, type DecisionLog, type ResolutionDecision } from '../../../shared/entities/resolutionDecisions';
import { resolveParties } from '../../../shared/entities/resolveParties';
import type { Resolution, TraderEntity } from '../../../shared/entities/traderEntity';
import { parseWatchlist } from '../../../shared/watchlist/watchlistFormats';
import { WatchlistIndex } from '../../../shared/watchlist/watchlistIndex';
import { screenTraders, type ScreeningHit } from '../../../shared/watchlist/watchlistScreening';
import type { WatchlistEntry } from '../../../shared/watchlist/watchlistEntry';

/** A party occurrence as the fake's workspace keeps it: the occurrence and where it was read. */
export interface FakeOccurrence extends PartyOccurrence {
  readonly billOfLadingNumber: string;
  readonly sourceFile: string;
  readonly sourceRow: number;
}

function occurrence(id: number, role: PartyOccurrence['role'], rawName: string, rawAddress: string, rawPhone = ''): FakeOccurrence {
  return { occurrenceId: String(id), role, rawName, rawAddress, rawPhone, billOfLadingNumber: `MLNSZX26${String(id).padStart(5, '0')}`, sourceFile: 'manifest-march.csv', sourceRow: id + 1 };
}

/**
 * Party occurrences of a small workspace: one shipper written three ways, a consignee written
 * two ways, a look-alike consignee at other premises, a watchlisted consignee, a placeholder and
 * two occurrences the resolver is unsure about (the review queue).
 */
export const fakePartyOccurrences: readonly FakeOccurrence[] = [
  occurrence(1, 'shipper', 'SHENZHEN HUAXIN ELECTRONICS CO., LTD.', 'NO. 12 KEJI ROAD, NANSHAN, SHENZHEN, CHINA', '+86 755 8833 1200'),
  occurrence(2, 'shipper', 'Shenzhen Huaxin Electronics Co Ltd', 'No 12 Keji Rd, Nanshan, Shenzhen, China', '+86 755 8833 1200'),
  occurrence(3, 'shipper', 'SHENZHEN HUAXIN ELECTRONICS COMPANY LIMITED', '12 Keji Road Nanshan Shenzhen CN', '0755 8833 1200'),
  occurrence(4, 'consignee', 'Harbourline Imports Ltd', '4 Dock Street, Felixstowe IP11 3AA, United Kingdom', '+44 1394 600 100'),
  occurrence(5, 'consignee', 'HARBOURLINE IMPORTS LIMITED', '4 DOCK ST FELIXSTOWE IP11 3AA GB', '+44 1394 600100'),
  occurrence(6, 'consignee', 'Harbourline Import Ltd', '88 Quay Road, Hull HU1 2AB, United Kingdom', '+44 1482 220 330'),
  occurrence(7, 'consignee', 'Meridian Freight Forwarding Ltd', '10 Crane Way, Tilbury RM18 7EH, United Kingdom', '+44 1375 123 456'),
  occurrence(8, 'notify party', 'SAME AS CONSIGNEE', ''),
  // Uncertain: a misspelling in another town (a weak link), a name without address (a close call).
  occurrence(9, 'consignee', 'HARBOURLINE IMPORTS', ''),
  occurrence(10, 'consignee', 'HARBORLINE IMPORTS LTD', 'Felixstowe, United Kingdom'),
];

/** A list with one party of the workspace on it. */
export const fakeWatchlistCsv = 'name,aliases,address,country,imo,reason,list\nMeridian Freight Forwarding Ltd,MERIDIAN FREIGHT,,GB,,Front company for diverted electronics,UK SANCTIONS\n';

const resolvedAtOf = (step: number): string => new Date(Date.UTC(2026, 2, 2, 9, 30 + step)).toISOString();

/**
 * Entity resolution for the fake engine, in memory: the real resolver and screening (pure
 * functions) over a handful of occurrences, with the decision log, undo and redo as the engine
 * keeps them. Tests may replace `occurrences` before the first resolveEntities call.
 */
export class FakeEntities {
  occurrences: readonly FakeOccurrence[] = fakePartyOccurrences;
  log: DecisionLog = { entries: [] };
  watchlistEntries: WatchlistEntry[] = [];
  readonly entityQueries: EntityQuery[] = [];
  readonly decisionInputs: EntityDecisionInput[] = [];
  readonly watchlistImports: string[] = [];
  private resolution: Resolution | null = null;
  private hits = new Map<string, ScreeningHit[]>();
  private resolvedAt: string | null = null;
  private step = 0;
  private analystAt = new Map<string, { analyst: string; recordedAt: string; note: string }>();

  constructor() {
    this.watchlistEntries = parseWatchlist(new TextEncoder().encode(fakeWatchlistCsv)).entries.slice();
  }

  async resolveEntities(): Promise<EntityResolutionSummary> {
    this.resolution = resolveParties(this.occurrences, this.log);
    const index = new WatchlistIndex(this.watchlistEntries);
    this.hits = new Map(
      screenTraders(
        index,
        this.resolution.entities.map((entity) => ({ entityId: entity.entityId, names: entity.names, addresses: entity.members.map((member) => member.rawAddress) })),
      ).map((screening) => [screening.subjectKey, [...screening.hits]]),
    );
    this.resolvedAt = resolvedAtOf(this.step++);
    return this.entitySummary();
  }

  async entitySummary(): Promise<EntityResolutionSummary> {
    const resolution = this.resolution;
    return {
      resolvedAt: this.resolvedAt,
      occurrences: resolution?.statistics.occurrences ?? 0,
      placeholders: resolution?.statistics.placeholders ?? 0,
      entities: resolution?.entities.length ?? 0,
      entitiesWithVariants: resolution?.entities.filter((entity) => entity.names.length > 1).length ?? 0,
      reviewItems: resolution?.reviewQueue.length ?? 0,
      decisionsInForce: decisionsInForce(this.log).length,
      nextUndo: latestUndoable(this.log)?.decisionId ?? null,
      nextRedo: latestRedoable(this.log)?.undoes ?? null,
      watchlistHits: [...this.hits.values()].filter((hits) => hits.length > 0).length,
      stale: resolution === null && this.occurrences.length > 0,
      durationMs: 3,
    };
  }

  async listEntities(query: EntityQuery): Promise<EntityPage> {
    this.entityQueries.push(query);
    const needle = query.text?.trim().toLowerCase();
    const rows = (this.resolution?.entities ?? [])
      .map((entity) => this.row(entity))
      .filter((row) => !query.role || row.roles.includes(query.role))
      .filter((row) => !query.onlyWithWatchlistHits || row.watchlistHits > 0)
      .filter((row) => !query.onlyWithVariants || row.variants > 1)
      .filter((row) => !needle || this.entity(row.entityId).names.some((name) => name.toLowerCase().includes(needle)));
    const sortBy = query.sortBy ?? 'occurrences';
    const factor = (query.sortDirection ?? (sortBy === 'displayName' ? 'asc' : 'desc')) === 'desc' ? -1 : 1;
    rows.sort((left, right) => {
      const a = left[sortBy];
      const b = right[sortBy];
      if (a === b) return left.entityId < right.entityId ? -1 : 1;
      return factor * (a < b ? -1 : 1);
    });
    const offset = query.offset ?? 0;
    return { rows: rows.slice(offset, offset + Math.min(query.limit ?? 100, 500)), total: rows.length, offset };
  }

  async entityDetail(entityId: string): Promise<EntityDetail> {
    const entity = this.entity(entityId);
    const memberIds = new Set(entity.members.map((member) => member.occurrenceId));
    const decisions = (await this.listEntityDecisions()).filter((record) => {
      const entry = this.log.entries.find((candidate) => candidate.decisionId === record.decisionId);
      return entry !== undefined && entry.kind !== 'undo' && namedOccurrences(entry).some((id) => memberIds.has(id));
    });
    return {
      ...this.row(entity),
      names: counted(entity.members.map((member) => member.rawName)),
      addresses: counted(entity.members.map((member) => member.rawAddress)),
      phones: counted(entity.members.map((member) => member.rawPhone)),
      emails: [],
      members: entity.members.map((member) => this.member(member.occurrenceId)),
      links: entity.links,
      hits: this.hits.get(entityId) ?? [],
      decisions,
    };
  }

  async reviewQueue(limit = 100): Promise<readonly ReviewQueueItem[]> {
    return (this.resolution?.reviewQueue ?? []).slice(0, limit).map((item) => ({
      ...item,
      leftMember: this.member(item.left),
      rightMember: this.member(item.right),
      leftEntityName: this.entity(item.leftEntityId).displayName,
      rightEntityName: this.entity(item.rightEntityId).displayName,
    }));
  }

  async recordEntityDecision(decision: EntityDecisionInput): Promise<EntityResolutionSummary> {
    this.decisionInputs.push(decision);
    const { note, analyst, ...rest } = decision;
    this.append((decisionId) => recordDecision(this.log, { ...rest, decisionId } as ResolutionDecision), analyst, note);
    return this.resolveEntities();
  }

  async undoEntityDecision(): Promise<EntityResolutionSummary | null> {
    return this.append((decisionId) => undoLatest(this.log, { decisionId })) ? this.resolveEntities() : null;
  }

  async redoEntityDecision(): Promise<EntityResolutionSummary | null> {
    return this.append((decisionId) => redoLatest(this.log, { decisionId })) ? this.resolveEntities() : null;
  }

  async listEntityDecisions(): Promise<readonly EntityDecisionRecord[]> {
    const inForce = new Set(decisionsInForce(this.log).map((decision) => decision.decisionId));
    const cancelled = new Set<string>();
    for (const entry of [...this.log.entries].reverse()) if (entry.kind === 'undo' && !cancelled.has(entry.decisionId)) cancelled.add(entry.undoes);
    return this.log.entries.map((entry) => {
      const audit = this.analystAt.get(entry.decisionId) ?? { analyst: 'analyst', recordedAt: resolvedAtOf(0), note: '' };
      return {
        decisionId: entry.decisionId,
        kind: entry.kind,
        recordedAt: audit.recordedAt,
        analyst: audit.analyst,
        note: audit.note,
        description: entry.kind === 'undo' ? `undid ${entry.undoes}` : `${entry.kind === 'merge' ? 'merged' : entry.kind === 'split' ? 'split off' : 'kept apart'} ${namedOccurrences(entry).length} occurrences`,
        inForce: entry.kind === 'undo' ? !cancelled.has(entry.decisionId) : inForce.has(entry.decisionId),
      };
    });
  }

  async entityIdOfOccurrence(occurrenceId: string): Promise<string | null> {
    return this.resolution?.entities.find((entity) => entity.members.some((member) => member.occurrenceId === occurrenceId))?.entityId ?? null;
  }

  async importWatchlist(file: WatchlistFileInput, keepDocument: () => number): Promise<WatchlistImportReport> {
    this.watchlistImports.push(file.fileName);
    const parsed = parseWatchlist(file.bytes);
    this.watchlistEntries.push(...parsed.entries);
    const summary = await this.resolveEntities();
    return {
      fileName: file.fileName,
      format: parsed.format,
      documentId: keepDocument(),
      rowsRead: parsed.rowsRead,
      entries: parsed.entries.length,
      rejected: parsed.rejections.length,
      rejections: parsed.rejections.slice(0, 200),
      summary,
    };
  }

  async listWatchlistHits(): Promise<readonly WatchlistHitView[]> {
    return [...this.hits].flatMap(([entityId, hits]) => hits.map((hit) => ({ subjectKind: 'trader' as const, subjectKey: entityId, subjectName: this.entity(entityId).displayName, hit })));
  }

  private append(next: (decisionId: string) => DecisionLog | undefined, analyst = 'analyst', note = ''): boolean {
    const decisionId = `d-${this.log.entries.length + 1}`;
    const log = next(decisionId);
    if (!log) return false;
    this.log = log;
    this.analystAt.set(decisionId, { analyst, note, recordedAt: resolvedAtOf(this.step) });
    return true;
  }

  private entity(entityId: string): TraderEntity {
    const entity = this.resolution?.entities.find((candidate) => candidate.entityId === entityId);
    if (!entity) throw new RangeError(`no entity ${entityId}`);
    return entity;
  }

  private row(entity: TraderEntity): EntityRow {
    return {
      entityId: entity.entityId,
      displayName: entity.displayName,
      variants: entity.names.length,
      occurrences: entity.members.length,
      roles: entity.roles,
      countries: entity.countries,
      watchlistHits: this.hits.get(entity.entityId)?.length ?? 0,
    };
  }

  private member(occurrenceId: string): EntityMemberView {
    const found = this.occurrences.find((candidate) => candidate.occurrenceId === occurrenceId);
    if (!found) throw new RangeError(`no occurrence ${occurrenceId}`);
    return { occurrenceId, role: found.role, rawName: found.rawName, rawAddress: found.rawAddress, rawPhone: found.rawPhone, billOfLadingNumber: found.billOfLadingNumber, sourceFile: found.sourceFile, sourceRow: found.sourceRow };
  }
}

function namedOccurrences(entry: Exclude<ResolutionDecision, { kind: 'undo' }>): readonly string[] {
  return entry.kind === 'not the same' ? [...entry.left, ...entry.right] : entry.kind === 'split' ? [...entry.occurrenceIds, ...entry.apartFrom] : entry.occurrenceIds;
}

function counted(texts: readonly string[]): CountedText[] {
  const counts = new Map<string, number>();
  for (const text of texts) if (text.trim() !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, occurrences]) => ({ text, occurrences })).sort((a, b) => b.occurrences - a.occurrences || (a.text < b.text ? -1 : 1));
}
