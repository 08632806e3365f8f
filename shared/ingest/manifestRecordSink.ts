import type { ManifestLineWriter } from '../store/manifestLineWriter';
import { FileUnusableError } from './formats/importFormat';
import type { RecordSink, SourceRecord, TableLayout, TableStart } from './formats/importFormat';
import { applyColumnMapping, rowHoldsMappedHeaders } from './columnMapping';
import type { ColumnMappingTable } from './columnMapping';
import { mapHeaders } from './headerMapping';
import type { HeaderMapping } from './headerMapping';
import type { ImportIssue, SheetReport } from './importReport';
import { manifestFields } from './manifestFields';
import { ManifestLineReader, NormalisationTally } from './manifestLine';
import { NormalisationSession } from './normalisation/fieldNormalisers';
import { fieldCountDefect, hasValuesBeyond } from './rowShape';

/** Where the sink sends issues: the import stores each one and lists the first few in the report. */
export interface IssueLog {
  rejection(issue: ImportIssue): void;
  warning(issue: ImportIssue): void;
}

/** How many of a table's first rows are searched for the header (title rows above it are common in workbooks). */
export const headerSearchRows = 10;

interface TableState {
  readonly sheetName: string | null;
  readonly layout: TableLayout;
  /** The mapping the import was given for this table; null: mapped by header names. */
  readonly explicit: ColumnMappingTable | null;
  header: readonly string[] | null;
  mapping: HeaderMapping | null;
  /** Reads the table's records with its mapping (rebuilt when a keyed table's columns grow). */
  reader: ManifestLineReader | null;
  mappedColumnCount: number;
  readonly candidates: SourceRecord[];
  status: 'finding-header' | 'importing' | 'skipped';
  skipReason: string | null;
  rowsRead: number;
  rowsStored: number;
  rowsRejected: number;
  /** Rows with values in columns that have no header (worksheets): those values are not read. */
  rowsWithUnheadedValues: number;
}

/**
 * The format-neutral half of an import: receives a format's tables and records, finds each table's
 * header, maps its columns, validates every record into a manifest line and stores it, or rejects
 * it with the reason. Every data record is counted exactly once as stored or rejected.
 *
 * A worksheet whose header has no bill-of-lading column is skipped with the reason; a file whose
 * only table has none cannot be imported.
 */
export class ManifestRecordSink implements RecordSink {
  private readonly tables: TableState[] = [];
  private readonly skippedByFormat: SheetReport[] = [];
  private current: TableState | null = null;
  rowsRead = 0;
  rowsStored = 0;
  rowsRejected = 0;
  private billsAppendedTo = 0;
  private placeholderParties = 0;
  private hsCodesFromDescription = 0;
  private readonly notes: string[] = [];
  /** One set of normalisers (lookup maps, caches) for the whole file, and the count of values they changed. */
  private readonly normalisation = new NormalisationSession();
  private readonly normalised = new NormalisationTally();

  constructor(
    private readonly fileName: string,
    private readonly writer: ManifestLineWriter,
    private readonly issues: IssueLog,
    /** Column mappings per table (the analyst's, a profile's, or proposed from content); tables not listed are mapped by header names. */
    private readonly mapping: readonly ColumnMappingTable[] = [],
  ) {}

  /** The mapping given for a table: by sheet name, or a single-table file's one table. */
  private explicitMappingFor(sheetName: string | null): ColumnMappingTable | null {
    if (sheetName === null) return this.mapping.find((table) => table.sheet === null) ?? (this.mapping.length === 1 ? (this.mapping[0] as ColumnMappingTable) : null);
    return this.mapping.find((table) => table.sheet === sheetName) ?? null;
  }

