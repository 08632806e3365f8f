import Papa from 'papaparse';
import { amsTableNames, amsTables } from './amsTables';
import type { AmsTableName } from './amsTables';

/**
 * Tells which AMS table a file holds. The header row decides: a file whose header has exactly the
 * columns of one table (in any order) is that table. (Exactly: the flattened 31-column variant
 * has every tariff column and more, and is a single-file manifest, not a table.) The release's file name
 * (`ams__consignee_2020__202001061200_part_2.csv`) names the table too; it is used to explain a
 * file whose name promises a table its header does not have.
 */
export interface AmsTableIdentity {
  readonly table: AmsTableName;
  /** How it was recognised: by the header, or only by the file name (the header then lacks columns). */
  readonly by: 'header' | 'file-name';
  /** Columns of the table the header lacks (empty when recognised by the header). */
  readonly missingColumns: readonly string[];
}

const fileNamePattern = /(?:^|[\\/])ams__([a-z]+?)_(?:\d{4})?__?\d*/i;

export function amsTableFromFileName(fileName: string): AmsTableName | null {
  const match = fileNamePattern.exec(fileName);
  const name = match?.[1]?.toLowerCase();
  return name !== undefined && (amsTableNames as readonly string[]).includes(name) ? (name as AmsTableName) : null;
}

export function amsTableFromHeader(header: readonly string[]): AmsTableName | null {
  const present = new Set(header.map((column) => column.trim().toLowerCase()));
  return amsTableNames.find((name) => amsTables[name].columns.length === present.size && amsTables[name].columns.every((column) => present.has(column))) ?? null;
}

export function identifyAmsTable(fileName: string, header: readonly string[] | null): AmsTableIdentity | null {
  const byHeader = header === null ? null : amsTableFromHeader(header);
  if (byHeader !== null) return { table: byHeader, by: 'header', missingColumns: [] };
  const byName = amsTableFromFileName(fileName);
  if (byName === null) return null;
  const present = new Set((header ?? []).map((column) => column.trim().toLowerCase()));
  return { table: byName, by: 'file-name', missingColumns: amsTables[byName].columns.filter((column) => !present.has(column)) };
}

/** The header row of a delimited file from its first bytes, or null when there is no complete first line. */
export function headerFromHead(head: Uint8Array): string[] | null {
  const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const lineEnd = text.search(/\r?\n/);
  if (lineEnd < 0 && head.length >= 64 * 1024) return null;
  const firstLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const parsed = Papa.parse(firstLine, { preview: 1 });
  return parsed.data[0] ?? null;
}
