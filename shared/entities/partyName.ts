/**
 * A party name as written on a manifest, normalised for comparison: folded (case, diacritics,
 * transliteration, punctuation), placeholders recognised, a leading THE or courtesy title dropped,
 * spilled address text cut off, legal forms peeled off (also when cut short by the 35-character
 * field width), and words of trade spelled out (INTL → INTERNATIONAL, IMP & EXP → IMPORT EXPORT).
 */
import { addressSpillStart } from './addressSpill';
import { premisesWords } from './addressVocabulary';
import { nameAbbreviations } from './nameAbbreviations';
import { dropLeadingWords, partyNamePrefixes } from './namePrefixes';
import { splitLegalForms, type LegalFormMatch } from './legalFormMatching';
import { recognisePlaceholderWords, type Placeholder } from './placeholderParties';
import { foldWords } from './textFolding';
import { WordTrie } from './wordTrie';

/** Width of a party-name field in carrier EDI (IFTMIN, ANSI X12 N1): longer names are cut. */
export const ediPartyNameWidth = 35;

export interface PartyName {
  readonly raw: string;
  /** Every word of the raw text, folded. */
  readonly folded: string;
  /** Set when the text stands for no trader ("TO ORDER", "SAME AS CONSIGNEE"). */
  readonly placeholder?: Placeholder;
  /** The distinctive words, in order, spelled canonically; empty for placeholders. */
  readonly words: readonly string[];
  /** `words` joined: "SHENZHEN HUAXIN ELECTRONICS". */
  readonly base: string;
  readonly legalForms: readonly LegalFormMatch[];
  /** Address text found in the name field, folded; empty when none. */
  readonly spilledAddress: string;
  /** The name is as long as the field, so its last word may be cut short. */
  readonly mayBeTruncated: boolean;
}

let abbreviationTable: WordTrie<readonly string[]> | undefined;

function abbreviations(): WordTrie<readonly string[]> {
  if (abbreviationTable) return abbreviationTable;
  const trie = new WordTrie<readonly string[]>(false);
  for (const { canonical, written } of nameAbbreviations) {
    const canonicalWords = foldWords(canonical);
    for (const spelling of written) trie.add(foldWords(spelling), canonicalWords);
  }
  abbreviationTable = trie;
  return trie;
}

/** Words of trade spelled out, longest written form first. */
export function spellOutAbbreviations(words: readonly string[]): string[] {
  const trie = abbreviations();
  const spelled: string[] = [];
  for (let index = 0; index < words.length; ) {
    const match = trie.longest(words, index, words.length - index);
    if (match) {
      spelled.push(...match.value);
      index += match.length;
    } else {
      spelled.push(words[index] as string);
      index += 1;
    }
  }
  return spelled;
}

const connectors = new Set(['AND', 'OF', 'FOR', 'DE', 'THE']);

function trimConnectors(words: readonly string[]): string[] {
  let start = 0;
  let end = words.length;
  while (end - start > 1 && connectors.has(words[end - 1] as string)) end -= 1;
  while (end - start > 1 && connectors.has(words[start] as string)) start += 1;
  return words.slice(start, end);
}

/** Whether a raw name is as long as an EDI name field, so possibly cut. */
export function mayBeTruncatedName(rawName: string, fieldWidth = ediPartyNameWidth): boolean {
  const length = rawName.trim().length;
  return length === fieldWidth || length === fieldWidth - 1;
}

