/**
 * Words that open a name without being part of it: a leading THE, courtesy titles of people and
 * the "Messrs" of trade correspondence (M/S), and the ship-type prefixes of vessel names (M/V,
 * M/T). Matched on folded words; a name keeps at least one word.
 */
import { WordTrie } from './wordTrie';

/** Leading words dropped from party names. */
export const partyNamePrefixes: readonly string[] = ['THE', 'MESSRS', 'M S', 'MS', 'MR', 'MRS', 'MISS', 'DR', 'SIR', 'ATTN', 'ATTENTION'];

/** Leading words dropped from vessel names: motor vessel, motor tanker, steamship, ... */
export const vesselNamePrefixes: readonly string[] = ['MV', 'M V', 'MT', 'M T', 'MS', 'SS', 'FV', 'RV', 'MY', 'TB', 'LPG', 'LNG', 'CRUDE OIL TANKER'];

const tries = new WeakMap<readonly string[], WordTrie<true>>();

function trieOf(prefixes: readonly string[]): WordTrie<true> {
  let trie = tries.get(prefixes);
  if (!trie) {
    trie = new WordTrie<true>(false);
    for (const prefix of prefixes) trie.add(prefix.split(' '), true);
    tries.set(prefixes, trie);
  }
  return trie;
}

/** The words without the listed leading words. */
export function dropLeadingWords(words: readonly string[], prefixes: readonly string[]): readonly string[] {
  const trie = trieOf(prefixes);
  let start = 0;
  for (let match = trie.longest(words, start, words.length - start - 1); match; match = trie.longest(words, start, words.length - start - 1)) start += match.length;
  return start === 0 ? words : words.slice(start);
}
