/**
 * Texts written in a party-name field that stand for no trader: negotiable bills consigned "TO
 * ORDER" (of the shipper, or of a bank), "SAME AS CONSIGNEE" in the notify field, and the fillers
 * of empty fields. They are recognised on the folded text and never resolved into a trader.
 */
import { foldText } from './textFolding';

export type PlaceholderKind = 'to order' | 'same as another party' | 'no party given';

export interface PlaceholderPattern {
  readonly kind: PlaceholderKind;
  /** Matched against the folded text (upper-case ASCII words). */
  readonly pattern: RegExp;
  readonly explanation: string;
}

export const placeholderPatterns: readonly PlaceholderPattern[] = [
  {
    kind: 'to order',
    pattern: /^(?:(?:CONSIGNED )?(?:UNTO|TO) (?:THE )?ORDER|ORDER)(?: OF (?:THE )?(?<orderOf>.+))?$/,
    explanation: 'a negotiable bill consigned to order: whoever holds the endorsed bill takes the goods',
  },
  {
    kind: 'same as another party',
    pattern: /^(?:NOTIFY(?: PARTY)? )?(?:SAME AS|SAME|AS PER|DITTO|IDEM|AS)(?: THE)? (?:CONSIGNEE|CNEE|CONS|SHIPPER|SHPR|NOTIFY|NOTIFY PARTY|ABOVE|CONSIGNEE ABOVE)(?: ABOVE)?$/,
    explanation: 'the field refers to another party of the same bill',
  },
  {
    kind: 'no party given',
    pattern: /^(?:NA|N A|NIL|NONE|NULL|UNKNOWN|TBA|TBC|TO BE ADVISED|TO BE CONFIRMED|NOT AVAILABLE|NOT APPLICABLE|NO NAME|X+|0+)?$/,
    explanation: 'the field holds a filler instead of a party',
  },
];

export interface Placeholder {
  readonly kind: PlaceholderKind;
  readonly explanation: string;
  /** For "TO THE ORDER OF <bank>": the party to whose order, folded. */
  readonly orderOf?: string;
}

const orderOfParties = new Set(['SHIPPER', 'CONSIGNEE', 'CNEE', 'SHPR', 'BANK', 'CONSIGNOR', 'HOLDER', 'BEARER']);

/** The placeholder a party-name text is, or undefined for a real name. */
export function recognisePlaceholder(rawName: string): Placeholder | undefined {
  return recognisePlaceholderWords(foldText(rawName));
}

/** As `recognisePlaceholder`, on text already folded. */
export function recognisePlaceholderWords(folded: string): Placeholder | undefined {
  for (const { kind, pattern, explanation } of placeholderPatterns) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const orderOf = match.groups?.orderOf;
    if (orderOf !== undefined && !orderOfParties.has(orderOf)) return { kind, explanation, orderOf };
    return { kind, explanation };
  }
  return undefined;
}
