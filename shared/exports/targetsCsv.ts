import type { TargetRow } from '../engine/riskApi';
import { spreadsheetSafeCsv } from './spreadsheetSafeCsv';
import type { CsvCell } from './spreadsheetSafeCsv';

/**
 * targets.csv (the CLI's target list): shipments and traders together, highest score first.
 * Columns rank, kind (shipment | trader), ref (the B/L number exactly as in the input, or the
 * trader's entity id), name (consignee as written, or the trader's name), score, reasons (each
 * "[+points] reason", strongest first, separated by " | "), then rules (rule ids), arrival_date,
 * vessel, voyage, bills (traders: most of their bills one rule found) and examined (an outcome
 * read for the bill; never part of the score). Spreadsheet-safe (formula injection).
 */
export const targetsCsvHeader = ['rank', 'kind', 'ref', 'name', 'score', 'reasons', 'rules', 'arrival_date', 'vessel', 'voyage', 'bills', 'examined'] as const;

export function targetsCsv(rows: readonly TargetRow[]): string {
  const ordered = [...rows].sort((a, b) => b.score - a.score || (a.kind === b.kind ? a.rank - b.rank : a.kind === 'shipment' ? -1 : 1));
  return spreadsheetSafeCsv(targetsCsvHeader, ordered.map((row, index): CsvCell[] => [
    index + 1,
    row.kind,
    row.ref,
    row.name,
    row.score,
    row.reasons.map((reason) => `[+${reason.points.toFixed(2)}] ${reason.reason}`).join(' | '),
    [...new Set(row.reasons.map((reason) => reason.ruleId))].join('; '),
    row.arrivalDate,
    row.vessel,
    row.voyage,
    row.bills,
    row.examined,
  ]));
}
