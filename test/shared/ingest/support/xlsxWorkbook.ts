import { strToU8, zipSync } from 'fflate';

/**
 * Builds XLSX workbooks for tests, part by part as ECMA-376 lays them out (content types,
 * package and workbook relationships, workbook, shared strings, styles, worksheets), zipped with
 * fflate, the library the importer inflates them with. Text cells go to the shared-strings table
 * (as Excel writes them); `{ inline }` writes an inline string instead. Dates are serial numbers
 * with a date style, as Excel stores them.
 */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | { readonly inline: string }
  | { readonly serial: number; readonly format: 'date' | 'date-time' | 'custom-date' }
  | { readonly error: string };

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellSpec[])[];
  /** First row number (1 by default): leaves rows above empty. */
  readonly firstRow?: number;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly date1904?: boolean;
  /** Adds a chart sheet after the worksheets. */
  readonly chartSheetName?: string;
}

/** Style indexes of styles.xml below: 0 General, 1 built-in date (14), 2 built-in date-time (22), 3 custom dd/mm/yyyy. */
const styleOf = { date: 1, 'date-time': 2, 'custom-date': 3 } as const;

export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const sharedStrings: string[] = [];
  const sharedIndex = new Map<string, number>();
  const share = (text: string): number => {
    let index = sharedIndex.get(text);
    if (index === undefined) {
      index = sharedStrings.length;
      sharedStrings.push(text);
      sharedIndex.set(text, index);
    }
    return index;
  };
  const files: Record<string, Uint8Array> = {};
  spec.sheets.forEach((sheet, sheetIndex) => {
    const rows = sheet.rows.map((cells, rowIndex) => {
      const rowNumber = (sheet.firstRow ?? 1) + rowIndex;
      const xmlCells = cells.map((cell, column) => cellXml(cell, `${columnName(column)}${rowNumber}`, share)).join('');
      return `<row r="${rowNumber}">${xmlCells}</row>`;
    });
    files[`xl/worksheets/sheet${sheetIndex + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${officeRelationships}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  const sheetEntries = spec.sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`);
  const relationships = spec.sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${officeRelationships}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`);
  if (spec.chartSheetName !== undefined) {
    const id = spec.sheets.length + 1;
    sheetEntries.push(`<sheet name="${escapeXml(spec.chartSheetName)}" sheetId="${id}" r:id="rId${id}"/>`);
    relationships.push(`<Relationship Id="rId${id}" Type="${officeRelationships}/chartsheet" Target="chartsheets/sheet1.xml"/>`);
    files['xl/chartsheets/sheet1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="${main}"/>`);
  }
  relationships.push(`<Relationship Id="rIdStrings" Type="${officeRelationships}/sharedStrings" Target="sharedStrings.xml"/>`);
  relationships.push(`<Relationship Id="rIdStyles" Type="${officeRelationships}/styles" Target="styles.xml"/>`);
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${officeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${officeRelationships}">${spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheetEntries.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('')}</sst>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  return zipSync(files);
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const officeRelationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function cellXml(cell: CellSpec, reference: string, share: (text: string) => number): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return `<c r="${reference}" t="s"><v>${share(cell)}</v></c>`;
  if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${reference}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ('inline' in cell) return `<c r="${reference}" t="inlineStr"><is><t>${escapeXml(cell.inline)}</t></is></c>`;
  if ('error' in cell) return `<c r="${reference}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
  return `<c r="${reference}" s="${styleOf[cell.format]}"><v>${cell.serial}</v></c>`;
}

function columnName(index: number): string {
  let name = '';
  for (let remaining = index + 1; remaining > 0; remaining = Math.floor((remaining - 1) / 26)) name = String.fromCharCode(65 + ((remaining - 1) % 26)) + name;
  return name;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
