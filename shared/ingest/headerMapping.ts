import { foldHeader, manifestFields } from './manifestFields';
import type { ManifestFieldId } from './manifestFields';

/**
 * Maps a file's header row onto the canonical manifest fields by name: each canonical header and
 * alias is compared after folding case, punctuation and spacing. A field claimed by two columns
 * keeps the first; the second is reported as unmapped.
 */
export interface HeaderMapping {
  /** Column index -> canonical field. */
  readonly fieldByColumn: ReadonlyMap<number, ManifestFieldId>;
  /** Source header -> canonical field id, for the report. */
  readonly mappingByHeader: Readonly<Record<string, string>>;
  readonly unmappedColumns: readonly string[];
  readonly missingRequiredFields: readonly ManifestFieldId[];
}

const fieldByFoldedName: ReadonlyMap<string, ManifestFieldId> = new Map(
  manifestFields.flatMap((field) => [field.header, field.id, ...field.aliases].map((name) => [foldHeader(name), field.id] as const)),
);

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const fieldByColumn = new Map<number, ManifestFieldId>();
  const mappingByHeader: Record<string, string> = {};
  const unmappedColumns: string[] = [];
  const claimed = new Set<ManifestFieldId>();
  headers.forEach((header, column) => {
    const field = fieldByFoldedName.get(foldHeader(header)) ?? fieldByFoldedName.get(foldHeader(header.replace(/\(.*\)/g, '')));
    if (field === undefined || claimed.has(field)) {
      unmappedColumns.push(header);
      return;
    }
    claimed.add(field);
    fieldByColumn.set(column, field);
    mappingByHeader[header] = field;
  });
  const missingRequiredFields = manifestFields.filter((field) => field.required && !claimed.has(field.id)).map((field) => field.id);
  return { fieldByColumn, mappingByHeader, unmappedColumns, missingRequiredFields };
}
