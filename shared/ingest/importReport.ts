/**
 * What an import tells the analyst: for every file, rows read = rows stored + rows rejected,
 * every rejection with its row, column, value and reason, and warnings on kept rows.
 */
export interface ImportIssue {
  readonly fileName: string;
  /** 1-based data row number (the header is row 0... see `rowNumberBase`). */
  readonly row: number;
  readonly column: string | null;
  readonly value: string | null;
  readonly reason: string;
}

export type ImportStatus = 'completed' | 'cancelled' | 'failed' | 'already-imported';

export interface ImportReport {
  readonly fileName: string;
  readonly status: ImportStatus;
  /** Set when status is 'failed': the one-line reason the file could not be used. */
  readonly failure?: string;
  readonly contentSha256: string;
  readonly encoding: string;
  readonly delimiter: string;
  /** Source header -> canonical field, as detected. */
  readonly columnMapping: Readonly<Record<string, string>>;
  readonly unmappedColumns: readonly string[];
  readonly rowsRead: number;
  readonly rowsStored: number;
  readonly rowsRejected: number;
  readonly rejections: readonly ImportIssue[];
  /** Rejections beyond this many are counted but not listed. */
  readonly rejectionsTruncated: number;
  readonly warnings: readonly ImportIssue[];
  readonly warningsTruncated: number;
  readonly durationMs: number;
}

export interface ImportProgress {
  readonly fileName: string;
  readonly bytesRead: number;
  readonly byteLength: number | null;
  readonly rowsRead: number;
}