function normalizeWords(rawName: string, folded: readonly string[], spillAt: number | undefined, fieldWidth: number): PartyName {
  let words = dropLeadingWords(folded, partyNamePrefixes);
  const dropped = folded.length - words.length;
  let truncated = mayBeTruncatedName(rawName, fieldWidth);
  let spilledAddress = '';
  const spill = spillAt !== undefined ? spillAt - dropped : addressSpillStart(words);
  if (spill !== undefined && spill >= 1) {
    spilledAddress = words.slice(spill).join(' ');
    words = words.slice(0, spill);
    truncated = false;
  } else if (truncated && words.length > 1 && premisesWords.has(words[words.length - 1] as string)) {
    spilledAddress = words[words.length - 1] as string;
    words = words.slice(0, -1);
    truncated = false;
  }
  // Peel legal forms, connectors and leading words until nothing changes ("ACME GMBH THE").
  const leading: LegalFormMatch[] = [];
  const trailing: LegalFormMatch[] = [];
  for (let round = 0; round < 4; round += 1) {
    const split = splitLegalForms(trimConnectors(words), truncated && round === 0);
    const trimmed = dropLeadingWords(trimConnectors(split.words), partyNamePrefixes);
    leading.push(...split.legalForms.filter((match) => match.at === 'start'));
    trailing.unshift(...split.legalForms.filter((match) => match.at === 'end'));
    const unchanged = trimmed.length === words.length;
    words = trimmed;
    if (unchanged) break;
  }
  // A cut inside a legal form, or a complete legal form at the end, leaves the distinctive words whole.
  if (trailing.length > 0) truncated = false;
  const base = spellOutAbbreviations(words);
  const distinctive = base.length > 0 ? base : [...folded];
  return {
    raw: rawName,
    folded: folded.join(' '),
    words: distinctive,
    base: distinctive.join(' '),
    legalForms: [...leading, ...trailing],
    spilledAddress,
    mayBeTruncated: truncated,
  };
}

export function normalizePartyName(rawName: string, fieldWidth = ediPartyNameWidth): PartyName {
  const folded = foldWords(rawName);
  const placeholder = recognisePlaceholderWords(folded.join(' '));
  if (placeholder) {
    return { raw: rawName, folded: folded.join(' '), placeholder, words: [], base: '', legalForms: [], spilledAddress: '', mayBeTruncated: false };
  }
  return normalizeWords(rawName, folded, undefined, fieldWidth);
}

/**
 * Where the party's own address text starts inside its name field ("FRUTAS ANDINA AV. FRANCISCO
 * DE OREL" with the address "AV. FRANCISCO DE ORELLANA NO. 2905, ..."): the first two folded
 * words of the address, the second possibly cut short at the end of a full-width name.
 */
export function addressEchoStart(name: PartyName, addressWords: readonly string[]): number | undefined {
  if (name.placeholder || name.spilledAddress !== '' || addressWords.length < 2) return undefined;
  if (!name.folded.includes(` ${addressWords[0] as string}`)) return undefined;
  const words = name.folded.split(' ');
  const cut = mayBeTruncatedName(name.raw);
  for (let index = 1; index < words.length; index += 1) {
    if (words[index] !== addressWords[0]) continue;
    const next = words[index + 1];
    const isLast = index + 1 === words.length - 1;
    if (next === addressWords[1] || (next !== undefined && isLast && cut && (addressWords[1] as string).startsWith(next))) return index;
    if (next === undefined && cut) return index;
  }
  return undefined;
}

/** The name with its address echo cut off; see `addressEchoStart`. */
export function withoutAddressEcho(name: PartyName, echoStart: number, fieldWidth = ediPartyNameWidth): PartyName {
  return normalizeWords(name.raw, name.folded.split(' '), echoStart, fieldWidth);
}

/**
 * The name as an analyst reads it: distinctive words with legal forms in their registry
 * abbreviation, in place: "SIEMENS AG", "OOO GAZPROM", "SHENZHEN HUAXIN ELECTRONICS CO LTD".
 */
export function canonicalPartyName(name: PartyName): string {
  if (name.placeholder) return name.folded;
  const complete = name.legalForms.filter((match) => !match.partial);
  const leading = complete.filter((match) => match.at === 'start').map((match) => match.form.id);
  const trailing = complete.filter((match) => match.at === 'end').map((match) => match.form.id);
  return [...leading, name.base, ...trailing].join(' ');
}

/**
 * A key equal for names that differ only in word order, repeated words, legal-form spelling and
 * abbreviations (the OpenRefine / fingerprints "fingerprint"): sorted distinct words of the base
 * name and the registry abbreviations of its legal forms, lower case.
 */
export function nameFingerprint(name: PartyName): string {
  const words = new Set<string>(name.words);
  for (const match of name.legalForms) if (!match.partial) for (const word of match.form.id.split(' ')) words.add(word);
  return [...words].sort().join(' ').toLowerCase();
}
