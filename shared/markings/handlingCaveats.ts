/**
 * Handling caveats that may follow a classification and its descriptors: national caveats
 * ("UK EYES ONLY", "UK/US EYES ONLY") and dissemination controls. Kept as data: each entry a
 * pattern over the caveat as written (upper case, single spaces) and how it is shown. Releasability
 * ("RELEASABLE TO: POLICE, BORDER FORCE") is not a caveat here: it is a list of its own, intersected
 * when markings are combined (shared/markings/markingLine.ts).
 */
export interface HandlingCaveat {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
}

export const handlingCaveats = [
  { id: 'uk-eyes-only', description: 'UK nationals only', pattern: /^UK EYES ONLY$/ },
  { id: 'eyes-only', description: 'nationals of the UK and the named countries only ("UK/US EYES ONLY")', pattern: /^UK(?:\/[A-Z]{2,3})+ EYES ONLY$/ },
  { id: 'no-onward-dissemination', description: 'no onward dissemination without the originator\'s consent', pattern: /^NO ONWARD DISSEMINATION$/ },
  { id: 'originator-controlled', description: 'the originator decides every further release', pattern: /^ORIGINATOR CONTROLLED$/ },
] as const satisfies readonly HandlingCaveat[];

export function findHandlingCaveat(text: string): HandlingCaveat | undefined {
  const folded = text.trim().toUpperCase().replace(/\s+/g, ' ');
  return handlingCaveats.find((caveat) => caveat.pattern.test(folded));
}
