/**
 * Freight forwarders and NVOCCs in the importing country: they clear goods for many unrelated
 * importers (notify party or consignee on the carrier's bill) and consolidate small shipments,
 * issuing their own house bills under the carrier's master bill (LCL groupage).
 */
import { forwarderStems } from './companyNames';
import { importingCountry } from './countryProfiles';
import type { Rng } from './random';
import type { CompanyRegister, Company } from './traders';

export interface Forwarder {
  readonly company: Company;
  /** Four letters that start the forwarder's house B/L numbers. */
  readonly housePrefix: string;
}

export function makeForwarders(register: CompanyRegister, count: number, rng: Rng): Forwarder[] {
  const stems = rng.sample(forwarderStems, Math.min(count, forwarderStems.length));
  const prefixes = new Set<string>();
  return stems.map((stem) => {
    const company = register.register({ role: 'forwarder', country: importingCountry.alpha2, tradeWords: ['FREIGHT'], stem, legalForm: 'LTD' });
    const initials = stem.replace(/[^A-Z ]/g, '').split(' ').filter(Boolean).map((word) => word[0]).join('');
    let prefix = `${initials}${stem.replace(/[^A-Z]/g, '')}`.slice(0, 4).padEnd(4, 'X');
    while (prefixes.has(prefix)) prefix = `${prefix.slice(0, 3)}${String.fromCharCode(65 + rng.int(0, 25))}`;
    prefixes.add(prefix);
    return { company, housePrefix: prefix };
  });
}
