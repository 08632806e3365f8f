/**
 * Address text spilled into a party-name field ("ACME LTD NO 5 HARBOUR RD", "SINAR JAYA SDN BHD
 * UNIT 4, ..."): where it starts. It starts at premises words followed by a number (UNIT 4,
 * NO. 5, P.O. BOX 12), at a house number followed by a street type within a few words (123 MILL
 * ROAD), at a street lead word with a number soon after (AVENIDA PAULISTA 1000), or right after a
 * legal form that is followed by anything address-like. A name keeps at least its first word.
 */
import { premisesWords, streetLeadWords, streetTypeWords } from './addressVocabulary';
import { legalFormEndings } from './legalFormMatching';

const hasDigit = /\d/;

function addressLikeFrom(words: readonly string[], start: number): boolean {
  for (let index = start; index < words.length; index += 1) {
    const word = words[index] as string;
    if (hasDigit.test(word) || premisesWords.has(word) || streetTypeWords.has(word) || streetLeadWords.has(word)) return true;
  }
  return false;
}

function digitWithin(words: readonly string[], start: number, span: number): boolean {
  for (let index = start; index < Math.min(words.length, start + span); index += 1) if (hasDigit.test(words[index] as string)) return true;
  return false;
}

function streetTypeWithin(words: readonly string[], start: number, span: number): boolean {
  for (let index = start; index < Math.min(words.length, start + span); index += 1) if (streetTypeWords.has(words[index] as string)) return true;
  return false;
}

/** Index of the first word of spilled address text, or undefined when there is none. */
export function addressSpillStart(words: readonly string[]): number | undefined {
  let start: number | undefined;
  for (let index = 1; index < words.length && start === undefined; index += 1) {
    const word = words[index] as string;
    const next = words[index + 1];
    if (premisesWords.has(word) && next !== undefined && (hasDigit.test(next) || (word === 'PO' && next === 'BOX'))) start = index;
    else if (/^\d/.test(word) && streetTypeWithin(words, index + 1, 4)) start = index;
    else if (streetLeadWords.has(word) && index >= 2 && digitWithin(words, index + 1, 5)) start = index;
  }
  if (!addressLikeFrom(words, 2)) return start;
  const endings = legalFormEndings(words);
  for (let end of endings) {
    if (start !== undefined && end >= start) break;
    // "CO LTD" ends where LTD ends, not after CO.
    while (endings.includes(end + 1)) end += 1;
    if (addressLikeFrom(words, end)) return end;
  }
  return start;
}
