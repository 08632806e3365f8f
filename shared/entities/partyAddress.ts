/**
 * A party address as written on a manifest (one free-text field), normalised for comparison:
 * folded, abbreviations spelled out (RD → ROAD, IND EST → INDUSTRIAL ESTATE), and a country
 * written at the end (UNITED KINGDOM, GB) taken out as an ISO alpha-2 code. The numbers (house,
 * unit, room, postcode digits) are kept apart: two premises on one street differ mostly there.
 */
import { countries, findCountry } from '../reference';
import { addressAbbreviations } from './addressVocabulary';
import { foldWords } from './textFolding';

export interface PartyAddress {
  readonly raw: string;
  /** The first two folded words as written (before abbreviations are spelled out). */
  readonly leadingWords: readonly string[];
  /** Canonical words without the trailing country. */
  readonly words: readonly string[];
  /** `words` joined: equal for two renderings that normalise alike. */
  readonly key: string;
  /** Words that contain a digit: house and unit numbers, postcodes. */
  readonly numbers: readonly string[];
  /** ISO 3166 alpha-2 of a country written at the end, if any. */
  readonly country?: string;
}

const abbreviationMap = new Map<string, string[]>(addressAbbreviations.map(([written, canonical]) => [written, canonical.split(' ')]));
const countryAliases = new Map<string, string>([['UAE', 'AE'], ['KOREA', 'KR'], ['REPUBLIC OF KOREA', 'KR'], ['HONGKONG', 'HK'], ['ENGLAND', 'GB'], ['SCOTLAND', 'GB'], ['WALES', 'GB']]);

const countryByText = new Map<string, string | null>();

function countryOf(words: readonly string[]): string | undefined {
  const text = words.join(' ');
  let known = countryByText.get(text);
  if (known === undefined) {
    known = lookUpCountry(words, text) ?? null;
    countryByText.set(text, known);
  }
  return known ?? undefined;
}

function lookUpCountry(words: readonly string[], text: string): string | undefined {
  if (/\d/.test(text)) return undefined;
  const alias = countryAliases.get(text);
  if (alias) return alias;
  const country = findCountry(text);
  if (!country) return undefined;
  if (words.length === 1 && text.length === 2) return country.alpha2 === text ? country.alpha2 : undefined;
  return text === country.alpha3 || text === country.numeric ? undefined : country.alpha2;
}

let countryWords: Set<string> | undefined;

/** Every word of every country name and code, folded: an address ending in another word names none. */
function isCountryWord(word: string): boolean {
  if (!countryWords) {
    countryWords = new Set(countryAliases.keys());
    for (const country of countries) for (const name of [country.alpha2, country.name, country.officialName, ...country.otherNames]) for (const part of foldWords(name)) countryWords.add(part);
  }
  return countryWords.has(word);
}

/** The country written at the end and how many words it takes. */
function trailingCountry(words: readonly string[]): { country: string; length: number } | undefined {
  if (words.length < 2 || !isCountryWord(words[words.length - 1] as string)) return undefined;
  let found: { country: string; length: number } | undefined;
  for (let length = 1; length <= Math.min(4, words.length - 1); length += 1) {
    const country = countryOf(words.slice(words.length - length));
    if (country) found = { country, length };
  }
  return found;
}

export function normalizePartyAddress(rawAddress: string): PartyAddress {
  const folded = foldWords(rawAddress);
  const found = trailingCountry(folded);
  const kept = found ? folded.slice(0, folded.length - found.length) : folded;
  const words: string[] = [];
  for (const word of kept) words.push(...(abbreviationMap.get(word) ?? [word]));
  const numbers = words.filter((word) => /\d/.test(word));
  const leadingWords = folded.slice(0, 2);
  const key = words.join(' ');
  return found ? { raw: rawAddress, leadingWords, words, key, numbers, country: found.country } : { raw: rawAddress, leadingWords, words, key, numbers };
}
