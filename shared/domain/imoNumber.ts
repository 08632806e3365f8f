/**
 * IMO numbers: seven digits, the last a check digit, usually written "IMO 9126819".
 *
 * Two schemes share the format:
 *  - ship identification numbers (IMO Resolution A.1117(30)): the first six digits weighted
 *    7,6,5,4,3,2, summed, modulo 10;
 *  - IMO unique company and registered owner identification numbers: the first six digits weighted
 *    8,6,4,2,9,7, summed, modulo 11, subtracted from 11, modulo 10.
 *
 * Product policy: "IMO" prefixes, spaces, dots, colons and hyphens are ignored, and a number of five
 * or six digits is read with its leading zeros restored (spreadsheets drop them: "912681" is
 * IMO 0912681). All-zero placeholders are never valid.
 */

export type ImoScheme = 'vessel' | 'company';

export interface ImoNumber {
  /** Seven digits with leading zeros. */
  readonly digits: string;
  /** The schemes whose check digit this number satisfies (rarely both). */
  readonly schemes: readonly ImoScheme[];
}

const vesselWeights = [7, 6, 5, 4, 3, 2] as const;
const companyWeights = [8, 6, 4, 2, 9, 7] as const;

function weightedSum(sixDigits: string, weights: readonly number[]): number {
  if (!/^\d{6}$/.test(sixDigits)) throw new RangeError(`IMO check digits need six digits, got "${sixDigits}"`);
  let sum = 0;
  for (let index = 0; index < 6; index += 1) sum += Number(sixDigits[index]) * (weights[index] as number);
  return sum;
}

/** Check digit of a ship IMO number from its first six digits. */
export function vesselImoCheckDigit(sixDigits: string): number {
  return weightedSum(sixDigits, vesselWeights) % 10;
}

/** Check digit of a company or registered-owner IMO number from its first six digits. */
export function companyImoCheckDigit(sixDigits: string): number {
  return (11 - (weightedSum(sixDigits, companyWeights) % 11)) % 10;
}

/** Seven digits with leading zeros restored, or undefined when the text cannot be an IMO number. */
export function compactImoNumber(text: string): string | undefined {
  const stripped = text.trim().toUpperCase().replace(/^IMO/, '').replace(/[\s.:#-]+/g, '');
  if (!/^\d{5,7}$/.test(stripped)) return undefined;
  return stripped.padStart(7, '0');
}

export function parseImoNumber(text: string): ImoNumber | undefined {
  const digits = compactImoNumber(text);
  if (digits === undefined || /^0+$/.test(digits)) return undefined;
  const body = digits.slice(0, 6);
  const check = Number(digits[6]);
  const schemes: ImoScheme[] = [];
  if (vesselImoCheckDigit(body) === check) schemes.push('vessel');
  if (companyImoCheckDigit(body) === check) schemes.push('company');
  return schemes.length > 0 ? { digits, schemes } : undefined;
}

/** Valid under either scheme. */
export function isValidImoNumber(text: string): boolean {
  return parseImoNumber(text) !== undefined;
}

export function isValidVesselImo(text: string): boolean {
  return parseImoNumber(text)?.schemes.includes('vessel') ?? false;
}

export function isValidCompanyImo(text: string): boolean {
  return parseImoNumber(text)?.schemes.includes('company') ?? false;
}

/** A valid ship IMO number (seven digits) from six leading digits. */
export function makeVesselImo(sixDigits: string | number): string {
  const body = typeof sixDigits === 'number' ? String(sixDigits).padStart(6, '0') : sixDigits;
  return `${body}${vesselImoCheckDigit(body)}`;
}

/** A valid company or registered-owner IMO number (seven digits) from six leading digits. */
export function makeCompanyImo(sixDigits: string | number): string {
  const body = typeof sixDigits === 'number' ? String(sixDigits).padStart(6, '0') : sixDigits;
  return `${body}${companyImoCheckDigit(body)}`;
}

/** "IMO 9126819"; undefined when the number is not valid under either scheme. */
export function formatImoNumber(text: string): string | undefined {
  const parsed = parseImoNumber(text);
  return parsed ? `IMO ${parsed.digits}` : undefined;
}
