/**
 * The watchlist the analyst screens against: known offenders, facilitators and vessels of
 * interest planted by the schemes, a namesake decoy, and many entities that never trade in the
 * manifests, as real lists hold mostly names an office never meets.
 */
import { renderPremises } from './addresses';
import { makeCompanyStem } from './companyNames';
import { originCountries, importingCountry } from './countryProfiles';
import { csvDocument } from './csv';
import { makeCompanyImo, makeVesselImo } from '../domain/imoNumber';
import { canonicalCompanyName } from './legalForms';
import type { Rng } from './random';
import type { Company } from './traders';

export const watchlistHeaders = ['name', 'aliases', 'address', 'country', 'imo', 'reason', 'list'] as const;

export type WatchlistName = 'LOCAL TARGETING' | 'PARTNER AGENCY ALERT' | 'SANCTIONS' | 'VESSELS OF INTEREST';

export interface WatchlistEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly address: string;
  /** Alpha-2. */
  readonly country: string;
  /** Seven digits for vessels (ship scheme) and owners (company scheme), else empty. */
  readonly imo: string;
  readonly reason: string;
  readonly list: WatchlistName;
}

export function companyWatchlistEntry(company: Company, reason: string, list: WatchlistName, aliases: readonly string[] = []): WatchlistEntry {
  return { name: company.canonicalName, aliases, address: renderPremises(company.premises, 0), country: company.country, imo: '', reason, list };
}

const fillerReasons: readonly (readonly [WatchlistName, string])[] = [
  ['SANCTIONS', 'Asset freeze: designated entity'],
  ['SANCTIONS', 'Trade sanctions: procurement of controlled goods'],
  ['PARTNER AGENCY ALERT', 'Suspected excise fraud: tobacco'],
  ['PARTNER AGENCY ALERT', 'Suspected IPR infringement: counterfeit apparel'],
  ['LOCAL TARGETING', 'Previous seizure: undeclared alcohol'],
  ['LOCAL TARGETING', 'Missing trader: VAT registration revoked'],
  ['PARTNER AGENCY ALERT', 'Linked to drug importation investigation'],
];

const shadowFleetNames = ['OCEAN', 'SEA', 'STAR', 'GOLDEN', 'PACIFIC', 'NOBLE', 'GRACE', 'LUCKY', 'ROYAL', 'SILVER'];
const shadowFleetSecond = ['PIONEER', 'VOYAGER', 'HARMONY', 'FORTUNE', 'SPIRIT', 'EAGLE', 'PEARL', 'BREEZE', 'DAWN', 'LEGEND'];

/**
 * Vessels and their registered owners under sanctions (tankers of a shadow fleet): ship IMO numbers
 * and company IMO numbers, the two check-digit schemes. None calls at the UK container ports.
 */
function sanctionedFleet(count: number, rng: Rng): WatchlistEntry[] {
  const entries: WatchlistEntry[] = [];
  const used = new Set<string>();
  while (entries.length < count * 2) {
    const name = `${rng.pick(shadowFleetNames)} ${rng.pick(shadowFleetSecond)}`;
    if (used.has(name)) continue;
    used.add(name);
    const owner = `${name} SHIPPING ${rng.pick(['INC', 'LTD', 'CORP'])}`;
    entries.push(
      { name, aliases: rng.chance(0.5) ? [`${name} I`] : [], address: '', country: rng.pick(['PA', 'LR', 'MH', 'KM', 'CM']), imo: makeVesselImo(rng.int(900_000, 979_999)), reason: `Sanctioned vessel: ship-to-ship transfers; registered owner ${owner}`, list: 'VESSELS OF INTEREST' },
      { name: owner, aliases: [], address: rng.pick(['TRUST COMPANY COMPLEX, AJELTAKE ROAD, MAJURO', '80 BROAD STREET, MONROVIA', 'OFFICE 12, SEYCHELLES INTERNATIONAL TRADE ZONE']), country: rng.pick(['MH', 'LR', 'SC']), imo: makeCompanyImo(rng.int(500_000, 649_999)), reason: 'Registered owner of sanctioned vessels', list: 'SANCTIONS' },
    );
  }
  return entries;
}

/** Entities on the list that never appear in the manifests. */
export function fillerWatchlist(count: number, rng: Rng, takenNames: ReadonlySet<string>): WatchlistEntry[] {
  const entries: WatchlistEntry[] = sanctionedFleet(Math.max(2, Math.round(count / 20)), rng);
  const countries = [...originCountries, importingCountry];
  for (let attempt = 0; entries.length < count && attempt < count * 10; attempt += 1) {
    const profile = rng.pick(countries);
    const city = rng.pick(profile.cities);
    const stem = `${makeCompanyStem(profile.nameStyle, rng, ['TRADING', 'GENERAL TRADING', 'LOGISTICS', 'INDUSTRIES'], city.city)}`;
    const name = canonicalCompanyName({ stem, legalForm: rng.weighted(profile.legalForms) });
    if (takenNames.has(name) || entries.some((entry) => entry.name === name)) continue;
    const [list, reason] = rng.pick(fillerReasons);
    entries.push({
      name,
      aliases: rng.chance(0.3) ? [stem] : [],
      address: rng.chance(0.7) ? `${city.city}${city.region ? `, ${city.region}` : ''}, ${profile.addressCountry}` : '',
      country: profile.alpha2,
      imo: '',
      reason,
      list,
    });
  }
  return entries;
}

export function watchlistCsv(entries: readonly WatchlistEntry[]): string {
  return csvDocument(
    watchlistHeaders,
    entries.map((entry) => [entry.name, entry.aliases.join('; '), entry.address, entry.country, entry.imo, entry.reason, entry.list]),
  );
}
