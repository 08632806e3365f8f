/**
 * Party names that stand for no trader: order bills ("TO ORDER", "TO THE ORDER OF ..."), references
 * to another party ("SAME AS CONSIGNEE") and fillers ("UNKNOWN", "NA", "."). They are stored as
 * written and flagged, so that analysis never links unrelated shipments through them.
 */
const placeholderPatterns: readonly RegExp[] = [
  /^TO (?:THE )?ORDER\b/,
  /^ORDER(?: OF\b.*)?$/,
  /^SAME AS\b/,
  /^(?:AS PER|SEE) (?:CONSIGNEE|SHIPPER|NOTIFY|ABOVE)\b/,
  /^(?:UNKNOWN|UNK|N A|NA|NONE|NIL|NULL|NOT AVAILABLE|NOT APPLICABLE|NOT STATED|TBA|TBD|TBC)$/,
];

/** Cheap first test: every placeholder starts like one of these (or has no letter or digit at all). */
const possiblePlaceholder = /^(?:[^A-Za-z0-9]|TO\b|ORDER|SAME|AS\b|SEE\b|UNK|N\W*A\b|NONE|NIL|NULL|NOT\b|TB[ACD]\b|[^A-Za-z0-9]*$)/i;

export function isPlaceholderPartyName(name: string): boolean {
  if (!possiblePlaceholder.test(name)) return false;
  const folded = name.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
  if (folded === '') return true;
  return placeholderPatterns.some((pattern) => pattern.test(folded));
}
