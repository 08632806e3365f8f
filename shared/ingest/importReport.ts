/**
 * What an import tells the analyst: for every file, rows read = rows stored + rows rejected,
 * every rejection with its row, column, value and reason, and warnings on kept rows.
 */
export interface ImportIssue {
  readonly fileName: string;
  /**
   * Where the record is in the file: the spreadsheet row for delimited text and workbooks (the
   * header is row 1), the element number for a JSON array (the first is 1), the line number for
   * JSON Lines. 0 for a note about the whole file.
   */
  readonly row: number;
  /** The worksheet, for workbooks. */
  readonly sheet?: string;
  readonly column: string | null;
  readonly value: string | null;
  readonly reason: string;
}

export type ImportStatus = 'completed' | 'cancelled' | 'failed' | 'already-imported';

/** How the file's bytes were read (see shared/ingest/formats/importFormats). */
export type ImportFormatId = 'delimited-text' | 'xlsx' | 'json' | 'json-lines' | 'ams-table';

/** One worksheet of a workbook: imported, or skipped with the reason. */
export interface SheetReport {
  readonly name: string;
  readonly status: 'imported' | 'skipped';
  /** Why a sheet was skipped. */
  readonly reason?: string;
  readonly columnMapping: Readonly<Record<string, string>>;
  readonly unmappedColumns: readonly string[];
  readonly rowsRead: number;
  readonly rowsStored: number;
  readonly rowsRejected: number;
}

export interface ImportReport {
  readonly fileName: string;
  readonly status: ImportStatus;
  /** Set when status is 'failed': the one-line reason the file could not be used. */
  readonly failure?: string;
  readonly contentSha256: string;
  /** Set once the format is known; absent on reports from before formats were pluggable. */
  readonly format?: ImportFormatId;
  readonly encoding: string;
  /** The field delimiter of delimited text; '' for workbooks and JSON. */
  readonly delimiter: string;
  /** Source header -> canonical field, as detected (for a workbook: over all imported sheets). */
  readonly columnMapping: Readonly<Record<string, string>>;
  readonly unmappedColumns: readonly string[];
  /** Workbooks: every sheet, imported or skipped. */
  readonly sheets?: readonly SheetReport[];
  /** How the columns were mapped: by header names, by a saved or given profile, by the analyst, or with content detection. */
  readonly mapping?: ImportMappingUsed;
  /** AMS release files: the table the file holds (header, billgen, consignee, ...). */
  readonly amsTable?: string;
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

/**
 * Which mapping an import used. 'header-names': each header matched to a field by name;
 * 'detected': names and, for columns whose header names no field, sample content (`basis` says
 * why per column); 'profile': a saved profile whose layout matches the file's; 'given-profile':
 * a profile given to the import (the CLI's --profile); 'analyst': the mapping confirmed or
 * corrected in the preview.
 */
export interface ImportMappingUsed {
  readonly kind: 'header-names' | 'detected' | 'profile' | 'given-profile' | 'analyst';
  /** The profile used, or saved from the analyst's mapping. */
  readonly profileName?: string;
  /** One sentence for the analyst: "Layout matches profile 'Port of Felixstowe daily'". */
  readonly description: string;
  /** Columns mapped from their content: header -> the basis in plain words. */
  readonly basis?: Readonly<Record<string, string>>;
}

export interface ImportProgress {
  readonly fileName: string;
  readonly bytesRead: number;
  readonly byteLength: number | null;
  readonly rowsRead: number;
}
