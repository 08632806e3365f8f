/**
 * UK Government Security Classifications, lowest first. The workspace carries one; every screen
 * shows it in a banner at top and bottom, and every export carries the highest marking of what it
 * contains (issue 9 adds caveats and releasability).
 */
export const protectiveMarkings = [
  { id: 'OFFICIAL', label: 'OFFICIAL', rank: 0 },
  { id: 'OFFICIAL-SENSITIVE', label: 'OFFICIAL-SENSITIVE', rank: 1 },
  { id: 'SECRET', label: 'SECRET', rank: 2 },
  { id: 'TOP SECRET', label: 'TOP SECRET', rank: 3 },
] as const;

export type ProtectiveMarking = (typeof protectiveMarkings)[number]['id'];

export const defaultMarking: ProtectiveMarking = 'OFFICIAL';

export function isProtectiveMarking(value: unknown): value is ProtectiveMarking {
  return typeof value === 'string' && protectiveMarkings.some((marking) => marking.id === value);
}

/** Parses a marking as written in documents ("official sensitive", "OFFICIAL–SENSITIVE"). */
export function parseProtectiveMarking(text: string): ProtectiveMarking | undefined {
  const canonical = text.trim().toUpperCase().replace(/[\s_\u2010-\u2015-]+/g, ' ');
  return protectiveMarkings.find((marking) => marking.id.replace('-', ' ') === canonical)?.id;
}

export function highestMarking(markings: Iterable<ProtectiveMarking>): ProtectiveMarking {
  let highest: ProtectiveMarking = defaultMarking;
  for (const marking of markings) {
    if (markingRank(marking) > markingRank(highest)) highest = marking;
  }
  return highest;
}

export function markingRank(marking: ProtectiveMarking): number {
  return protectiveMarkings.find((entry) => entry.id === marking)?.rank ?? 0;
}
