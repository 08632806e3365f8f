import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ManifestImportSource } from '../engine/engineApi';
import { ManifestLineWriter } from '../store/manifestLineWriter';
import type { WorkspaceStore } from '../store/workspaceStore';
import { CsvRecordReader } from './csv/csvRecordReader';
import type { CsvRecord } from './csv/csvRecordReader';
import { mapHeaders } from './headerMapping';
import type { HeaderMapping } from './headerMapping';
import type { ImportIssue, ImportProgress, ImportReport } from './importReport';
import { readManifestLine } from './manifestLine';
import { createTextDecoderStream } from './textDecoding';

export interface ManifestImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Checked between chunks; when it returns true the import rolls back and reports 'cancelled'. */
  readonly isCancelled?: () => boolean;
  /** Issues listed in the report per kind; the rest are counted (all are stored in the workspace). */
  readonly maxListedIssues?: number;
  readonly now?: () => Date;
}

class ImportFailure extends Error {}
class ImportCancelled extends Error {}

/**
 * Imports one manifest CSV/TSV file into the store, streaming: bytes are decoded, parsed, mapped,
 * validated and inserted chunk by chunk inside one transaction, so a cancelled or failed import
 * leaves the workspace as it was. Accounting is exact: rows read = rows stored + rows rejected,
 * and the store refuses a batch where it is not. A file already imported (same SHA-256) adds
 * nothing.
 */
