import type { TargetPriorityName, TargetStatus } from '../../engine/riskApi';
import type { RiskSubjectKind } from '../../risk/riskModel';

/**
 * Everything a briefing pack shows, gathered by the engine from the workspace (shared/engine/
 * briefingPackService.ts) and laid out by briefingPackPdf.ts: plain data, nothing computed there.
 */
export interface BriefingPack {
  readonly operationName: string;
  /** The pack's date, ISO (yyyy-mm-dd). */
  readonly date: string;
  readonly author: string;
  /** Who receives it, one entry each (an agency, a team, a named officer). */
  readonly distribution: readonly string[];
  /** The analyst's summary, paragraphs separated by blank lines. */
  readonly summary: string;
  readonly workspaceName: string;
  /** The pack's marking: the workspace's raised by every report included (shared/markings/exportMarking.ts). */
  readonly marking: BriefingMarking;
  /** When it was made, ISO timestamp. */
  readonly generatedAt: string;
  readonly targets: readonly BriefingTarget[];
  readonly graph: BriefingGraphSnapshot | null;
  readonly sources: readonly BriefingSource[];
}

export interface BriefingMarking {
  readonly text: string;
  readonly classification: 'OFFICIAL' | 'OFFICIAL-SENSITIVE' | 'SECRET' | 'TOP SECRET';
  /** Handling codes of the reports included. */
  readonly handlingCodes: readonly string[];
  /** References of the reports that raised the classification above the workspace's. */
  readonly raisedBy: readonly string[];
}

export interface BriefingGraphSnapshot {
  /** A PNG image of the chosen view, as the Network view exports it. */
  readonly png: Uint8Array;
  readonly caption: string;
}

export interface BriefingReason {
  readonly ruleId: string;
  readonly points: number;
  readonly reason: string;
}

export interface BriefingTarget {
  readonly rank: number;
  readonly kind: RiskSubjectKind;
  readonly ref: string;
  readonly name: string;
  readonly priority: TargetPriorityName;
  readonly status: TargetStatus;
  readonly agency: string;
  readonly notes: string;
  /** The latest score, else the score when added; null when never scored. */
  readonly score: number | null;
  readonly reasons: readonly BriefingReason[];
  /** A shipment target's bill; a trader target's bills (the most recent first, at most a page's worth). */
  readonly shipments: readonly BriefingShipment[];
  /** How many bills a trader target has in all (shipments lists the first of them). */
  readonly billCount: number;
  readonly trader: BriefingTrader | null;
  readonly reports: readonly BriefingReport[];
  readonly watchlistHits: readonly BriefingWatchlistHit[];
}

export interface BriefingParty {
  readonly role: 'shipper' | 'consignee' | 'notify_party';
  readonly name: string;
  readonly address: string | null;
  /** The resolved trader, when the occurrence belongs to one. */
  readonly entityId: string | null;
}

export interface BriefingShipmentLine {
  readonly containerNumber: string | null;
  readonly hsCode: string | null;
  readonly goodsDescription: string | null;
  readonly packages: number | null;
  readonly grossWeightKg: number | null;
  readonly declaredValueUsd: number | null;
}

export interface BriefingShipment {
  readonly billOfLadingNumber: string;
  readonly arrivalDate: string | null;
  readonly vesselName: string | null;
  readonly vesselImo: string | null;
  readonly voyageNumber: string | null;
  readonly placeOfReceipt: string | null;
  readonly portOfLoading: string | null;
  readonly portOfDischarge: string | null;
  readonly countryOfOrigin: string | null;
  readonly parties: readonly BriefingParty[];
  readonly lines: readonly BriefingShipmentLine[];
  /** The manifest file and row it was read from. */
  readonly sourceFile: string;
  readonly sourceRow: number;
}

export interface BriefingTrader {
  readonly entityId: string;
  readonly displayName: string;
  readonly names: readonly string[];
  /** Party roles it was written in ("shipper, consignee"). */
  readonly roles: string;
  /** ISO alpha-2 codes ("GB, CN"). */
  readonly countries: string;
  readonly addresses: readonly string[];
}

export interface BriefingReport {
  readonly reportId: number;
  readonly reference: string | null;
  readonly fileName: string;
  readonly date: string | null;
  /** "B2"; null when not read. */
  readonly grading: string | null;
  readonly marking: string | null;
  readonly handlingCode: string | null;
  /** Each sentence of the report that names the target, with what of the target it names there (as written). */
  readonly mentions: readonly { readonly names: readonly string[]; readonly sentence: string }[];
}

export interface BriefingWatchlistHit {
  readonly subjectKind: 'trader' | 'vessel';
  readonly subjectName: string;
  readonly listName: string;
  readonly listedName: string;
  readonly score: number;
  readonly explanation: string;
}

export interface BriefingSource {
  readonly kind: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly addedAt: string;
}
