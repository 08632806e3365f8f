import type { ImportBatchRecorder } from '../../store/importBatchRecorder';
import { FileUnusableError } from '../formats/importFormat';
import type { RecordSink, SourceRecord, TableStart } from '../formats/importFormat';
import type { ImportIssue } from '../importReport';
import { maxFieldLength } from '../manifestLine';
import { fieldCountDefect } from '../rowShape';
import { stagedRow, stagingTableOf } from './amsStaging';
import type { StagingWriter } from './amsStaging';
import { amsTables, isPlaceholderIdentifier } from './amsTables';
import { NormalisationSession } from '../normalisation/fieldNormalisers';
import type { Normalised } from '../normalisation/fieldNormaliser';
import type { AmsTableName } from './amsTables';

/**
 * Receives the records of one AMS table file: checks the header is the table's, then reads each
 * row into its staging table, or rejects it with the reason (malformed, empty or placeholder
 * identifier, a party without a name, an over-long field). Field values that cannot be read are
 * left empty with a warning, as in any manifest import.
 */
export class AmsTableSink implements RecordSink {
  private columnIndex: ReadonlyMap<string, number> | null = null;
  private header: readonly string[] = [];
  rowsRead = 0;
  phonesFromAddress = 0;
  private readonly notes: string[] = [];
  /** Values stored normalised, per column: how many, and the first. */
  private readonly normalised = new Map<string, { count: number; readonly example: Normalised }>();

  constructor(
    private readonly fileName: string,
    private readonly table: AmsTableName,
    private readonly batch: ImportBatchRecorder,
    private readonly staging: StagingWriter,
    private readonly normalisation: NormalisationSession = new NormalisationSession(),
  ) {}

  beginTable(_table: TableStart): boolean {
    return true;
  }

  skipTable(sheetName: string, reason: string): void {
    this.notes.push(`sheet "${sheetName}" skipped: ${reason}`);
  }

  note(reason: string): void {
    this.notes.push(reason);
  }

  fileNotes(): string[] {
    return [
      ...this.notes,
      ...[...this.normalised].map(([column, { count, example }]) =>
        `${column}: ${count === 1 ? '1 value was' : `${count} values were`} normalised (e.g. "${example.asWritten}" stored as ${example.value}); the text as written is kept with ${count === 1 ? 'it' : 'each'}`),
    ];
  }

  record(record: SourceRecord): void {
    if (this.columnIndex === null) {
      this.readHeader(record);
      return;
    }
    this.rowsRead++;
    const defect = record.defect ?? fieldCountDefect(record.fields, this.header.length);
    if (defect !== null) {
      this.reject(record.recordNumber, defect.column, defect.value, defect.reason);
      return;
    }
    const columnIndex = this.columnIndex;
    const raw = (column: string): string => record.fields[columnIndex.get(column) ?? -1] ?? '';
    const get = (column: string): string => raw(column).trim();
    const overLong = record.fields.findIndex((field) => field.length > maxFieldLength);
    if (overLong >= 0) {
      const value = record.fields[overLong] as string;
      this.reject(record.recordNumber, this.header[overLong] ?? null, `${value.slice(0, 80)}…`, `field is ${value.length} characters long (limit ${maxFieldLength})`);
      return;
    }
    const identifier = get('identifier');
    if (identifier === '') {
      this.reject(record.recordNumber, 'identifier', '', 'identifier is empty: the row cannot be joined to a bill');
      return;
    }
    if (isPlaceholderIdentifier(identifier)) {
      this.reject(record.recordNumber, 'identifier', identifier, 'placeholder identifier (year, month and zeros) that gathers unrelated rows; not joined');
      return;
    }
    const nameColumn = partyNameColumn(this.table);
    if (nameColumn !== null && get(nameColumn) === '') {
      this.reject(record.recordNumber, nameColumn, '', `${this.table === 'notifyparty' ? 'notify party' : this.table} name is empty`);
      return;
    }
    const staged = stagedRow(this.table, get, raw, this.normalisation);
    for (const note of staged.notes) this.batch.recordIssue('warning', this.issue(record.recordNumber, note.column, note.value, note.reason));
    for (const { column, result } of staged.normalised) {
      const entry = this.normalised.get(column);
      if (entry === undefined) this.normalised.set(column, { count: 1, example: result });
      else entry.count++;
    }
    this.phonesFromAddress += staged.phonesFromAddress;
    this.staging.insert(stagingTableOf[this.table], this.batch.batchId, record.recordNumber, staged.values);
  }

  /** Throws when the file never had a header row. */
  finish(): void {
    if (this.columnIndex === null) throw new FileUnusableError('the file is empty (no header row)');
  }

  private readHeader(record: SourceRecord): void {
    if (record.defect !== undefined) throw new FileUnusableError(`the header row is malformed: ${record.defect.reason}`);
    const header = record.fields.map((field) => field.trim().toLowerCase());
    const missing = amsTables[this.table].columns.filter((column) => !header.includes(column));
    if (missing.length > 0) throw new FileUnusableError(`not the AMS ${this.table} table: the header lacks ${missing.join(', ')}`);
    this.columnIndex = new Map(header.map((column, index) => [column, index] as const).reverse());
    this.header = header;
  }

  private reject(row: number, column: string | null, value: string | null, reason: string): void {
    this.batch.recordIssue('rejection', this.issue(row, column, value, reason));
  }

  private issue(row: number, column: string | null, value: string | null, reason: string): ImportIssue {
    return { fileName: this.fileName, row, column, value, reason };
  }
}

function partyNameColumn(table: AmsTableName): string | null {
  if (table === 'consignee') return 'consignee_name';
  if (table === 'shipper') return 'shipper_party_name';
  if (table === 'notifyparty') return 'notify_party_name';
  return null;
}
