/**
 * ISO 3166-1 countries: alpha-2, alpha-3 and numeric codes with English names.
 * Source and licence: SOURCES.md.
 */
import countryData from './data/countries.json';

export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  /** Three digits with leading zeros: "004". */
  readonly numeric: string;
  /** The short common name (CLDR): "China", "UK", "South Korea". */
  readonly name: string;
  /** The official English name: "United Kingdom of Great Britain and Northern Ireland". */
  readonly officialName: string;
  /** Further spellings met in trade data: "Viet Nam", "Iran, Islamic Republic of". */
  readonly otherNames: readonly string[];
}

type CountryRow = readonly [string, string, string, string, string, readonly string[]];

export const countries: readonly Country[] = (countryData as unknown as readonly CountryRow[]).map(
  ([alpha2, alpha3, numeric, name, officialName, otherNames]) => ({ alpha2, alpha3, numeric, name, officialName, otherNames }),
);

/** Folds a country name for lookup: case, accents, punctuation, a leading "the" and spacing. */
export function foldCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

let indexes: { alpha2: Map<string, Country>; alpha3: Map<string, Country>; numeric: Map<string, Country>; name: Map<string, Country> } | undefined;

function lookup() {
  if (indexes) return indexes;
  const built = { alpha2: new Map<string, Country>(), alpha3: new Map<string, Country>(), numeric: new Map<string, Country>(), name: new Map<string, Country>() };
  for (const country of countries) {
    built.alpha2.set(country.alpha2, country);
    built.alpha3.set(country.alpha3, country);
    built.numeric.set(country.numeric, country);
    for (const name of [country.name, country.officialName, ...country.otherNames]) {
      const folded = foldCountryName(name);
      if (!built.name.has(folded)) built.name.set(folded, country);
    }
  }
  indexes = built;
  return built;
}

/**
 * A country by alpha-2 ("CN"), alpha-3 ("CHN"), numeric ("156", "4") or English name
 * ("China", "people's republic of china"); undefined when none matches.
 */
export function findCountry(codeOrName: string): Country | undefined {
  const text = codeOrName.trim();
  if (text === '') return undefined;
  const index = lookup();
  if (/^\d{1,3}$/.test(text)) return index.numeric.get(text.padStart(3, '0'));
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return index.alpha2.get(upper) ?? index.name.get(foldCountryName(text));
  if (/^[A-Z]{3}$/.test(upper)) return index.alpha3.get(upper) ?? index.name.get(foldCountryName(text));
  return index.name.get(foldCountryName(text));
}

export function isKnownCountryCode(alpha2: string): boolean {
  return lookup().alpha2.has(alpha2);
}
