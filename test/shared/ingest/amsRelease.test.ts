import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/ingest/importReport';
import type { ManifestEngineApi, ManifestImportSource } from '../../../shared/engine/engineApi';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { bytesSource, fixturePath, fixtureSource, textSource } from '../../support/engineHarness';
import { queryWorkspace } from './support/workspaceImage';

/**
 * The US AMS release: real rows from /work/shared/ams (the consignee table and the first header
 * row) with the other tables built from the published schema around them (see
 * test/fixtures/ingest/README.md).
 */
const releaseDirectory = 'ingest/ams';

async function releaseSources(chunkSize?: number, only?: (table: string) => boolean): Promise<ManifestImportSource[]> {
  const files = (await readdir(fixturePath(releaseDirectory))).filter((name) => name.endsWith('.csv')).sort();
  return Promise.all(files.filter((name) => only?.(tableOf(name)) ?? true).map((name) => fixtureSource(`${releaseDirectory}/${name}`, chunkSize)));
}

function tableOf(fileName: string): string {
  return /^ams__([a-z]+)_/.exec(fileName)?.[1] ?? '';
}

async function newEngine(): Promise<ManifestEngineApi> {
  return createManifestEngine(await loadSqlJsForNode());
}

function byTable(reports: readonly ImportReport[]): Record<string, ImportReport> {
  return Object.fromEntries(reports.map((report) => [report.amsTable ?? report.fileName, report]));
}

