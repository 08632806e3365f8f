import { crossesLine, mention, wordSpans, type FoundMention, type KnownVessel, type MentionExtractor } from './mention';

/**
 * Names of the vessels of the workspace's manifests, in any case ("MV CMA CGM RAVEL",
 * "M/V Cma Cgm Ravel", "the vessel COSCO PEGASUS"). A one-word name is taken only after a vessel
 * prefix (MV, M/V, MS, MT, vessel, ship) or written in capitals, and at a lower confidence.
 */
const maxNameWords = 6;
const prefixPattern = /(?:\b(?:MV|M\/V|M\.V\.|MS|M\/S|MT|M\/T|SS|vessel|ship)\s+)$/i;

function foldName(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
}

export const vesselNameExtractor: MentionExtractor = {
  kind: 'vessel',
  extract(text, lookups) {
    const byName = new Map<string, KnownVessel>();
    for (const vessel of lookups.vessels()) {
      const key = foldName(vessel.name);
      const previous = byName.get(key);
      if (key.length >= 3 && (previous === undefined || previous.bills < vessel.bills)) byName.set(key, vessel);
    }
    if (byName.size === 0) return [];
    const words = wordSpans(text);
    const found: FoundMention[] = [];
    for (let first = 0; first < words.length; first += 1) {
      for (let count = Math.min(maxNameWords, words.length - first); count >= 1; count -= 1) {
        const start = (words[first] as { start: number }).start;
        const end = (words[first + count - 1] as { end: number }).end;
        if (crossesLine(text, start, end)) continue;
        const written = text.slice(start, end).replace(/\.$/, '');
        const vessel = byName.get(foldName(written));
        if (vessel === undefined) continue;
        const prefixed = prefixPattern.test(text.slice(Math.max(0, start - 12), start));
        const capitals = written === written.toUpperCase();
        if (count === 1 && !prefixed && !capitals) continue;
        const confidence = (count > 1 ? 0.85 : 0.55) + (prefixed ? 0.1 : 0) + (capitals ? 0.03 : 0);
        const key = vessel.imo ?? vessel.name;
        const label = vessel.imo === null ? vessel.name : `${vessel.name} (IMO ${vessel.imo})`;
        const how = [prefixed ? 'after a vessel prefix' : null, count === 1 ? 'a one-word name' : null].filter((part) => part !== null).join(', ');
        found.push(mention(text, start, start + written.length, 'vessel', { kind: 'vessel', key, label }, Math.min(confidence, 0.98),
          `the name of a vessel of ${vessel.bills} ${vessel.bills === 1 ? 'bill' : 'bills'} in the manifests${how === '' ? '' : ` (${how})`}`));
        first += count - 1;
        break;
      }
    }
    return found;
  },
};
