import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { importManifest } from '../../../shared/ingest/manifestImporter';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';
import { bytesSource, fixtureSource, newEngine } from '../../support/engineHarness';
import { buildWorkbook } from './support/xlsxWorkbook';
import type { WorkbookSpec } from './support/xlsxWorkbook';
import { queryWorkspace } from './support/workspaceImage';

/** Two manifest sheets with different header styles, a lookup sheet and a chart sheet. */
const twoManifestSheets: WorkbookSpec = {
  sheets: [
    {
      name: 'Manifest A',
      rows: [
        ['B/L No.', 'Arrival Date', 'Shipper Name', 'CNEE', 'Gross Wt (KG)', 'Declared Value USD', 'HS Code'],
        ['MEDU1234567', { serial: 46156, format: 'date' }, 'NINGBO BRIGHT TRADING CO., LTD.', 'HARBOUR IMPORTS LTD', 1840.5, 48200, '850440'],
        ['MEDU1234568', { serial: 46157.270833333336, format: 'date-time' }, 'SHENZHEN HOPE ELECTRONICS', 'TO ORDER', 300, 90000, 851712],
        [null, { serial: 46157, format: 'date' }, 'NO BILL NUMBER LTD', 'ACME LTD', 10, 20, '620342'],
        ['MEDU1234569', { serial: 46158, format: 'date' }, 'KL PALM OILS SDN BHD', 'BRITISH FOODS PLC', { error: '#N/A' }, 19800, '151190'],
      ],
    },
    {
      name: 'Manifest B',
      rows: [
        ['Weekly export, week 22'],
        [],
        ['BILL_OF_LADING_NBR', 'Port of Lading', 'Consignee Name', 'ETA', 'Weight', 'Weight Unit', 'Value'],
        ['CMDU5550001', 'AEJEA', { inline: 'NORTHERN RETAIL LTD' }, { serial: 46174, format: 'custom-date' }, 2200, 'Pounds', 6100],
      ],
    },
    { name: 'Lookups', rows: [['Code', 'Meaning'], ['CNSHA', 'Shanghai']] },
  ],
  chartSheetName: 'Chart1',
};

