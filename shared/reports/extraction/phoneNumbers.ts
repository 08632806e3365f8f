import { normalizePhoneNumber } from '../../entities/phoneNumbers';
import { atWordBoundary, mention, type FoundMention, type KnownTrader, type MentionExtractor } from './mention';

/**
 * Telephone numbers in the ways manifests and officers write them ("+44 20 7946 0958",
 * "0044-20-79460958", "TEL: 442079460958", "020 7946 0958", "+44 (0)20 79460958"): eight to
 * fifteen digits, taken when written internationally (+, 00) or after a word saying it is a
 * number (tel, phone, mobile, fax, contact number). A number the manifests give for a trader
 * links to that trader.
 */
const pattern = /\+?\(?\d[\d \-().]{5,22}\d/g;
const contextPattern = /(?:\b(?:tel|telephone|phone|mobile|mob|fax|cell|whatsapp|number|no)\b\.?\s*(?:number|no\.?)?\s*(?:is\s*)?[:.]?\s*)$/i;

export function traderList(traders: readonly KnownTrader[]): string {
  const named = traders.slice(0, 3).map((trader) => `${trader.displayName} (${trader.entityId})`).join(', ');
  return traders.length > 3 ? `${named} and ${traders.length - 3} more` : named;
}

export const phoneNumberExtractor: MentionExtractor = {
  kind: 'phone',
  extract(text, lookups) {
    const found: FoundMention[] = [];
    for (const match of text.matchAll(pattern)) {
      let written = match[0];
      const start = match.index;
      // A closing bracket belongs to the number only when it opened one.
      while (written.endsWith(')') && !written.includes('(')) written = written.slice(0, -1);
      const end = start + written.length;
      if (!atWordBoundary(text, start, end) || /[\r\n]/.test(written)) continue;
      const digitCount = (written.match(/\d/g) ?? []).length;
      if (digitCount < 8 || digitCount > 15) continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(written) || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(written)) continue;
      const international = /^(?:\+|00)/.test(written);
      const named = contextPattern.test(text.slice(Math.max(0, start - 30), start));
      if (!international && !named) continue;
      const phone = normalizePhoneNumber(written);
      if (phone === undefined) continue;
      const traders = lookups.tradersWithPhone(phone.digits);
      const how = [international ? 'written internationally' : null, named ? 'after a word naming a number' : null].filter((part) => part !== null).join(' and ');
      if (traders.length === 0) {
        found.push(mention(text, start, end, 'phone', null, named ? 0.8 : 0.65, `a telephone number (${how}); no trader of the manifests gives it`));
        continue;
      }
      const [trader] = traders as [KnownTrader];
      found.push(mention(text, start, end, 'phone', { kind: 'trader', key: trader.entityId, label: trader.displayName },
        traders.length === 1 ? 0.92 : 0.6, `a telephone number (${how}) the manifests give for ${traderList(traders)}`));
    }
    return found;
  },
};
