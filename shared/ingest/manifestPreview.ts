import type { ManifestImportSource } from '../engine/engineApi';
import { proposeColumnMapping } from './columnMapping';
import type { ColumnMappingTable, ColumnProposal } from './columnMapping';
import { FileUnusableError } from './formats/importFormat';
import type { FormatLimits, ImportFormat, RecordSink, SourceRecord, TableStart } from './formats/importFormat';
import { detectImportFormat } from './formats/importFormats';
import { mapHeaders } from './headerMapping';
import type { ImportFormatId } from './importReport';
import { foldHeader, manifestFields } from './manifestFields';
import type { ManifestFieldId } from './manifestFields';
import { headerSearchRows } from './manifestRecordSink';
import { peekSource } from './sourceHead';

/** Data rows of each table shown in the preview and read for content detection. */
export const previewSampleRows = 20;
/** Bytes of a streamed file (delimited text, JSON) read for its preview. */
export const previewHeadBytes = 256 * 1024;

/** One table (a delimited or JSON file, or a worksheet) as the preview reads it. */
export interface PreviewTable {
  /** The worksheet, for workbooks; null for single-table files. */
  readonly sheet: string | null;
  /** 'skipped': a sheet the format cannot read (a chart sheet), with the reason; it has no columns. */
  readonly status: 'readable' | 'skipped';
  readonly skipReason?: string;
  /** The header's row (spreadsheet numbering) or, for JSON, null (keys are the columns). */
  readonly headerRow: number | null;
  readonly headers: readonly string[];
  /** Up to 20 data rows, each with one value per header. */
  readonly sampleRows: readonly (readonly string[])[];
  /** A field (or none) for every column, with its basis in plain words. */
  readonly proposals: readonly ColumnProposal[];
  /** Required fields no column is mapped to (the table is not imported without them). */
  readonly missingRequiredFields: readonly ManifestFieldId[];
}

/** What a file looks like before import: its tables, their headers, sample rows and proposed mapping. */
export interface FileLayout {
  readonly fileName: string;
  readonly format: ImportFormatId;
  readonly formatDescription: string;
  readonly tables: readonly PreviewTable[];
  /** The layout signature: folded sheet names and header lists (see layoutSignature). */
  readonly signature: string;
}

interface TableDraft {
  readonly sheet: string | null;
  readonly keyedColumns: readonly string[] | null;
  candidates: SourceRecord[];
  header: readonly string[] | null;
  headerRow: number | null;
  readonly samples: string[][];
  skipReason?: string;
}

/** Collects each table's header and first data rows, as the import would find them. */
class PreviewSink implements RecordSink {
  readonly tables: TableDraft[] = [];
  private current: TableDraft | null = null;

  beginTable(table: TableStart): boolean {
    this.settleHeader();
    this.current = {
      sheet: table.sheetName,
      keyedColumns: table.layout.kind === 'keyed' ? table.layout.columns : null,
      candidates: [],
      header: null,
      headerRow: null,
      samples: [],
    };
    this.tables.push(this.current);
    return true;
  }

  record(record: SourceRecord): void {
    const table = this.current;
    if (table === null) return;
    if (table.keyedColumns !== null) {
      if (record.defect === undefined && table.samples.length < previewSampleRows) table.samples.push([...record.fields]);
      return;
    }
    if (table.header === null) {
      table.candidates.push(record);
      if (record.defect === undefined && mapHeaders(record.fields.map((field) => field.trim())).missingRequiredFields.length === 0) this.adopt(table, table.candidates.length - 1);
      else if (table.candidates.length >= headerSearchRows) this.adopt(table, 0);
      return;
    }
    if (record.defect === undefined && table.samples.length < previewSampleRows) table.samples.push([...record.fields]);
  }

  skipTable(sheetName: string, reason: string): void {
    this.tables.push({ sheet: sheetName, keyedColumns: null, candidates: [], header: [], headerRow: null, samples: [], skipReason: reason });
  }

  note(): void {}

  /** The table ends (or the preview stops reading): its header is the best candidate so far. */
  settleHeader(): void {
    const table = this.current;
    if (table !== null && table.keyedColumns === null && table.header === null && table.candidates.length > 0) this.adopt(table, 0);
  }

  private adopt(table: TableDraft, index: number): void {
    const header = table.candidates[index] as SourceRecord;
    table.header = header.fields.map((field) => field.trim());
    table.headerRow = header.recordNumber;
    for (const record of table.candidates.slice(index + 1)) if (record.defect === undefined && table.samples.length < previewSampleRows) table.samples.push([...record.fields]);
    table.candidates = [];
  }
}

