import { describe, expect, it } from 'vitest';
import { spreadsheetSafeCell, spreadsheetSafeCsv } from '../../../shared/exports/spreadsheetSafeCsv';
import { parseCsv } from '../../reference/csvText';

describe('spreadsheet-safe CSV', () => {
  it('writes a cell starting with = + - @ tab or CR as text, with a single quote in front', () => {
    expect(['=1+1', '+44 20 7946 0000', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'].map(spreadsheetSafeCell)).toEqual(["'=1+1", "'+44 20 7946 0000", "'-2+3", "'@SUM(A1)", "'\tTAB", `"'\rCR"`]);
    expect(spreadsheetSafeCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('leaves other text, numbers and empty cells as they are, quoting per RFC 4180', () => {
    expect(['ACME LTD', 'A=B', 'SHENZHEN, CN', 'say "hi"'].map(spreadsheetSafeCell)).toEqual(['ACME LTD', 'A=B', '"SHENZHEN, CN"', '"say ""hi"""']);
    expect([-3, 0.25, null, undefined, Number.NaN].map(spreadsheetSafeCell)).toEqual(['-3', '0.25', '', '', '']);
  });

  it('reads back as the same table, the quote aside', () => {
    const text = spreadsheetSafeCsv(['name', 'count'], [['=cmd|" /C calc"!A0', 2], ['MÜLLER GMBH\nHAMBURG', 1]]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['name', 'count'], [`'=cmd|" /C calc"!A0`, '2'], ['MÜLLER GMBH\nHAMBURG', '1']]);
  });
});
