import { maxSourceDocumentBytes } from '../documents/sourceDocumentKinds';
import { parseReportHeader, gradingCode } from '../reports/reportHeader';
import type { ReportFlag } from '../reports/reportHeader';
import { extractReportText, reportFileExtensions, reportFormatOf } from '../reports/reportText';
import type { ExtractedReportText, ReportFormat } from '../reports/reportText';
import { buildTextSearchExpression } from '../reports/textSearchQuery';
import { extractMentions } from '../reports/extraction/mentionExtractors';
import { mentionTargetKinds, type MentionTarget } from '../reports/extraction/mention';
import { findSeaport } from '../reference/seaports';
import { findHsCode } from '../reference/hsCodes';
import { compactContainerNumber } from '../domain/containerNumber';
import { lookupsSignature, StoreMentionLookups } from '../store/mentionLookups';
import { appendMentionReview, extractionSignatures, readEntityMentions, readMention, readMentions, sentenceAround, writeMentions } from '../store/mentionStore';
import { addSourceDocuments } from '../store/sourceDocumentStore';
import { traderMemberKey } from '../store/traderMemberKey';
import {
  hasUnreadReportDocuments,
  insertReport,
  listReports,
  readReport,
  refreshGoodsIndex,
  reportIdOfDocument,
  searchGoods,
  searchReports,
  unreadReportDocuments,
} from '../store/reportStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import type {
  EntityMention,
  MentionDecision,
  ReportMention,
  ReportDetail,
  ReportEngineApi,
  ReportFileInput,
  ReportImportResult,
  ReportImportSummary,
  ReportPage,
  ReportQuery,
  TextSearchQuery,
  TextSearchResult,
} from './reportApi';

/**
 * Intelligence reports over whichever store is open: each file kept as a source document and
 * read into a stored report (shared/reports), listed, read and searched. Report documents kept
 * without being read (by addSourceDocuments, or in a workspace saved before reports were read)
 * are read on the first call that needs them.
 */
export class ReportService implements ReportEngineApi {
  /** The lookups of the latest extraction round, kept while the workspace's signature is the same. */
  private lookups: { store: WorkspaceStore; signature: string; lookups: StoreMentionLookups } | null = null;

