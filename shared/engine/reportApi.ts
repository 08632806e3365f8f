import type { ProtectiveMarking } from '../markings/protectiveMarking';
import type { InformationCredibility, ReportFlag, ReportHeaderField, SourceReliability } from '../reports/reportHeader';
import type { ReportFormat, ReportMetadata } from '../reports/reportText';
import type { SnippetSegment } from '../reports/textRanking';
import type { MentionKind, MentionTarget } from '../reports/extraction/mention';

export type { MentionKind, MentionTarget, MentionTargetKind } from '../reports/extraction/mention';
export { mentionKinds, mentionTargetKinds } from '../reports/extraction/mention';
export type { InformationCredibility, ReportFlag, ReportHeaderField, SourceReliability } from '../reports/reportHeader';
export type { ReportFormat, ReportMetadata } from '../reports/reportText';
export type { SnippetSegment } from '../reports/textRanking';

/**
 * The intelligence-reports part of the engine's API (issue 6): report files (.txt, .md, .eml,
 * .docx, .pdf) kept as source documents and read into stored reports (header fields, flags,
 * text), listed, read, and searched in full text together with the goods descriptions of the
 * manifests. Plain data in and out; snippets are segments of text, never markup.
 */

export interface ReportFileInput {
  /** File name only, no path; its extension gives the format. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ReportImportResult {
  readonly fileName: string;
  /** 'imported': read into a new report; 'already-present': the same file was read before; 'failed': see failure. */
  readonly status: 'imported' | 'already-present' | 'failed';
  readonly reportId: number | null;
  /** The source document keeping the file byte for byte (kept even when its text could not be read). */
  readonly documentId: number | null;
  readonly format: ReportFormat | null;
  readonly reference: string | null;
  /** Grading code ("B2"; "B?" when half of it was read), null when none was. */
  readonly grading: string | null;
  readonly flags: readonly ReportFlag[];
  readonly failure: string | null;
}

export interface ReportImportSummary {
  readonly files: readonly ReportImportResult[];
  readonly imported: number;
  readonly alreadyPresent: number;
  readonly failed: number;
  /** Files read with at least one flag. */
  readonly flagged: number;
}

export const reportSortColumns = ['date', 'reference', 'grading', 'marking', 'handlingCode', 'fileName', 'flags'] as const;
export type ReportSortColumn = (typeof reportSortColumns)[number];

export interface ReportQuery {
  readonly sortBy?: ReportSortColumn;
  readonly sortDirection?: 'asc' | 'desc';
  /** Only these source reliabilities (A–F); absent or empty: any, or none read. */
  readonly sourceReliabilities?: readonly SourceReliability[];
  /** Only these information credibilities (1–6). */
  readonly credibilities?: readonly InformationCredibility[];
  /** Only these markings. */
  readonly markings?: readonly ProtectiveMarking[];
  readonly offset?: number;
  /** At most 500 a page. */
  readonly limit?: number;
}

export interface ReportRow {
  readonly reportId: number;
  readonly documentId: number;
  readonly fileName: string;
  readonly format: ReportFormat;
  readonly reference: string | null;
  /** ISO date. */
  readonly date: string | null;
  readonly sourceReliability: SourceReliability | null;
  readonly informationCredibility: InformationCredibility | null;
  /** "B2"; "B?" when half of it was read; null when none was. */
  readonly grading: string | null;
  readonly handlingCode: string | null;
  readonly marking: ProtectiveMarking | null;
  readonly originator: string | null;
  readonly title: string;
  readonly flagCount: number;
}

export interface ReportPage {
  readonly rows: readonly ReportRow[];
  readonly total: number;
  readonly offset: number;
}

export interface ReportDetail extends ReportRow {
  /** The report's text as read from the file (plain text, to be shown as text). */
  readonly text: string;
  /** Every header field read, with the segment it came from and its style. */
  readonly header: readonly ReportHeaderField[];
  /** What could not be read, verbatim with the reason. */
  readonly flags: readonly ReportFlag[];
  readonly metadata: ReportMetadata;
  readonly parsedAt: string;
  /** What the text names (containers, vessels, traders, ...), in text order, with the analyst's reviews applied. */
  readonly mentions: readonly ReportMention[];
}

/** The analyst's latest review of a mention's span (the full log is append-only in the workspace). */
export interface MentionReview {
  readonly decision: 'accept' | 'reject' | 'relink';
  readonly analyst: string;
  readonly recordedAt: string;
  readonly note: string;
}

