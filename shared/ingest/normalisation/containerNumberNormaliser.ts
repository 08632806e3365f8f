import { keptAsWritten, normalisedFrom } from './fieldNormaliser';
import type { FieldNormaliserKind, Normalised } from './fieldNormaliser';

/**
 * Container numbers (ISO 6346) to their compact eleven-character form ("MSKU 601167-2" is
 * MSKU6011672). A number whose check digit does not match is stored (compact) with a warning: it
 * may be a typing error, or a number made up. Anything else that is not a container number
 * (missing check digit, wrong category letter, several numbers in one field) is kept as written
 * with a warning.
 */
export const containerNumberNormaliserKind: FieldNormaliserKind = {
  kind: 'containerNumber',
  storedAs: 'ISO 6346, compact (MSKU6011672)',
  cacheable: false,
  create: () => ({ kind: 'containerNumber', normalise: normaliseContainerNumberText }),
};

const compactForm = /^[A-Z]{3}[UJZ]\d{7}$/;
const spacing = /[\s-]+/g;

export function normaliseContainerNumberText(text: string): Normalised {
  const written = compactForm.test(text);
  const compact = written ? text : text.replace(spacing, '').toUpperCase();
  if (written || compactForm.test(compact)) {
    const expected = checkDigitOf(compact);
    const digit = compact.charCodeAt(10) - 48;
    if (digit === expected) return normalisedFrom(text, compact);
    return normalisedFrom(text, compact, `container number "${text}": check digit ${digit} does not match (ISO 6346 gives ${expected}); number kept`);
  }
  return keptAsWritten(text, `not an ISO 6346 container number: "${text}" ${malformation(compact)}; kept as written`);
}

/** ISO 6346 letter values (A=10, B=12 ... skipping multiples of 11), by character code. */
const characterValues: readonly number[] = Array.from({ length: 91 }, (_, code) => (code >= 48 && code <= 57 ? code - 48 : code >= 65 ? containerCheckDigitValue(code) : 0));

function containerCheckDigitValue(code: number): number {
  const value = 10 + code - 65;
  return value + Math.floor((value - 1) / 10);
}

/** The check digit of a compact number already known to match compactForm (the same as containerCheckDigit, without its checks). */
function checkDigitOf(compact: string): number {
  let sum = 0;
  for (let position = 0, weight = 1; position < 10; position++, weight *= 2) sum += (characterValues[compact.charCodeAt(position)] as number) * weight;
  return (sum % 11) % 10;
}

function malformation(compact: string): string {
  if (/^[A-Z]{3}[UJZ]\d{6}$/.test(compact)) return '(no check digit)';
  if (/^[A-Z]{4}\d{7}$/.test(compact)) return `(category letter ${compact[3]} is not U, J or Z)`;
  if (/^(?:[A-Z]{4}\d{7}\W*){2,}$/.test(compact.replace(/[,;/]/g, ' '))) return '(several numbers in one field)';
  return '(owner code, category letter, six digits and a check digit expected)';
}
