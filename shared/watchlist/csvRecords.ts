/**
 * CSV text into records (papaparse), each with its record number counting from 1, so a rejection
 * names the row an analyst will find in a spreadsheet.
 */
import Papa from 'papaparse';
import { WatchlistFileError } from './watchlistFileError';

export interface CsvRecord {
  /** Record number, from 1 (the header of a file with one is record 1). */
  readonly row: number;
  readonly fields: readonly string[];
  /** The fields joined back, for excerpts. */
  readonly text: string;
}

/** Columns a list or outcomes file is read up to: no such file has more than a few dozen. */
export const maxCsvColumns = 10_000;
/** Characters of one field: a name, an address or the remarks of an entry are at most a few KB. */
export const maxCsvFieldLength = 64 * 1024;

/**
 * The records of a CSV text. Lines may end in CRLF, LF or both in one file (a header written on
 * Windows, rows appended elsewhere): CRLF is read as LF, so every line is its own record.
 */
export function csvRecords(text: string): CsvRecord[] {
  const parsed = Papa.parse(text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text, { skipEmptyLines: true });
  const wide = parsed.data.findIndex((fields) => fields.length > maxCsvColumns);
  if (wide >= 0) {
    throw new WatchlistFileError(`row ${wide + 1} has ${(parsed.data[wide] as string[]).length.toLocaleString('en-GB')} columns; the file is read up to ${maxCsvColumns.toLocaleString('en-GB')}`);
  }
  const long = parsed.data.findIndex((fields) => fields.some((field) => field.length > maxCsvFieldLength));
  if (long >= 0) {
    const length = Math.max(...(parsed.data[long] as string[]).map((field) => field.length));
    throw new WatchlistFileError(`row ${long + 1} has a field of ${length.toLocaleString('en-GB')} characters (a quote never closed?); fields are read up to ${maxCsvFieldLength.toLocaleString('en-GB')}`);
  }
  return parsed.data.map((fields, index) => ({ row: index + 1, fields, text: fields.join(',') }));
}
