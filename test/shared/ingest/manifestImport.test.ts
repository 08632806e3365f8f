import { describe, expect, it } from 'vitest';
import { bytesSource, fixtureSource, newEngine, textSource } from '../../support/engineHarness';

describe('manifest CSV import', () => {
  it('accounts for every row of a mixed-quality file: read = stored + rejected, each rejection with row, column and reason', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    expect(report.status).toBe('completed');
    expect(report.rowsRead).toBe(7);
    expect(report.rowsStored).toBe(5);
    expect(report.rowsRejected).toBe(2);
    expect(report.rejections).toEqual([
      expect.objectContaining({ fileName: 'mixed-quality.csv', row: 4, column: 'B/L No.', reason: 'bill-of-lading number is empty' }),
      expect.objectContaining({ row: 7, reason: expect.stringMatching(/record has 7 fields, the header has 17/) }),
    ]);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 6, column: 'Arrival Date', value: 'not a date' }),
        expect.objectContaining({ row: 6, column: 'Packages', value: 'twenty' }),
      ]),
    );
    expect(report.columnMapping).toMatchObject({ POL: 'portOfLoading', CNEE: 'consigneeName', 'Gross Wt (KG)': 'grossWeightKg' });
    const summary = await engine.summary();
    expect(summary.counts).toMatchObject({ billsOfLading: 4, manifestLines: 5 });
    expect(summary.datasets).toEqual([expect.objectContaining({ sourceFile: 'mixed-quality.csv', rowsRead: 7, rowsStored: 5, rowsRejected: 2 })]);
  });

  it('normalises dates and numbers written in manifest styles', async () => {
    const engine = await newEngine();
    await engine.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    const page = await engine.listShipments({ sortBy: 'billOfLadingNumber', limit: 10 });
    const palmOil = page.rows.find((row) => row.billOfLadingNumber === 'MAEU9988776');
    expect(palmOil).toMatchObject({ arrivalDate: '2026-05-15', grossWeightKg: 21000, consigneeName: 'TO ORDER', notifyPartyName: 'FAST FREIGHT FORWARDING LTD', sourceFile: 'mixed-quality.csv', sourceRow: 5 });
    const power = page.rows.find((row) => row.hsCode === '850440');
    expect(power).toMatchObject({ grossWeightKg: 1840.5, declaredValueUsd: 48200, packages: 120, shipperName: 'NINGBO BRIGHT TRADING CO., LTD.' });
  });

  it('adds nothing when the same file is imported again', async () => {
    const engine = await newEngine();
    await engine.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    const again = await engine.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    expect(again.status).toBe('already-imported');
    expect(again.failure).toMatch(/already imported/);
    expect((await engine.summary()).counts.manifestLines).toBe(5);
    expect((await engine.summary()).datasets).toHaveLength(1);
  });

  it('gives the same result whatever the chunk size, down to one byte', async () => {
    const baseline = await (await newEngine()).importManifest(await fixtureSource('manifests/mixed-quality.csv', 1 << 20));
    for (const chunkSize of [1, 7, 64]) {
      const report = await (await newEngine()).importManifest(await fixtureSource('manifests/mixed-quality.csv', chunkSize));
      expect({ ...report, durationMs: 0 }).toEqual({ ...baseline, durationMs: 0 });
    }
  });

  it('reads tab- and semicolon-delimited files, CRLF line ends and a UTF-8 byte-order mark', async () => {
    const engine = await newEngine();
    const tsv = '\ufeffBILL_OF_LADING_NBR\tShipper Name\tCNEE\r\nBL1\tA\tB\r\nBL2\tC\tD\r\n';
    const report = await engine.importManifest(textSource('tabs.tsv', tsv));
    expect(report).toMatchObject({ status: 'completed', delimiter: '\t', rowsRead: 2, rowsStored: 2, encoding: 'utf-8' });
    const semicolons = await engine.importManifest(textSource('semi.csv', 'B/L No.;Consignee\nBL3;"X; Y"\n'));
    expect(semicolons).toMatchObject({ delimiter: ';', rowsStored: 1 });
    const page = await engine.listShipments({ text: 'X; Y' });
    expect(page.rows.map((row) => row.consigneeName)).toEqual(['X; Y']);
  });

  it('detects Windows-1252 text and keeps every character', async () => {
    const engine = await newEngine();
    const latin1 = Uint8Array.from([...'B/L No.,Consignee\nBL9,SOCI'].map((c) => c.charCodeAt(0)).concat([0xc9, 0x54, 0xc9, 0x0a]));
    const report = await engine.importManifest(bytesSource('latin1.csv', latin1));
    expect(report.encoding).toBe('utf-8 then windows-1252');
    expect(report.warnings[0]?.reason).toMatch(/not UTF-8/);
    expect((await engine.listShipments({})).rows[0]?.consigneeName).toBe('SOCIÉTÉ');
  });

  it('fails clearly, naming the file, when there is no bill-of-lading column or no content', async () => {
    const engine = await newEngine();
    const noBill = await engine.importManifest(textSource('wrong.csv', 'Name,Amount\nA,1\n'));
    expect(noBill).toMatchObject({ status: 'failed', failure: expect.stringMatching(/^wrong\.csv: no column for the bill-of-lading number/) });
    const empty = await engine.importManifest(textSource('empty.csv', ''));
    expect(empty).toMatchObject({ status: 'failed', failure: 'empty.csv: the file is empty (no header row)' });
    const binary = await engine.importManifest(bytesSource('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])));
    expect(binary).toMatchObject({ status: 'failed', failure: expect.stringMatching(/binary file/) });
    expect((await engine.summary()).datasets).toHaveLength(0);
  });

  it('rejects a record whose quotes are broken, with the reason', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(textSource('quotes.csv', 'B/L No.,Consignee\nBL1,"ACME "LTD"\nBL2,"OK"\n'));
    expect(report.rowsRead).toBe(report.rowsStored + report.rowsRejected);
    expect(report.rejections[0]?.reason).toMatch(/quote/);
  });

  it('rolls back a cancelled import completely', async () => {
    const engine = await newEngine();
    const rows = Array.from({ length: 5000 }, (_, index) => `BL${index},CONSIGNEE ${index}`).join('\n');
    const source = textSource('big.csv', `B/L No.,Consignee\n${rows}\n`, 1024);
    const reportPromise = engine.importManifest(source, (progress) => {
      if (progress.rowsRead > 1000) void engine.cancelImport();
    });
    const report = await reportPromise;
    expect(report.status).toBe('cancelled');
    expect((await engine.summary()).counts.manifestLines).toBe(0);
    expect((await engine.summary()).datasets).toHaveLength(0);
  });
});
