import { describe, expect, it } from 'vitest';
import { bytesSource, fixtureSource, newEngine, textSource } from '../../support/engineHarness';
import { queryWorkspace } from './support/workspaceImage';

describe('JSON import', () => {
  it('reads an array of objects, flattening nested objects into dotted keys that header mapping sees', async () => {
    const engine = await newEngine();
    const bills = [
      { blNumber: 'MEDU1234567', arrivalDate: '2026-05-14', shipper: { name: 'NINGBO BRIGHT TRADING CO., LTD.', address: { street: 'NO. 88 HAIYAN ROAD', city: 'NINGBO' } }, consignee: { name: 'HARBOUR IMPORTS LTD' }, packages: 120, grossWeightKg: 1840.5 },
      { blNumber: 'MEDU1234568', portOfLading: 'CNSHA', consignee: { name: 'ACME LTD', phone: '+44 1394 600 412' }, hsCode: 851712, dangerous: false },
      'not an object',
    ];
    const report = await engine.importManifest(textSource('bills.json', JSON.stringify(bills, null, 2)));
    expect(report).toMatchObject({ status: 'completed', format: 'json', delimiter: '', rowsRead: 3, rowsStored: 2, rowsRejected: 1 });
    expect(report.columnMapping).toMatchObject({ blNumber: 'billOfLadingNumber', 'shipper.name': 'shipperName', 'consignee.name': 'consigneeName', 'consignee.phone': 'consigneePhone', portOfLading: 'portOfLoading', hsCode: 'hsCode' });
    expect(report.unmappedColumns).toEqual(expect.arrayContaining(['shipper.address.street', 'shipper.address.city', 'dangerous']));
    expect(report.rejections).toEqual([expect.objectContaining({ row: 3, value: '"not an object"', reason: 'element 3 is a string, not an object' })]);
    const rows = new Map((await engine.listShipments({})).rows.map((row) => [row.billOfLadingNumber, row]));
    expect(rows.get('MEDU1234567')).toMatchObject({ shipperName: 'NINGBO BRIGHT TRADING CO., LTD.', consigneeName: 'HARBOUR IMPORTS LTD', packages: 120, grossWeightKg: 1840.5, arrivalDate: '2026-05-14', sourceRow: 1 });
    expect(rows.get('MEDU1234568')).toMatchObject({ portOfLoading: 'CNSHA', hsCode: '851712', sourceRow: 2 });
  });

  it('reads the records of an object with an array property, nested keys by their last segments, and says what it left', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(await fixtureSource('ingest/bills-nested.json', 97));
    expect(report).toMatchObject({ status: 'completed', format: 'json', rowsRead: 2, rowsStored: 2, rowsRejected: 0 });
    expect(report.columnMapping).toMatchObject({
      'billOfLading.number': 'billOfLadingNumber',
      'vessel.name': 'vesselName',
      'vessel.voyage': 'voyageNumber',
      'cargo.containerNumber': 'containerNumber',
      'cargo.grossWeight': 'grossWeightKg',
      'cargo.weightUnit': 'grossWeightUnit',
    });
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 0, reason: 'property "attachments" (1 items) was not read: the records are the objects in "bills"' }),
        expect.objectContaining({ row: 0, reason: expect.stringMatching(/^1 lines had no HS code column value; the code was taken from "HS CODE/) }),
      ]),
    );
    const rows = new Map((await engine.listShipments({})).rows.map((row) => [row.billOfLadingNumber, row]));
    expect(rows.get('MEDU1234567')).toMatchObject({ vesselImo: '9839430', voyageNumber: 'FA602W', containerNumber: 'MSCU1234566', packages: 120, grossWeightKg: 1840.5, declaredValueUsd: 48200 });
    expect(rows.get('MAEU9988776')).toMatchObject({ arrivalDate: '2026-05-15', vesselImo: null, hsCode: '151190', grossWeightKg: 21001.327, consigneeName: 'TO ORDER' });
    expect(await queryWorkspace(engine, "SELECT raw_name AS name, is_placeholder AS placeholder FROM party_occurrence WHERE role = 'consignee' ORDER BY id")).toEqual([
      { name: 'HARBOUR IMPORTS LTD', placeholder: 0 },
      { name: 'TO ORDER', placeholder: 1 },
    ]);
  });

  it('reads an array of arrays as a header row and data rows', async () => {
    const engine = await newEngine();
    const table = [['B/L No.', 'Consignee', 'Packages'], ['BL1', 'ACME LTD', 3], ['BL2', null, '4 CTNS'], { 'B/L No.': 'BL3' }];
    const report = await engine.importManifest(textSource('table.json', JSON.stringify(table)));
    expect(report).toMatchObject({ status: 'completed', rowsRead: 3, rowsStored: 2, rowsRejected: 1 });
    expect(report.rejections[0]).toMatchObject({ row: 4, reason: 'element 4 is an object, not an array like the header' });
    expect((await engine.listShipments({ sortBy: 'billOfLadingNumber' })).rows.map((row) => [row.billOfLadingNumber, row.consigneeName, row.packages])).toEqual([
      ['BL1', 'ACME LTD', 3],
      ['BL2', null, 4],
    ]);
  });

  it('streams a large array whatever the chunking, down to one byte', async () => {
    const bills = Array.from({ length: 300 }, (_, index) => ({ bol: `BL${index}`, consignee: { name: `CONSIGNEE ${index % 7}` }, weight: index }));
    const text = `\ufeff${JSON.stringify(bills)}`;
    const baseline = await (await newEngine()).importManifest(textSource('big.json', text));
    expect(baseline).toMatchObject({ status: 'completed', rowsRead: 300, rowsStored: 300 });
    for (const chunkSize of [1, 13]) {
      const report = await (await newEngine()).importManifest(textSource('big.json', text, chunkSize));
      expect({ ...report, durationMs: 0 }).toEqual({ ...baseline, durationMs: 0 });
    }
  });

  it('fails clearly on a JSON document that is not valid, holds no records, or is a lone object with no array', async () => {
    const engine = await newEngine();
    expect(await engine.importManifest(textSource('cut.json', '[{"bill": "BL1"}, {"bill": "BL2"'))).toMatchObject({ status: 'failed', failure: expect.stringMatching(/^cut\.json: not valid JSON: /) });
    expect(await engine.importManifest(textSource('empty.json', '[]'))).toMatchObject({ status: 'failed', failure: 'empty.json: the file holds no records' });
    const pretty = JSON.stringify({ exportedAt: '2026-05-20', office: { code: 'GBFXT' } }, null, 2);
    expect(await engine.importManifest(textSource('meta.json', pretty))).toMatchObject({ status: 'failed', failure: 'meta.json: the JSON object has no array of objects to read as records' });
    expect(await engine.importManifest(textSource('keys.json', '[{"name": "A"}, {"name": "B"}]'))).toMatchObject({ status: 'failed', failure: 'keys.json: no key for the bill-of-lading number (keys: name)' });
    expect((await engine.summary()).datasets).toHaveLength(0);
  });

  it('adds nothing when the same JSON file is imported again', async () => {
    const engine = await newEngine();
    await engine.importManifest(await fixtureSource('ingest/bills-nested.json'));
    const again = await engine.importManifest(await fixtureSource('ingest/bills-nested.json', 5));
    expect(again.status).toBe('already-imported');
    expect((await engine.summary()).counts.manifestLines).toBe(2);
  });
});

