import { findCountry } from '../../reference';
import { keptAsWritten, normalisedFrom } from './fieldNormaliser';
import type { FieldNormaliserKind, Normalised } from './fieldNormaliser';

/**
 * Countries to ISO 3166-1 alpha-2, from alpha-2 ("CN"), alpha-3 ("CHN"), numeric ("156", "4") or
 * an English name in any of the spellings the reference list knows ("China", "Viet Nam", "UK").
 * A country it does not know (including withdrawn codes such as AN) is kept as written with a warning.
 */
export const countryNormaliserKind: FieldNormaliserKind = {
  kind: 'country',
  storedAs: 'ISO 3166-1 alpha-2',
  cacheable: true,
  create: () => ({
    kind: 'country',
    normalise(text: string): Normalised {
      const country = findCountry(text);
      if (country === undefined) return keptAsWritten(text, `not an ISO 3166 country code or name: "${text}"; kept as written`);
      return normalisedFrom(text, country.alpha2);
    },
  }),
};
