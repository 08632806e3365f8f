import { describe, expect, it } from 'vitest';
import { newEngine, textSource } from '../../support/engineHarness';
import { queryWorkspace } from './support/workspaceImage';

const header = 'B/L No.,Line No.,Vessel,IMO No.,Place of Receipt,Port of Loading,Port of Discharge,Country of Origin,Container No.,HS Code,Goods Description,Consignee';
const messy = [
  header,
  'BL1,1,MSC AURORA,IMO 9839430,Ningbo,"SHANGHAI, CN",Felixstowe,China,MSKU 601167 2,8504.40.95,PARTS OF TRANSFORMERS,ACME LTD',
  // A later line of BL1: its bill-level values are not stored (the bill has them), so not checked.
  'BL2,1,MAERSK KENTUCKY,9839431,Tiruppur,Atlantis,CN SHA,Narnia,NOT A CONTAINER,,"LAPTOPS, HS CODE: 8471300000",BETA LTD',
  'BL1,2,MSC AURORA,bad imo,Nowhere,Nowhere,Nowhere,Nowhere,MSKU6011673,8599.99,SPARE PARTS,ACME LTD',
  ',1,NO BILL,,,,,,,,,',
].join('\n');

describe('normalisation during import', () => {
  it('stores identifiers normalised, keeps the text as written, and reports each problem as a warning on the kept row', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(textSource('messy.csv', `${messy}\n`));
    // Accounting is untouched: normalisation never rejects a row.
    expect(report).toMatchObject({ status: 'completed', rowsRead: 4, rowsStored: 3, rowsRejected: 1 });
    expect(report.rejections).toEqual([expect.objectContaining({ row: 5, reason: 'bill-of-lading number is empty' })]);

    const rowWarnings = report.warnings.filter((warning) => warning.row > 0);
    expect(rowWarnings).toEqual([
      { fileName: 'messy.csv', row: 3, column: 'IMO No.', value: '9839431', reason: 'IMO number "9839431": check digit 1 does not match the ship scheme (expected 0); number kept' },
      { fileName: 'messy.csv', row: 3, column: 'Port of Loading', value: 'Atlantis', reason: 'not a known seaport: no UN/LOCODE in the seaport list matches "Atlantis"; kept as written' },
      { fileName: 'messy.csv', row: 3, column: 'Country of Origin', value: 'Narnia', reason: 'not an ISO 3166 country code or name: "Narnia"; kept as written' },
      { fileName: 'messy.csv', row: 3, column: 'Container No.', value: 'NOT A CONTAINER', reason: expect.stringMatching(/^not an ISO 6346 container number: "NOT A CONTAINER"/) },
      { fileName: 'messy.csv', row: 4, column: 'Container No.', value: 'MSKU6011673', reason: 'container number "MSKU6011673": check digit 3 does not match (ISO 6346 gives 2); number kept' },
      { fileName: 'messy.csv', row: 4, column: 'HS Code', value: '8599.99', reason: 'HS code "8599.99": 859999 is not in the HS nomenclature' },
    ]);
    const notes = report.warnings.filter((warning) => warning.row === 0).map((warning) => warning.reason);
    expect(notes).toEqual(expect.arrayContaining([
      'Port of Loading: 1 value was normalised (e.g. "SHANGHAI, CN" stored as CNSHA); the text as written is kept with it',
      'Port of Discharge: 2 values were normalised (e.g. "Felixstowe" stored as GBFXT); the text as written is kept with each',
      'HS Code: 3 values were normalised (e.g. "8504.40.95" stored as 850440); the text as written is kept with each',
      'Container No.: 1 value was normalised (e.g. "MSKU 601167 2" stored as MSKU6011672); the text as written is kept with it',
    ]));

    const bills = await queryWorkspace(engine, `SELECT bill_of_lading_number AS bill, vessel_imo, vessel_imo_as_written, place_of_receipt, place_of_receipt_as_written,
      port_of_loading, port_of_loading_as_written, port_of_discharge, port_of_discharge_as_written, country_of_origin, country_of_origin_as_written
      FROM bill_of_lading ORDER BY id`);
    expect(bills).toEqual([
      { bill: 'BL1', vessel_imo: '9839430', vessel_imo_as_written: 'IMO 9839430', place_of_receipt: 'CNNGB', place_of_receipt_as_written: 'Ningbo',
        port_of_loading: 'CNSHA', port_of_loading_as_written: 'SHANGHAI, CN', port_of_discharge: 'GBFXT', port_of_discharge_as_written: 'Felixstowe',
        country_of_origin: 'CN', country_of_origin_as_written: 'China' },
      { bill: 'BL2', vessel_imo: '9839431', vessel_imo_as_written: null, place_of_receipt: 'Tiruppur', place_of_receipt_as_written: null,
        port_of_loading: 'Atlantis', port_of_loading_as_written: null, port_of_discharge: 'CNSHA', port_of_discharge_as_written: 'CN SHA',
        country_of_origin: 'Narnia', country_of_origin_as_written: null },
    ]);
    const lines = await queryWorkspace(engine, 'SELECT source_row AS row, container_number, container_number_as_written, hs_code, hs_code_as_written FROM manifest_line ORDER BY id');
    expect(lines).toEqual([
      { row: 2, container_number: 'MSKU6011672', container_number_as_written: 'MSKU 601167 2', hs_code: '850440', hs_code_as_written: '8504.40.95' },
      { row: 3, container_number: 'NOT A CONTAINER', container_number_as_written: null, hs_code: '847130', hs_code_as_written: '8471300000' },
      { row: 4, container_number: 'MSKU6011673', container_number_as_written: null, hs_code: '859999', hs_code_as_written: '8599.99' },
    ]);

    // The shipments table carries the text as written beside each normalised value (details panel, exports).
    const page = await engine.listShipments({ sortBy: 'billOfLadingNumber' });
    const first = page.rows[0];
    expect(first).toMatchObject({
      billOfLadingNumber: 'BL1', portOfLoading: 'CNSHA', portOfLoadingAsWritten: 'SHANGHAI, CN', vesselImo: '9839430', vesselImoAsWritten: 'IMO 9839430',
      placeOfReceipt: 'CNNGB', placeOfReceiptAsWritten: 'Ningbo', countryOfOrigin: 'CN', countryOfOriginAsWritten: 'China',
      containerNumber: 'MSKU6011672', containerNumberAsWritten: 'MSKU 601167 2', hsCode: '850440', hsCodeAsWritten: '8504.40.95',
    });
  });

  it('checks bill-level values only on the row that stores the bill, also when the bill came from an earlier file', async () => {
    const engine = await newEngine();
    await engine.importManifest(textSource('first.csv', `${header}\nBL1,1,V,9839430,,CNSHA,GBFXT,CN,MSKU6011672,850440,X,A\n`));
    const later = await engine.importManifest(textSource('later.csv', `${header}\nBL1,2,V,not an imo,,Atlantis,Nowhere,Narnia,TGHU7599330,620342,Y,A\n`));
    expect(later).toMatchObject({ rowsRead: 1, rowsStored: 1, rowsRejected: 0 });
    expect(later.warnings.filter((warning) => warning.row > 0)).toEqual([]);
    expect(later.warnings.map((warning) => warning.reason)).toContain('1 lines belong to bills of lading already in the workspace from an earlier file; they were added to those bills');
  });

  it('stores clean data unchanged, with no as-written copies and no warnings', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(textSource('clean.csv', `${header}\nBL1,1,V,9839430,CNNGB,CNSHA,GBFXT,CN,MSKU6011672,850440,X,A\n`));
    expect(report.warnings).toEqual([]);
    const rows = await queryWorkspace(engine, `SELECT coalesce(bill.vessel_imo_as_written, bill.place_of_receipt_as_written, bill.port_of_loading_as_written,
      bill.port_of_discharge_as_written, bill.country_of_origin_as_written, line.container_number_as_written, line.hs_code_as_written) AS written
      FROM manifest_line AS line JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id`);
    expect(rows).toEqual([{ written: null }]);
  });
});
