import type { ManifestImportSource } from '../../engine/engineApi';
import { ImportBatchRecorder } from '../../store/importBatchRecorder';
import type { WorkspaceStore } from '../../store/workspaceStore';
import { delimitedTextFormat } from '../formats/delimitedTextFormat';
import { FileUnusableError, sniffLength } from '../formats/importFormat';
import type { FormatReader, ReadPacing } from '../formats/importFormat';
import { detectImportFormat } from '../formats/importFormats';
import type { ImportReport } from '../importReport';
import { defaultFormatLimits, ImportCancelled } from '../manifestImporter';
import type { ManifestImportOptions } from '../manifestImporter';
import { peekSource } from '../sourceHead';
import { yieldToEventLoop } from '../yieldToEventLoop';
import { joinAmsRelease, stagedRowCount } from './amsReleaseJoin';
import { createStagingTables, dropStagingTables, StagingWriter } from './amsStaging';
import { headerFromHead, identifyAmsTable } from './amsTableIdentification';
import { AmsTableSink } from './amsTableSink';
import { NormalisationSession } from '../normalisation/fieldNormalisers';
import { amsTables } from './amsTables';
import type { AmsTableName } from './amsTables';
import { digestHex, wasmSha256 } from '../../workspace/sha256';

interface StagedFile {
  readonly index: number;
  readonly fileName: string;
  readonly table: AmsTableName;
  readonly batch: ImportBatchRecorder;
  readonly sink: AmsTableSink;
  readonly reader: FormatReader;
  readonly contentSha256: string;
  readonly startedAt: number;
}

/**
 * Imports a set of US AMS table files (header, billgen, consignee, shipper, notifyparty,
 * container, cargodesc, tariff, marksnumbers, hazmat, hazmatclass: whichever are given, in any
 * order) as one release. Each file is identified by its header, streamed into a staging table
 * and accounted for on its own import batch; the release is then joined on `identifier` into the
 * workspace (amsReleaseJoin). Returns one report per file, in the order given, with exact
 * accounting per file: rows read = rows stored (joined) + rows rejected, each rejection with
 * its reason (an orphan row whose identifier has no header record, a repeated record...).
 *
 * Everything happens in one transaction: a cancel rolls the whole release back. A file that
 * cannot be used (not an AMS table, malformed) fails alone, and one already imported (same
 * SHA-256) adds nothing; the other files still import. Tables given without their header file
 * join to bills an earlier import stored.
 */
export async function importAmsRelease(store: WorkspaceStore, sources: readonly ManifestImportSource[], options: ManifestImportOptions = {}): Promise<ImportReport[]> {
  const maxListed = options.maxListedIssues ?? 1000;
  const importedAt = (options.now?.() ?? new Date()).toISOString();
  const reports: (ImportReport | null)[] = sources.map(() => null);
  const staged: StagedFile[] = [];
  const startedAt = Date.now();
  store.begin();
  const staging = new StagingWriter(store);
  // One set of normalisers (lookup maps, caches) for the whole release.
  const normalisation = new NormalisationSession();
  try {
    store.run("INSERT INTO import_release (kind, imported_at) VALUES ('ams', ?)", [importedAt]);
    const releaseId = store.lastInsertRowId();
    createStagingTables(store);
    for (const [index, source] of sources.entries()) {
      const outcome = await stageFile(store, staging, source, index, releaseId, importedAt, staged, options, normalisation);
      if ('report' in outcome) reports[index] = outcome.report;
      else staged.push(outcome.staged);
    }
    if (staged.length === 0) {
      store.rollback();
      return reports.map((report) => report as ImportReport);
    }
    const { notesByBatch } = joinAmsRelease(store, releaseId);
    for (const file of staged) {
      const { batch, sink, fileName } = file;
      const notes = [...sink.fileNotes(), ...(notesByBatch.get(batch.batchId) ?? [])];
      if (sink.phonesFromAddress > 0) notes.push(`${sink.phonesFromAddress} telephone or fax numbers were written in the address lines; moved to the phone field`);
      for (const reason of notes) batch.recordIssue('warning', { fileName, row: 0, column: null, value: null, reason });
      const rowsStored = stagedRowCount(store, batch.batchId);
      const rowsRejected = batch.countIssues('rejection');
      const present = amsTables[file.table].columns;
      const columnMapping = Object.fromEntries(present.flatMap((column) => (amsTables[file.table].storedAs[column] === undefined ? [] : [[column, amsTables[file.table].storedAs[column] as string]])));
      batch.complete({ contentSha256: file.contentSha256, encoding: file.reader.encoding(), delimiter: file.reader.delimiter(), columnMapping, rowsRead: sink.rowsRead, rowsStored, rowsRejected });
      const warningsCount = batch.countIssues('warning');
      const rejections = batch.listIssues('rejection', fileName, maxListed);
      const warnings = batch.listIssues('warning', fileName, maxListed);
      reports[file.index] = {
        fileName,
        status: 'completed',
        format: 'ams-table',
        amsTable: file.table,
        contentSha256: file.contentSha256,
        encoding: file.reader.encoding(),
        delimiter: file.reader.delimiter(),
        columnMapping,
        unmappedColumns: present.filter((column) => amsTables[file.table].storedAs[column] === undefined),
        rowsRead: sink.rowsRead,
        rowsStored,
        rowsRejected,
        rejections,
        rejectionsTruncated: rowsRejected - rejections.length,
        warnings,
        warningsTruncated: warningsCount - warnings.length,
        durationMs: Date.now() - file.startedAt,
      };
    }
    store.commit();
    return reports.map((report) => report as ImportReport);
  } catch (error) {
    store.rollback();
    if (!(error instanceof ImportCancelled)) throw error;
    return sources.map((source, index) => {
      const earlier = reports[index];
      if (earlier !== null && earlier !== undefined && earlier.status === 'failed') return earlier;
      return emptyReport(source.fileName, 'cancelled', `${source.fileName}: import cancelled; nothing of the release was stored`, '', Date.now() - startedAt);
    });
  } finally {
    for (const file of staged) file.batch.close();
    staging.close();
    dropStagingTables(store);
  }
}

