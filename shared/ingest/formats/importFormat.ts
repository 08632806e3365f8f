import type { ImportFormatId } from '../importReport';

/**
 * The plug-in contract of an import format. A format turns a file's bytes into tables of records
 * (a delimited file or a JSON document has one table, a workbook one per worksheet); everything
 * after that (finding the header, mapping columns, validation, storing, accounting, re-import
 * detection, cancel, progress) is shared and lives in manifestImporter. Formats are listed in
 * importFormats.ts; adding one is one file and one line there.
 */
export interface ImportFormat {
  readonly id: ImportFormatId;
  /** For the analyst: what the format is, in a few words. */
  readonly description: string;
  /**
   * Whether the file is in this format, from its first bytes (up to `sniffLength`, fewer only when
   * the file is shorter) and its name. The registry asks formats in order; the first match reads it.
   */
  matches(head: Uint8Array, fileName: string): boolean;
  createReader(sink: RecordSink, limits: FormatLimits): FormatReader;
}

/** Bytes of the file's beginning that formats are sniffed from. */
export const sniffLength = 64 * 1024;

export interface FormatReader {
  /** The next chunk of the file; records it completes go to the sink before this returns. */
  push(chunk: Uint8Array): void;
  /**
   * The file has ended: read what is left. Formats that need the whole file (workbooks) do their
   * work here, calling `pacing.checkpoint()` often enough that cancel and progress keep working.
   */
  finish(pacing: ReadPacing): Promise<void>;
  /** The text encoding, for the report ('utf-8', 'windows-1252', ...). */
  encoding(): string;
  /** The field delimiter of delimited text; '' for other formats. */
  delimiter(): string;
}

export interface ReadPacing {
  /** Reports progress, throws when the import was cancelled, and lets the host's event loop run. */
  checkpoint(): Promise<void>;
}

export interface FormatLimits {
  /** Workbooks: the most bytes all the zip entries read may inflate to (zip-bomb defence). */
  readonly maxUncompressedBytes: number;
  /** Formats read whole (workbooks): the largest file accepted. */
  readonly maxWholeFileBytes: number;
}

export interface RecordSink {
  /** A table starts (the file's one table, or the next worksheet); returns false when its records are not wanted. */
  beginTable(table: TableStart): boolean;
  record(record: SourceRecord): void;
  /** A table the format cannot read at all (a chart sheet), reported as skipped with the reason. */
  skipTable(sheetName: string, reason: string): void;
  /** A note on how the file was read (blank lines skipped, a text encoding fallback), kept as a warning. */
  note(reason: string): void;
}

export interface TableStart {
  /** The worksheet's name, for workbooks; null for single-table files. */
  readonly sheetName: string | null;
  readonly layout: TableLayout;
}

export type TableLayout =
  /**
   * Records are rows of positional fields and the header is one of the first rows (delimited text,
   * worksheets, JSON arrays of arrays). `strictFieldCount`: a row with more or fewer fields than
   * the header is malformed (delimited text), rather than a row with empty cells left out.
   */
  | { readonly kind: 'header-row'; readonly strictFieldCount: boolean }
  /**
   * Records are key/value objects (JSON). `columns` is the reader's live list of the keys met so
   * far, growing as records bring new ones; a record's fields follow it and a missing key is empty.
   */
  | { readonly kind: 'keyed'; readonly columns: readonly string[] };

export interface SourceRecord {
  /** Where the record is in the file (see ImportIssue.row). */
  readonly recordNumber: number;
  readonly fields: readonly string[];
  /** Set when the record cannot be read reliably as a whole (broken quoting, a JSON line that does not parse). */
  readonly defect?: RecordDefect;
}

export interface RecordDefect {
  readonly column: string | null;
  readonly value: string | null;
  readonly reason: string;
}

/** The file cannot be imported (unreadable in its format, or no manifest in it); the message is one line, without the file name. */
export class FileUnusableError extends Error {}
