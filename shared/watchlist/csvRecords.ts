/**
 * CSV text into records (papaparse), each with its record number counting from 1, so a rejection
 * names the row an analyst will find in a spreadsheet.
 */
import Papa from 'papaparse';

export interface CsvRecord {
  /** Record number, from 1 (the header of a file with one is record 1). */
  readonly row: number;
  readonly fields: readonly string[];
  /** The fields joined back, for excerpts. */
  readonly text: string;
}

export function csvRecords(text: string): CsvRecord[] {
  const parsed = Papa.parse(text, { skipEmptyLines: true });
  return parsed.data.map((fields, index) => ({ row: index + 1, fields, text: fields.join(',') }));
}
