import { excelSerialToIso } from '../excelSerialDate';
import { FileUnusableError } from '../formats/importFormat';
import type { ReadPacing } from '../formats/importFormat';
import type { Workbook } from './workbookParts';
import { createXmlStream, decodeOoxmlEscapes } from './xmlParts';
import type { InflateBudget, ZipArchive, ZipEntry } from './zipArchive';
import { XmlTextRunGuard } from './xmlTextRunGuard';

/** One row of a worksheet: its row number as Excel shows it and its cells' text by column (A is 0). */
export interface WorksheetRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/**
 * Streams a worksheet's rows (ECMA-376 Part 1, 18.3.1.73 `row` and 18.3.1.4 `c`): the part is
 * inflated and parsed chunk by chunk, and every row with at least one non-blank cell goes to
 * `onRow` as text. Shared, inline and formula strings are resolved; booleans read TRUE/FALSE;
 * numbers in a date or time style become ISO dates (yyyy-mm-dd, with Thh:mm:ss when there is a
 * time of day); other numbers keep Excel's 15 significant digits.
 */
export async function readWorksheetRows(
  archive: ZipArchive,
  entry: ZipEntry,
  workbook: Workbook,
  budget: InflateBudget,
  pacing: ReadPacing,
  onRow: (row: WorksheetRow) => void,
): Promise<void> {
  let rowNumber = 0;
  let cells: string[] = [];
  let nextColumn = 0;
  let cell: { column: number; type: string; style: number } | null = null;
  let value = '';
  let capture: 'value' | 'inline' | null = null;
  let phoneticDepth = 0;
  const finishCell = (): void => {
    if (cell === null) return;
    const text = cellText(cell.type, cell.style, value, workbook, entry.name, rowNumber, cell.column);
    if (text !== '') cells[cell.column] = text;
    nextColumn = cell.column + 1;
    cell = null;
  };
  const xml = createXmlStream(entry.name, {
    open(name, attributes) {
      if (name === 'row') {
        rowNumber = attributes.r === undefined ? rowNumber + 1 : Number(attributes.r);
        cells = [];
        nextColumn = 0;
      } else if (name === 'c') {
        cell = { column: attributes.r === undefined ? nextColumn : columnIndex(attributes.r), type: attributes.t ?? 'n', style: Number(attributes.s ?? 0) };
        value = '';
      } else if (name === 'v' && cell !== null) capture = 'value';
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && cell !== null && phoneticDepth === 0) capture = 'inline';
    },
    text(text) {
      if (capture !== null) value += text;
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'c') finishCell();
      else if (name === 'row') {
        if (cells.some((text) => text !== undefined && text.trim() !== '')) onRow({ rowNumber, cells: Array.from(cells, (text) => text ?? '') });
      }
    },
  });
  const decoder = new TextDecoder('utf-8');
  const textRuns = new XmlTextRunGuard(entry.name);
  await archive.inflate(entry, budget, pacing, (chunk) => {
    textRuns.check(chunk);
    xml.write(decoder.decode(chunk, { stream: true }));
  });
  xml.write(decoder.decode());
  xml.close();
}

/** Column index of a cell reference: A1 is 0, Z9 is 25, AA3 is 26. */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const character of reference) {
    const code = character.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function cellText(type: string, style: number, raw: string, workbook: Workbook, partName: string, rowNumber: number, column: number): string {
  switch (type) {
    case 's': {
      const text = workbook.sharedStrings[Number(raw)];
      if (text === undefined) throw new FileUnusableError(`the workbook is corrupt (${partName} row ${rowNumber} column ${column + 1} names shared string ${raw}, which does not exist)`);
      return text;
    }
    case 'inlineStr':
    case 'str':
      return decodeOoxmlEscapes(raw);
    case 'b':
      return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    case 'e':
    case 'd':
      return raw;
    default:
      return numberText(raw, style, workbook);
  }
}

function numberText(raw: string, style: number, workbook: Workbook): string {
  const trimmed = raw.trim();
  if (trimmed === '') return '';
  const kind = workbook.styleKinds[style] ?? 'number';
  const number = Number(trimmed);
  if (kind !== 'number' && Number.isFinite(number)) {
    const iso = excelSerialToIso(kind === 'date' ? Math.floor(number) : number, workbook.dateSystem, kind === 'time');
    if (iso !== null) return iso;
  }
  if (/^-?\d+$/.test(trimmed) || !Number.isFinite(number)) return trimmed;
  return String(Number(number.toPrecision(15)));
}
