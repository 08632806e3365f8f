/**
 * Which cell styles show a number as a date or a time. Excel stores dates as serial numbers and
 * only the cell's number format says so: the built-in formats 14-22, 27-36, 45-47 and 50-58
 * (ECMA-376 Part 1, 18.8.30, with the East Asian date formats), or a custom format whose code has
 * day, month, year, hour or second tokens outside quoted text and [bracketed] sections.
 */
export type NumberFormatKind = 'number' | 'date' | 'date-time' | 'time';

const builtInKinds: ReadonlyMap<number, NumberFormatKind> = new Map([
  ...[14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map((id) => [id, 'date'] as const),
  [22, 'date-time'],
  ...[18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56].map((id) => [id, 'time'] as const),
]);

export function builtInNumberFormatKind(id: number): NumberFormatKind {
  return builtInKinds.get(id) ?? 'number';
}

export function customNumberFormatKind(code: string): NumberFormatKind {
  // Only the first section (positive numbers) decides; quoted text, escapes and [colour], [$-409] go.
  const section = (code.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (/general/.test(section)) return 'number';
  const hasDate = /[dy]/.test(section) || (/m/.test(section) && !/[hs]/.test(section));
  const hasTime = /[hs]/.test(section) || /am\/pm|a\/p/.test(section);
  if (hasDate && hasTime) return 'date-time';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  return 'number';
}
