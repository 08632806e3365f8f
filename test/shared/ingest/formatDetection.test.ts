import { readFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/engineHarness';
import { detectImportFormat, importFormats } from '../../../shared/ingest/formats/importFormats';
import { buildWorkbook } from './support/xlsxWorkbook';

const formatOf = (text: string | Uint8Array, fileName = 'upload'): string => detectImportFormat(typeof text === 'string' ? strToU8(text) : text, fileName).id;

describe('import format detection (content first, then the name)', () => {
  it('lists every format once, with delimited text last as the fallback', () => {
    expect(importFormats.map((format) => format.id)).toEqual(['xlsx', 'json-lines', 'json', 'delimited-text']);
  });

  it('reads any zip archive as a workbook, whatever its name', () => {
    const workbook = buildWorkbook({ sheets: [{ name: 'S', rows: [['B/L No.'], ['BL1']] }] });
    expect(formatOf(workbook, 'manifest.csv')).toBe('xlsx');
    expect(formatOf(zipSync({ 'a.txt': strToU8('x') }), 'a.zip')).toBe('xlsx');
  });

  it("tells a JSON document from JSON Lines: '[' or a pretty-printed object is a document, one object per line is JSON Lines", () => {
    expect(formatOf('[{"bl": "BL1"}]')).toBe('json');
    expect(formatOf('\ufeff  \n[\n  {"bl": "BL1"}\n]\n')).toBe('json');
    expect(formatOf('{\n  "bills": [{"bl": "BL1"}]\n}\n')).toBe('json');
    expect(formatOf('{"bills": [{"bl": "BL1"}, {"bl": "BL2"}]}')).toBe('json');
    expect(formatOf('{"bl": "BL1"}\n{"bl": "BL2"}\n')).toBe('json-lines');
    expect(formatOf('{"bl": "BL1", "broken": \n{"bl": "BL2"}\n')).toBe('json-lines');
    expect(formatOf('{"bl": "BL1"}')).toBe('json-lines');
    expect(formatOf('{"bl": "BL1"', 'export.ndjson')).toBe('json-lines');
    expect(formatOf('{"bl": "BL1"}\n["an array line"]\n{"bl": "BL2", "cut\n')).toBe('json-lines');
    expect(formatOf('{\n  "bills": [\n    {"bl": "BL1"}\n  ]\n}\n')).toBe('json');
  });

  it('goes by content, not by a misleading name', async () => {
    expect(formatOf(new Uint8Array(await readFile(fixturePath('ingest/bills-with-broken-line.jsonl'))), 'bills.csv')).toBe('json-lines');
    expect(formatOf(new Uint8Array(await readFile(fixturePath('ingest/bills-nested.json'))), 'bills.csv')).toBe('json');
    expect(formatOf(new Uint8Array(await readFile(fixturePath('ingest/openpyxl-two-manifest-sheets.xlsx'))), 'bills.csv')).toBe('xlsx');
  });

  it('takes everything else as delimited text', () => {
    expect(formatOf('B/L No.,Consignee\nBL1,ACME\n', 'bills.json')).toBe('delimited-text');
    expect(formatOf('B/L No.\tConsignee\n')).toBe('delimited-text');
    expect(formatOf('')).toBe('delimited-text');
    expect(formatOf(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls')).toBe('delimited-text');
  });
});
