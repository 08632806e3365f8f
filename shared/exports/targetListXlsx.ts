import type * as ExcelJsTypes from 'exceljs';
import type { TargetListEntry } from '../engine/riskApi';
import { markingColours } from '../markings/markingColours';
import { asMarkingLine, markingText } from '../markings/markingText';
import type { MarkingInput } from '../markings/markingText';
import { spreadsheetSafeText } from './spreadsheetSafeCsv';
import { targetListColumns, targetListRows } from './targetListTable';

export interface TargetListXlsxOptions {
  readonly workspaceName: string;
  readonly author: string;
  readonly createdAt: Date;
}

/** The worksheet's name in the workbook. */
export const targetListSheetName = 'Targets';

/**
 * The analyst's target list as an XLSX workbook (exceljs, loaded on first use; it runs in the
 * engine's Web Worker and in Node). One sheet, "Targets": row 1 and the row after the last target
 * hold the export's full protective marking (merged across the columns, in the classification's
 * colour), row 2 the header (shared/exports/targetListTable.ts), then one row per target. The
 * marking is also the printed page's header and footer (with "page N of M") and the workbook's
 * subject and category. Numbers are typed as numbers; text is written as text, never as a formula,
 * and text that a spreadsheet could take for one (starting with =, +, -, @, a tab or a carriage
 * return) carries a single quote in front, as in the CSV exports (OWASP "CSV Injection").
 */
export async function targetListXlsx(entries: readonly TargetListEntry[], marking: MarkingInput, options: TargetListXlsxOptions): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const line = asMarkingLine(marking);
  const text = markingText(marking);
  const colours = markingColours[line.classification];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.author;
  workbook.lastModifiedBy = options.author;
  workbook.created = options.createdAt;
  workbook.modified = options.createdAt;
  workbook.title = `${options.workspaceName}: target list`;
  workbook.subject = text;
  workbook.category = text;
  workbook.keywords = `protective marking: ${text}`;

  const columnCount = targetListColumns.length;
  const sheet = workbook.addWorksheet(targetListSheetName, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
    headerFooter: {
      oddHeader: `&C&"-,Bold"${headerFooterText(text)}`,
      oddFooter: `&L&"-,Bold"${headerFooterText(text)}&RPage &P of &N`,
    },
  });
  const markRow = (rowNumber: number) => {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = xlsxText(spreadsheetSafeText(text));
    sheet.mergeCells(rowNumber, 1, rowNumber, columnCount);
    const cell = row.getCell(1);
    cell.font = { bold: true, color: { argb: `FF${colours.text.slice(1)}` } };
    cell.alignment = { horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colours.background.slice(1)}` } };
  };

  markRow(1);
  const header = sheet.getRow(2);
  targetListColumns.forEach((column, index) => {
    header.getCell(index + 1).value = column;
  });
  header.font = { bold: true };
  const rows = targetListRows(entries);
  rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(rowIndex + 3);
    values.forEach((value, index) => {
      if (value === null) return;
      row.getCell(index + 1).value = typeof value === 'number' ? (Number.isFinite(value) ? value : null) : xlsxText(spreadsheetSafeText(value));
    });
  });
  markRow(rows.length + 3);
  targetListColumns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column === 'reasons' || column === 'notes' ? 60 : column === 'name' ? 36 : 14;
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}

/**
 * Text as an XLSX string holds it (ECMA-376 ST_Xstring): a control character XML cannot carry as
 * is (a carriage return would be read back as a line feed; others would be dropped) is written
 * `_xHHHH_`, and a literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`, so Excel,
 * LibreOffice and exceljs read back exactly the text written.
 */
export function xlsxText(text: string): string {
  const protectedText = text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
  let written = '';
  for (const character of protectedText) {
    const code = character.charCodeAt(0);
    const escaped = (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f;
    written += escaped ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_` : character;
  }
  return written;
}

/** Text inside an Excel header or footer, where "&" starts a code: written "&&". */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

type ExcelJsModule = typeof ExcelJsTypes;

/** exceljs as a module: Node's CommonJS build and the browser bundle both arrive as a default export. */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const module = (await import('exceljs')) as ExcelJsModule & { readonly default?: ExcelJsModule };
  return module.default ?? module;
}
