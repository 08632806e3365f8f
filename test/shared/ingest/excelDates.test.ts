import { describe, expect, it } from 'vitest';
import { excelSerialToIso } from '../../../shared/ingest/excelSerialDate';
import { parseManifestDate } from '../../../shared/ingest/fieldParsers';
import { builtInNumberFormatKind, customNumberFormatKind } from '../../../shared/ingest/xlsx/numberFormats';

/** Expected values computed independently: Python's datetime(1899, 12, 30) + timedelta(days=serial). */
describe('Excel serial dates', () => {
  it('converts 1900-system serials, including the leap-year bug around day 60', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(36526)).toBe('2000-01-01');
    expect(excelSerialToIso(45061)).toBe('2023-05-15');
    expect(excelSerialToIso(46157.27083333334)).toBe('2026-05-15T06:30:00');
    expect(excelSerialToIso(43831.5)).toBe('2020-01-01T12:00:00');
    expect(excelSerialToIso(0.75, '1900', true)).toBe('18:00:00');
    expect(excelSerialToIso(-1)).toBeNull();
  });

  it('converts 1904-system serials', () => {
    expect(excelSerialToIso(0, '1904')).toBe('1904-01-01');
    expect(excelSerialToIso(44595, '1904')).toBe('2026-02-04');
  });

  it('reads an unformatted five-digit serial in a date column as a date, and nothing else', () => {
    expect(parseManifestDate('46156')).toEqual({ ok: true, value: '2026-05-14' });
    expect(parseManifestDate('46156.75')).toEqual({ ok: true, value: '2026-05-14' });
    expect(parseManifestDate('12345').ok).toBe(false);
    expect(parseManifestDate('99999').ok).toBe(false);
  });
});

describe('number formats that make a serial a date', () => {
  it('knows the built-in date and time formats', () => {
    expect([14, 15, 16, 17, 22, 18, 45, 0, 1, 2, 9, 49].map(builtInNumberFormatKind)).toEqual(['date', 'date', 'date', 'date', 'date-time', 'time', 'time', 'number', 'number', 'number', 'number', 'number']);
  });

  it('reads custom format codes, ignoring quoted text, escapes and bracketed sections', () => {
    expect(customNumberFormatKind('yyyy-mm-dd')).toBe('date');
    expect(customNumberFormatKind('dd/mm/yyyy;@')).toBe('date');
    expect(customNumberFormatKind('[$-409]d-mmm-yy;@')).toBe('date');
    expect(customNumberFormatKind('yyyy-mm-dd h:mm:ss')).toBe('date-time');
    expect(customNumberFormatKind('h:mm AM/PM')).toBe('time');
    expect(customNumberFormatKind('[h]:mm:ss')).toBe('time');
    expect(customNumberFormatKind('#,##0.00 "days"')).toBe('number');
    expect(customNumberFormatKind('[Red]#,##0;[Blue]-#,##0')).toBe('number');
    expect(customNumberFormatKind('0.00E+00')).toBe('number');
    expect(customNumberFormatKind('General')).toBe('number');
  });
});
