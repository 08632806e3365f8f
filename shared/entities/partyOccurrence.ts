/**
 * What entity resolution takes in: one raw party as a manifest wrote it (name, address and phone
 * text, perhaps an e-mail, a country, registration identifiers), with a stable id the caller
 * chooses (the store's occurrence key) so analyst decisions can refer to it across runs.
 */

export type PartyRole = 'shipper' | 'consignee' | 'notify party';

export interface PartyIdentifier {
  /** The numbering scheme: "EORI", "VAT", "IMO" (company), "USCC", ... */
  readonly scheme: string;
  readonly value: string;
}

export interface PartyOccurrence {
  readonly occurrenceId: string;
  readonly role: PartyRole;
  readonly rawName: string;
  readonly rawAddress: string;
  readonly rawPhone: string;
  readonly rawEmail?: string;
  /** ISO 3166 alpha-2, when the source gives one. */
  readonly country?: string;
  readonly identifiers?: readonly PartyIdentifier[];
}

/** Identifier values compared without case, spaces or punctuation. */
export function identifierKey(identifier: PartyIdentifier): { scheme: string; value: string } {
  return { scheme: identifier.scheme.trim().toUpperCase(), value: identifier.value.toUpperCase().replace(/[^A-Z0-9]/g, '') };
}