/**
 * Reads a file's layout for the preview and for a plain import's mapping: its format, each
 * table's header and first rows, and the mapping proposed per column (see proposeColumnMapping).
 * Streamed formats are read from their first 256 KiB; a workbook is read whole (it is held in
 * memory to be imported anyway). Returns the source again, from its first byte, for the import.
 */
export async function readFileLayout(source: ManifestImportSource, limits: FormatLimits): Promise<FileLayoutReading> {
  const peeked = await peekSource(source, previewHeadBytes);
  const format = detectImportFormat(peeked.head, source.fileName);
  const sink = new PreviewSink();
  const noPacing = { checkpoint: async () => undefined };
  if (format.id === 'xlsx') {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of peeked.source.chunks) {
      chunks.push(chunk);
      length += chunk.length;
    }
    const replay = { ...source, chunks: replayChunks(chunks) };
    if (length > limits.maxWholeFileBytes) return { layout: null, failure: `the workbook is larger than ${Math.round(limits.maxWholeFileBytes / (1024 * 1024))} MiB; export its sheets as CSV and import those`, source: replay };
    try {
      const reader = format.createReader(sink, limits);
      for (const chunk of chunks) reader.push(chunk);
      await reader.finish(noPacing);
    } catch (error) {
      return { layout: null, failure: failureOf(error), source: replay };
    }
    return layoutOf(source.fileName, format, sink, replay);
  }
  try {
    const reader = format.createReader(sink, limits);
    reader.push(peeked.head);
    if (peeked.head.length < previewHeadBytes) await reader.finish(noPacing);
  } catch (error) {
    return { layout: null, failure: failureOf(error), source: peeked.source };
  }
  return layoutOf(source.fileName, format, sink, peeked.source);
}

/** A file's layout, or why it could not be read; and the file again from its first byte. */
export interface FileLayoutReading {
  readonly layout: FileLayout | null;
  readonly failure: string | null;
  readonly source: ManifestImportSource;
}

function failureOf(error: unknown): string {
  if (error instanceof FileUnusableError) return error.message;
  throw error;
}

function layoutOf(fileName: string, format: ImportFormat, sink: PreviewSink, source: ManifestImportSource): FileLayoutReading {
  sink.settleHeader();
  if (sink.tables.length === 0) return { layout: null, failure: 'the file is empty (no header row)', source };
  const tables = sink.tables.map((draft): PreviewTable => {
    if (draft.skipReason !== undefined) return { sheet: draft.sheet, status: 'skipped', skipReason: draft.skipReason, headerRow: null, headers: [], sampleRows: [], proposals: [], missingRequiredFields: [] };
    const headers = draft.keyedColumns !== null ? [...draft.keyedColumns] : (draft.header ?? []);
    const sampleRows = draft.samples.map((row) => headers.map((_, column) => row[column] ?? ''));
    const proposals = proposeColumnMapping(headers, sampleRows);
    return { sheet: draft.sheet, status: 'readable', headerRow: draft.keyedColumns !== null ? null : draft.headerRow, headers, sampleRows, proposals, missingRequiredFields: missingRequired(proposals) };
  });
  const layout: FileLayout = { fileName, format: format.id, formatDescription: format.description, tables, signature: layoutSignature(tables.filter((table) => table.status === 'readable').map((table) => ({ sheet: table.sheet, headers: table.headers }))) };
  return { layout, failure: null, source };
}

export function missingRequired(proposals: readonly { readonly field: ManifestFieldId | null }[]): ManifestFieldId[] {
  const mapped = new Set(proposals.map((proposal) => proposal.field));
  return manifestFields.filter((field) => field.required && !mapped.has(field.id)).map((field) => field.id);
}

/**
 * A layout's signature: per table, the folded sheet name and the folded header list, in order.
 * Two files with the same signature have the same columns under the same names (case, spacing
 * and punctuation aside), so one mapping fits both.
 */
export function layoutSignature(tables: readonly { readonly sheet: string | null; readonly headers: readonly string[] }[]): string {
  return JSON.stringify(tables.map((table) => [table.sheet === null ? null : foldHeader(table.sheet), table.headers.map((header) => foldHeader(header))]));
}

/** The mapping of a layout's readable tables as proposed (a plain import applies it). */
export function proposedMapping(layout: FileLayout): ColumnMappingTable[] {
  return layout.tables.filter((table) => table.status === 'readable').map((table) => ({ sheet: table.sheet, columns: table.proposals.map(({ header, field }) => ({ header, field })) }));
}

async function* replayChunks(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}
