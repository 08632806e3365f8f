import { compareNames, type ComparableName } from '../../entities/nameSimilarity';
import { legalForms } from '../../entities/legalForms';
import { nameFingerprint, normalizePartyName } from '../../entities/partyName';
import { phoneticKey } from '../../entities/phoneticKeys';
import { TokenWeights } from '../../entities/tokenWeights';
import { foldText, foldWords } from '../../entities/textFolding';
import { crossesLine, mention, wordSpans, type FoundMention, type KnownTrader, type ListedParty, type MentionExtractor, type TraderNameSource } from './mention';

/**
 * Trader names: every raw name of the resolved traders and every name and alias of the
 * watchlists, normalised as party names are (case, punctuation, legal forms and their spellings,
 * abbreviations of trade: shared/entities), looked up for each run of words of the text that
 * starts with a capital or a digit. Variants are tolerated in steps, each less sure: the name as
 * written, the same normalised name (CO., LTD. for COMPANY LIMITED, INTL for INTERNATIONAL), the
 * same words in another order, words misspelt (sound-alike candidates, then word similarity).
 * A name several traders share links to the one with the most occurrences, less surely.
 */
const maxNameWords = 10;

interface NamedSubject {
  readonly folded: string;
  readonly trader: KnownTrader | null;
  readonly listed: ListedParty | null;
}

interface NameIndex {
  readonly byBase: Map<string, NamedSubject[]>;
  readonly byFingerprint: Map<string, NamedSubject[]>;
  /** Each distinct normalised name once, for near spellings. */
  readonly names: { readonly base: string; readonly comparable: ComparableName }[];
  /** Positions in `names` by sound-alike key of each word. */
  readonly postings: Map<string, number[]>;
  readonly weights: TokenWeights;
}

/** Postings longer than this are skipped for all but a name's rarest word (COMPANY, TRADING). */
const commonWordPostings = 1500;
/** Mean similarity of the paired words a near spelling needs. */
const nearSpelling = 0.9;

let legalFormWordSet: Set<string> | undefined;
/** Words of legal-form spellings (LIMITED, CO, GMBH): a listed or stored name may keep one the normaliser could not peel off (cut short after it). */
function legalFormWords(): Set<string> {
  legalFormWordSet ??= new Set(legalForms.flatMap((form) => form.spellings.flatMap((spelling) => foldText(spelling).split(' '))));
  return legalFormWordSet;
}

const indexes = new WeakMap<TraderNameSource, NameIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function nameIndex(source: TraderNameSource): NameIndex {
  const cached = indexes.get(source);
  if (cached) return cached;
  const index: NameIndex = { byBase: new Map(), byFingerprint: new Map(), names: [], postings: new Map(), weights: new TokenWeights() };
  const add = (written: string, subject: Omit<NamedSubject, 'folded'>): void => {
    const name = normalizePartyName(written);
    if (name.placeholder || name.base.length < 4) return;
    const entry = { folded: foldText(written), ...subject };
    if (!index.byBase.has(name.base)) {
      for (const key of new Set(name.words.map(phoneticKey))) push(index.postings, key, index.names.length);
      index.names.push({ base: name.base, comparable: name });
      index.weights.add(name.words);
    }
    push(index.byBase, name.base, entry);
    if (name.words.length > 1) push(index.byFingerprint, nameFingerprint(name), entry);
  };
  for (const { rawName, trader } of source.traderNames) add(rawName, { trader, listed: null });
  for (const { written, party } of source.listedNames) add(written, { trader: null, listed: party });
  indexes.set(source, index);
  return index;
}

interface NameMatch {
  readonly subjects: readonly NamedSubject[];
  readonly confidence: number;
  readonly how: string;
  /** Of the subjects, those writing the name exactly so (surer). */
  readonly asWritten?: readonly NamedSubject[];
}

function lookUp(index: NameIndex, written: string): NameMatch | null {
  const name = normalizePartyName(written);
  if (name.placeholder || name.base.length < 4) return null;
  const folded = foldText(written);
  const exact = index.byBase.get(name.base);
  if (exact !== undefined) {
    return { subjects: exact, confidence: 0.88, how: `the same name once legal forms and abbreviations are read (${name.base})`, asWritten: exact.filter((subject) => subject.folded === folded) };
  }
  if (name.words.length > 1) {
    const reordered = index.byFingerprint.get(nameFingerprint(name));
    if (reordered !== undefined) return { subjects: reordered, confidence: 0.78, how: 'the same words in another order' };
  }
  // Near spellings only for a run that reads as a name: two words or more, in capitals or ending with a legal form.
  if (name.words.length < 2 || (folded !== written.trim() && name.legalForms.length === 0)) return null;
  const lists = [...new Set(name.words.map(phoneticKey))].map((key) => index.postings.get(key) ?? []).filter((list) => list.length > 0).sort((a, b) => a.length - b.length);
  const candidates = new Set<number>();
  lists.forEach((list, position) => {
    if (position === 0 || list.length <= commonWordPostings) for (const candidate of list) candidates.add(candidate);
  });
  let best: { base: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    const other = index.names[candidate] as NameIndex['names'][number];
    // Every word of the text paired with one of the name; the name's other words only legal forms or cut off.
    const comparison = compareNames(name, other.comparable, index.weights);
    if (comparison.unmatchedLeft.length > 0 || comparison.pairs.length < 2 || comparison.unmatchedRight.some((word) => !legalFormWords().has(word))) continue;
    const similarity = comparison.pairs.reduce((sum, pair) => sum + pair.similarity, 0) / comparison.pairs.length;
    if (similarity >= nearSpelling && (best === null || similarity > best.similarity)) best = { base: other.base, similarity };
  }
  if (best === null) return null;
  return { subjects: index.byBase.get(best.base) ?? [], confidence: 0.78 * best.similarity, how: `a near spelling of ${best.base} (words agree at ${best.similarity.toFixed(2)})` };
}

