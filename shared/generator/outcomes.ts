/**
 * Examination outcomes of past shipments: the officer's result for bills examined on arrival
 * before the cut-off. Routine examinations of legitimate trade find nothing; planted consignments
 * examined earlier were seized.
 */
import { formatIsoDate } from './calendar';
import { csvRow } from './csv';

export const outcomeHeaders = ['bill_of_lading_number', 'examination_date', 'result'] as const;

export type ExaminationResult = 'seizure' | 'no find';

export interface ExaminationOutcome {
  readonly billOfLadingNumber: string;
  readonly examinationDay: number;
  readonly result: ExaminationResult;
}

export function outcomeRow(outcome: ExaminationOutcome): string {
  return csvRow([outcome.billOfLadingNumber, formatIsoDate(outcome.examinationDay), outcome.result]);
}

export function outcomesHeaderRow(): string {
  return csvRow(outcomeHeaders);
}