type StageOutcome = { readonly report: ImportReport } | { readonly staged: StagedFile };

/** Streams one table file into staging inside a savepoint; a file that fails or was imported before leaves nothing. */
async function stageFile(
  store: WorkspaceStore,
  staging: StagingWriter,
  source: ManifestImportSource,
  index: number,
  releaseId: number,
  importedAt: string,
  stagedBefore: readonly StagedFile[],
  options: ManifestImportOptions,
  normalisation: NormalisationSession,
): Promise<StageOutcome> {
  const startedAt = Date.now();
  const fileName = source.fileName;
  const peeked = await peekSource(source, sniffLength);
  const header = headerFromHead(peeked.head);
  const identity = identifyAmsTable(fileName, header);
  const hash = await (options.sha256 ?? wasmSha256)();
  const failed = (reason: string): StageOutcome => ({ report: emptyReport(fileName, 'failed', `${fileName}: ${reason}`, '', Date.now() - startedAt) });
  if (identity === null) return failed(`not a table of the US AMS release (header: ${(header ?? []).slice(0, 8).join(', ')})`);
  if (identity.by === 'file-name') return failed(`named like the AMS ${identity.table} table, but its header lacks ${identity.missingColumns.join(', ')}`);
  if (detectImportFormat(peeked.head, fileName).id !== 'delimited-text') return failed('AMS tables are delimited text (CSV) files');
  store.run('SAVEPOINT ams_file');
  const batch = ImportBatchRecorder.begin(store, { fileName, importedAt, format: 'ams-table', sourceTable: identity.table, releaseId });
  const sink = new AmsTableSink(fileName, identity.table, batch, staging, normalisation);
  const reader = delimitedTextFormat.createReader(sink, defaultFormatLimits);
  let bytesRead = 0;
  const progress = (): void => options.onProgress?.({ fileName, bytesRead, byteLength: source.byteLength ?? null, rowsRead: sink.rowsRead });
  const pacing: ReadPacing = {
    async checkpoint() {
      if (options.isCancelled?.()) throw new ImportCancelled();
      progress();
      await yieldToEventLoop();
    },
  };
  const undo = (): void => {
    batch.close();
    store.run('ROLLBACK TO ams_file');
    store.run('RELEASE ams_file');
  };
  try {
    for await (const chunk of peeked.source.chunks) {
      if (options.isCancelled?.()) throw new ImportCancelled();
      hash.update(chunk);
      bytesRead += chunk.length;
      reader.push(chunk);
      progress();
    }
    await reader.finish(pacing);
    sink.finish();
  } catch (error) {
    if (!(error instanceof FileUnusableError)) {
      batch.close();
      throw error;
    }
    undo();
    return { report: { ...emptyReport(fileName, 'failed', `${fileName}: ${error.message}`, digestHex(hash.digest()), Date.now() - startedAt), amsTable: identity.table } };
  }
  const contentSha256 = digestHex(hash.digest());
  const existing = stagedBefore.find((file) => file.contentSha256 === contentSha256)?.fileName ?? ImportBatchRecorder.fileWithContent(store, contentSha256);
  if (existing !== undefined) {
    undo();
    return {
      report: { ...emptyReport(fileName, 'already-imported', `${fileName}: already imported (identical content to ${existing}); nothing added`, contentSha256, Date.now() - startedAt), amsTable: identity.table },
    };
  }
  store.run('RELEASE ams_file');
  return { staged: { index, fileName, table: identity.table, batch, sink, reader, contentSha256, startedAt } };
}

function emptyReport(fileName: string, status: ImportReport['status'], failure: string, contentSha256: string, durationMs: number): ImportReport {
  return {
    fileName,
    status,
    failure,
    format: 'ams-table',
    contentSha256,
    encoding: 'utf-8',
    delimiter: ',',
    columnMapping: {},
    unmappedColumns: [],
    rowsRead: 0,
    rowsStored: 0,
    rowsRejected: 0,
    rejections: [],
    rejectionsTruncated: 0,
    warnings: [],
    warningsTruncated: 0,
    durationMs,
  };
}