function subjectName(subject: NamedSubject): string {
  return subject.trader !== null ? `${subject.trader.displayName} (${subject.trader.entityId})` : `${subject.listed?.name ?? ''} on ${subject.listed?.listName ?? ''}`;
}

export const traderNameExtractor: MentionExtractor = {
  kind: 'trader',
  extract(text, lookups) {
    const source = lookups.traderNames();
    if (source.traderNames.length === 0 && source.listedNames.length === 0) return [];
    const index = nameIndex(source);
    const words = wordSpans(text);
    const found: FoundMention[] = [];
    for (let first = 0; first < words.length; first += 1) {
      const firstWord = words[first] as { start: number; text: string };
      if (!/^[\p{Lu}\p{N}]/u.test(firstWord.text)) continue;
      for (let count = Math.min(maxNameWords, words.length - first); count >= 1; count -= 1) {
        const start = firstWord.start;
        const lastWord = words[first + count - 1] as { end: number; text: string };
        // A full stop after a long word ends the sentence; after LTD, CO or INC it is the abbreviation's.
        const end = lastWord.text.endsWith('.') && lastWord.text.replace(/[^\p{L}]/gu, '').length > 4 ? lastWord.end - 1 : lastWord.end;
        if (crossesLine(text, start, end)) continue;
        const written = text.slice(start, end);
        // A name is written with capitals: its last word too.
        if (!/^[\p{Lu}\p{N}]/u.test((words[first + count - 1] as { text: string }).text)) continue;
        const found_ = lookUp(index, written);
        if (found_ === null) continue;
        // A trader of the manifests comes before a listed name; of either, those writing it exactly so, surer.
        const writtenTraders = found_.asWritten?.filter((subject) => subject.trader !== null) ?? [];
        const writtenListed = found_.asWritten?.filter((subject) => subject.listed !== null) ?? [];
        const hasTrader = found_.subjects.some((subject) => subject.trader !== null);
        const exactly = hasTrader ? writtenTraders.length > 0 : writtenListed.length > 0;
        const match: NameMatch = exactly
          ? { subjects: [...(hasTrader ? writtenTraders : writtenListed), ...found_.subjects.filter((subject) => subject.listed !== null)], confidence: 0.95, how: 'the name as the manifests or the list write it' }
          : found_;
        // The run starts with the name ("And SHENZHEN ..." is left to the run after "And").
        const name = normalizePartyName(written);
        if (foldText(firstWord.text) !== name.words[0] && !name.legalForms.some((form) => form.at === 'start')) continue;
        // ... and ends with it: no text the normaliser set aside as address or contact details.
        const lastFolded = foldWords(written).at(-1) ?? '';
        if (name.spilledAddress !== '' || (!name.words.includes(lastFolded) && !legalFormWords().has(lastFolded))) continue;
        const traders = [...new Map(match.subjects.flatMap((subject) => (subject.trader === null ? [] : [[subject.trader.entityId, subject.trader] as const]))).values()]
          .sort((left, right) => right.occurrences - left.occurrences || left.entityId.localeCompare(right.entityId));
        const listed = [...new Map(match.subjects.flatMap((subject) => (subject.listed === null ? [] : [[subject.listed.id, subject.listed] as const]))).values()];
        const single = name.words.length === 1;
        if (single && written !== written.toUpperCase()) continue;
        const penalty = (single ? 0.25 : 0) + (traders.length > 1 ? 0.25 : 0);
        const alsoListed = listed.length > 0 ? `; also listed: ${listed.slice(0, 2).map((party) => `${party.name} on ${party.listName}`).join(', ')}` : '';
        if (traders.length > 0) {
          const [trader] = traders as [KnownTrader];
          const others = traders.length > 1 ? `; ${traders.length - 1} other ${traders.length === 2 ? 'trader has' : 'traders have'} this name, the one with the most occurrences is taken` : '';
          found.push(mention(text, start, end, 'trader', { kind: 'trader', key: trader.entityId, label: trader.displayName }, match.confidence - penalty,
            `${match.how}: ${subjectName({ folded: '', trader, listed: null })}${others}${alsoListed}`));
        } else {
          const [party] = listed as [ListedParty];
          found.push(mention(text, start, end, party.subject === 'vessel' ? 'vessel' : 'trader', { kind: 'watchlist-entry', key: String(party.id), label: `${party.name} (${party.listName})` },
            match.confidence - penalty - (listed.length > 1 ? 0.1 : 0), `${match.how}: ${subjectName({ folded: '', trader: null, listed: party })}; no trader of the manifests has it`));
        }
        first += count - 1;
        break;
      }
    }
    return found;
  },
};
