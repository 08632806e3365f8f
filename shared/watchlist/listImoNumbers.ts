/**
 * IMO numbers in list fields and free text ("IMO 9126819", "Vessel Registration Identification
 * IMO 7406784", "Identification Number IMO 5342883"): every candidate with its check digit
 * tested under the ship and the company scheme (shared/domain).
 */
import { compactImoNumber, parseImoNumber } from '../domain/imoNumber';

export interface FoundImoNumbers {
  /** Seven digits each, valid under either scheme, in order of appearance. */
  readonly valid: string[];
  /** Problems with candidates that failed: "IMO 9289519 fails its check digit". */
  readonly problems: string[];
}

/** IMO numbers written after "IMO" in free text. */
export function imoNumbersInText(text: string): FoundImoNumbers {
  const valid: string[] = [];
  const problems: string[] = [];
  for (const match of text.matchAll(/\bIMO\b[\s.:#-]*(\d{5,8})\b/gi)) {
    const digits = match[1] as string;
    const parsed = digits.length <= 7 ? parseImoNumber(digits) : undefined;
    if (parsed) {
      if (!valid.includes(parsed.digits)) valid.push(parsed.digits);
    } else {
      problems.push(`IMO ${digits} fails its check digit`);
    }
  }
  return { valid, problems };
}

/** An IMO number field: empty, or one number (with or without "IMO"). */
export function imoNumberField(text: string): FoundImoNumbers {
  if (text.trim() === '') return { valid: [], problems: [] };
  const parsed = parseImoNumber(text);
  if (parsed) return { valid: [parsed.digits], problems: [] };
  return { valid: [], problems: [`IMO field "${text.trim()}" is not a valid IMO number${compactImoNumber(text) ? ' (check digit fails)' : ''}`] };
}

/**
 * The IMO number a free-text field most likely means: the first valid number written after
 * "IMO", else the first group of five to seven digits that is valid ("MMSI 373817000, 912681"
 * → 0912681); undefined when there is none.
 */
export function likeliestImoNumber(text: string): string | undefined {
  const labelled = imoNumbersInText(text).valid[0];
  if (labelled) return labelled;
  for (const match of text.matchAll(/(?<!\d)(\d{5,7})(?!\d)/g)) {
    const parsed = parseImoNumber(match[1] as string);
    if (parsed) return parsed.digits;
  }
  return undefined;
}
