import type { RiskEvidence, RiskProfile, RiskSubjectKind } from '../risk/riskModel';
import type { RuleRun } from '../risk/riskScoring';
import type { RiskProfileEngineApi } from './riskProfileApi';

/**
 * The risk part of the engine's API (issue 8): rules as data, scoring every shipment (B/L) and
 * trader under a profile into a ranked list with reasons, and examination outcomes with the
 * rules' hit rates on them. Plain data in and out.
 */

export interface RiskRuleDescriptor {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly subject: RiskSubjectKind;
  readonly weight: number;
  readonly parameters: readonly { readonly id: string; readonly title: string; readonly defaultValue: number }[];
}

export interface RiskScoreSummary {
  readonly scoredAt: string;
  readonly durationMs: number;
  /** Reading the workspace's data for the detectors, and running them with the scoring. */
  readonly timings: { readonly readMs: number; readonly scoreMs: number; readonly storeMs: number };
  readonly profile: RiskProfile;
  readonly billsScored: number;
  readonly tradersKnown: number;
  /** Shipments and traders with a score above 0 (stored, listed by listTargets). */
  readonly shipmentsWithScore: number;
  readonly tradersWithScore: number;
  /** At or above the profile's target threshold. */
  readonly shipmentTargets: number;
  readonly traderTargets: number;
  readonly rules: readonly RuleRun[];
  /** Bills scored with the weights before a learning because their outcomes trained the profile (0 or absent: none). */
  readonly heldOutBills?: number;
  /** The rules' hit rates on the examination outcomes read; null when none were read. */
  readonly outcomes: OutcomeRuleStats | null;
}

export interface TargetQuery {
  readonly kind: RiskSubjectKind;
  readonly offset?: number;
  /** At most 500 rows a page; 50 when absent. */
  readonly limit?: number;
}

export interface TargetRow {
  readonly rank: number;
  readonly kind: RiskSubjectKind;
  /** The B/L number exactly as in the input, or the trader's entity id. */
  readonly ref: string;
  /** The consignee as written (shipments) or the trader's display name. */
  readonly name: string;
  readonly score: number;
  /** Strongest first, each with its points: the score is their sum. */
  readonly reasons: readonly RiskEvidence[];
  readonly arrivalDate: string | null;
  readonly vessel: string | null;
  readonly voyage: string | null;
  /** Traders: the most bills of theirs one rule found. */
  readonly bills: number | null;
  /** The bill's examination outcome, when one was read ("seizure 2024-01-08"): never part of its score. */
  readonly examined: string | null;
}

export interface TargetPage {
  readonly rows: readonly TargetRow[];
  readonly total: number;
  readonly offset: number;
  /** When the list was scored; null before the first scoring. */
  readonly scoredAt: string | null;
}

export interface OutcomesFileInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface OutcomesImportReport {
  readonly fileName: string;
  readonly documentId: number;
  readonly rowsRead: number;
  readonly outcomes: number;
  readonly rejected: readonly { readonly row: number; readonly reason: string }[];
  readonly seizures: number;
  readonly noFinds: number;
  /** Outcomes whose B/L is in the workspace. */
  readonly billsInWorkspace: number;
}

export interface RuleOutcomeRate {
  readonly ruleId: string;
  readonly title: string;
  /** Examined bills the rule found something on (directly or through a trader). */
  readonly examinedFound: number;
  readonly seizuresFound: number;
  /** seizuresFound / examinedFound; null when the rule found no examined bill. */
  readonly hitRate: number | null;
  /** hitRate over the seizure rate of all examined bills; null when either is unknown. */
  readonly lift: number | null;
}

export interface OutcomeRuleStats {
  /** Examined bills of the workspace (latest outcome per bill) and how many were seizures. */
  readonly examinedBills: number;
  readonly seizures: number;
  readonly seizureRate: number | null;
  readonly rules: readonly RuleOutcomeRate[];
  /** Shipments at or above the target threshold among the examined, and their seizures. */
  readonly targetsExamined: number;
  readonly targetSeizures: number;
  /**
   * Outcomes only evaluate the rules here: no rule learns from them yet, so no bill is scored by
   * its own outcome. When re-weighting from outcomes lands, the examined bills are held out of it.
   */
  readonly note: string;
}