  constructor(
    private readonly store: () => WorkspaceStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async importReports(files: readonly ReportFileInput[]): Promise<ReportImportSummary> {
    const results: ReportImportResult[] = [];
    for (const file of files) results.push(await this.importOne(file));
    return summarise(results);
  }

  async listReports(query: ReportQuery = {}): Promise<ReportPage> {
    await this.readUnreadDocuments();
    return listReports(this.store(), query);
  }

  async readReport(reportId: number): Promise<ReportDetail> {
    await this.readUnreadDocuments();
    const store = this.store();
    const report = readReport(store, reportId);
    this.extractStale(store, [reportId]);
    return { ...report, mentions: readMentions(store, reportId) };
  }

  async reviewMention(mentionId: number, decision: MentionDecision): Promise<ReportMention> {
    const store = this.store();
    const mention = Number.isSafeInteger(mentionId) ? readMention(store, mentionId) : null;
    if (mention === null) throw new Error(`no report mention with id ${String(mentionId)}`);
    const kind = decision?.decision;
    if (kind !== 'accept' && kind !== 'reject' && kind !== 'relink') throw new Error(`a mention review is accept, reject or relink, not ${String(kind)}`);
    const target = kind === 'relink' ? relinkTarget(store, (decision as { target?: unknown }).target, mention) : null;
    const analyst = (typeof decision.analyst === 'string' && decision.analyst.trim()) || store.getSetting('analyst')?.trim() || 'analyst';
    const note = typeof decision.note === 'string' ? decision.note.trim().slice(0, 2000) : '';
    store.transaction(() => appendMentionReview(store, mention, { decision: kind, target, analyst, recordedAt: this.now().toISOString(), note }));
    return readMention(store, mentionId) as ReportMention;
  }

  async mentionsOfEntity(entityId: string): Promise<readonly EntityMention[]> {
    if (typeof entityId !== 'string' || entityId === '') return [];
    await this.readUnreadDocuments();
    const store = this.store();
    this.extractStale(store, null);
    return readEntityMentions(store, entityId).map(({ start, end, body, ...row }) => ({ ...row, sentence: sentenceAround(body, start, end) }));
  }

  /**
   * Finds the mentions of the reports (all when `reportIds` is null) whose last extraction saw
   * other workspace contents (new manifests, a new resolution, new watchlist entries) or none.
   */
  extractStale(store: WorkspaceStore, reportIds: readonly number[] | null): number {
    const signature = lookupsSignature(store);
    if (this.lookups === null || this.lookups.store !== store || this.lookups.signature !== signature) {
      this.lookups = { store, signature, lookups: new StoreMentionLookups(store) };
    }
    const { lookups } = this.lookups;
    const seen = extractionSignatures(store);
    const ids = reportIds ?? store.all<{ id: number }>('SELECT id FROM intelligence_report ORDER BY id').map((row) => Number(row.id));
    const stale = ids.filter((id) => seen.get(id) !== signature);
    if (stale.length === 0) return 0;
    const at = this.now().toISOString();
    store.transaction(() => {
      for (const reportId of stale) {
        const body = store.scalar('SELECT body FROM intelligence_report WHERE id = ?', [reportId]);
        if (body === undefined) continue;
        writeMentions(store, reportId, extractMentions(String(body), lookups), signature, at);
      }
    });
    return stale.length;
  }

  async searchText(query: TextSearchQuery): Promise<TextSearchResult> {
    const text = typeof query.text === 'string' ? query.text : '';
    const expression = buildTextSearchExpression(text);
    const empty = { hits: [], total: 0 };
    if (expression.match === null) return { text, terms: expression.terms, message: expression.message, reports: empty, goods: empty };
    await this.readUnreadDocuments();
    const store = this.store();
    refreshGoodsIndex(store);
    const limit = Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), 200);
    return {
      text,
      terms: expression.terms,
      message: null,
      reports: searchReports(store, expression.match, limit),
      goods: searchGoods(store, expression.match, limit),
    };
  }

  /** Reads the intelligence-report documents kept without a report. */
  async readUnreadDocuments(): Promise<number> {
    const store = this.store();
    if (!hasUnreadReportDocuments(store)) return 0;
    let read = 0;
    for (const document of unreadReportDocuments(store)) {
      const format = reportFormatOf(document.fileName) ?? 'text';
      const parsed = await readReportFile(format, document.content);
      if (this.store() !== store || reportIdOfDocument(store, document.documentId) !== null) continue;
      store.transaction(() => insertReport(store, { documentId: document.documentId, format, ...parsed, parsedAt: this.now().toISOString() }));
      read += 1;
    }
    return read;
  }

  private async importOne(file: ReportFileInput): Promise<ReportImportResult> {
    const fileName = typeof file.fileName === 'string' ? file.fileName.trim() : '';
    const failed = (failure: string, format: ReportFormat | null = null): ReportImportResult => ({
      fileName, status: 'failed', reportId: null, documentId: null, format, reference: null, grading: null, flags: [], failure,
    });
    if (fileName === '') return failed('a report needs a file name');
    if (!(file.bytes instanceof Uint8Array)) return failed(`${fileName}: the file's bytes are missing`);
    const format = reportFormatOf(fileName);
    if (format === null) return failed(`${fileName}: not a report format this version reads (${reportFileExtensions.map((extension) => `.${extension}`).join(', ')})`);
    if (file.bytes.length > maxSourceDocumentBytes) return failed(`${fileName}: ${file.bytes.length} bytes is above the ${maxSourceDocumentBytes}-byte limit for a source document`, format);
    const parsed = await readReportFile(format, file.bytes);
    const store = this.store();
    const [receipt] = await addSourceDocuments(store, [{ kind: 'intelligence-report', fileName, bytes: file.bytes }], this.now());
    const documentId = (receipt as { documentId: number }).documentId;
    const existing = reportIdOfDocument(store, documentId);
    const reportId = existing ?? store.transaction(() => insertReport(store, { documentId, format, ...parsed, parsedAt: this.now().toISOString() }));
    this.extractStale(store, [reportId]);
    return {
      fileName,
      status: existing === null ? 'imported' : 'already-present',
      reportId,
      documentId,
      format,
      reference: parsed.header.reference,
      grading: gradingCode(parsed.header.sourceReliability, parsed.header.informationCredibility),
      flags: parsed.flags,
      failure: null,
    };
  }
}