  beginTable(table: TableStart): boolean {
    this.endTable();
    this.current = {
      sheetName: table.sheetName,
      layout: table.layout,
      explicit: this.explicitMappingFor(table.sheetName),
      header: table.layout.kind === 'keyed' ? table.layout.columns : null,
      mapping: null,
      reader: null,
      mappedColumnCount: -1,
      candidates: [],
      status: table.layout.kind === 'keyed' ? 'importing' : 'finding-header',
      skipReason: null,
      rowsRead: 0,
      rowsStored: 0,
      rowsRejected: 0,
      rowsWithUnheadedValues: 0,
    };
    this.tables.push(this.current);
    return true;
  }

  record(record: SourceRecord): void {
    const table = this.current;
    if (table === null) throw new Error('a format sent a record before beginning a table');
    if (table.status === 'finding-header') {
      this.considerAsHeader(table, record);
      return;
    }
    if (table.status === 'skipped') return;
    this.readDataRecord(table, record);
  }

  skipTable(sheetName: string, reason: string): void {
    this.skippedByFormat.push({ name: sheetName, status: 'skipped', reason, columnMapping: {}, unmappedColumns: [], rowsRead: 0, rowsStored: 0, rowsRejected: 0 });
  }

  note(reason: string): void {
    this.notes.push(reason);
  }

  /** Ends the last table; throws FileUnusableError when nothing in the file can be imported. */
  finish(): void {
    this.endTable();
    const imported = this.tables.filter((table) => table.status === 'importing');
    if (imported.length > 0) return;
    const only = this.tables.length === 1 ? this.tables[0] : undefined;
    if (this.tables.length === 0 || (only !== undefined && only.sheetName === null)) {
      throw new FileUnusableError(only?.skipReason ?? 'the file is empty (no header row)');
    }
    const reasons = this.tables.map((table) => `sheet "${table.sheetName}": ${table.skipReason}`).join('; ');
    throw new FileUnusableError(`no worksheet has a column for the bill-of-lading number (${reasons})`);
  }

  /** File-level warnings, after the rows' own. */
  fileNotes(): string[] {
    const notes = [...this.notes];
    if (this.billsAppendedTo > 0) notes.push(`${this.billsAppendedTo} lines belong to bills of lading already in the workspace from an earlier file; they were added to those bills`);
    if (this.placeholderParties > 0) notes.push(`${this.placeholderParties} parties are placeholders (TO ORDER, SAME AS CONSIGNEE, UNKNOWN...): stored as written and flagged as no trader`);
    if (this.hsCodesFromDescription > 0) notes.push(`${this.hsCodesFromDescription} lines had no HS code column value; the code was taken from "HS CODE ..." in the goods description`);
    notes.push(...this.normalised.notes());
    return notes;
  }

  columnMapping(): Record<string, string> {
    return Object.assign({}, ...this.tables.map((table) => table.mapping?.mappingByHeader ?? {})) as Record<string, string>;
  }

  unmappedColumns(): string[] {
    return [...new Set(this.tables.flatMap((table) => (table.status === 'importing' ? (table.mapping?.unmappedColumns ?? []) : [])))];
  }

  /** Workbooks: a report per sheet; undefined for single-table files. */
  sheetReports(): SheetReport[] | undefined {
    const sheets = this.tables.filter((table) => table.sheetName !== null);
    if (sheets.length === 0 && this.skippedByFormat.length === 0) return undefined;
    return [
      ...sheets.map((table): SheetReport => ({
        name: table.sheetName as string,
        status: table.status === 'importing' ? 'imported' : 'skipped',
        ...(table.skipReason === null ? {} : { reason: table.skipReason }),
        columnMapping: table.mapping?.mappingByHeader ?? {},
        unmappedColumns: table.mapping?.unmappedColumns ?? [],
        rowsRead: table.rowsRead,
        rowsStored: table.rowsStored,
        rowsRejected: table.rowsRejected,
      })),
      ...this.skippedByFormat,
    ];
  }

