/**
 * ISO 6346 container numbers: a three-letter owner code, an equipment category identifier
 * (U freight container, J detachable freight-container-related equipment, Z trailer or chassis),
 * a six-digit serial number and a check digit, e.g. "MSKU 601167 2".
 *
 * Product policy, where the public validators disagree:
 *  - the check digit is required: a 10-character owner+serial without it is not a container number;
 *  - spaces and hyphens inside the number are ignored and lower case is accepted ("tasu117 000 0",
 *    "MS KU 601 1672", "MSKU-601167-2"), because manifests write the number every way.
 */

export const containerEquipmentCategories = ['U', 'J', 'Z'] as const;
export type ContainerEquipmentCategory = (typeof containerEquipmentCategories)[number];

export interface ContainerNumber {
  /** Owner code: three letters registered with the BIC ("MSK"). */
  readonly ownerCode: string;
  readonly equipmentCategory: ContainerEquipmentCategory;
  /** Six digits. */
  readonly serialNumber: string;
  readonly checkDigit: number;
  /** The compact eleven-character form, "MSKU6011672". */
  readonly compact: string;
}

const compactPattern = /^([A-Z]{3})([UJZ])(\d{6})(\d)$/;
const prefixPattern = /^[A-Z]{3}[UJZ]\d{6}$/;

/** Letter values skip 11, 22 and 33 (multiples of 11): A=10, B=12 ... K=21, L=23 ... U=32, V=34 ... Z=38. */
function characterValue(character: string): number {
  const code = character.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  const offset = code - 65;
  let value = 10 + offset;
  value += Math.floor((value - 1) / 10); // skip 11, 22, 33
  return value;
}

/** Removes spaces and hyphens and upper-cases: the form every other function works on. */
export function compactContainerNumber(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * The check digit of the first ten characters (owner code, category, serial): each character's value
 * times 2^position, summed, modulo 11; a remainder of 10 is written as 0.
 */
export function containerCheckDigit(ownerCategorySerial: string): number {
  const prefix = compactContainerNumber(ownerCategorySerial);
  if (!prefixPattern.test(prefix)) {
    throw new RangeError(`Not an ISO 6346 owner code, category and serial: "${ownerCategorySerial}"`);
  }
  let sum = 0;
  for (let position = 0; position < 10; position += 1) {
    sum += characterValue(prefix[position] as string) * 2 ** position;
  }
  return (sum % 11) % 10;
}

/** Parses and validates; undefined when the text is not a valid ISO 6346 container number. */
export function parseContainerNumber(text: string): ContainerNumber | undefined {
  const compact = compactContainerNumber(text);
  const match = compactPattern.exec(compact);
  if (!match) return undefined;
  const [, ownerCode, category, serialNumber, checkText] = match as unknown as [string, string, ContainerEquipmentCategory, string, string];
  const checkDigit = Number(checkText);
  if (containerCheckDigit(compact.slice(0, 10)) !== checkDigit) return undefined;
  return { ownerCode, equipmentCategory: category, serialNumber, checkDigit, compact };
}

export function isValidContainerNumber(text: string): boolean {
  return parseContainerNumber(text) !== undefined;
}

/** Builds a valid container number from its owner code (3 letters), category and serial. */
export function makeContainerNumber(ownerCode: string, equipmentCategory: ContainerEquipmentCategory, serial: number | string): string {
  const serialNumber = typeof serial === 'number' ? String(serial).padStart(6, '0') : serial;
  const prefix = `${ownerCode.toUpperCase()}${equipmentCategory}${serialNumber}`;
  return `${prefix}${containerCheckDigit(prefix)}`;
}

/** The printed form with spaces, "MSKU 601167 2"; undefined when the number is not valid. */
export function formatContainerNumber(text: string): string | undefined {
  const parsed = parseContainerNumber(text);
  if (!parsed) return undefined;
  return `${parsed.ownerCode}${parsed.equipmentCategory} ${parsed.serialNumber} ${parsed.checkDigit}`;
}
