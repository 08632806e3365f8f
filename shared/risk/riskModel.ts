/**
 * The risk engine's model (issue 8): rules as data, the profile that weights them, the evidence a
 * detector produces and the workspace data detectors read. Pure: no store, no host.
 *
 * Points are additive log-odds-style: a finding adds `weight × strength` points to its subject's
 * score, and scores are sums that never saturate (no cap), so the order at the top keeps meaning.
 */

import type { RiskColumns } from './riskColumns';

export type RiskSubjectKind = 'shipment' | 'trader';

export interface RiskParameter {
  readonly id: string;
  readonly title: string;
  readonly defaultValue: number;
}

/** One rule of the registry (shared/risk/rules/riskRules.ts): typed data, its detector beside it. */
export interface RiskRule {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** What its findings score: a shipment (B/L) or a trader. Trader findings also score the trader's shipments. */
  readonly subject: RiskSubjectKind;
  readonly parameters: readonly RiskParameter[];
  /** Default weight: points for a finding of strength 1. */
  readonly weight: number;
  /** Finds the rule's evidence in the workspace data with the given parameters. */
  detect(data: RiskDataset, parameters: Readonly<Record<string, number>>): RiskFinding[];
}

/** The profile the analyst scores with: a weight per rule, parameter overrides, thresholds. */
export interface RiskProfile {
  readonly name: string;
  /** Weight per rule id; a rule absent here has its default weight; 0 switches it off. */
  readonly weights: Readonly<Record<string, number>>;
  /** Parameter overrides per rule id. */
  readonly parameters: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly thresholds: {
    /** A shipment or trader at or above this score is proposed as a target. */
    readonly target: number;
  };
  /** The analyst's words on what the profile is for. */
  readonly description?: string;
  /** Set when the weights were learned from examination outcomes (shared/risk/outcomeLearning.ts). */
  readonly learning?: RiskProfileLearning;
}

/**
 * Where a profile's weights came from when they were learned from examination outcomes: the
 * weights before, and the bills whose outcomes trained them. Those bills are scored with the
 * weights before (their outcome never scores them).
 */
export interface RiskProfileLearning {
  readonly learnedAt: string;
  readonly baseWeights: Readonly<Record<string, number>>;
  /** The B/L numbers (as in the input) whose examination outcomes trained the weights. */
  readonly trainingBills: readonly string[];
  /** What the held-out evaluation measured, in plain words ("held-out AUC 0.81 vs 0.74 ..."). */
  readonly evaluation: string;
}

export type RiskFact = string | number;

/** What a detector found: its subject, strength (1 = an ordinary hit of the rule), reason and facts. */
export interface RiskFinding {
  readonly ruleId: string;
  readonly subject: RiskSubjectKind;
  /** Bill index in RiskDataset.bills for a shipment; entity id for a trader. */
  readonly billIndex?: number;
  readonly entityId?: string;
  readonly strength: number;
  /** Plain words for the analyst: "value per kg 0.31 USD vs median 4.20 for HS 851712 (robust z −6.1)". */
  readonly reason: string;
  readonly facts: Readonly<Record<string, RiskFact>>;
}

/** A finding with its points under the profile: what a score is the sum of. */
export interface RiskEvidence {
  readonly ruleId: string;
  readonly reason: string;
  readonly points: number;
  readonly facts: Readonly<Record<string, RiskFact>>;
  /** Set when the evidence came to a shipment from one of its traders ("consignee"). */
  readonly via?: string;
}

export interface RiskLine {
  readonly hsCode: string | null;
  readonly description: string | null;
  readonly grossWeightKg: number | null;
  readonly declaredValueUsd: number | null;
  readonly containerNumber: string | null;
}

export interface RiskBill {
  readonly billId: number;
  /** As the input wrote it. */
  readonly number: string;
  readonly arrivalDate: string | null;
  readonly vesselImo: string | null;
  readonly vesselName: string | null;
  readonly voyage: string | null;
  readonly placeOfReceipt: string | null;
  readonly portOfLoading: string | null;
  readonly portOfDischarge: string | null;
  readonly countryOfOrigin: string | null;
  /** Trader entity ids; null for a placeholder or an unresolved party. */
  readonly shipper: string | null;
  readonly consignee: string | null;
  readonly notifyParty: string | null;
  readonly consigneeName: string | null;
  readonly lines: readonly RiskLine[];
}

export interface RiskWatchlistHit {
  readonly listName: string;
  readonly listedParty: string;
  readonly reason: string;
  readonly basis: string;
  readonly score: number;
  /**
   * Whether a street address the list gives agrees with one the trader wrote (normalised as the
   * network's shared-address links are); null when the list gives no street address.
   */
  readonly addressAgrees: boolean | null;
}

export interface RiskTrader {
  readonly entityId: string;
  readonly name: string;
  readonly countries: readonly string[];
  readonly watchlistHits: readonly RiskWatchlistHit[];
  /** Normalised address keys and phone keys written for the trader (see shared/graph/traderNetworkSource). */
  readonly addressKeys: readonly string[];
  readonly phoneKeys: readonly string[];
  /** Addresses and phones as first written, per key, for the reasons. */
  readonly writtenValues: Readonly<Record<string, string>>;
}

/** A trader named in an intelligence report, by a mention not rejected (shared/store/corroborationInputs.ts). */
export interface RiskReportMention {
  /** The trader the mention names now (re-links followed through merges and splits). */
  readonly entityId: string;
  readonly reportId: number;
  /** The report's reference, else its file name. */
  readonly reference: string;
  readonly date: string | null;
  /** Admiralty grading: source reliability A–F, information credibility 1–6; null when the report gives none. */
  readonly sourceReliability: string | null;
  readonly informationCredibility: number | null;
  /** `proposed`: as the extractor found it, at `confidence`; `accepted` or `relinked`: the analyst's. */
  readonly status: 'proposed' | 'accepted' | 'relinked';
  readonly confidence: number;
  readonly kind: string;
  readonly text: string;
}

export interface RiskDataset {
  /** Every bill as an object. A dataset read from the store makes these on first use only: detectors read `columns`. */
  readonly bills: readonly RiskBill[];
  readonly traders: ReadonlyMap<string, RiskTrader>;
  /** The same bills by column (shared/risk/riskColumns.ts); made from `bills` when absent (riskColumns()). */
  readonly columns?: RiskColumns;
  /** Report mentions of traders, not rejected; absent when not read (no corroboration then). */
  readonly reportMentions?: readonly RiskReportMention[];
}

/** The parameters of a rule under a profile: its defaults with the profile's overrides. */
export function ruleParameters(rule: RiskRule, profile: RiskProfile): Record<string, number> {
  const values: Record<string, number> = {};
  for (const parameter of rule.parameters) values[parameter.id] = profile.parameters[rule.id]?.[parameter.id] ?? parameter.defaultValue;
  return values;
}

export function ruleWeight(rule: RiskRule, profile: RiskProfile): number {
  return profile.weights[rule.id] ?? rule.weight;
}

/** The country of a UN/LOCODE ("CNSHA" → "CN"); null when the value is not one. */
export function locodeCountry(value: string | null): string | null {
  return value !== null && /^[A-Z]{2}[A-Z2-9]{3}$/.test(value) ? value.slice(0, 2) : null;
}

/** "1,234.5" style number for reasons: 2 decimals under 10, else grouped integers. */
export function formatAmount(value: number): string {
  return Math.abs(value) < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-GB');
}
