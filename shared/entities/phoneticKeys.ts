/**
 * Phonetic keys of name words (Double Metaphone, talisman): words that sound alike share a key,
 * so most typing errors (HUAXIN / HAUXIN, NORTHGATE / NROTHGATE) keep a name in the blocks of its
 * correctly spelt twin. Words with digits, and words the algorithm leaves empty, are their own key.
 */
import doubleMetaphone from 'talisman/phonetics/double-metaphone';

const keys = new Map<string, string>();

export function phoneticKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = /\d/.test(word) ? word : doubleMetaphone(word)[0] || word;
    keys.set(word, key);
  }
  return key;
}
