import type { RecordDefect } from './formats/importFormat';

/**
 * Whether a positional record fits its header, for formats where the field count is significant
 * (delimited text): too few fields mean a line break inside an unquoted field, too many non-empty
 * ones an unquoted delimiter. Empty extra fields (a trailing delimiter) are harmless.
 */
export function fieldCountDefect(fields: readonly string[], headerLength: number): RecordDefect | null {
  const fieldCount = fields.length;
  if (fieldCount < headerLength) {
    return { column: null, value: null, reason: `record has ${fieldCount} fields, the header has ${headerLength} (a line break inside an unquoted field?)` };
  }
  if (fieldCount > headerLength && hasValuesBeyond(fields, headerLength)) {
    return { column: null, value: fields.slice(headerLength).join(','), reason: `record has ${fieldCount} fields, the header has ${headerLength} (an unquoted delimiter inside a field?)` };
  }
  return null;
}

/** True when a field after the first `count` has text. */
export function hasValuesBeyond(fields: readonly string[], count: number): boolean {
  for (let index = count; index < fields.length; index++) if ((fields[index] as string).trim() !== '') return true;
  return false;
}
