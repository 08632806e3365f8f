import { csvRecords } from '../watchlist/csvRecords';

/**
 * Examination outcomes files (the generator's outcomes.csv, and any CSV with these columns):
 * a header naming `bill_of_lading_number` (or "B/L"), `examination_date` (or "date") and
 * `result` ("seizure" | "no find"; "seized", "positive", "nil", "negative" read too), one
 * examination a row. Rows that cannot be read are rejected with their row number and reason.
 */
export type ExaminationResult = 'seizure' | 'no find';

export interface ExaminationOutcomeRow {
  /** Record number in the file, the header being 1. */
  readonly row: number;
  readonly billOfLadingNumber: string;
  readonly examinationDate: string | null;
  readonly result: ExaminationResult;
}

export interface OutcomesParse {
  readonly outcomes: readonly ExaminationOutcomeRow[];
  readonly rejected: readonly { readonly row: number; readonly reason: string }[];
}

const resultWords: Readonly<Record<string, ExaminationResult>> = {
  seizure: 'seizure', seized: 'seizure', positive: 'seizure', find: 'seizure',
  'no find': 'no find', nofind: 'no find', nil: 'no find', negative: 'no find', 'no seizure': 'no find',
};

const fold = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function parseExaminationOutcomes(fileName: string, text: string): OutcomesParse {
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const header = (records[0]?.fields ?? []).map(fold);
  const column = (...names: string[]): number => header.findIndex((name) => names.includes(name));
  const bill = column('bill of lading number', 'bill of lading', 'b l', 'b l no', 'bl', 'bl number');
  const date = column('examination date', 'date', 'examined');
  const result = column('result', 'outcome');
  if (bill < 0 || result < 0) throw new RangeError(`${fileName}: not an examination outcomes file (needs columns bill_of_lading_number and result)`);
  const outcomes: ExaminationOutcomeRow[] = [];
  const rejected: { row: number; reason: string }[] = [];
  for (const record of records.slice(1)) {
    const number = (record.fields[bill] ?? '').trim();
    const word = resultWords[fold(record.fields[result] ?? '')];
    if (number === '') rejected.push({ row: record.row, reason: 'no B/L number' });
    else if (word === undefined) rejected.push({ row: record.row, reason: `result "${record.fields[result] ?? ''}" is neither seizure nor no find` });
    else outcomes.push({ row: record.row, billOfLadingNumber: number, examinationDate: date < 0 ? null : (record.fields[date] ?? '').trim() || null, result: word });
  }
  return { outcomes, rejected };
}
