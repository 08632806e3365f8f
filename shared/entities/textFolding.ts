/**
 * Folding free text (party names, addresses, list names) into one comparable form: upper-case
 * ASCII words separated by single spaces. Every script is transliterated to Latin (any-ascii:
 * Cyrillic, Greek, Arabic, Han, ...), diacritics go, "&" becomes AND, apostrophes join their word
 * (INT'L → INTL), initials written with dots join (S.A.R.L. → SARL, U.S. → US), and any other
 * punctuation separates words.
 */
import anyAscii from 'any-ascii';

/** Zero-width characters, soft hyphens, byte-order marks and bidi marks vanish. */
const invisible = /[\p{Cf}]/gu;
/** Control characters and every kind of space separate words. */
const separators = /[\p{Cc}\p{Z}]/gu;
const nonAscii = /[^ -~]/;

const plainAscii = /^[\x20-\x7e]*$/;

function transliterate(text: string): string {
  if (plainAscii.test(text)) return text;
  const visible = text.replace(invisible, '').replace(separators, ' ');
  return nonAscii.test(visible) ? anyAscii(visible) : visible;
}

const isLetter = (code: number): boolean => code >= 65 && code <= 90;
const isWordCharacter = (code: number): boolean => isLetter(code) || (code >= 48 && code <= 57);
const isApostrophe = (code: number): boolean => code === 39 || code === 96 || code === 0xb4;

/**
 * The folded words of a text; empty for text with no letter or digit. One pass over the
 * upper-cased text: a run of letters and digits is a word part; dots split parts, and single
 * letters between dots join as initials; apostrophes vanish; anything else ends the word.
 */
export function foldWords(text: string): string[] {
  const ascii = transliterate(text).toUpperCase();
  const words: string[] = [];
  let part = '';
  let initials = '';
  const endPart = (): void => {
    if (part.length === 1 && isLetter(part.charCodeAt(0))) initials += part;
    else if (part !== '') {
      if (initials !== '') words.push(initials);
      initials = '';
      words.push(part);
    }
    part = '';
  };
  for (let index = 0; index < ascii.length; index += 1) {
    const code = ascii.charCodeAt(index);
    if (isWordCharacter(code)) {
      let end = index + 1;
      while (end < ascii.length && isWordCharacter(ascii.charCodeAt(end))) end += 1;
      part += ascii.slice(index, end);
      index = end - 1;
    } else if (isApostrophe(code)) {
      continue;
    } else {
      endPart();
      if (code !== 46) {
        if (initials !== '') words.push(initials);
        initials = '';
        if (code === 38) words.push('AND');
      }
    }
  }
  endPart();
  if (initials !== '') words.push(initials);
  return words;
}

/** The folded text: `foldWords` joined by single spaces. */
export function foldText(text: string): string {
  return foldWords(text).join(' ');
}