export async function importManifest(store: WorkspaceStore, source: ManifestImportSource, options: ManifestImportOptions = {}): Promise<ImportReport> {
  const startedAt = Date.now();
  const maxListed = options.maxListedIssues ?? 1000;
  const fileName = source.fileName;
  const hash = sha256.create();
  let digestHex: string | null = null;
  const contentDigest = (): string => (digestHex ??= bytesToHex(hash.digest()));
  const decoder = createTextDecoderStream();
  const rejections: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let rejectionCount = 0;
  let warningCount = 0;
  let rowsRead = 0;
  let rowsStored = 0;
  let bytesRead = 0;
  let headers: readonly string[] | null = null;
  let mapping: HeaderMapping | null = null;
  let writer: ManifestLineWriter | null = null;
  let billsAppendedTo = 0;

  const issueStatement = store.database.prepare('INSERT INTO import_issue (batch_id, severity, source_row, column_name, value, reason) VALUES (?, ?, ?, ?, ?, ?)');
  let currentBatchId = 0;
  const recordIssue = (severity: 'rejection' | 'warning', issue: ImportIssue): void => {
    issueStatement.run([currentBatchId, severity, issue.row, issue.column, issue.value, issue.reason]);
    if (severity === 'rejection') {
      rejectionCount++;
      if (rejections.length < maxListed) rejections.push(issue);
    } else {
      warningCount++;
      if (warnings.length < maxListed) warnings.push(issue);
    }
  };

  const onRecord = (record: CsvRecord): void => {
    if (headers === null) {
      headers = record.fields.map((header) => header.trim());
      mapping = mapHeaders(headers);
      if (record.structuralError !== undefined) throw new ImportFailure(`${fileName}: the header row is malformed: ${record.structuralError}`);
      if (mapping.missingRequiredFields.length > 0) {
        throw new ImportFailure(`${fileName}: no column for the bill-of-lading number (headers: ${headers.slice(0, 12).join(', ')}${headers.length > 12 ? ', …' : ''})`);
      }
      return;
    }
    rowsRead++;
    const result = readManifestLine(record.fields, headers, mapping as HeaderMapping, record.structuralError);
    if (result.kind === 'rejected') {
      recordIssue('rejection', { fileName, row: record.recordNumber, column: result.column, value: result.value, reason: result.reason });
      return;
    }
    for (const fieldIssue of result.fieldIssues) recordIssue('warning', { fileName, row: record.recordNumber, ...fieldIssue });
    const { billAlreadyStored } = (writer as ManifestLineWriter).write(result.line, record.recordNumber);
    if (billAlreadyStored) billsAppendedTo++;
    rowsStored++;
  };
  const reader = new CsvRecordReader(onRecord);

  const baseReport = () => ({
    fileName,
    encoding: decoder.encoding(),
    delimiter: reader.dialect()?.delimiter ?? ',',
    columnMapping: (mapping as HeaderMapping | null)?.mappingByHeader ?? {},
    unmappedColumns: (mapping as HeaderMapping | null)?.unmappedColumns ?? [],
    rowsRead,
    rowsStored,
    rowsRejected: rejectionCount,
    rejections,
    rejectionsTruncated: rejectionCount - rejections.length,
    warnings,
    warningsTruncated: warningCount - warnings.length,
    durationMs: Date.now() - startedAt,
  });

  store.run('BEGIN');
  try {
    // A provisional batch row gives issues and rows their batch id; its counts are set at the end.
    store.run(`INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
      VALUES (?, ?, ?, '', '', '{}', 0, 0, 0)`, [fileName, `pending:${startedAt}:${Math.random()}`, (options.now?.() ?? new Date()).toISOString()]);
    currentBatchId = store.lastInsertRowId();
    writer = new ManifestLineWriter(store, currentBatchId);
    let sawNul = false;
    for await (const chunk of source.chunks) {
      if (options.isCancelled?.()) throw new ImportCancelled();
      hash.update(chunk);
      if (bytesRead < 8192 && chunk.subarray(0, 8192 - bytesRead).includes(0) && !sawNul) sawNul = true;
      bytesRead += chunk.length;
      if (sawNul && decoder.encoding().startsWith('utf-8')) throw new ImportFailure(`${fileName}: this is a binary file, not a CSV/TSV manifest (NUL bytes in the first 8 KiB)`);
      reader.push(decoder.decode(chunk));
      options.onProgress?.({ fileName, bytesRead, byteLength: source.byteLength ?? null, rowsRead });
    }
    if (options.isCancelled?.()) throw new ImportCancelled();
    reader.push(decoder.decode(new Uint8Array(0), true), true);
    if (headers === null) throw new ImportFailure(`${fileName}: the file is empty (no header row)`);
    const fallback = decoder.fallbackOffset();
    if (fallback !== null && fallback > 0) {
      recordIssue('warning', { fileName, row: 0, column: null, value: null, reason: `bytes from offset ${fallback} are not UTF-8; read from there on as Windows-1252` });
    }
    if (billsAppendedTo > 0) {
      recordIssue('warning', { fileName, row: 0, column: null, value: null, reason: `${billsAppendedTo} lines belong to bills of lading already in the workspace from an earlier file; they were added to those bills` });
    }
    if (reader.blankLinesSkipped() > 0) {
      recordIssue('warning', { fileName, row: 0, column: null, value: null, reason: `${reader.blankLinesSkipped()} blank lines skipped (not counted as rows)` });
    }
    const contentSha256 = contentDigest();
    const existing = store.scalar('SELECT source_file FROM import_batch WHERE content_sha256 = ?', [contentSha256]);
    if (existing !== undefined) {
      store.run('ROLLBACK');
      return { ...baseReport(), rowsStored: 0, rowsRejected: 0, rowsRead: 0, rejections: [], warnings: [], rejectionsTruncated: 0, warningsTruncated: 0, status: 'already-imported', contentSha256, failure: `${fileName}: already imported (identical content to ${String(existing)}); nothing added` };
    }
    const report = baseReport();
    store.run('UPDATE import_batch SET content_sha256 = ?, encoding = ?, delimiter = ?, column_mapping = ?, rows_read = ?, rows_stored = ?, rows_rejected = ? WHERE id = ?', [
      contentSha256, report.encoding, report.delimiter, JSON.stringify(report.columnMapping), report.rowsRead, report.rowsStored, report.rowsRejected, currentBatchId,
    ]);
    store.run('COMMIT');
    return { ...report, status: 'completed', contentSha256 };
  } catch (error) {
    store.run('ROLLBACK');
    const contentSha256 = contentDigest();
    if (error instanceof ImportCancelled) return { ...baseReport(), status: 'cancelled', contentSha256, failure: `${fileName}: import cancelled; nothing was stored` };
    if (error instanceof ImportFailure) return { ...baseReport(), status: 'failed', contentSha256, failure: error.message };
    throw error;
  } finally {
    writer?.close();
    issueStatement.free();
  }
}
