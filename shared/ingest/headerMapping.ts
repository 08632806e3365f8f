import { foldHeader, manifestFields } from './manifestFields';
import type { ManifestFieldId } from './manifestFields';

/**
 * Maps a file's header row (or a JSON file's dotted keys) onto the canonical manifest fields by
 * name: each canonical header, field id and alias is compared after folding case, camelCase,
 * punctuation and spacing; nested JSON keys also by their last segments. When two columns claim one field, the column whose name comes earlier
 * in the field's list wins (so `actual_arrival_date` beats `estimated_arrival_date`); on a tie the
 * first column keeps it. The other column is reported as unmapped.
 */
export interface HeaderMapping {
  /** Column index -> canonical field. */
  readonly fieldByColumn: ReadonlyMap<number, ManifestFieldId>;
  /** Source header -> canonical field id, for the report. */
  readonly mappingByHeader: Readonly<Record<string, string>>;
  readonly unmappedColumns: readonly string[];
  readonly missingRequiredFields: readonly ManifestFieldId[];
}

interface FieldMatch {
  readonly field: ManifestFieldId;
  /** Position of the matched name in the field's list: 0 is the canonical header. */
  readonly rank: number;
}

const matchByFoldedName: ReadonlyMap<string, FieldMatch> = (() => {
  const matches = new Map<string, FieldMatch>();
  for (const field of manifestFields) {
    [field.header, field.id, ...field.aliases].forEach((name, rank) => {
      const folded = foldHeader(name);
      if (!matches.has(folded)) matches.set(folded, { field: field.id, rank });
    });
  }
  return matches;
})();

/** Rank added for each leading segment of a dotted key left out to find a match. */
const droppedSegmentRank = 100;

/**
 * The field a header names, if any. A dotted JSON key that does not match whole is tried without
 * its leading segments (`cargo.containerNumber` as `containerNumber`), ranked below whole matches.
 */
export function matchHeader(header: string): FieldMatch | undefined {
  const whole = matchWholeHeader(header);
  if (whole !== undefined || !header.includes('.')) return whole;
  const segments = header.split('.');
  for (let dropped = 1; dropped < segments.length; dropped++) {
    const match = matchWholeHeader(segments.slice(dropped).join('.'));
    if (match !== undefined) return { field: match.field, rank: match.rank + dropped * droppedSegmentRank };
  }
  return undefined;
}

function matchWholeHeader(header: string): FieldMatch | undefined {
  return matchByFoldedName.get(foldHeader(header)) ?? matchByFoldedName.get(foldHeader(header.replace(/\(.*\)/g, '')));
}

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const winner = new Map<ManifestFieldId, { readonly column: number; readonly rank: number }>();
  headers.forEach((header, column) => {
    const match = matchHeader(header);
    if (match === undefined) return;
    const current = winner.get(match.field);
    if (current === undefined || match.rank < current.rank) winner.set(match.field, { column, rank: match.rank });
  });
  const fieldByColumn = new Map<number, ManifestFieldId>();
  for (const [field, { column }] of winner) fieldByColumn.set(column, field);
  const mappingByHeader: Record<string, string> = {};
  const unmappedColumns: string[] = [];
  headers.forEach((header, column) => {
    const field = fieldByColumn.get(column);
    if (field === undefined) unmappedColumns.push(header);
    else mappingByHeader[header] = field;
  });
  const missingRequiredFields = manifestFields.filter((field) => field.required && !winner.has(field.id)).map((field) => field.id);
  return { fieldByColumn: new Map([...fieldByColumn].sort(([left], [right]) => left - right)), mappingByHeader, unmappedColumns, missingRequiredFields };
}
