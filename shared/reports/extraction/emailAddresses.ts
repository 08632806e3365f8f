import { atWordBoundary, mention, type FoundMention, type KnownTrader, type MentionExtractor } from './mention';
import { traderList } from './phoneNumbers';

/** E-mail addresses; one the manifests give for a trader links to that trader. */
const pattern = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}/g;

export const emailAddressExtractor: MentionExtractor = {
  kind: 'email',
  extract(text, lookups) {
    const found: FoundMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!atWordBoundary(text, start, end)) continue;
      const address = match[0].toLowerCase();
      const traders = lookups.tradersWithEmail(address);
      if (traders.length === 0) {
        found.push(mention(text, start, end, 'email', null, 0.9, 'an e-mail address; no trader of the manifests gives it'));
        continue;
      }
      const [trader] = traders as [KnownTrader];
      found.push(mention(text, start, end, 'email', { kind: 'trader', key: trader.entityId, label: trader.displayName },
        traders.length === 1 ? 0.95 : 0.6, `an e-mail address the manifests give for ${traderList(traders)}`));
    }
    return found;
  },
};
