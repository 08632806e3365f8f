import { allSeaports, findSeaport, type Seaport } from '../../reference/seaports';
import { atWordBoundary, crossesLine, mention, wordSpans, type FoundMention, type MentionExtractor } from './mention';

/**
 * Seaports of the reference data by UN/LOCODE ("CNSHA", "CN SHA") and by name or alias
 * ("Southampton", "Port Klang", "Long Beach"). A code must be written in capitals; in a line
 * written all in capitals it might be a word, so it counts less unless it follows "port",
 * "UN/LOCODE", "POL" or "POD" or is in brackets. A name must start with a capital.
 */
const codePattern = /\b([A-Z]{2}) ?([A-Z2-9]{3})\b/g;
const codeContext = /(?:\b(?:port|UN\/?LOCODE|LOCODE|POL|POD|from|to|via)\s*[:(]?\s*|\()$/i;
const maxNameWords = 4;

let namesIndex: Map<string, Seaport[]> | undefined;

function foldPortName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function portNames(): Map<string, Seaport[]> {
  if (namesIndex) return namesIndex;
  const map = new Map<string, Seaport[]>();
  for (const seaport of allSeaports()) {
    for (const name of [seaport.name, ...seaport.aliases]) {
      const key = foldPortName(name);
      if (key.length < 4) continue;
      const list = map.get(key) ?? [];
      if (!list.some((other) => other.unlocode === seaport.unlocode)) list.push(seaport);
      map.set(key, list);
    }
  }
  namesIndex = map;
  return map;
}

const describe = (seaport: Seaport): string => `${seaport.name} (${seaport.unlocode})`;

export const seaportExtractor: MentionExtractor = {
  kind: 'port',
  extract(text, lookups) {
    const found: FoundMention[] = [];
    const used = lookups.manifestPorts();
    for (const match of text.matchAll(codePattern)) {
      const seaport = findSeaport(`${match[1] as string}${match[2] as string}`);
      if (seaport === undefined) continue;
      const start = match.index;
      const end = start + match[0].length;
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const lineEnd = text.indexOf('\n', end);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      const inContext = codeContext.test(text.slice(Math.max(0, start - 16), start));
      const capitalsLine = line === line.toUpperCase();
      const confidence = (inContext ? 0.9 : capitalsLine ? 0.35 : 0.75) + (used.has(seaport.unlocode) ? 0.05 : 0);
      found.push(mention(text, start, end, 'port', { kind: 'port', key: seaport.unlocode, label: describe(seaport) }, confidence,
        `UN/LOCODE of ${describe(seaport)}${inContext ? ', written as a port' : capitalsLine ? ', in a line all in capitals (it may be a word)' : ''}${used.has(seaport.unlocode) ? '; a port of the manifests' : ''}`));
    }
    const names = portNames();
    const words = wordSpans(text);
    for (let first = 0; first < words.length; first += 1) {
      const firstWord = words[first] as { start: number; text: string };
      if (!/^\p{Lu}/u.test(firstWord.text)) continue;
      for (let count = Math.min(maxNameWords, words.length - first); count >= 1; count -= 1) {
        const start = firstWord.start;
        const end = (words[first + count - 1] as { end: number }).end;
        if (crossesLine(text, start, end)) continue;
        const written = text.slice(start, end).replace(/\.$/, '');
        const ports = names.get(foldPortName(written));
        if (ports === undefined || !atWordBoundary(text, start, start + written.length)) continue;
        // Ports of the manifests first; of two names of one port (CNQIN, CNTAO), the one the other lists as its alternative.
        const ranked = [...ports].sort((left, right) => Number(used.has(right.unlocode)) - Number(used.has(left.unlocode)) || right.alternativeUnlocodes.length - left.alternativeUnlocodes.length);
        const port = ranked[0] as Seaport;
        const inManifests = used.has(port.unlocode);
        const capitals = written === written.toUpperCase();
        // A town in capitals after a comma, naming no port of the manifests, is the end of an address ("..., CROYDON").
        if (!inManifests && capitals && /,\s*$/.test(text.slice(Math.max(0, start - 3), start))) break;
        const ambiguous = ports.filter((other) => !port.alternativeUnlocodes.includes(other.unlocode) && other.unlocode !== port.unlocode).length > 0;
        const confidence = (capitals && count === 1 ? 0.6 : 0.8) - (ambiguous && !inManifests ? 0.2 : 0) + (inManifests ? 0.1 : 0);
        const others = ports.length > 1 ? `; ${ports.length} seaports have this name (${ports.slice(0, 3).map(describe).join(', ')})` : '';
        found.push(mention(text, start, start + written.length, 'port', { kind: 'port', key: port.unlocode, label: describe(port) }, confidence,
          `the name of the seaport ${describe(port)}${inManifests ? ', a port of the manifests' : ''}${others}`));
        first += count - 1;
        break;
      }
    }
    return found;
  },
};
