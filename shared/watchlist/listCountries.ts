/**
 * Countries as lists write them ("PA", "Panama", "ru", "Iran"): to ISO 3166 alpha-2, or undefined
 * when the text names no country.
 */
import { findCountry } from '../reference';

function listCountry(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return findCountry(trimmed.length === 2 ? trimmed.toUpperCase() : trimmed)?.alpha2;
}

/** Distinct alpha-2 codes of the texts that name a country. */
export function listCountries(texts: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const text of texts) {
    const code = listCountry(text);
    if (code) codes.add(code);
  }
  return [...codes];
}