  private considerAsHeader(table: TableState, record: SourceRecord): void {
    table.candidates.push(record);
    const fields = record.fields.map((field) => field.trim());
    if (table.explicit !== null) {
      if (record.defect === undefined && rowHoldsMappedHeaders(fields, table.explicit)) this.adoptHeader(table, table.candidates.length - 1);
      else if (table.candidates.length >= headerSearchRows) this.explicitHeaderNotFound(table);
      return;
    }
    const mapping = mapHeaders(fields);
    if (mapping.missingRequiredFields.length === 0 && record.defect === undefined) {
      this.adoptHeader(table, table.candidates.length - 1);
    } else if (table.candidates.length >= headerSearchRows) {
      this.adoptHeader(table, 0);
    }
  }

  /** Takes the candidate at `index` as the header; the candidates above it are title rows. */
  private adoptHeader(table: TableState, index: number): void {
    const header = table.candidates[index] as SourceRecord;
    table.header = header.fields.map((field) => field.trim());
    table.mapping = this.mappingOf(table, table.header);
    table.candidates.length = 0;
    if (header.defect !== undefined) {
      this.rejectTable(table, `the header row is malformed: ${header.defect.reason}`);
      return;
    }
    if (table.mapping.missingRequiredFields.length > 0) {
      this.rejectTable(table, `no column for the bill-of-lading number (headers: ${listNames(table.header)})`);
      return;
    }
    table.status = 'importing';
    table.reader = this.readerFor(table.header, table.mapping);
    if (index > 0) {
      const where = table.sheetName === null ? '' : ` of sheet "${table.sheetName}"`;
      this.note(`${index === 1 ? '1 row' : `${index} rows`} above the header (row ${header.recordNumber}${where}) ${index === 1 ? 'is a title' : 'are titles'}, not data (not counted as rows)`);
    }
  }

  /** The table's mapping: the one given (every header it maps must be present), else by header names. */
  private mappingOf(table: TableState, header: readonly string[]): HeaderMapping {
    if (table.explicit === null) return mapHeaders(header);
    const applied = applyColumnMapping(header, table.explicit);
    if (applied.absentHeaders.length > 0 && table.layout.kind !== 'keyed') this.explicitHeaderNotFound(table, header, applied.absentHeaders);
    const mappingByHeader: Record<string, string> = {};
    const unmappedColumns: string[] = [];
    header.forEach((name, column) => {
      const field = applied.fieldByColumn.get(column);
      if (field === undefined) unmappedColumns.push(name);
      else mappingByHeader[name] = field;
    });
    const mapped = new Set(applied.fieldByColumn.values());
    const missingRequiredFields = manifestFields.filter((field) => field.required && !mapped.has(field.id)).map((field) => field.id);
    return { fieldByColumn: applied.fieldByColumn, mappingByHeader, unmappedColumns, missingRequiredFields };
  }

  /** A mapping was given for the table but its header row has not the mapped headers: the import cannot follow it. */
  private explicitHeaderNotFound(table: TableState, header?: readonly string[], absent?: readonly string[]): never {
    const explicit = table.explicit as ColumnMappingTable;
    const where = table.sheetName === null ? '' : `sheet "${table.sheetName}": `;
    const missing = absent ?? explicit.columns.filter((column) => column.field !== null).map((column) => column.header);
    const found = header ?? (table.candidates[0]?.fields ?? []).map((field) => field.trim());
    const what = header === undefined ? `no row among the first ${headerSearchRows} holds the mapped headers` : `the header lacks ${missing.length === 1 ? 'the mapped column' : 'the mapped columns'}`;
    throw new FileUnusableError(`${where}${what} ${missing.map((name) => `'${name}'`).join(', ')} (headers: ${listNames(found)})`);
  }

  private rejectTable(table: TableState, reason: string): void {
    if (table.sheetName === null) throw new FileUnusableError(reason);
    table.status = 'skipped';
    table.skipReason = reason;
  }

