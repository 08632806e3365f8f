import { maxSourceDocumentBytes } from '../documents/sourceDocumentKinds';
import { parseReportHeader, gradingCode } from '../reports/reportHeader';
import type { ReportFlag } from '../reports/reportHeader';
import { extractReportText, reportFileExtensions, reportFormatOf } from '../reports/reportText';
import type { ExtractedReportText, ReportFormat } from '../reports/reportText';
import { buildTextSearchExpression } from '../reports/textSearchQuery';
import { addSourceDocuments } from '../store/sourceDocumentStore';
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
    return readReport(this.store(), reportId);
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