describe('XLSX import', () => {
  it('imports every sheet with a B/L column, skips the others with the reason, and accounts per sheet', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(bytesSource('week22.xlsx', buildWorkbook(twoManifestSheets)));
    expect(report).toMatchObject({ status: 'completed', format: 'xlsx', delimiter: '', rowsRead: 5, rowsStored: 4, rowsRejected: 1 });
    expect(report.sheets).toEqual([
      expect.objectContaining({ name: 'Manifest A', status: 'imported', rowsRead: 4, rowsStored: 3, rowsRejected: 1, columnMapping: expect.objectContaining({ CNEE: 'consigneeName', 'Gross Wt (KG)': 'grossWeightKg' }) }),
      expect.objectContaining({ name: 'Manifest B', status: 'imported', rowsRead: 1, rowsStored: 1, rowsRejected: 0, columnMapping: expect.objectContaining({ BILL_OF_LADING_NBR: 'billOfLadingNumber', 'Port of Lading': 'portOfLoading' }) }),
      expect.objectContaining({ name: 'Lookups', status: 'skipped', reason: 'no column for the bill-of-lading number (headers: Code, Meaning)' }),
      expect.objectContaining({ name: 'Chart1', status: 'skipped', reason: expect.stringMatching(/chart sheet/) }),
    ]);
    expect(report.rejections).toEqual([{ fileName: 'week22.xlsx', row: 4, sheet: 'Manifest A', column: 'B/L No.', value: '', reason: 'bill-of-lading number is empty' }]);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 5, sheet: 'Manifest A', column: 'Gross Wt (KG)', value: '#N/A' }),
        expect.objectContaining({ row: 0, reason: '1 row above the header (row 3 of sheet "Manifest B") is a title, not data (not counted as rows)' }),
      ]),
    );
    const rows = new Map((await engine.listShipments({ limit: 10 })).rows.map((row) => [row.billOfLadingNumber, row]));
    expect(rows.get('MEDU1234567')).toMatchObject({ arrivalDate: '2026-05-14', grossWeightKg: 1840.5, declaredValueUsd: 48200, hsCode: '850440', sourceRow: 2 });
    expect(rows.get('MEDU1234568')).toMatchObject({ arrivalDate: '2026-05-15', hsCode: '851712', consigneeName: 'TO ORDER' });
    expect(rows.get('CMDU5550001')).toMatchObject({ arrivalDate: '2026-06-01', portOfLoading: 'AEJEA', consigneeName: 'NORTHERN RETAIL LTD', grossWeightKg: 997.903, declaredValueUsd: 6100, sourceRow: 4 });
    const stored = await queryWorkspace(engine, `SELECT bill.bill_of_lading_number AS bill, line.source_sheet AS sheet, line.source_row AS row, batch.source_format AS format
      FROM manifest_line AS line JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id JOIN import_batch AS batch ON batch.id = line.batch_id ORDER BY line.id`);
    expect(stored).toEqual([
      { bill: 'MEDU1234567', sheet: 'Manifest A', row: 2, format: 'xlsx' },
      { bill: 'MEDU1234568', sheet: 'Manifest A', row: 3, format: 'xlsx' },
      { bill: 'MEDU1234569', sheet: 'Manifest A', row: 5, format: 'xlsx' },
      { bill: 'CMDU5550001', sheet: 'Manifest B', row: 4, format: 'xlsx' },
    ]);
    expect(await queryWorkspace(engine, "SELECT sheet_name AS sheet, source_row AS row FROM import_issue WHERE severity = 'rejection'")).toEqual([{ sheet: 'Manifest A', row: 4 }]);
  });

  it('reads a workbook written by openpyxl (inline strings, custom date formats, a title row, a notes sheet)', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(await fixtureSource('ingest/openpyxl-two-manifest-sheets.xlsx'));
    expect(report).toMatchObject({ status: 'completed', format: 'xlsx', rowsRead: 5, rowsStored: 4, rowsRejected: 1 });
    expect(report.sheets?.map((sheet) => [sheet.name, sheet.status, sheet.rowsStored])).toEqual([
      ['Bills A', 'imported', 2],
      ['Bills B', 'imported', 2],
      ['Notes', 'skipped', 0],
    ]);
    const rows = new Map((await engine.listShipments({ limit: 10 })).rows.map((row) => [row.billOfLadingNumber, row]));
    expect(rows.get('MEDU7001001')).toMatchObject({ arrivalDate: '2026-05-14', grossWeightKg: 1840.5, portOfLoading: 'CNNGB' });
    expect(rows.get('MEDU7001002')).toMatchObject({ arrivalDate: '2026-05-15', hsCode: '851712' });
    expect(rows.get('CMDU8002001')).toMatchObject({ arrivalDate: '2026-06-01', grossWeightKg: 997.903, sourceRow: 4 });
    expect(rows.get('CMDU8002002')).toMatchObject({ grossWeightKg: 15500, declaredValueUsd: 12500.75 });
  });

  it('turns serial dates of the 1904 date system into ISO dates', async () => {
    const engine = await newEngine();
    const workbook = buildWorkbook({ date1904: true, sheets: [{ name: 'Mac', rows: [['B/L No.', 'Arrival Date'], ['MAC1', { serial: 44595, format: 'date' }]] }] });
    await engine.importManifest(bytesSource('mac.xlsx', workbook));
    expect((await engine.listShipments({})).rows[0]?.arrivalDate).toBe('2026-02-04');
  });

  it('adds nothing when the same workbook is imported again, and reads the same whatever the chunking', async () => {
    const bytes = buildWorkbook(twoManifestSheets);
    const engine = await newEngine();
    const first = await engine.importManifest(bytesSource('week22.xlsx', bytes, 7));
    const again = await engine.importManifest(bytesSource('copy of week22.xlsx', bytes, 1000));
    expect(again).toMatchObject({ status: 'already-imported', failure: expect.stringMatching(/identical content to week22\.xlsx/) });
    expect((await engine.summary()).counts.manifestLines).toBe(4);
    const other = await (await newEngine()).importManifest(bytesSource('week22.xlsx', bytes, 1 << 20));
    expect({ ...other, durationMs: 0 }).toEqual({ ...first, durationMs: 0 });
  });

  it('lets a cancel through while a large workbook is read, and rolls it back', async () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => [`BL${index}`, `CONSIGNEE NUMBER ${index}`, { serial: 46000 + (index % 300), format: 'date' } as const, index]);
    const workbook = buildWorkbook({ sheets: [{ name: 'Big', rows: [['B/L No.', 'Consignee', 'Arrival Date', 'Packages'], ...rows] }] });
    const engine = await newEngine();
    let progressCalls = 0;
    const report = await engine.importManifest(bytesSource('big.xlsx', workbook), (progress) => {
      progressCalls++;
      if (progress.rowsRead > 1000) void engine.cancelImport();
    });
    expect(report.status).toBe('cancelled');
    expect(report.rowsRead).toBeLessThan(30_000);
    expect(progressCalls).toBeGreaterThan(1);
    expect((await engine.summary()).counts.manifestLines).toBe(0);
    expect((await engine.summary()).datasets).toHaveLength(0);
  });

  it('refuses a workbook that inflates beyond the limit (zip bomb) and stores nothing', async () => {
    const padding = ' '.repeat(4 * 1024 * 1024);
    const bomb = buildWorkbook({ sheets: [{ name: 'Bomb', rows: [['B/L No.'], [`BL1${padding}`]] }] });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const sqlJs = await loadSqlJsForNode();
    const withinDefaults = await importManifest(WorkspaceStore.create(sqlJs), bytesSource('bomb.xlsx', bomb));
    expect(withinDefaults.status).toBe('completed');
    const store = WorkspaceStore.create(sqlJs);
    const report = await importManifest(store, bytesSource('bomb.xlsx', bomb), { limits: { maxUncompressedBytes: 1024 * 1024 } });
    expect(report).toMatchObject({ status: 'failed', failure: expect.stringMatching(/^bomb\.xlsx: the workbook (inflates to more than|declares) .*refused/) });
    expect(store.scalar('SELECT count(*) FROM manifest_line')).toBe(0);
    expect(store.scalar('SELECT count(*) FROM import_batch')).toBe(0);
    // A directory that understates the size is caught while inflating.
    const lying = bomb.slice();
    const sheetName = strToU8('xl/worksheets/sheet1.xml');
    const directoryName = indexOf(lying, sheetName, indexOf(lying, sheetName) + 1);
    new DataView(lying.buffer).setUint32(directoryName - 46 + 24, 512, true);
    const caught = await importManifest(WorkspaceStore.create(sqlJs), bytesSource('lying.xlsx', lying), { limits: { maxUncompressedBytes: 1024 * 1024 } });
    expect(caught).toMatchObject({ status: 'failed', failure: 'lying.xlsx: the workbook inflates to more than 1 MiB uncompressed; refused (a zip bomb, or too large to import)' });
  });

  it('fails clearly on a damaged workbook, a zip that is no workbook, and a legacy .xls file', async () => {
    const engine = await newEngine();
    const bytes = buildWorkbook(twoManifestSheets);
    const damaged = bytes.slice();
    const sheetName = strToU8('xl/worksheets/sheet1.xml');
    const headerAt = indexOf(damaged, sheetName);
    damaged[headerAt + sheetName.length + 20] = (damaged[headerAt + sheetName.length + 20] as number) ^ 0xff;
    expect(await engine.importManifest(bytesSource('damaged.xlsx', damaged))).toMatchObject({ status: 'failed', failure: expect.stringMatching(/^damaged\.xlsx: the workbook is corrupt/) });
    const notWorkbook = zipSync({ 'readme.txt': strToU8('B/L No.,Consignee\nBL1,ACME\n') });
    expect(await engine.importManifest(bytesSource('archive.zip', notWorkbook))).toMatchObject({ status: 'failed', failure: 'archive.zip: this is a zip archive but not an Excel workbook (no xl/workbook.xml)' });
    const legacy = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await engine.importManifest(bytesSource('old.xls', legacy))).toMatchObject({ status: 'failed', failure: expect.stringMatching(/legacy Excel \.xls/) });
    expect((await engine.summary()).datasets).toHaveLength(0);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let start = from; start <= haystack.length - needle.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer;
    return start;
  }
  return -1;
}
