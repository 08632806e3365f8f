/**
 * A manifest whose header ends in CRLF and whose rows end in LF (a header written on Windows, rows
 * appended by another tool): every row is read as its own record, whatever the chunk boundaries.
 */
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, detectDialect } from '../../../shared/ingest/csv/csvRecordReader';
import { newEngine, textSource } from '../../support/engineHarness';

const header = 'Bill of Lading Number,Consignee Name,Goods Description';
const rows = ['MEDU1000001,HARBOUR IMPORTS LTD,"CANNED TUNA\r\nIN OIL"', 'MEDU1000002,ACME TRADING CO,PLASTIC TOYS', 'MEDU1000003,"NORTH, SOUTH LTD",STEEL PIPES'];
const mixed = `${header}\r\n${rows.join('\n')}\n`;

function readAll(text: string, chunkSize: number): string[][] {
  const records: string[][] = [];
  const reader = new CsvRecordReader((record) => {
    expect(record.structuralError).toBeUndefined();
    records.push([...record.fields]);
  });
  for (let offset = 0; offset < text.length; offset += chunkSize) reader.push(text.slice(offset, offset + chunkSize));
  reader.push('', true);
  return records;
}

describe('CSV with mixed line breaks', () => {
  it('is detected as mixed only when CRLF and bare LF both end lines', () => {
    expect(detectDialect(mixed)).toMatchObject({ delimiter: ',', mixedLineBreaks: true });
    const plainRows = rows.slice(1);
    // Excel's in-cell line breaks are bare LF inside quotes in a CRLF file: not mixed.
    expect(detectDialect(`${header}\r\nMEDU1,"LINE ONE\nLINE TWO",X\r\n${plainRows.join('\r\n')}\r\n`)).toMatchObject({ linebreak: '\r\n', mixedLineBreaks: false });
    expect(detectDialect(`${header}\r\n${plainRows.join('\r\n')}\r\n`)).toMatchObject({ linebreak: '\r\n', mixedLineBreaks: false });
    expect(detectDialect(`${header}\n${plainRows.join('\n')}\n`)).toMatchObject({ linebreak: '\n', mixedLineBreaks: false });
  });

  it('reads every row as its own record at every chunk size, a CRLF inside a quoted field kept as written', () => {
    const expected = [header.split(','), ['MEDU1000001', 'HARBOUR IMPORTS LTD', 'CANNED TUNA\r\nIN OIL'], ['MEDU1000002', 'ACME TRADING CO', 'PLASTIC TOYS'], ['MEDU1000003', 'NORTH, SOUTH LTD', 'STEEL PIPES']];
    for (const chunkSize of [1, 2, 3, 7, 16, 55, 56, 57, mixed.length]) expect(readAll(mixed, chunkSize), `chunk size ${chunkSize}`).toEqual(expected);
  });

  it('imports every row of such a manifest into the store, none rejected', async () => {
    const engine = await newEngine();
    const report = await engine.importManifest(textSource('appended.csv', mixed, 5));
    expect(report).toMatchObject({ status: 'completed', rowsRead: 3, rowsStored: 3, rowsRejected: 0 });
    expect((await engine.listShipments({})).rows.map((row) => row.consigneeName)).toEqual(['HARBOUR IMPORTS LTD', 'ACME TRADING CO', 'NORTH, SOUTH LTD']);
  });
});
