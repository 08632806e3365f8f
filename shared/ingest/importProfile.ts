import { columnMappingProblem, isManifestFieldId } from './columnMapping';
import type { ColumnMappingTable } from './columnMapping';
import { layoutSignature } from './manifestPreview';

/**
 * A named import profile: a file layout (its tables and their headers) and the field each column
 * is read into. Saved in the workspace from the mapping preview; a file whose layout signature
 * matches a saved profile is mapped by it without asking. Exported and imported as a JSON file:
 *
 *     {
 *       "format": "manifest-lens-import-profile",
 *       "version": 1,
 *       "name": "Port of Felixstowe daily",
 *       "tables": [
 *         { "sheet": null, "columns": [ { "header": "BL", "field": "billOfLadingNumber" },
 *                                       { "header": "COL7", "field": null } ] }
 *       ]
 *     }
 *
 * `sheet` is the worksheet name for workbooks (one entry per worksheet), null for delimited text
 * and JSON files. `columns` lists every column of the table in file order with its header as
 * written; `field` is a manifest field id (see shared/ingest/manifestFields.ts: billOfLadingNumber,
 * consigneeName, grossWeightKg, ...) or null for a column not imported. The layout signature is
 * derived from the tables (see layoutSignature), not stored in the file.
 */
export interface ImportProfile {
  readonly name: string;
  readonly tables: readonly ColumnMappingTable[];
}

export const importProfileFormat = 'manifest-lens-import-profile';
export const importProfileVersion = 1;
const maxNameLength = 200;
/** A profile file is a few kilobytes (one line per column); a larger text is not one. */
export const maxProfileTextLength = 1024 * 1024;

export function profileSignature(profile: Pick<ImportProfile, 'tables'>): string {
  return layoutSignature(profile.tables.map((table) => ({ sheet: table.sheet, headers: table.columns.map((column) => column.header) })));
}

/** The profile's JSON file text. */
export function serializeImportProfile(profile: ImportProfile): string {
  return `${JSON.stringify({ format: importProfileFormat, version: importProfileVersion, name: profile.name, tables: profile.tables }, null, 2)}\n`;
}

/** Checks a profile's name and tables; throws an Error naming the problem. */
export function checkImportProfile(profile: ImportProfile): ImportProfile {
  const name = profile.name.trim();
  if (name === '') throw new Error('the import profile has no name');
  if (name.length > maxNameLength) throw new Error(`the import profile's name is longer than ${maxNameLength} characters`);
  if (profile.tables.length === 0) throw new Error(`import profile '${name}' has no tables`);
  for (const table of profile.tables) {
    const where = table.sheet === null ? '' : ` (sheet "${table.sheet}")`;
    if (table.columns.length === 0) throw new Error(`import profile '${name}'${where} has no columns`);
    const problem = columnMappingProblem(table);
    if (problem !== null) throw new Error(`import profile '${name}'${where}: ${problem}`);
  }
  return { name, tables: profile.tables.map((table) => ({ sheet: table.sheet, columns: table.columns.map(({ header, field }) => ({ header, field })) })) };
}

/** Reads a profile's JSON file; a file that is not one, or of a newer version, is refused with the reason. */
export function parseImportProfile(text: string, fileName = 'profile'): ImportProfile {
  if (text.length > maxProfileTextLength) throw new Error(`${fileName}: ${(text.length / (1024 * 1024)).toFixed(1)} MiB is too large for an import profile (at most 1 MiB)`);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const fail = (reason: string): never => {
    throw new Error(`${fileName}: ${reason}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not an import profile (expected a JSON object)');
  const record = value as Record<string, unknown>;
  if (record['format'] !== importProfileFormat) return fail(`not an import profile ("format" must be "${importProfileFormat}")`);
  if (typeof record['version'] !== 'number' || !Number.isInteger(record['version'])) return fail('"version" must be a whole number');
  if (record['version'] > importProfileVersion) return fail(`import profile version ${record['version']} is newer than this build reads (${importProfileVersion})`);
  if (typeof record['name'] !== 'string') return fail('"name" must be a string');
  if (!Array.isArray(record['tables'])) return fail('"tables" must be an array');
  const tables = record['tables'].map((table: unknown, tableIndex): ColumnMappingTable => {
    if (typeof table !== 'object' || table === null) return fail(`tables[${tableIndex}] must be an object`);
    const { sheet, columns } = table as Record<string, unknown>;
    if (sheet !== null && typeof sheet !== 'string') return fail(`tables[${tableIndex}].sheet must be a string or null`);
    if (!Array.isArray(columns)) return fail(`tables[${tableIndex}].columns must be an array`);
    return {
      sheet,
      columns: columns.map((column: unknown, columnIndex) => {
        const at = `tables[${tableIndex}].columns[${columnIndex}]`;
        if (typeof column !== 'object' || column === null) return fail(`${at} must be an object`);
        const { header, field } = column as Record<string, unknown>;
        if (typeof header !== 'string') return fail(`${at}.header must be a string`);
        if (field !== null && !isManifestFieldId(field)) return fail(`${at} (header '${header}'): "${String(field)}" is not a manifest field id`);
        return { header, field };
      }),
    };
  });
  try {
    return checkImportProfile({ name: record['name'], tables });
  } catch (error) {
    return fail((error as Error).message);
  }
}
