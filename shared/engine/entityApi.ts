import type { EntityLink, ReviewItem } from '../entities/traderEntity';
import type { PartyRole } from '../entities/partyOccurrence';
import type { ScreeningHit } from '../watchlist/watchlistScreening';
import type { WatchlistFormat, WatchlistRejection } from '../watchlist/watchlistEntry';

/**
 * The traders part of the engine's API: entity resolution of the workspace's party occurrences,
 * persisted with the analyst's decisions (an audited, append-only log kept in the workspace), and
 * watchlist screening of traders and vessels. Plain data in and out; occurrence ids are the store's
 * party_occurrence ids as decimal strings ("1234"), entity ids are "T:" + smallest member id.
 */

export interface EntityResolutionSummary {
  /** ISO timestamp of the resolution the stored entities come from; null before the first run. */
  readonly resolvedAt: string | null;
  readonly occurrences: number;
  readonly placeholders: number;
  readonly entities: number;
  /** Entities written with more than one distinct raw name. */
  readonly entitiesWithVariants: number;
  readonly reviewItems: number;
  readonly decisionsInForce: number;
  /** The decision undo would cancel (the latest in force); null when there is nothing to undo. Read from the log, never stale. */
  readonly nextUndo: string | null;
  /** The decision redo would restore (the latest undone); null when there is nothing to redo. Read from the log, never stale. */
  readonly nextRedo: string | null;
  /** Traders and vessels with at least one watchlist hit. */
  readonly watchlistHits: number;
  /** True when manifests, decisions or watchlists changed after the last resolution. */
  readonly stale: boolean;
  readonly durationMs: number;
}

export const entitySortColumns = ['occurrences', 'displayName', 'variants', 'watchlistHits'] as const;
export type EntitySortColumn = (typeof entitySortColumns)[number];

export interface EntityQuery {
  /** Case-insensitive text over every raw name of the entity. */
  readonly text?: string;
  readonly role?: PartyRole;
  readonly onlyWithWatchlistHits?: boolean;
  /** Only entities written with more than one distinct raw name. */
  readonly onlyWithVariants?: boolean;
  readonly sortBy?: EntitySortColumn;
  readonly sortDirection?: 'asc' | 'desc';
  readonly offset?: number;
  /** At most 500 a page. */
  readonly limit?: number;
}

export interface EntityRow {
  readonly entityId: string;
  readonly displayName: string;
  /** Distinct raw names. */
  readonly variants: number;
  /** Party occurrences (bill-of-lading parties) in the entity. */
  readonly occurrences: number;
  readonly roles: readonly PartyRole[];
  readonly countries: readonly string[];
  readonly watchlistHits: number;
}

export interface EntityPage {
  readonly rows: readonly EntityRow[];
  readonly total: number;
  readonly offset: number;
}

export interface CountedText {
  readonly text: string;
  readonly occurrences: number;
}

export interface EntityMemberView {
  readonly occurrenceId: string;
  readonly role: PartyRole;
  readonly rawName: string;
  readonly rawAddress: string;
  readonly rawPhone: string;
  readonly billOfLadingNumber: string;
  readonly sourceFile: string;
  readonly sourceRow: number;
}

export interface EntityDecisionRecord {
  readonly decisionId: string;
  readonly kind: 'merge' | 'split' | 'not the same' | 'undo';
  readonly recordedAt: string;
  readonly analyst: string;
  readonly note: string;
  /** Plain words: "merged 3 occurrences (ACME LTD, ACME LIMITED, ...)"; "undid d-12". */
  readonly description: string;
  /** False when undone (and not redone). */
  readonly inForce: boolean;
}

export interface EntityDetail extends EntityRow {
  /** Distinct raw names, most written first. */
  readonly names: readonly CountedText[];
  readonly addresses: readonly CountedText[];
  readonly phones: readonly CountedText[];
  /** E-mail addresses as written, where the manifests gave them. */
  readonly emails: readonly CountedText[];
  /** At most 500 members; `occurrences` gives the full count. */
  readonly members: readonly EntityMemberView[];
  /** Spanning links holding the entity together, every one explained. */
  readonly links: readonly EntityLink[];
  readonly hits: readonly ScreeningHit[];
  /** Decisions naming any of its members, oldest first. */
  readonly decisions: readonly EntityDecisionRecord[];
}

