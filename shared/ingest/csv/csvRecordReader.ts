import Papa from 'papaparse';
import type { Parser, PapaParseError } from 'papaparse';

/**
 * Incremental CSV/TSV reader: text goes in chunk by chunk (from any host's stream), records come
 * out with their 1-based record number in the file (the header is record 1, as in a spreadsheet)
 * and any structural error papaparse found in them. The dialect (delimiter, line break) is
 * detected from the first 64 KiB. Chunk boundaries never change the result.
 */
export interface CsvRecord {
  readonly recordNumber: number;
  readonly fields: readonly string[];
  /** A structural problem of this record (malformed or unterminated quotes). */
  readonly structuralError?: string;
}

export interface CsvDialect {
  readonly delimiter: string;
  readonly linebreak: '\n' | '\r' | '\r\n';
}

const dialectSampleLength = 64 * 1024;
const delimitersToGuess = [',', ';', '\t', '|'] as const;

export class CsvRecordReader {
  private parser: Parser | null = null;
  private detectedDialect: CsvDialect | null = null;
  private pending = '';
  private baseIndex = 0;
  private recordCount = 0;
  private blankLines = 0;

  constructor(private readonly onRecord: (record: CsvRecord) => void) {}

  dialect(): CsvDialect | null {
    return this.detectedDialect;
  }

  /** Blank lines skipped (not records: they are neither stored nor rejected). */
  blankLinesSkipped(): number {
    return this.blankLines;
  }

  push(text: string, final = false): void {
    if (this.parser === null) {
      this.pending += text;
      if (this.pending.length < dialectSampleLength && !final) return;
      this.detectedDialect = detectDialect(this.pending);
      this.parser = new Papa.Parser({ delimiter: this.detectedDialect.delimiter, newline: this.detectedDialect.linebreak, quoteChar: '"' });
      text = '';
    }
    const aggregate = this.pending + text;
    this.pending = '';
    if (aggregate.length === 0 && !final) return;
    const result = this.parser.parse(aggregate, this.baseIndex, !final);
    const errorsByRow = groupErrorsByRow(result.errors);
    const rows = result.data;
    const lastRow = rows[rows.length - 1];
    // The empty "row" after a file's final line break is its end, not a blank line.
    if (final && lastRow !== undefined && lastRow.length === 1 && lastRow[0] === '' && !errorsByRow.has(rows.length - 1)) rows.pop();
    rows.forEach((fields, index) => {
      if (fields.length === 1 && fields[0] === '' && !errorsByRow.has(index)) {
        this.blankLines++;
        return;
      }
      this.recordCount++;
      const errors = errorsByRow.get(index);
      this.onRecord(errors ? { recordNumber: this.recordCount, fields, structuralError: describeErrors(errors) } : { recordNumber: this.recordCount, fields });
    });
    if (!final) {
      this.pending = aggregate.substring(result.meta.cursor - this.baseIndex);
      this.baseIndex = result.meta.cursor;
    }
  }
}

export function detectDialect(sample: string): CsvDialect {
  // Whole lines only: a record cut off by the sample's end would spoil the field-count statistics.
  const head = sample.slice(0, dialectSampleLength);
  const lastLineEnd = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  const wholeLines = sample.length > dialectSampleLength && lastLineEnd > 0 ? head.slice(0, lastLineEnd) : head;
  const guess = Papa.parse(wholeLines, { preview: 50, delimitersToGuess, skipEmptyLines: true });
  const linebreak = guess.meta.linebreak === '\r\n' || guess.meta.linebreak === '\r' ? guess.meta.linebreak : '\n';
  const delimiter = (delimitersToGuess as readonly string[]).includes(guess.meta.delimiter) ? guess.meta.delimiter : ',';
  return { delimiter, linebreak };
}

function groupErrorsByRow(errors: readonly PapaParseError[]): Map<number, PapaParseError[]> {
  const byRow = new Map<number, PapaParseError[]>();
  for (const error of errors) {
    if (error.row === undefined) continue;
    const list = byRow.get(error.row) ?? [];
    list.push(error);
    byRow.set(error.row, list);
  }
  return byRow;
}

function describeErrors(errors: readonly PapaParseError[]): string {
  const codes = new Set(errors.map((error) => error.code));
  const reasons: string[] = [];
  if (codes.has('MissingQuotes')) reasons.push('a quoted field is never closed (the rest of the file was read into it)');
  if (codes.has('InvalidQuotes')) reasons.push('a quote inside a quoted field is not doubled, so field boundaries are uncertain');
  return reasons.length > 0 ? reasons.join('; ') : errors.map((error) => error.message).join('; ');
}
