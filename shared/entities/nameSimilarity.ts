/**
 * How alike two normalised names are, word by word: each word of one name is paired with its best
 * counterpart in the other (the same word; a word within typing distance by Jaro-Winkler; the word
 * a cut-off last word begins), and the pairs are weighted by how rare the words are. The score is
 * a weighted Dice coefficient over both names in [0, 1]. A name that may be cut at the field width
 * is not penalised for the words the cut removed. One implementation serves the fast numeric path
 * (every candidate pair) and the detailed one (explanations).
 */
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import type { TokenWeights } from './tokenWeights';

/** Words at least this Jaro-Winkler-similar (and of three letters or more) count as one misspelt. */
export const misspeltWordSimilarity = 0.88;
const misspeltMinimumLength = 3;
/** A cut-off last word this short says nothing either way ("L", "INT"). */
const stubLength = 3;

export interface ComparableName {
  readonly words: readonly string[];
  readonly mayBeTruncated: boolean;
}

export type WordAgreement = 'same' | 'misspelt' | 'cut short';

export interface WordPair {
  readonly left: string;
  readonly right: string;
  readonly agreement: WordAgreement;
  /** 1 for the same word, the Jaro-Winkler similarity for a misspelt one. */
  readonly similarity: number;
}

export interface NameComparison {
  /** Weighted Dice similarity in [0, 1]. */
  readonly similarity: number;
  readonly pairs: readonly WordPair[];
  /** Words without a counterpart that count against the match. */
  readonly unmatchedLeft: readonly string[];
  readonly unmatchedRight: readonly string[];
  /** Words left out because the other name was cut at the field width. */
  readonly cutOff: readonly string[];
}

/** Jaro-Winkler similarity of two words (talisman). */
export function wordSimilarity(a: string, b: string): number {
  return jaroWinkler(a, b);
}

const agreements: readonly WordAgreement[] = ['same', 'misspelt', 'cut short'];

const letterCounts = new Int32Array(128);

/**
 * An upper bound of the Jaro-Winkler similarity from the letters two words share (Jaro matches
 * are at most the common letters, and the prefix bonus at most four letters): word pairs that
 * cannot reach the misspelling threshold skip the full computation.
 */
function mayBeMisspelt(a: string, b: string): boolean {
  for (let index = 0; index < a.length; index += 1) {
    const code = a.charCodeAt(index) & 127;
    letterCounts[code] = (letterCounts[code] as number) + 1;
  }
  let common = 0;
  for (let index = 0; index < b.length; index += 1) {
    const code = b.charCodeAt(index) & 127;
    const count = letterCounts[code] as number;
    if (count > 0) {
      letterCounts[code] = count - 1;
      common += 1;
    }
  }
  for (let index = 0; index < a.length; index += 1) letterCounts[a.charCodeAt(index) & 127] = 0;
  const jaro = (common / a.length + common / b.length + 1) / 3;
  return jaro + 0.4 * (1 - jaro) >= misspeltWordSimilarity;
}

/** Scratch space for one comparison: the match of each left word (index, similarity, kind). */
class Matching {
  matchIndex = new Int32Array(16);
  matchSimilarity = new Float64Array(16);
  matchKind = new Uint8Array(16);
  takenRight = new Uint8Array(16);

  reset(left: number, right: number): void {
    if (left > this.matchIndex.length || right > this.takenRight.length) {
      const size = Math.max(left, right) * 2;
      this.matchIndex = new Int32Array(size);
      this.matchSimilarity = new Float64Array(size);
      this.matchKind = new Uint8Array(size);
      this.takenRight = new Uint8Array(size);
    }
    this.matchIndex.fill(-1, 0, left);
    this.takenRight.fill(0, 0, right);
  }
}

const scratch = new Matching();

interface Collector {
  pairs: WordPair[];
  unmatchedLeft: string[];
  unmatchedRight: string[];
  cutOff: string[];
}

