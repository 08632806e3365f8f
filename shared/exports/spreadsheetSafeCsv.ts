/**
 * CSV for analysts to open in a spreadsheet, safe from formula injection (OWASP "CSV Injection"):
 * a text cell starting with =, +, -, @, a tab or a carriage return is written with a single quote
 * in front, so Excel, LibreOffice and Sheets show it as text instead of evaluating it. Party names,
 * addresses and list entries come from files anyone could have written. Numbers are written as
 * numbers (a negative number is not a formula). Fields are quoted per RFC 4180; rows end in CRLF.
 */

const formulaStart = /^[=+\-@\t\r]/;
const needsQuoting = /[",\r\n]/;

export type CsvCell = string | number | null | undefined;

/** Text as a spreadsheet must show it: with a single quote in front when it could start a formula. */
export function spreadsheetSafeText(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function spreadsheetSafeCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = spreadsheetSafeText(value);
  return needsQuoting.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function spreadsheetSafeRow(values: readonly CsvCell[]): string {
  return `${values.map(spreadsheetSafeCell).join(',')}\r\n`;
}

export function spreadsheetSafeCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let text = spreadsheetSafeRow(header);
  for (const row of rows) text += spreadsheetSafeRow(row);
  return text;
}
