import type { ManifestImportSource } from '../engine/engineApi';
import { ImportBatchRecorder } from '../store/importBatchRecorder';
import { ManifestLineWriter } from '../store/manifestLineWriter';
import type { WorkspaceStore } from '../store/workspaceStore';
import { FileUnusableError, sniffLength } from './formats/importFormat';
import type { FormatLimits, FormatReader, ReadPacing } from './formats/importFormat';
import { detectImportFormat } from './formats/importFormats';
import type { ColumnMappingTable } from './columnMapping';
import type { ImportIssue, ImportMappingUsed, ImportProgress, ImportReport } from './importReport';
import { detachedString } from './detachedString';
import { ManifestRecordSink } from './manifestRecordSink';
import { peekSource } from './sourceHead';
import { yieldToEventLoop } from './yieldToEventLoop';
import { digestHex as hexOf, wasmSha256 } from '../workspace/sha256';
import type { Sha256Factory } from '../workspace/sha256';

export interface ManifestImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Checked between chunks; when it returns true the import rolls back and reports 'cancelled'. */
  readonly isCancelled?: () => boolean;
  /** Issues listed in the report per kind; the rest are counted (all are stored in the workspace). */
  readonly maxListedIssues?: number;
  readonly now?: () => Date;
  /** Bounds on files read whole (workbooks); the defaults suit a desktop. */
  readonly limits?: Partial<FormatLimits>;
  /** Column mappings per table (see ManifestRecordSink); tables not listed are mapped by header names. */
  readonly mapping?: readonly ColumnMappingTable[];
  /** What the report says about the mapping. */
  readonly mappingUsed?: ImportMappingUsed;
  /** The SHA-256 the file is hashed with (the host's native one, when it gave one); hash-wasm by default. */
  readonly sha256?: Sha256Factory;
}

export const defaultFormatLimits: FormatLimits = {
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxWholeFileBytes: 256 * 1024 * 1024,
};

export class ImportCancelled extends Error {}

/** Files from this size up have room made for them in the database before they are read. */
const reserveFromBytes = 16 * 1024 * 1024;
/** About what a manifest file adds to the database per byte of delimited text (lines, bills, parties, indexes). */
const databaseBytesPerFileByte = 1.5;
/** The most room made at once: beyond it the database grows as it goes. */
const maxReservedBytes = 1024 * 1024 * 1024;

/** An issue kept for the report: its value detached from the chunk of the file it was cut from. */
function listed(issue: ImportIssue): ImportIssue {
  return issue.value === null ? issue : { ...issue, value: detachedString(issue.value) };
}

/**
 * Imports one manifest file into the store, whatever its format (delimited text, XLSX workbook,
 * JSON, JSON Lines: see formats/importFormats). The format turns bytes into records; from there
 * it is all shared: records are mapped, validated and inserted inside one transaction, so a
 * cancelled or failed import leaves the workspace as it was. Streaming formats are read chunk by
 * chunk. Accounting is exact: rows read = rows stored + rows rejected, and the store refuses a
 * batch where it is not. A file already imported (same SHA-256) adds nothing.
 */
