import { companyImoCheckDigit, parseImoNumber, vesselImoCheckDigit } from '../../domain/imoNumber';
import { mention, type FoundMention, type MentionExtractor } from './mention';

/**
 * IMO numbers after "IMO" ("IMO 9209324", "IMO No. 9209324", "IMO: 9209324", "IMO#9209324"):
 * a ship number (check digit of the ship scheme) links to the vessel of the manifests, a company
 * or registered-owner number (the company scheme) to the watchlist entries listing it. The span
 * is the seven digits.
 */
const pattern = /\bIMO(?:\s*(?:No\.?|Number|nr\.?))?\s*[:#.]?\s*(\d{7})(?!\d)/gi;

export const imoNumberExtractor: MentionExtractor = {
  kind: 'imo-number',
  extract(text, lookups) {
    const found: FoundMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const digits = match[1] as string;
      const start = match.index + match[0].length - digits.length;
      const end = start + digits.length;
      const parsed = parseImoNumber(digits);
      if (parsed === undefined) {
        const ship = vesselImoCheckDigit(digits.slice(0, 6));
        const company = companyImoCheckDigit(digits.slice(0, 6));
        found.push(mention(text, start, end, 'imo-number', null, 0.3, `written as an IMO number, but its check digit ${digits[6]} agrees with neither scheme (ship ${ship}, company ${company})`));
        continue;
      }
      const vessel = parsed.schemes.includes('vessel') ? lookups.vesselByImo(digits) : null;
      const listed = lookups.listedWithImo(digits);
      if (vessel !== null) {
        found.push(mention(text, start, end, 'imo-number', { kind: 'vessel', key: digits, label: `${vessel.name} (IMO ${digits})` }, 0.97, `ship IMO number with a valid check digit; the vessel ${vessel.name} of ${vessel.bills} ${vessel.bills === 1 ? 'bill' : 'bills'}`));
      } else if (listed.length > 0) {
        const party = listed[0] as (typeof listed)[number];
        found.push(mention(text, start, end, 'imo-number', { kind: 'watchlist-entry', key: String(party.id), label: `${party.name} (${party.listName})` }, 0.95, `${parsed.schemes.join(' and ')} IMO number with a valid check digit, listed on ${party.listName} for ${party.name}`));
      } else {
        const scheme = parsed.schemes.length === 2 ? 'ship or company' : (parsed.schemes[0] as string) === 'vessel' ? 'ship' : 'company';
        found.push(mention(text, start, end, 'imo-number', null, 0.7, `${scheme} IMO number with a valid check digit; no vessel of the manifests or watchlist entry has it`));
      }
    }
    return found;
  },
};