function match(left: ComparableName, right: ComparableName, weights: TokenWeights, collector: Collector | undefined): number {
  const a = left.words;
  const b = right.words;
  const m = scratch;
  m.reset(a.length, b.length);
  const lastA = a.length - 1;
  const lastB = b.length - 1;
  // Exact words first, so a misspelling never takes a word that has its exact twin.
  for (let i = 0; i <= lastA; i += 1) {
    for (let j = 0; j <= lastB; j += 1) {
      if (m.takenRight[j] === 0 && a[i] === b[j]) {
        m.matchIndex[i] = j;
        m.matchSimilarity[i] = 1;
        m.matchKind[i] = 0;
        m.takenRight[j] = 1;
        break;
      }
    }
  }
  for (let i = 0; i <= lastA; i += 1) {
    if (m.matchIndex[i] !== -1) continue;
    const word = a[i] as string;
    const isCutWord = left.mayBeTruncated && i === lastA;
    let best = -1;
    let bestSimilarity = 0;
    let bestKind = 1;
    for (let j = 0; j <= lastB; j += 1) {
      if (m.takenRight[j] === 1) continue;
      const other = b[j] as string;
      if (isCutWord && other.startsWith(word)) {
        best = j;
        bestSimilarity = 1;
        bestKind = 2;
        break;
      }
      if (word.length < misspeltMinimumLength || other.length < misspeltMinimumLength || Math.abs(word.length - other.length) > 3 || !mayBeMisspelt(word, other)) continue;
      const similarity = jaroWinkler(word, other);
      if (similarity >= misspeltWordSimilarity && similarity > bestSimilarity) {
        best = j;
        bestSimilarity = similarity;
        bestKind = 1;
      }
    }
    if (best >= 0) {
      m.matchIndex[i] = best;
      m.matchSimilarity[i] = bestSimilarity;
      m.matchKind[i] = bestKind;
      m.takenRight[best] = 1;
    }
  }
  // A cut-off last word of the right name may begin a word of the left name.
  if (right.mayBeTruncated && lastB >= 0 && m.takenRight[lastB] === 0) {
    const cut = b[lastB] as string;
    for (let i = 0; i <= lastA; i += 1) {
      if (m.matchIndex[i] === -1 && (a[i] as string).startsWith(cut)) {
        m.matchIndex[i] = lastB;
        m.matchSimilarity[i] = 1;
        m.matchKind[i] = 2;
        m.takenRight[lastB] = 1;
        break;
      }
    }
  }
  // Where a cut-off name ends in the other: words of the other name past that point were cut.
  const rightCutAfter = left.mayBeTruncated && lastA >= 0 && m.matchIndex[lastA] !== -1 ? (m.matchIndex[lastA] as number) : Number.POSITIVE_INFINITY;
  let leftCutAfter = Number.POSITIVE_INFINITY;
  if (right.mayBeTruncated && lastB >= 0 && m.takenRight[lastB] === 1) {
    for (let i = 0; i <= lastA; i += 1) if (m.matchIndex[i] === lastB) leftCutAfter = i;
  }
  const weightsA = weights.weightsOf(a);
  const weightsB = weights.weightsOf(b);
  let matched = 0;
  let total = 0;
  for (let i = 0; i <= lastA; i += 1) {
    const word = a[i] as string;
    const weight = weightsA[i] as number;
    const j = m.matchIndex[i] as number;
    if (j !== -1) {
      const other = b[j] as string;
      const pairWeight = weight + (weightsB[j] as number);
      matched += pairWeight * (m.matchSimilarity[i] as number);
      total += pairWeight;
      collector?.pairs.push({ left: word, right: other, agreement: agreements[m.matchKind[i] as number] as WordAgreement, similarity: m.matchSimilarity[i] as number });
    } else if (i > leftCutAfter || (left.mayBeTruncated && i === lastA && word.length <= stubLength)) {
      collector?.cutOff.push(word);
    } else {
      total += weight;
      collector?.unmatchedLeft.push(word);
    }
  }
  for (let j = 0; j <= lastB; j += 1) {
    if (m.takenRight[j] === 1) continue;
    const word = b[j] as string;
    if (j > rightCutAfter || (right.mayBeTruncated && j === lastB && word.length <= stubLength)) {
      collector?.cutOff.push(word);
    } else {
      total += weightsB[j] as number;
      collector?.unmatchedRight.push(word);
    }
  }
  return total === 0 ? 0 : matched / total;
}

/** The similarity alone: the fast path for every candidate pair. */
export function nameSimilarity(left: ComparableName, right: ComparableName, weights: TokenWeights): number {
  return match(left, right, weights, undefined);
}

/** The similarity with the word pairs behind it, for explanations. */
export function compareNames(left: ComparableName, right: ComparableName, weights: TokenWeights): NameComparison {
  const collector: Collector = { pairs: [], unmatchedLeft: [], unmatchedRight: [], cutOff: [] };
  const similarity = match(left, right, weights, collector);
  return { similarity, ...collector };
}
