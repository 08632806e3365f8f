/**
 * Mentions found in a report's text (issue 6): a span by character offsets into the stored body
 * (never rewritten), what kind of thing it names, what in the workspace it links to, how sure the
 * extractor is and why, in plain words. Extractors are pure: what they need to know about the
 * workspace (vessels, bills, containers, traders, watchlists) comes through `MentionLookups`.
 */

export const mentionKinds = ['container', 'imo-number', 'vessel', 'bill-of-lading', 'hs-code', 'port', 'phone', 'email', 'trader'] as const;
export type MentionKind = (typeof mentionKinds)[number];

export const mentionTargetKinds = ['trader', 'bill-of-lading', 'container', 'vessel', 'port', 'watchlist-entry', 'hs-code'] as const;
export type MentionTargetKind = (typeof mentionTargetKinds)[number];

export interface MentionTarget {
  readonly kind: MentionTargetKind;
  /** Entity id ("T:12"), B/L number, compact container number, vessel IMO number (else name), UN/LOCODE, watchlist entry row id, HS code. */
  readonly key: string;
  /** How the UI names it. */
  readonly label: string;
}

export interface FoundMention {
  /** Offsets into the text, UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  /** What it refers to; null when it names nothing the workspace knows (an unknown phone number). */
  readonly target: MentionTarget | null;
  /** 0–1. */
  readonly confidence: number;
  readonly reason: string;
}

export interface KnownVessel {
  readonly name: string;
  readonly imo: string | null;
  readonly bills: number;
}

export interface KnownTrader {
  readonly entityId: string;
  readonly displayName: string;
  readonly occurrences: number;
}

export interface ListedParty {
  /** watchlist_entry row id. */
  readonly id: number;
  readonly listName: string;
  readonly subject: string;
  readonly name: string;
}

export interface TraderNameSource {
  /** Every raw name of a resolved trader, with the trader. */
  readonly traderNames: readonly { readonly rawName: string; readonly trader: KnownTrader }[];
  /** Every listed name and alias of the watchlists read. */
  readonly listedNames: readonly { readonly written: string; readonly party: ListedParty }[];
}

/** What the extractors may ask the workspace; implemented over the store (shared/store/mentionLookups.ts) and by tests. */
export interface MentionLookups {
  /** Bills and lines carrying this compact container number. */
  containerBills(compact: string): readonly string[];
  /** The bill, when the workspace has one with exactly this number. */
  billOfLading(number: string): { readonly number: string; readonly vessel: string | null } | null;
  vessels(): readonly KnownVessel[];
  vesselByImo(imo: string): KnownVessel | null;
  /** Watchlist entries listing this IMO number. */
  listedWithImo(imo: string): readonly ListedParty[];
  /** Traders whose manifests give this phone number (comparable digits). */
  tradersWithPhone(digits: string): readonly KnownTrader[];
  /** Traders whose manifests give this e-mail address (lower case). */
  tradersWithEmail(address: string): readonly KnownTrader[];
  traderNames(): TraderNameSource;
  /** UN/LOCODEs the manifests name (loading, discharge, receipt). */
  manifestPorts(): ReadonlySet<string>;
}

export interface MentionExtractor {
  readonly kind: MentionKind;
  /** Finds this extractor's mentions in the text; overlaps with other extractors are settled by the registry. */
  extract(text: string, lookups: MentionLookups): FoundMention[];
}

export function mention(text: string, start: number, end: number, kind: MentionKind, target: MentionTarget | null, confidence: number, reason: string): FoundMention {
  return { start, end, text: text.slice(start, end), kind, target, confidence: Math.round(confidence * 100) / 100, reason };
}

/** Whether the character before `start` and the one at `end` are not letters or digits. */
export function atWordBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] ?? '' : '';
  const after = text[end] ?? '';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export interface WordSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Words (runs of letters, digits, apostrophes, &, and inner dots or hyphens) with their offsets. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const pattern = /[\p{L}\p{N}&](?:[\p{L}\p{N}&'’]|[.\-/](?=[\p{L}\p{N}]))*\.?/gu;
  for (const match of text.matchAll(pattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

/** Whether a line break separates the two offsets (a name never runs over a line end). */
export function crossesLine(text: string, start: number, end: number): boolean {
  return /[\r\n]/.test(text.slice(start, end));
}