describe('US AMS release import', () => {
  it('accounts for every row of every table file: read = joined + rejected, orphans and repeats rejected with the reason', async () => {
    const engine = await newEngine();
    const reports = byTable(await engine.importAmsRelease(await releaseSources()));
    const accounting = Object.fromEntries(Object.entries(reports).map(([table, report]) => [table, [report.status, report.rowsRead, report.rowsStored, report.rowsRejected]]));
    expect(accounting).toEqual({
      header: ['completed', 12, 10, 2],
      billgen: ['completed', 6, 5, 1],
      consignee: ['completed', 11, 9, 2],
      shipper: ['completed', 4, 3, 1],
      notifyparty: ['completed', 3, 2, 1],
      container: ['completed', 5, 3, 2],
      cargodesc: ['completed', 7, 6, 1],
      tariff: ['completed', 5, 5, 0],
      marksnumbers: ['completed', 2, 2, 0],
      hazmat: ['completed', 1, 1, 0],
      hazmatclass: ['completed', 3, 3, 0],
    });
    for (const report of Object.values(reports)) expect(report.rowsRead).toBe(report.rowsStored + report.rowsRejected);
    expect(reports.consignee?.rejections).toEqual([
      { fileName: 'ams__consignee_2020__202001070600.csv', row: 11, column: 'identifier', value: '202001061651', reason: 'no header record for bill 202001061651 in this release or the workspace: an orphan row, not imported' },
      { fileName: 'ams__consignee_2020__202001070600.csv', row: 12, column: 'identifier', value: '202001061652', reason: 'no header record for bill 202001061652 in this release or the workspace: an orphan row, not imported' },
    ]);
    expect(reports.header?.rejections.map((issue) => [issue.row, issue.reason])).toEqual([
      [12, 'bill 202001061635 is declared again (first at row 4 of ams__header_2020__202001070600.csv); the repeated header record was not imported'],
      [13, 'placeholder identifier (year, month and zeros) that gathers unrelated rows; not joined'],
    ]);
    expect(reports.notifyparty?.rejections[0]).toMatchObject({ row: 4, column: 'notify_party_name', reason: 'notify party name is empty' });
    expect(reports.container?.rejections.map((issue) => issue.reason)).toEqual([
      'container CSNU6184532 of bill 202001061634 is declared again; the repeat was not imported',
      'no header record for bill 202001061651 in this release or the workspace: an orphan row, not imported',
    ]);
    expect(reports.header).toMatchObject({ format: 'ams-table', delimiter: ',', columnMapping: expect.objectContaining({ foreign_port_of_lading: 'portOfLoading', actual_arrival_date: 'arrivalDate' }) });
    expect(reports.header?.unmappedColumns).toEqual(expect.arrayContaining(['carrier_code', 'weight', 'record_status_indicator']));
    const summary = await engine.summary();
    expect(summary.counts).toMatchObject({ billsOfLading: 9, manifestLines: 6, partyOccurrences: 14 });
    expect(summary.datasets).toHaveLength(11);
  });

  it('builds bills from header and billgen: house bill as the B/L number, master bill, voyage, IMO; two filings of one B/L become one bill', async () => {
    const engine = await newEngine();
    const reports = byTable(await engine.importAmsRelease(await releaseSources(4096)));
    expect(reports.header?.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ row: 0, reason: '1 bills share their B/L number with a bill already stored; their rows were added to that bill' })]));
    const bills = await queryWorkspace(engine, `SELECT bill_of_lading_number AS number, master_bill_of_lading_number AS master, voyage_number AS voyage, vessel_imo AS imo,
      arrival_date AS arrival, port_of_loading AS loading, port_of_loading_as_written AS loadingAsWritten, (SELECT group_concat(source_record_id, ' ') FROM bill_source_record WHERE bill_of_lading_id = bill.id) AS identifier
      FROM bill_of_lading AS bill ORDER BY source_row`);
    expect(bills).toEqual([
      { number: '2020072777336', master: null, voyage: null, imo: '9215907', arrival: '2020-07-26', loading: 'ECPBO', loadingAsWritten: 'Puerto Bolivar,Ecuador', identifier: '2020072777336' },
      { number: 'CHRBSZX0012345', master: 'COSU6241567890', voyage: '061E', imo: '9783497', arrival: '2020-01-06', loading: 'CNYTN', loadingAsWritten: 'Yantian,China (Mainland)', identifier: '202001061634' },
      { number: '202001061635', master: null, voyage: null, imo: '9783497', arrival: '2020-01-05', loading: 'CNYTN', loadingAsWritten: 'Yantian,China (Mainland)', identifier: '202001061635' },
      { number: 'CMDUSHA1988776', master: null, voyage: '0FL3RW1MA', imo: '9454436', arrival: '2020-01-06', loading: 'CNSHA', loadingAsWritten: 'Shanghai ,China (Mainland)', identifier: '202001061637' },
      { number: '202001061638', master: null, voyage: null, imo: '9349502', arrival: '2020-01-06', loading: 'TWKHH', loadingAsWritten: 'Kaohsiung,China (Taiwan)', identifier: '202001061638' },
      { number: 'MSCUBU0044117', master: null, voyage: 'FA602W', imo: '9839430', arrival: '2020-01-06', loading: 'KRPUS', loadingAsWritten: 'Busan,South Korea', identifier: '202001061639' },
      { number: '202001061640', master: null, voyage: null, imo: '9783497', arrival: '2020-01-06', loading: 'CNYTN', loadingAsWritten: 'Yantian,China (Mainland)', identifier: '202001061640' },
      { number: '202001061648', master: null, voyage: null, imo: '9783497', arrival: '2020-01-06', loading: 'CNYTN', loadingAsWritten: 'Yantian,China (Mainland)', identifier: '202001061648' },
      { number: 'CSIUSA2001771', master: 'MAEU9988776', voyage: '118E', imo: '9215490', arrival: '2020-01-06', loading: 'THLCH', loadingAsWritten: 'Laem Chabang,Thailand', identifier: '202001061649 202001061650' },
    ]);
  });

  it('stores the real consignee rows with joined addresses, phones moved out of them, and placeholder parties flagged', async () => {
    const engine = await newEngine();
    const reports = byTable(await engine.importAmsRelease(await releaseSources()));
    expect(reports.consignee?.warnings).toEqual([expect.objectContaining({ row: 0, reason: '4 telephone or fax numbers were written in the address lines; moved to the phone field' })]);
    expect(reports.notifyparty?.warnings).toEqual([expect.objectContaining({ reason: expect.stringMatching(/^1 parties are placeholders/) })]);
    const parties = await queryWorkspace(engine, `SELECT (SELECT min(source_record_id) FROM bill_source_record WHERE bill_of_lading_id = bill.id) AS identifier, party.role, party.raw_name AS name, party.raw_address AS address, party.raw_phone AS phone, party.is_placeholder AS placeholder
      FROM party_occurrence AS party JOIN bill_of_lading AS bill ON bill.id = party.bill_of_lading_id ORDER BY party.id`);
    expect(parties).toEqual(
      expect.arrayContaining([
        { identifier: '202001061634', role: 'consignee', name: 'C.H.ROBINSON INTERNATIONAL, INC.', address: 'KNOXVILLE GF I, 800 S.GAY STREET, SUITE 900, KNOXVILLE, TN 37929, ATTN BEN HOLT', phone: 'TEL 865-246-6906; FAX 865-246-6950', placeholder: 0 },
        { identifier: '202001061634', role: 'notify_party', name: 'SAME AS CONSIGNEE', address: null, phone: null, placeholder: 1 },
        { identifier: '202001061634', role: 'shipper', name: 'SHENZHEN HUATAI FURNITURE CO., LTD', address: 'BLDG 7, LONGGANG INDUSTRIAL PARK, SHENZHEN, GUANGDONG 518172 CHINA', phone: 'TEL:86-755-28417730', placeholder: 0 },
        { identifier: '202001061639', role: 'shipper', name: 'HANKOOK HEATING ELEMENTS CO LTD', address: '45 GANGSEO-RO, GANGSEO-GU, BUSAN 46700 KOREA, KR', phone: '82-51-9710200', placeholder: 0 },
        { identifier: '202001061648', role: 'consignee', name: 'APEX MARITIME CO. (LAX) INC.', address: '565 BREA CANYON ROAD, SUITE D WALNUT WALNUT, CA CA 91789 US', phone: null, placeholder: 0 },
      ]),
    );
    // The same party on three bills (the real rows 202001061649-51): two joined, the third is an orphan.
    expect(parties.filter((party) => party.name === 'CANADIAN SOLAR (USA) INC.' && party.role === 'consignee')).toHaveLength(2);
  });

  it('joins cargo lines and tariffs on identifier + container + sequence, with HS codes from descriptions and weights in kilograms', async () => {
    const engine = await newEngine();
    const reports = byTable(await engine.importAmsRelease(await releaseSources()));
    expect(reports.cargodesc?.warnings.map((issue) => issue.reason)).toEqual([
      '2 rows repeat the identifier, container and description sequence of an earlier row; merged into that line (distinct texts joined)',
      '1 lines have no tariff HS code; the code was taken from "HS CODE ..." in the description',
    ]);
    expect(reports.tariff?.warnings.map((issue) => issue.reason)).toEqual([
      // HS 2022 split these subheadings: the 2017 codes are not in the nomenclature any more.
      'HS code "9403.90": 940390 is not in the HS nomenclature',
      'HS code "854140": 854140 is not in the HS nomenclature',
      'harmonized_number: 3 values were normalised (e.g. "9403.60.8081" stored as 940360); the text as written is kept with each',
      '1 tariff rows give a further HS code for a line that already has one; each was stored as a line of its own',
      '1 tariff rows have no cargo description row; each was stored as a line without description',
    ]);
    const lines = await queryWorkspace(engine, `SELECT (SELECT min(source_record_id) FROM bill_source_record WHERE bill_of_lading_id = bill.id) AS identifier, line.container_number AS container, line.line_number AS line, line.hs_code AS hs,
      line.hs_code_as_written AS hsAsWritten, line.goods_description AS description, line.packages, line.gross_weight_kg AS kg, line.declared_value_usd AS usd, batch.source_table AS fromTable, line.source_row AS row
      FROM manifest_line AS line JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id JOIN import_batch AS batch ON batch.id = line.batch_id ORDER BY line.id`);
    expect(lines).toEqual([
      { identifier: '202001061634', container: 'CSNU6184532', line: 1, hs: '940360', hsAsWritten: '9403.60.8081', description: 'WOODEN FURNITURE, DINING TABLES AND MATCHING SIDEBOARDS', packages: 256, kg: 997.903, usd: 18250, fromTable: 'cargodesc', row: 2 },
      { identifier: '202001061634', container: 'TGHU7599330', line: 1, hs: '940161', hsAsWritten: null, description: 'WOODEN FURNITURE, CHAIRS', packages: 256, kg: 1995.806, usd: 9120, fromTable: 'cargodesc', row: 3 },
      { identifier: '202001061639', container: 'MSCU1234566', line: 1, hs: '851680', hsAsWritten: null, description: 'ELECTRIC HEATING TAPES HS CODE: 8516.80 INV NO 20-0117', packages: 18, kg: null, usd: null, fromTable: 'cargodesc', row: 6 },
      { identifier: '202001061649', container: null, line: 1, hs: '854140', hsAsWritten: null, description: 'SOLAR MODULES, "MONO PERC", 400W\nPO 4501177', packages: 720, kg: 18200, usd: 264000, fromTable: 'cargodesc', row: 7 },
      { identifier: '202001061634', container: 'CSNU6184532', line: 1, hs: '940390', hsAsWritten: '9403.90', description: null, packages: null, kg: 150, usd: 1200, fromTable: 'tariff', row: 4 },
      { identifier: '202001061640', container: null, line: 1, hs: '870899', hsAsWritten: '8708.99', description: null, packages: null, kg: 1000, usd: 5100, fromTable: 'tariff', row: 6 },
    ]);
  });

  it('keeps containers with their marks, and hazardous cargo with its classes', async () => {
    const engine = await newEngine();
    await engine.importAmsRelease(await releaseSources());
    expect(await queryWorkspace(engine, 'SELECT container_number AS number, seal_numbers AS seals, load_status AS status, marks_and_numbers AS marks FROM shipping_container ORDER BY id')).toEqual([
      { number: 'CSNU6184532', seals: 'CN0917723', status: 'Full', marks: 'HARBOURLINE LONG BEACH C/NO. 1-256 MADE IN CHINA' },
      { number: 'TGHU7599330', seals: 'CN0917724; H7710', status: 'Full', marks: null },
      { number: 'MSCU1234566', seals: 'EU55120', status: 'Full', marks: null },
      { number: 'NC', seals: null, status: null, marks: 'NO MARKS' },
    ]);
    expect(await queryWorkspace(engine, 'SELECT sequence_number AS sequence, hazard_code AS code, hazard_class AS class, hazard_classifications AS classes, flash_point AS flash FROM hazardous_cargo ORDER BY id')).toEqual([
      { sequence: '1', code: '3082', class: '9', classes: '9; MARINE POLLUTANT', flash: '61 CEL' },
      { sequence: '2', code: null, class: null, classes: '8', flash: null },
    ]);
  });

  it('adds nothing when the release is imported again, and rolls back a cancelled release completely', async () => {
    const engine = await newEngine();
    await engine.importAmsRelease(await releaseSources());
    const again = await engine.importAmsRelease(await releaseSources(512));
    expect(again.map((report) => report.status)).toEqual(Array(11).fill('already-imported'));
    expect((await engine.summary()).counts).toMatchObject({ billsOfLading: 9, manifestLines: 6, partyOccurrences: 14 });

    const cancelling = await newEngine();
    const reports = await cancelling.importAmsRelease(await releaseSources(64), (progress) => {
      if (progress.fileName.includes('consignee')) void cancelling.cancelImport();
    });
    expect(reports.map((report) => report.status)).toEqual(Array(11).fill('cancelled'));
    expect((await cancelling.summary()).datasets).toHaveLength(0);
    expect(await queryWorkspace(cancelling, 'SELECT count(*) AS n FROM import_release')).toEqual([{ n: 0 }]);
  });

  it('joins table files imported later, one at a time, to the bills stored before', async () => {
    const engine = await newEngine();
    const headerOnly = await engine.importAmsRelease(await releaseSources(undefined, (table) => table === 'header' || table === 'billgen'));
    expect(headerOnly.map((report) => report.status)).toEqual(['completed', 'completed']);
    const consignee = await engine.importManifest(await fixtureSource(`${releaseDirectory}/ams__consignee_2020__202001070600.csv`));
    expect(consignee).toMatchObject({ status: 'completed', format: 'ams-table', amsTable: 'consignee', rowsRead: 11, rowsStored: 9, rowsRejected: 2 });
    expect((await engine.summary()).counts.partyOccurrences).toBe(9);
  });

  it('fails a file that is not an AMS table, or is named like one without its columns, and imports the rest', async () => {
    const engine = await newEngine();
    const sources = [
      ...(await releaseSources(undefined, (table) => table === 'header')),
      textSource('notes.csv', 'Name,Amount\nA,1\n'),
      textSource('ams__shipper_2020__202001070600_part_2.csv', 'identifier,shipper_party_name\n202001061634,ACME\n'),
    ];
    const reports = await engine.importAmsRelease(sources);
    expect(reports.map((report) => report.status)).toEqual(['completed', 'failed', 'failed']);
    expect(reports[1]?.failure).toBe('notes.csv: not a table of the US AMS release (header: Name, Amount)');
    expect(reports[2]?.failure).toMatch(/^ams__shipper_2020__202001070600_part_2\.csv: named like the AMS shipper table, but its header lacks shipper_party_address_1, /);
    expect((await engine.summary()).datasets.map((dataset) => dataset.sourceFile)).toEqual(['ams__header_2020__202001070600.csv']);
  });
});