/** Target-list priority: 1 high, 2 medium, 3 low. */
export type TargetPriority = 1 | 2 | 3;
export const targetPriorityNames = { 1: 'high', 2: 'medium', 3: 'low' } as const satisfies Record<TargetPriority, string>;
export type TargetPriorityName = (typeof targetPriorityNames)[TargetPriority];
export const targetStatuses = ['proposed', 'approved', 'examined'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** A shipment or trader on the analyst's target list. */
export interface TargetListEntry {
  readonly kind: RiskSubjectKind;
  /** The B/L number exactly as in the input, or the trader's entity id. */
  readonly ref: string;
  readonly name: string;
  readonly priority: TargetPriority;
  readonly status: TargetStatus;
  readonly notes: string;
  readonly agency: string;
  /** The score and reasons as of when it was added; null when the workspace had not been scored then. */
  readonly scoreWhenAdded: number | null;
  readonly reasonsWhenAdded: readonly RiskEvidence[];
  /** From the latest scoring (0 when it scored nothing for it); null before the first scoring. */
  readonly currentScore: number | null;
  readonly currentReasons: readonly RiskEvidence[];
  readonly addedAt: string;
  readonly addedBy: string;
  readonly updatedAt: string;
}

export interface TargetAddition {
  readonly kind: RiskSubjectKind;
  /** A B/L number of the workspace, or a trader's entity id. */
  readonly ref: string;
  readonly priority?: TargetPriority | TargetPriorityName;
  readonly status?: TargetStatus;
  readonly notes?: string;
  readonly agency?: string;
  /** Who adds it; else the workspace's analyst setting, else "analyst". */
  readonly analyst?: string;
}

export interface TargetChange {
  readonly priority?: TargetPriority | TargetPriorityName;
  readonly status?: TargetStatus;
  readonly notes?: string;
  readonly agency?: string;
  readonly analyst?: string;
}

export interface TargetKey {
  readonly kind: RiskSubjectKind;
  readonly ref: string;
}

/** One entry of the target list's append-only history. */
export interface TargetHistoryEntry {
  readonly seq: number;
  readonly kind: RiskSubjectKind;
  readonly ref: string;
  readonly action: 'add' | 'update' | 'remove';
  /** What changed: field -> its value before (null on add) and after (null on remove). */
  readonly changes: Readonly<Record<string, { readonly from: string | number | null; readonly to: string | number | null }>>;
  readonly analyst: string;
  readonly recordedAt: string;
}

/** The analyst's target list (shared/engine/targetListService.ts). */
export interface TargetListEngineApi {
  /** The analyst's target list: priority (high first), then when added. */
  targetList(): Promise<readonly TargetListEntry[]>;
  /** Adds a shipment or trader (with its current score and reasons); refused when unknown or already listed. */
  addTarget(addition: TargetAddition): Promise<TargetListEntry>;
  /** Sets priority, status, notes or agency; records what changed. */
  updateTarget(key: TargetKey, change: TargetChange): Promise<TargetListEntry>;
  /** Removes it from the list (its history stays); false when it was not listed. */
  removeTarget(key: TargetKey, analyst?: string): Promise<boolean>;
  /** The append-only history, oldest first; of one target when a key is given. */
  targetHistory(key?: TargetKey): Promise<readonly TargetHistoryEntry[]>;
}

export interface RiskEngineApi extends TargetListEngineApi, RiskProfileEngineApi {
  /** The rule registry with default weights and parameters, and the default profile. */
  riskRules(): Promise<{ readonly rules: readonly RiskRuleDescriptor[]; readonly defaultProfile: RiskProfile }>;
  /** Scores every shipment and trader (the stored trader resolution is used; resolve first) and stores the ranked lists. */
  scoreRisks(profile?: RiskProfile): Promise<RiskScoreSummary>;
  /** The latest scoring's summary; null before the first. */
  riskSummary(): Promise<RiskScoreSummary | null>;
  /** A page of the ranked shipments or traders of the latest scoring, with their reasons. */
  listTargets(query: TargetQuery): Promise<TargetPage>;
  /** Keeps an examination outcomes file (source document) and reads its rows into the workspace. */
  importOutcomes(file: OutcomesFileInput): Promise<OutcomesImportReport>;
  /** Per rule: hit rate and lift on the examined bills, from the latest scoring. */
  outcomeRuleStats(): Promise<OutcomeRuleStats>;
}
