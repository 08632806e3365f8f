import type { TargetListEntry } from '../engine/riskApi';
import { targetPriorityNames } from '../engine/riskApi';
import type { ProtectiveMarking } from '../markings/protectiveMarking';
import { spreadsheetSafeCsv, spreadsheetSafeRow } from './spreadsheetSafeCsv';
import type { CsvCell } from './spreadsheetSafeCsv';

/**
 * The analyst's target list as CSV: the workspace's protective marking on the first line (the
 * marking travels with the content, whatever the file is renamed to), then the header and one row
 * per target in list order. Columns: rank, kind, ref, name, priority (high | medium | low),
 * status, agency, notes, score_when_added, current_score, reasons (as added, each "[+points]
 * reason", strongest first, " | "-separated), added_at, added_by, updated_at. Spreadsheet-safe:
 * notes, names and agencies are text anyone could have typed.
 */
export const targetListCsvHeader = ['rank', 'kind', 'ref', 'name', 'priority', 'status', 'agency', 'notes', 'score_when_added', 'current_score', 'reasons', 'added_at', 'added_by', 'updated_at'] as const;

export function targetListCsv(entries: readonly TargetListEntry[], marking: ProtectiveMarking): string {
  const rows = entries.map((entry, index): CsvCell[] => [
    index + 1,
    entry.kind,
    entry.ref,
    entry.name,
    targetPriorityNames[entry.priority],
    entry.status,
    entry.agency,
    entry.notes,
    entry.scoreWhenAdded === null ? null : round(entry.scoreWhenAdded),
    entry.currentScore === null ? null : round(entry.currentScore),
    entry.reasonsWhenAdded.map((reason) => `[+${reason.points.toFixed(2)}] ${reason.reason}`).join(' | '),
    entry.addedAt,
    entry.addedBy,
    entry.updatedAt,
  ]);
  return spreadsheetSafeRow([marking]) + spreadsheetSafeCsv(targetListCsvHeader, rows);
}

/** The suggested file name: the marking first, so it shows in any folder listing. */
export function targetListFileName(workspaceName: string, marking: ProtectiveMarking): string {
  const plain = [...workspaceName].map((character) => (character.charCodeAt(0) < 0x20 || '/\\:*?"<>|'.includes(character) ? '_' : character)).join('').trim().slice(0, 120) || 'workspace';
  return `${marking} - ${plain} - targets.csv`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
