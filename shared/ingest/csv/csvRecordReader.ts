import Papa from 'papaparse';
import type { Parser, PapaParseError } from 'papaparse';
import { FileUnusableError } from '../formats/importFormat';
import { describeCharacters, inputLimits } from '../inputLimits';

/**
 * Incremental CSV/TSV reader: text goes in chunk by chunk (from any host's stream), records come
 * out with their 1-based record number in the file (the header is record 1, as in a spreadsheet)
 * and any structural error papaparse found in them. The dialect (delimiter, line break) is
 * detected from the first 64 KiB. A file whose lines end both in CRLF and in LF (a header written
 * on Windows, rows appended elsewhere) is read with every line-ending CRLF as LF; line breaks inside
 * quoted fields stay as written. Chunk boundaries never change the result.
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
  /** Lines end in CRLF and in bare LF alike: CRLF is read as LF. */
  readonly mixedLineBreaks: boolean;
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
  /** In mixed line-break mode, a CR that ended the previous chunk: its LF may start the next. */
  private carriedCarriageReturn = false;
  /** In mixed line-break mode, whether the text read so far ends inside a quoted field. */
  private insideQuotes = false;

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
      const { delimiter, linebreak, mixedLineBreaks } = this.detectedDialect;
      this.parser = new Papa.Parser({ delimiter, newline: mixedLineBreaks ? '\n' : linebreak, quoteChar: '"' });
      if (mixedLineBreaks) this.pending = this.crlfAsLf(this.pending, final);
      text = '';
    } else if (this.detectedDialect?.mixedLineBreaks) {
      text = this.crlfAsLf(text, final);
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
      if (fields.length > inputLimits.maxColumns) {
        throw new FileUnusableError(`row ${this.recordCount} has ${fields.length.toLocaleString('en-GB')} columns; a table is read up to ${inputLimits.maxColumns.toLocaleString('en-GB')}`);
      }
      const errors = errorsByRow.get(index);
      this.onRecord(errors ? { recordNumber: this.recordCount, fields, structuralError: describeErrors(errors) } : { recordNumber: this.recordCount, fields });
    });
    if (!final) {
      this.pending = aggregate.substring(result.meta.cursor - this.baseIndex);
      this.baseIndex = result.meta.cursor;
      // A record still open after this much text is no manifest row: a quote never closed, or not
      // a table. Refused here, before it is parsed again with every chunk that follows.
      if (this.pending.length > inputLimits.maxRecordCharacters) {
        if (countUpTo(this.pending, this.detectedDialect?.delimiter ?? ',', inputLimits.maxColumns) >= inputLimits.maxColumns) {
          throw new FileUnusableError(`row ${this.recordCount + 1} has more than ${inputLimits.maxColumns.toLocaleString('en-GB')} columns; a table is read up to ${inputLimits.maxColumns.toLocaleString('en-GB')}`);
        }
        throw new FileUnusableError(
          `row ${this.recordCount + 1} runs past ${describeCharacters(inputLimits.maxRecordCharacters)} without ending (a quoted field never closed, or the file is not a table)`,
        );
      }
    }
  }

  /**
   * The chunk with every CRLF that ends a line (outside quotes) as LF; line breaks inside a quoted
   * field are data and stay as written. A CR ending a chunk waits for the next one, which may start
   * with its LF.
   */
  private crlfAsLf(chunk: string, final: boolean): string {
    const text = this.carriedCarriageReturn ? `\r${chunk}` : chunk;
    this.carriedCarriageReturn = false;
    let written = '';
    let from = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === quoteCode) this.insideQuotes = !this.insideQuotes;
      else if (code === carriageReturnCode && !this.insideQuotes) {
        if (index + 1 < text.length) {
          if (text.charCodeAt(index + 1) === lineFeedCode) {
            written += text.slice(from, index);
            from = index + 1;
          }
        } else if (!final) {
          written += text.slice(from, index);
          from = text.length;
          this.carriedCarriageReturn = true;
        }
      }
    }
    return written + text.slice(from);
  }
}

const quoteCode = 0x22;
const carriageReturnCode = 0x0d;
const lineFeedCode = 0x0a;

/** Whether lines end both in CRLF and in bare LF, counting only line breaks outside quoted fields. */
function hasMixedLineBreaks(sample: string): boolean {
  let insideQuotes = false;
  let crlf = false;
  let bareLf = false;
  for (let index = 0; index < sample.length && !(crlf && bareLf); index++) {
    const code = sample.charCodeAt(index);
    if (code === quoteCode) insideQuotes = !insideQuotes;
    else if (code === lineFeedCode && !insideQuotes) {
      if (index > 0 && sample.charCodeAt(index - 1) === carriageReturnCode) crlf = true;
      else bareLf = true;
    }
  }
  return crlf && bareLf;
}

/** Occurrences of `needle` in `text`, counting no further than `limit`. */
function countUpTo(text: string, needle: string, limit: number): number {
  let count = 0;
  for (let index = text.indexOf(needle); index >= 0 && count < limit; index = text.indexOf(needle, index + 1)) count++;
  return count;
}

export function detectDialect(sample: string): CsvDialect {
  // Whole lines only: a record cut off by the sample's end would spoil the field-count statistics.
  const head = sample.slice(0, dialectSampleLength);
  const lastLineEnd = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  const wholeLines = sample.length > dialectSampleLength && lastLineEnd > 0 ? head.slice(0, lastLineEnd) : head;
  const guess = Papa.parse(wholeLines, { preview: 50, delimitersToGuess, skipEmptyLines: true });
  const linebreak = guess.meta.linebreak === '\r\n' || guess.meta.linebreak === '\r' ? guess.meta.linebreak : '\n';
  const delimiter = (delimitersToGuess as readonly string[]).includes(guess.meta.delimiter) ? guess.meta.delimiter : ',';
  const mixedLineBreaks = hasMixedLineBreaks(wholeLines);
  return { delimiter, linebreak, mixedLineBreaks };
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
