/**
 * Excel stores dates as serial day numbers with the time as the fraction of a day. In the 1900
 * date system day 1 is 1900-01-01 and day 60 is the 29 February 1900 that never was (Lotus 1-2-3's
 * leap-year bug, kept by Excel), so from day 61 on the epoch is 1899-12-30. In the 1904 system
 * (old Mac workbooks, `workbookPr date1904="1"`) day 0 is 1904-01-01.
 */
export type ExcelDateSystem = '1900' | '1904';

const millisecondsPerDay = 86_400_000;
const epoch1900 = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);

/** The UTC instant of a serial, or null for a serial no calendar date has (negative, day 60, beyond 9999). */
export function excelSerialToUtcMilliseconds(serial: number, system: ExcelDateSystem = '1900'): number | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  if (system === '1904') return epoch1904 + Math.round(serial * millisecondsPerDay);
  if (serial >= 60 && serial < 61) return null;
  const adjusted = serial < 60 ? serial + 1 : serial;
  return epoch1900 + Math.round(adjusted * millisecondsPerDay);
}

/**
 * The ISO text of a serial: `yyyy-mm-dd` for a whole day, `yyyy-mm-ddThh:mm:ss` with a time of
 * day, `hh:mm:ss` for a pure time (serial below 1 with `timeOnly`).
 */
export function excelSerialToIso(serial: number, system: ExcelDateSystem = '1900', timeOnly = false): string | null {
  const instant = excelSerialToUtcMilliseconds(serial, system);
  if (instant === null) return null;
  const iso = new Date(instant).toISOString();
  if (timeOnly && serial < 1) return iso.slice(11, 19);
  return instant % millisecondsPerDay === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}
