/**
 * Decoy: a watch-listed namesake. A sanctioned or alerted entity abroad has nearly the name of an
 * established, lawful UK importer (same words, another legal form, another country and address).
 */
import { canonicalCompanyName } from '../legalForms';
import type { Company } from '../traders';
import type { TradeLane } from '../tradeLanes';
import type { WatchlistEntry } from '../watchlist';
import type { PlantedScheme } from './types';

const namesakes = [
  { country: 'AE', legalForm: 'FZE', city: 'SHARJAH, UNITED ARAB EMIRATES', list: 'SANCTIONS', reason: 'Trade sanctions: procurement of controlled goods' },
  { country: 'TR', legalForm: 'TR_LTD_STI', city: 'ISTANBUL, TURKEY', list: 'PARTNER AGENCY ALERT', reason: 'Suspected diversion of dual-use goods' },
  { country: 'HK', legalForm: 'HK_LIMITED', city: 'KWUN TONG, KOWLOON, HONG KONG', list: 'SANCTIONS', reason: 'Asset freeze: designated entity' },
] as const;

export const watchlistNamesakeDecoy: PlantedScheme = {
  id: 'watchlist-namesake',
  kind: 'decoy',
  title: 'Watch-listed namesake of a lawful importer',
  description: 'A watch-listed entity abroad shares the distinctive words of a lawful UK importer\'s name but has another legal form, country and address.',
  share: 0,
  minimumLines: 0,
  plant({ rng, world }) {
    const candidates = world.lanes.lanes.filter((lane) => lane.consignee.kind === 'importer' && lane.decoyId === undefined && lane.importer.role === 'importer');
    const count = Math.min(candidates.length, Math.max(1, Math.round(world.lines / 250_000)));
    const chosen = new Set<Company>();
    const watchlist: WatchlistEntry[] = [];
    for (const lane of rng.sample(candidates, count * 3)) {
      if (chosen.size >= count || chosen.has(lane.importer)) continue;
      const namesake = rng.pick(namesakes);
      const name = canonicalCompanyName({ stem: lane.importer.name.stem, legalForm: namesake.legalForm });
      if (world.register.isTaken(name)) continue;
      chosen.add(lane.importer);
      watchlist.push({ name, aliases: [], address: `${rng.int(1, 900)} ${rng.pick(['INDUSTRIAL AREA', 'TRADE CENTRE', 'COMMERCIAL TOWER'])}, ${namesake.city}`, country: namesake.country, imo: '', reason: namesake.reason, list: namesake.list });
    }
    const lanes: TradeLane[] = world.lanes.lanes.filter((lane) => chosen.has(lane.importer));
    return { bills: [], watchlist, reports: [], companies: [...chosen], lanes };
  },
};
