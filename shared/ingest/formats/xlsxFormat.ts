import { readWorkbook } from '../xlsx/workbookParts';
import { readWorksheetRows } from '../xlsx/worksheetRows';
import { InflateBudget, ZipArchive } from '../xlsx/zipArchive';
import { FileUnusableError } from './importFormat';
import type { FormatLimits, FormatReader, ImportFormat, RecordSink } from './importFormat';

/**
 * Excel workbooks (.xlsx, .xlsm): every worksheet is a table whose header is one of its first
 * rows. The zip container needs its directory at the end, so the file is held in memory (up to
 * `maxWholeFileBytes`); worksheets are then inflated and parsed as streams, within an
 * uncompressed-size budget. Claimed by content: any zip archive (PK\x03\x04) is read as a
 * workbook, and one that is not is refused with what it is.
 */
export const xlsxFormat: ImportFormat = {
  id: 'xlsx',
  description: 'Excel workbook (XLSX)',
  matches: (head) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04,
  createReader(sink: RecordSink, limits: FormatLimits): FormatReader {
    const chunks: Uint8Array[] = [];
    let length = 0;
    return {
      push(chunk) {
        length += chunk.length;
        if (length > limits.maxWholeFileBytes) {
          throw new FileUnusableError(`the workbook is larger than ${Math.round(limits.maxWholeFileBytes / (1024 * 1024))} MiB; export its sheets as CSV and import those`);
        }
        chunks.push(chunk.slice());
      },
      async finish(pacing) {
        const bytes = new Uint8Array(length);
        let offset = 0;
        for (const chunk of chunks.splice(0)) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        const archive = ZipArchive.open(bytes);
        const budget = new InflateBudget(limits.maxUncompressedBytes);
        const workbook = await readWorkbook(archive, budget, pacing);
        const worksheetParts = workbook.sheets.flatMap((sheet) => (sheet.kind === 'worksheet' && sheet.partName !== null ? [sheet.partName] : []));
        budget.checkDeclared(archive.declaredSize(worksheetParts));
        for (const sheet of workbook.sheets) {
          if (sheet.kind !== 'worksheet') {
            sink.skipTable(sheet.name, `a ${sheet.kind === 'other' ? 'sheet of an unknown kind' : sheet.kind.replace('sheet', ' sheet')}, not a worksheet of cells`);
            continue;
          }
          const entry = sheet.partName === null ? undefined : archive.entry(sheet.partName);
          if (entry === undefined) throw new FileUnusableError(`the workbook is corrupt (sheet "${sheet.name}" has no part in the archive)`);
          sink.beginTable({ sheetName: sheet.name, layout: { kind: 'header-row', strictFieldCount: false } });
          await readWorksheetRows(archive, entry, workbook, budget, pacing, (row) => sink.record({ recordNumber: row.rowNumber, fields: row.cells }));
          await pacing.checkpoint();
        }
      },
      encoding: () => 'utf-8',
      delimiter: () => '',
    };
  },
};
