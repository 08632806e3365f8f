/**
 * How alike two normalised addresses are: a weighted Dice coefficient over their words (rare words
 * such as street names and postcodes weigh more than ROAD or the city), and whether their numbers
 * (house, unit, room, postcode digits) agree. Two renderings of one premises share their
 * numbers; two premises on one street do not.
 */
import type { PartyAddress } from './partyAddress';
import type { TokenWeights } from './tokenWeights';

export interface AddressComparison {
  /** Weighted Dice similarity of the words, in [0, 1]. */
  readonly similarity: number;
  readonly sharedWords: readonly string[];
  readonly numbersCompared: boolean;
  /** Both have numbers and fewer than half of the shorter list are shared. */
  readonly numbersDisagree: boolean;
  readonly sharedNumbers: readonly string[];
}

/** An address prepared for fast comparison: its distinct words as sorted ids, with weights. */
export interface CompiledAddress {
  readonly wordIds: Int32Array;
  readonly weights: Float64Array;
  readonly total: number;
}

/** Compiles an address; `wordIds` numbers words consistently across all addresses compared. */
export function compileAddress(address: PartyAddress, weights: TokenWeights, wordIds: Map<string, number>): CompiledAddress {
  const entries = [...new Set(address.words)].map((word) => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    return [id, weights.weight(word)] as const;
  });
  entries.sort((a, b) => a[0] - b[0]);
  const compiledWeights = Float64Array.from(entries, (entry) => entry[1]);
  return { wordIds: Int32Array.from(entries, (entry) => entry[0]), weights: compiledWeights, total: compiledWeights.reduce((sum, weight) => sum + weight, 0) };
}

/** The weighted Dice similarity of two compiled addresses' words. */
export function compiledAddressSimilarity(a: CompiledAddress, b: CompiledAddress): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.wordIds.length && j < b.wordIds.length; ) {
    const left = a.wordIds[i] as number;
    const right = b.wordIds[j] as number;
    if (left === right) {
      shared += a.weights[i] as number;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  const total = a.total + b.total;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Both have numbers and fewer than half of the shorter list are shared: other premises, even if
 * a unit number happens to coincide (UNIT 6 in two estates).
 */
export function numbersDisagree(left: PartyAddress, right: PartyAddress): boolean {
  const a = left.numbers;
  const b = right.numbers;
  if (a.length === 0 || b.length === 0) return false;
  let shared = 0;
  for (let i = 0; i < a.length; i += 1) if (a.indexOf(a[i] as string) === i && b.includes(a[i] as string)) shared += 1;
  return shared * 2 < Math.min(distinctCount(a), distinctCount(b));
}

function distinctCount(words: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < words.length; i += 1) if (words.indexOf(words[i] as string) === i) count += 1;
  return count;
}

export function compareAddresses(left: PartyAddress, right: PartyAddress, weights: TokenWeights): AddressComparison {
  const leftWords = new Set(left.words);
  const rightWords = new Set(right.words);
  const sharedWords = [...leftWords].filter((word) => rightWords.has(word));
  let total = 0;
  for (const word of leftWords) total += weights.weight(word);
  for (const word of rightWords) total += weights.weight(word);
  const shared = sharedWords.reduce((sum, word) => sum + weights.weight(word), 0);
  const rightNumbers = new Set(right.numbers);
  const sharedNumbers = [...new Set(left.numbers)].filter((number) => rightNumbers.has(number));
  const numbersCompared = left.numbers.length > 0 && right.numbers.length > 0;
  return {
    similarity: total === 0 ? 0 : (2 * shared) / total,
    sharedWords,
    numbersCompared,
    numbersDisagree: numbersDisagree(left, right),
    sharedNumbers,
  };
}