/**
 * The target of a re-link, checked against the workspace: a trader, bill or watchlist entry it holds, a known seaport or HS code, a container or vessel key.
 * A trader is kept by the member occurrence the mention names (traderMemberKey), so the re-link follows later merges and splits.
 */
function relinkTarget(store: WorkspaceStore, target: unknown, mention: ReportMention): MentionTarget {
  const { kind, key, label } = (target ?? {}) as { kind?: unknown; key?: unknown; label?: unknown };
  if (typeof kind !== 'string' || !(mentionTargetKinds as readonly string[]).includes(kind)) throw new Error(`a re-link needs a target kind (${mentionTargetKinds.join(', ')})`);
  if (typeof key !== 'string' || key.trim() === '' || key.length > 200) throw new Error('a re-link needs the key of its target');
  const given = typeof label === 'string' && label.trim() !== '' ? label.trim().slice(0, 200) : key.trim();
  const found = (sql: string): string => {
    const value = store.scalar(sql, [key.trim()]);
    if (value === undefined) throw new Error(`no ${kind} ${key.trim()} in this workspace`);
    return String(value);
  };
  switch (kind as MentionTarget['kind']) {
    case 'trader':
      return { kind: 'trader', label: found('SELECT display_name FROM trader_entity WHERE entity_id = ?'), key: traderMemberKey(store, key.trim(), mention) };
    case 'bill-of-lading':
      return { kind: 'bill-of-lading', key: key.trim(), label: found('SELECT bill_of_lading_number FROM bill_of_lading WHERE bill_of_lading_number = ?') };
    case 'watchlist-entry':
      return { kind: 'watchlist-entry', key: key.trim(), label: found("SELECT name || ' (' || list_name || ')' FROM watchlist_entry WHERE id = ?") };
    case 'port': {
      const seaport = findSeaport(key);
      if (seaport === undefined) throw new Error(`${key.trim()} is not a UN/LOCODE of the reference seaports`);
      return { kind: 'port', key: seaport.unlocode, label: `${seaport.name} (${seaport.unlocode})` };
    }
    case 'hs-code': {
      const code = findHsCode(key);
      if (code === undefined) throw new Error(`${key.trim()} is not an HS code of the nomenclature`);
      return { kind: 'hs-code', key: code.code, label: `${code.code} ${code.description}` };
    }
    case 'container':
      return { kind: 'container', key: compactContainerNumber(key), label: compactContainerNumber(key) };
    default:
      return { kind: 'vessel', key: key.trim(), label: given };
  }
}

/** A report file's text, header and flags; a file whose text cannot be read gives an empty text and a flag saying why. */
async function readReportFile(format: ReportFormat, bytes: Uint8Array): Promise<{ extracted: ExtractedReportText; header: ReturnType<typeof parseReportHeader>; title: string; flags: ReportFlag[] }> {
  let extracted: ExtractedReportText;
  try {
    extracted = await extractReportText(format, bytes);
  } catch (error) {
    extracted = { text: '', metadata: {}, flags: [{ field: 'text', text: null, reason: `the text could not be read: ${(error as Error).message}`, line: null }] };
  }
  const header = parseReportHeader(extracted.text);
  const title = header.subject ?? extracted.metadata.emailSubject ?? header.title ?? '(no text)';
  return { extracted, header, title, flags: [...extracted.flags, ...header.flags] };
}

function summarise(files: readonly ReportImportResult[]): ReportImportSummary {
  return {
    files,
    imported: files.filter((file) => file.status === 'imported').length,
    alreadyPresent: files.filter((file) => file.status === 'already-present').length,
    failed: files.filter((file) => file.status === 'failed').length,
    flagged: files.filter((file) => file.status !== 'failed' && file.flags.length > 0).length,
  };
}