describe('the flattened 31-column AMS variant', () => {
  it('imports as a single file through header mapping: identifier as the B/L, actual arrival over estimated, pounds as kilograms', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(await fixtureSource('ingest/ams-flattened-variant.csv'));
    expect(report).toMatchObject({ status: 'completed', format: 'delimited-text', rowsRead: 4, rowsStored: 3, rowsRejected: 1 });
    expect(report.columnMapping).toMatchObject({
      identifier: 'billOfLadingNumber',
      actual_arrival_date: 'arrivalDate',
      foreign_port_of_lading: 'portOfLoading',
      port_of_unlading: 'portOfDischarge',
      consignee_comm_number: 'consigneePhone',
      shipper_party_name: 'shipperName',
      text: 'goodsDescription',
      harmonized_weight_unit: 'grossWeightUnit',
    });
    expect(report.unmappedColumns).toEqual(expect.arrayContaining(['estimated_arrival_date', 'trade_update_date', 'identified_orgs']));
    expect(report.rejections).toEqual([expect.objectContaining({ row: 5, column: 'identifier', reason: 'bill-of-lading number is empty' })]);
    const rows = (await engine.listShipments({ sortBy: 'billOfLadingNumber' })).rows;
    expect(rows.map((row) => [row.billOfLadingNumber, row.containerNumber, row.arrivalDate, row.hsCode, row.grossWeightKg, row.consigneeName])).toEqual([
      ['202001061634', 'CSNU6184532', '2020-01-06', '940360', 997.903, 'C.H.ROBINSON INTERNATIONAL, INC.'],
      ['202001061634', 'TGHU7599330', '2020-01-06', null, null, 'C.H.ROBINSON INTERNATIONAL, INC.'],
      ['202001061639', 'MSCU1234566', null, '851680', 1200, 'BRISKHEAT CORPORATION'],
    ]);
    expect((await engine.summary()).counts).toMatchObject({ billsOfLading: 2, manifestLines: 3, partyOccurrences: 4 });
    const again = await engine.importManifest(bytesSource('copy.csv', new Uint8Array(await readFile(fixturePath('ingest/ams-flattened-variant.csv')))));
    expect(again.status).toBe('already-imported');
  });
});
