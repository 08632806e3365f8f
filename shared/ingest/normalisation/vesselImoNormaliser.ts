import { companyImoCheckDigit, compactImoNumber, vesselImoCheckDigit } from '../../domain';
import { keptAsWritten, normalisedFrom } from './fieldNormaliser';
import type { FieldNormaliserKind, Normalised } from './fieldNormaliser';

/**
 * A vessel's IMO number to its seven digits ("IMO 9839430", "IMO: 9839430", "983943-0" are
 * 9839430; five or six digits have the leading zeros a spreadsheet dropped restored). The check
 * digit is the ship scheme's (IMO Resolution A.1117(30)); a number that fails it is stored with a
 * warning, saying when it passes the company/owner scheme instead (an owner's number written in
 * the vessel column). Text that cannot be an IMO number, or an all-zero placeholder, is kept as
 * written with a warning.
 */
export const vesselImoNormaliserKind: FieldNormaliserKind = {
  kind: 'vesselImo',
  storedAs: 'seven digits',
  cacheable: true,
  create: () => ({ kind: 'vesselImo', normalise: normaliseVesselImoText }),
};

export function normaliseVesselImoText(text: string): Normalised {
  const digits = compactImoNumber(text);
  if (digits === undefined) return keptAsWritten(text, `not an IMO number (seven digits, optionally "IMO 1234567"): "${text}"; kept as written`);
  if (/^0+$/.test(digits)) return keptAsWritten(text, `IMO number "${text}" is a placeholder (all zeros); kept as written`);
  const body = digits.slice(0, 6);
  const written = Number(digits[6]);
  const expected = vesselImoCheckDigit(body);
  if (written === expected) return normalisedFrom(text, digits);
  const company = companyImoCheckDigit(body) === written ? ' (it is valid as a company or registered-owner number, not a ship\'s)' : '';
  return normalisedFrom(text, digits, `IMO number "${text}": check digit ${written} does not match the ship scheme (expected ${expected})${company}; number kept`);
}