/** A review-queue item with what the analyst needs to judge it side by side. */
export interface ReviewQueueItem extends ReviewItem {
  readonly leftMember: EntityMemberView;
  readonly rightMember: EntityMemberView;
  readonly leftEntityName: string;
  readonly rightEntityName: string;
}

/** A decision as the analyst makes it; the engine gives it its id, time and audit entry. */
export type EntityDecisionInput = (
  | { readonly kind: 'merge'; readonly occurrenceIds: readonly string[] }
  | { readonly kind: 'split'; readonly occurrenceIds: readonly string[]; readonly apartFrom: readonly string[] }
  | { readonly kind: 'not the same'; readonly left: readonly string[]; readonly right: readonly string[] }
) & { readonly note?: string; readonly analyst?: string };

export interface WatchlistFileInput {
  /** File name only, no path. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface WatchlistImportReport {
  readonly fileName: string;
  readonly format: WatchlistFormat;
  /** The source document keeping the file byte for byte. */
  readonly documentId: number;
  /** Rows read = entries + rejected. */
  readonly rowsRead: number;
  readonly entries: number;
  readonly rejected: number;
  /** The first 200 rejections, each with its row and reason. */
  readonly rejections: readonly WatchlistRejection[];
  /** The resolution and screening after the import. */
  readonly summary: EntityResolutionSummary;
}

export interface WatchlistHitView {
  readonly subjectKind: 'trader' | 'vessel';
  /** Entity id for a trader, the vessel key (IMO number, else name) for a vessel. */
  readonly subjectKey: string;
  readonly subjectName: string;
  readonly hit: ScreeningHit;
}

/** One distinct raw name of a trader entity, or one placeholder text: a row of the CLI's entities.csv. */
export interface EntityNameRow {
  /** Empty for a placeholder. */
  readonly entityId: string;
  readonly kind: 'trader' | 'placeholder';
  /** The entity's display name; for a placeholder, its kind ("to order", ...). */
  readonly canonicalName: string;
  readonly rawName: string;
  /** Occurrences written with this raw name (in this entity). */
  readonly occurrences: number;
  readonly roles: readonly PartyRole[];
  readonly countries: readonly string[];
  /** Distinct raw names of the entity (0 for a placeholder). */
  readonly variantsInEntity: number;
  readonly watchlistHits: number;
}

export interface EntityEngineApi {
  /** Resolves every party occurrence into traders, respecting the decision log, screens traders and vessels, and stores the result. */
  resolveEntities(): Promise<EntityResolutionSummary>;
  entitySummary(): Promise<EntityResolutionSummary>;
  listEntities(query: EntityQuery): Promise<EntityPage>;
  /** Throws a RangeError naming the id when there is no such entity. */
  entityDetail(entityId: string): Promise<EntityDetail>;
  /** Uncertain links, most uncertain first. */
  reviewQueue(limit?: number): Promise<readonly ReviewQueueItem[]>;
  /** Records the decision in the audited log and re-resolves. Throws a RangeError naming the problem. */
  recordEntityDecision(decision: EntityDecisionInput): Promise<EntityResolutionSummary>;
  /** Undoes the latest decision in force (an audited entry itself) and re-resolves; null when there is none. */
  undoEntityDecision(): Promise<EntityResolutionSummary | null>;
  redoEntityDecision(): Promise<EntityResolutionSummary | null>;
  /** The whole decision log, oldest first. */
  listEntityDecisions(): Promise<readonly EntityDecisionRecord[]>;
  /**
   * The trader that holds the occurrence in the stored resolution; null for a placeholder or an
   * occurrence the resolution does not know. Follows a trader whose id changed with a decision
   * through any of its former members.
   */
  entityIdOfOccurrence(occurrenceId: string): Promise<string | null>;
  /** Parses a watchlist (CSV, OFAC SDN, FollowTheMoney JSONL; detected), keeps it as a source document, screens. */
  importWatchlist(file: WatchlistFileInput): Promise<WatchlistImportReport>;
  listWatchlistHits(): Promise<readonly WatchlistHitView[]>;
  /**
   * Every distinct raw name of every entity, and every placeholder text, of the stored resolution
   * (for exports: the CLI's entities.csv). Optional so the UI's worker need not expose it; the
   * engine from createManifestEngine always has it.
   */
  listEntityNames?(): Promise<readonly EntityNameRow[]>;
}