export async function importManifest(store: WorkspaceStore, source: ManifestImportSource, options: ManifestImportOptions = {}): Promise<ImportReport> {
  const startedAt = Date.now();
  const maxListed = options.maxListedIssues ?? 1000;
  const fileName = source.fileName;
  const peeked = await peekSource(source, sniffLength);
  const format = detectImportFormat(peeked.head, fileName);
  const hash = await (options.sha256 ?? wasmSha256)();
  let digestHex: string | null = null;
  const contentDigest = (): string => (digestHex ??= hexOf(hash.digest()));
  const rejections: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let rejectionCount = 0;
  let warningCount = 0;
  let bytesRead = 0;
  let batch: ImportBatchRecorder | null = null;
  let writer: ManifestLineWriter | null = null;
  let sink: ManifestRecordSink | null = null;
  let reader: FormatReader | null = null;

  const issues = {
    rejection(issue: ImportIssue): void {
      batch?.recordIssue('rejection', issue);
      rejectionCount++;
      if (rejections.length < maxListed) rejections.push(listed(issue));
    },
    warning(issue: ImportIssue): void {
      batch?.recordIssue('warning', issue);
      warningCount++;
      if (warnings.length < maxListed) warnings.push(listed(issue));
    },
  };
  const progress = (): void => options.onProgress?.({ fileName, bytesRead, byteLength: source.byteLength ?? null, rowsRead: sink?.rowsRead ?? 0 });
  const pacing: ReadPacing = {
    async checkpoint() {
      if (options.isCancelled?.()) throw new ImportCancelled();
      progress();
      await yieldToEventLoop();
      if (options.isCancelled?.()) throw new ImportCancelled();
    },
  };

  const baseReport = () => {
    const sheets = sink?.sheetReports();
    return {
      fileName,
      format: format.id,
      encoding: reader?.encoding() ?? 'utf-8',
      delimiter: reader?.delimiter() ?? '',
      columnMapping: sink?.columnMapping() ?? {},
      unmappedColumns: sink?.unmappedColumns() ?? [],
      ...(sheets === undefined ? {} : { sheets }),
      ...(options.mappingUsed === undefined ? {} : { mapping: options.mappingUsed }),
      rowsRead: sink?.rowsRead ?? 0,
      rowsStored: sink?.rowsStored ?? 0,
      rowsRejected: rejectionCount,
      rejections,
      rejectionsTruncated: rejectionCount - rejections.length,
      warnings,
      warningsTruncated: warningCount - warnings.length,
      durationMs: Date.now() - startedAt,
    };
  };

  // A large file: room for what it will add to the database, made at once (see WorkspaceStore.reserve).
  if ((source.byteLength ?? 0) >= reserveFromBytes) store.reserve(Math.min((source.byteLength as number) * databaseBytesPerFileByte, maxReservedBytes));
  // Foreign keys are checked once, for all the rows written, before the commit (ManifestLineWriter.finish).
  store.beginBulkLoad();
  try {
    batch = ImportBatchRecorder.begin(store, { fileName, importedAt: (options.now?.() ?? new Date()).toISOString(), format: format.id });
    writer = new ManifestLineWriter(store, batch.batchId);
    sink = new ManifestRecordSink(fileName, writer, issues, options.mapping);
    reader = format.createReader(sink, { ...defaultFormatLimits, ...options.limits });
    for await (const chunk of peeked.source.chunks) {
      if (options.isCancelled?.()) throw new ImportCancelled();
      hash.update(chunk);
      bytesRead += chunk.length;
      reader.push(chunk);
      progress();
    }
    if (options.isCancelled?.()) throw new ImportCancelled();
    await reader.finish(pacing);
    sink.finish();
    for (const reason of sink.fileNotes()) issues.warning({ fileName, row: 0, column: null, value: null, reason });
    const contentSha256 = contentDigest();
    const existing = ImportBatchRecorder.fileWithContent(store, contentSha256);
    if (existing !== undefined) {
      store.rollback();
      return {
        ...baseReport(), rowsStored: 0, rowsRejected: 0, rowsRead: 0, rejections: [], warnings: [], rejectionsTruncated: 0, warningsTruncated: 0,
        status: 'already-imported', contentSha256, failure: `${fileName}: already imported (identical content to ${existing}); nothing added`,
      };
    }
    // The last buffered rows, and the indexes set aside for the bulk load.
    writer.finish();
    const report = baseReport();
    batch.complete({
      contentSha256,
      encoding: report.encoding,
      delimiter: report.delimiter,
      columnMapping: report.columnMapping,
      rowsRead: report.rowsRead,
      rowsStored: report.rowsStored,
      rowsRejected: report.rowsRejected,
      ...(options.mappingUsed?.profileName === undefined ? {} : { mappingProfile: options.mappingUsed.profileName }),
    });
    store.commit();
    return { ...report, status: 'completed', contentSha256 };
  } catch (error) {
    store.rollback();
    const contentSha256 = contentDigest();
    if (error instanceof ImportCancelled) return { ...baseReport(), status: 'cancelled', contentSha256, failure: `${fileName}: import cancelled; nothing was stored` };
    if (error instanceof FileUnusableError) return { ...baseReport(), status: 'failed', contentSha256, failure: `${fileName}: ${error.message}` };
    throw error;
  } finally {
    writer?.close();
    batch?.close();
  }
}