export interface ReportMention {
  /** Stable while the span and its kind are found again. */
  readonly mentionId: number;
  readonly reportId: number;
  /** Offsets into ReportDetail.text (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  /** What it refers to now: the analyst's re-link if any, else what extraction found (null: nothing the workspace knows). */
  readonly target: MentionTarget | null;
  /** What extraction linked it to. */
  readonly extractedTarget: MentionTarget | null;
  readonly confidence: number;
  /** Why extraction linked it, in plain words. */
  readonly reason: string;
  /** 'proposed' until the analyst reviews it. */
  readonly status: 'proposed' | 'accepted' | 'rejected' | 'relinked';
  readonly review: MentionReview | null;
}

/** An analyst's review of a mention. A re-link names the new target (its label is filled by the engine for traders, bills and watchlist entries). */
export type MentionDecision = (
  | { readonly decision: 'accept' }
  | { readonly decision: 'reject' }
  | { readonly decision: 'relink'; readonly target: { readonly kind: MentionTarget['kind']; readonly key: string; readonly label?: string } }
) & { readonly note?: string; readonly analyst?: string };

/** A report that mentions a trader (EngineApi.mentionsOfEntity), one row per mention not rejected. */
export interface EntityMention {
  readonly mentionId: number;
  readonly reportId: number;
  readonly reference: string | null;
  readonly fileName: string;
  readonly date: string | null;
  readonly grading: string | null;
  readonly sourceReliability: SourceReliability | null;
  readonly informationCredibility: InformationCredibility | null;
  readonly marking: ProtectiveMarking | null;
  readonly kind: MentionKind;
  readonly text: string;
  /** The sentence of the report holding the mention, as plain text. */
  readonly sentence: string;
  readonly confidence: number;
  readonly status: ReportMention['status'];
}

export interface TextSearchQuery {
  /** The analyst's words: "quoted phrases", word* prefixes, -word exclusions, OR. */
  readonly text: string;
  /** Hits of each kind at most (default 50, at most 200). */
  readonly limit?: number;
}

export interface ReportSearchHit {
  readonly reportId: number;
  readonly fileName: string;
  readonly reference: string | null;
  readonly date: string | null;
  readonly grading: string | null;
  readonly marking: ProtectiveMarking | null;
  readonly title: string;
  readonly score: number;
  readonly snippet: readonly SnippetSegment[];
}

export interface GoodsSearchHit {
  readonly lineId: number;
  readonly billOfLadingNumber: string;
  readonly arrivalDate: string | null;
  readonly hsCode: string | null;
  readonly containerNumber: string | null;
  readonly score: number;
  readonly snippet: readonly SnippetSegment[];
}

export interface TextSearchResult {
  readonly text: string;
  /** The terms looked for, as read from the text. */
  readonly terms: readonly string[];
  /** Why nothing was looked for (an empty search, only exclusions); null otherwise. */
  readonly message: string | null;
  readonly reports: { readonly hits: readonly ReportSearchHit[]; readonly total: number };
  readonly goods: { readonly hits: readonly GoodsSearchHit[]; readonly total: number };
}

export interface ReportEngineApi {
  /**
   * Keeps each file as an intelligence-report source document and reads it into a stored report
   * (format from its extension). A file whose content was read before is not added again; a file
   * of another format is refused with the reason; one whose text cannot be read is kept, with a
   * report that says why.
   */
  importReports(files: readonly ReportFileInput[]): Promise<ReportImportSummary>;
  listReports(query?: ReportQuery): Promise<ReportPage>;
  readReport(reportId: number): Promise<ReportDetail>;
  /** Full-text search over the reports and the manifests' goods descriptions, best first, with highlighted snippets. */
  searchText(query: TextSearchQuery): Promise<TextSearchResult>;
  /**
   * Records the analyst's review of a mention (accept, reject, re-link) in the append-only
   * review log; it holds when the report is read for mentions again. Returns the mention as it now stands.
   */
  reviewMention(mentionId: number, decision: MentionDecision): Promise<ReportMention>;
  /** The mentions of a trader entity in every report (not rejected ones), best graded first; for the trader detail and the risk engine. */
  mentionsOfEntity(entityId: string): Promise<readonly EntityMention[]>;
}