  private endTable(): void {
    const table = this.current;
    if (table === null) return;
    this.current = null;
    if (table.status === 'finding-header') {
      if (table.candidates.length === 0) {
        const reason = table.sheetName === null ? 'the file is empty (no header row)' : 'the sheet is empty';
        if (table.sheetName === null) throw new FileUnusableError(reason);
        table.status = 'skipped';
        table.skipReason = reason;
        return;
      }
      if (table.explicit !== null) this.explicitHeaderNotFound(table);
      this.adoptHeader(table, 0);
      return;
    }
    if (table.rowsWithUnheadedValues > 0) {
      this.note(`${table.rowsWithUnheadedValues} rows${table.sheetName === null ? '' : ` of sheet "${table.sheetName}"`} have values in columns without a header; those values were not read`);
    }
    if (table.layout.kind === 'keyed' && table.status === 'importing') {
      this.refreshKeyedMapping(table);
      if (table.explicit !== null && table.rowsRead > 0) {
        const absent = applyColumnMapping(table.header ?? [], table.explicit).absentHeaders;
        if (absent.length > 0) this.explicitHeaderNotFound(table, table.header ?? [], absent);
      }
      if (table.rowsRead === 0) this.rejectTable(table, 'the file holds no records');
      else if ((table.mapping as HeaderMapping).missingRequiredFields.length > 0) {
        this.rejectTable(table, `no key for the bill-of-lading number (keys: ${listNames(table.header ?? [])})`);
      }
    }
  }

  private refreshKeyedMapping(table: TableState): void {
    const columns = table.header ?? [];
    if (columns.length === table.mappedColumnCount) return;
    table.mapping = this.mappingOf(table, columns);
    table.reader = this.readerFor(columns, table.mapping);
    table.mappedColumnCount = columns.length;
  }

  private readerFor(header: readonly string[], mapping: HeaderMapping): ManifestLineReader {
    return new ManifestLineReader(header, mapping, this.writer, this.normalisation, this.normalised);
  }

  private readDataRecord(table: TableState, record: SourceRecord): void {
    table.rowsRead++;
    this.rowsRead++;
    if (record.defect !== undefined) {
      this.reject(table, record, record.defect.column, record.defect.value, record.defect.reason);
      return;
    }
    if (table.layout.kind === 'keyed') this.refreshKeyedMapping(table);
    const header = table.header as readonly string[];
    const fieldCount = record.fields.length;
    if (table.layout.kind === 'header-row' && table.layout.strictFieldCount) {
      const defect = fieldCountDefect(record.fields, header.length);
      if (defect !== null) {
        this.reject(table, record, defect.column, defect.value, defect.reason);
        return;
      }
    } else if (fieldCount > header.length && hasValuesBeyond(record.fields, header.length)) table.rowsWithUnheadedValues++;
    const result = (table.reader as ManifestLineReader).read(record.fields);
    if (result.kind === 'rejected') {
      this.reject(table, record, result.column, result.value, result.reason);
      return;
    }
    for (const fieldIssue of result.fieldIssues) {
      this.issues.warning(issueAt(this.fileName, record.recordNumber, table.sheetName, fieldIssue.column, fieldIssue.value, fieldIssue.reason));
    }
    if (result.hsCodeFromDescription) this.hsCodesFromDescription++;
    const written = this.writer.write(result.line, record.recordNumber, table.sheetName);
    if (written.billAlreadyStored) this.billsAppendedTo++;
    this.placeholderParties += written.placeholderParties;
    table.rowsStored++;
    this.rowsStored++;
  }

  private reject(table: TableState, record: SourceRecord, column: string | null, value: string | null, reason: string): void {
    table.rowsRejected++;
    this.rowsRejected++;
    this.issues.rejection(issueAt(this.fileName, record.recordNumber, table.sheetName, column, value, reason));
  }
}

function issueAt(fileName: string, row: number, sheet: string | null, column: string | null, value: string | null, reason: string): ImportIssue {
  return sheet === null ? { fileName, row, column, value, reason } : { fileName, row, sheet, column, value, reason };
}

function listNames(names: readonly string[]): string {
  return `${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''}`;
}
