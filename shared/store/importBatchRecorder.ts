import type { Statement } from 'sql.js';
import type { ImportFormatId, ImportIssue } from '../ingest/importReport';
import type { WorkspaceStore } from './workspaceStore';

export type IssueSeverity = 'rejection' | 'warning';

export interface BatchStart {
  readonly fileName: string;
  readonly importedAt: string;
  readonly format: ImportFormatId;
  /** AMS release files: the table the file holds. */
  readonly sourceTable?: string;
  readonly releaseId?: number;
}

export interface BatchCompletion {
  readonly contentSha256: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly columnMapping: Readonly<Record<string, string>>;
  readonly rowsRead: number;
  readonly rowsStored: number;
  readonly rowsRejected: number;
  /** The import profile whose mapping was used, if one was. */
  readonly mappingProfile?: string;
}

/**
 * The import_batch row of one file being imported, and its issues. The row is inserted first, with
 * a provisional content hash and zero counts, so that stored rows and issues can point at it; the
 * caller's transaction makes it all or nothing. `complete` sets the real hash and counts, and the
 * store's CHECK refuses counts where rows read ≠ rows stored + rows rejected.
 */
export class ImportBatchRecorder {
  private readonly insertIssue: Statement;
  private closed = false;

  /** The highest import_issue rowid before this batch: issues above it are this batch's. */
  private readonly issueRowIdBefore: number;

  private constructor(private readonly store: WorkspaceStore, readonly batchId: number) {
    this.issueRowIdBefore = Number(store.scalar('SELECT coalesce(max(rowid), 0) FROM import_issue') ?? 0);
    this.insertIssue = store.database.prepare('INSERT INTO import_issue (batch_id, severity, source_row, sheet_name, column_name, value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  static begin(store: WorkspaceStore, start: BatchStart): ImportBatchRecorder {
    store.run(
      `INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected,
        source_format, source_table, release_id) VALUES (?, ?, ?, '', '', '{}', 0, 0, 0, ?, ?, ?)`,
      [start.fileName, `pending:${crypto.randomUUID()}`, start.importedAt, start.format, start.sourceTable ?? null, start.releaseId ?? null],
    );
    return new ImportBatchRecorder(store, store.lastInsertRowId());
  }

  /** The file an earlier batch with this content came from, if the content was imported before. */
  static fileWithContent(store: WorkspaceStore, contentSha256: string): string | undefined {
    const existing = store.scalar('SELECT source_file FROM import_batch WHERE content_sha256 = ?', [contentSha256]);
    return existing === undefined || existing === null ? undefined : String(existing);
  }

  recordIssue(severity: IssueSeverity, issue: ImportIssue): void {
    this.insertIssue.run([this.batchId, severity, issue.row, issue.sheet ?? null, issue.column, issue.value, issue.reason]);
  }

  /** Issues of this batch as stored, in file order, at most `limit` of them. */
  listIssues(severity: IssueSeverity, fileName: string, limit: number): ImportIssue[] {
    const rows = this.store.all<{ row: number; sheet: string | null; column: string | null; value: string | null; reason: string }>(
      `SELECT source_row AS row, sheet_name AS sheet, column_name AS column, value, reason FROM import_issue
       WHERE batch_id = ? AND severity = ? ORDER BY source_row = 0, source_row, id LIMIT ?`,
      [this.batchId, severity, limit],
    );
    return rows.map(({ row, sheet, column, value, reason }) => (sheet === null ? { fileName, row, column, value, reason } : { fileName, row, sheet, column, value, reason }));
  }

  countIssues(severity: IssueSeverity): number {
    return Number(this.store.scalar('SELECT count(*) FROM import_issue WHERE batch_id = ? AND severity = ?', [this.batchId, severity]) ?? 0);
  }

  /** Inside a bulk load (foreign keys not checked row by row), also checks the batch row and its issues. */
  complete(completion: BatchCompletion): void {
    if (!this.store.enforcesForeignKeys) {
      const violations = this.store.foreignKeyViolations('import_batch', this.batchId - 1) + this.store.foreignKeyViolations('import_issue', this.issueRowIdBefore);
      if (violations > 0) throw new Error(`import batch ${this.batchId}: ${violations} rows refer to rows that do not exist (foreign key check)`);
    }
    this.store.run(
      'UPDATE import_batch SET content_sha256 = ?, encoding = ?, delimiter = ?, column_mapping = ?, rows_read = ?, rows_stored = ?, rows_rejected = ?, mapping_profile = ? WHERE id = ?',
      [
        completion.contentSha256,
        completion.encoding,
        completion.delimiter,
        JSON.stringify(completion.columnMapping),
        completion.rowsRead,
        completion.rowsStored,
        completion.rowsRejected,
        completion.mappingProfile ?? null,
        this.batchId,
      ],
    );
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.insertIssue.free();
  }
}