describe('JSON Lines import', () => {
  it('rejects a malformed line with its line number and the parser reason, and reads the rest', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(await fixtureSource('ingest/bills-with-broken-line.jsonl'));
    expect(report).toMatchObject({ status: 'completed', format: 'json-lines', rowsRead: 6, rowsStored: 3, rowsRejected: 3 });
    expect(report.rejections).toEqual([
      expect.objectContaining({ fileName: 'bills-with-broken-line.jsonl', row: 3, value: expect.stringMatching(/^\{"blNumber": "MEDU1234569"/), reason: expect.stringMatching(/^not valid JSON: .*JSON/) }),
      expect.objectContaining({ row: 6, reason: 'line holds an array, not an object' }),
      expect.objectContaining({ row: 7, column: 'blNumber', reason: 'bill-of-lading number is empty' }),
    ]);
    expect(report.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ row: 0, reason: '1 blank lines skipped (not counted as rows)' })]));
    const rows = new Map((await engine.listShipments({})).rows.map((row) => [row.billOfLadingNumber, row]));
    expect([...rows.keys()].sort()).toEqual(['MAEU9988776', 'MEDU1234567', 'MEDU1234568']);
    expect(rows.get('MEDU1234568')).toMatchObject({ grossWeightKg: 300, sourceRow: 2 });
    expect(rows.get('MAEU9988776')).toMatchObject({ arrivalDate: '2026-05-15', notifyPartyName: 'FAST FREIGHT FORWARDING LTD', sourceRow: 5 });
  });

  it('gives the same result whatever the chunking, and adds nothing on re-import', async () => {
    const baseline = await (await newEngine()).importManifest(await fixtureSource('ingest/bills-with-broken-line.jsonl'));
    const engine = await newEngine();
    const chunked = await engine.importManifest(await fixtureSource('ingest/bills-with-broken-line.jsonl', 3));
    expect({ ...chunked, durationMs: 0 }).toEqual({ ...baseline, durationMs: 0 });
    const again = await engine.importManifest(await fixtureSource('ingest/bills-with-broken-line.jsonl', 64));
    expect(again.status).toBe('already-imported');
    expect((await engine.summary()).counts.manifestLines).toBe(3);
  });

  it('reads Windows-1252 text in a JSON Lines file without losing a character', async () => {
    const engine = await newEngine();
    const bytes = Uint8Array.from([...'{"bl": "BL9", "consignee": "SOCI'].map((character) => character.charCodeAt(0)).concat([0xc9, 0x54, 0xc9, 0x22, 0x7d, 0x0a]));
    const report = await engine.importManifest(bytesSource('latin1.jsonl', bytes));
    expect(report).toMatchObject({ status: 'completed', encoding: 'utf-8 then windows-1252', rowsStored: 1 });
    expect((await engine.listShipments({})).rows[0]?.consigneeName).toBe('SOCIÉTÉ');
  });
});
