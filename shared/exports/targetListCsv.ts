import type { TargetListEntry } from '../engine/riskApi';
import { markingFileNamePrefix } from '../markings/markingLine';
import { asMarkingLine, markingText } from '../markings/markingText';
import type { MarkingInput } from '../markings/markingText';
import { spreadsheetSafeCsv, spreadsheetSafeRow } from './spreadsheetSafeCsv';
import { plainFileNamePart, targetListColumns, targetListRows } from './targetListTable';

/**
 * The analyst's target list as CSV (columns: shared/exports/targetListTable.ts).
 *
 * The marking convention of every CSV export: the first line and the last line each hold one
 * field, the export's full protective marking in its canonical text
 * ("OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE", quoted per RFC 4180
 * when it has a comma), so the marking travels with the content whatever the file is renamed to,
 * and shows at the top and the bottom of the file as it does on every screen and page. The header
 * is the second line; a reader skips the first and the last line (pandas: `skiprows=1,
 * skipfooter=1`). Spreadsheet-safe: notes, names and agencies are text anyone could have typed.
 */
export const targetListCsvHeader = targetListColumns;

export function targetListCsv(entries: readonly TargetListEntry[], marking: MarkingInput): string {
  const markingRow = spreadsheetSafeRow([markingText(marking)]);
  return markingRow + spreadsheetSafeCsv(targetListCsvHeader, targetListRows(entries)) + markingRow;
}

/** The suggested file name: the marking first (classification and descriptors), so it shows in any folder listing. */
export function targetListFileName(workspaceName: string, marking: MarkingInput, extension: 'csv' | 'xlsx' = 'csv'): string {
  return `${markingFileNamePrefix(asMarkingLine(marking))} - ${plainFileNamePart(workspaceName, 'workspace')} - targets.${extension}`;
}
