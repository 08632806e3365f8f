/** RFC 4180 writing: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF rows. */

const needsQuoting = /[",\r\n]/;

export function csvField(value: string): string {
  return needsQuoting.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  let row = '';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) row += ',';
    row += csvField(values[index] as string);
  }
  return `${row}\r\n`;
}

export function csvDocument(header: readonly string[], rows: Iterable<readonly string[]>): string {
  let text = csvRow(header);
  for (const row of rows) text += csvRow(row);
  return text;
}
