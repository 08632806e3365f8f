import { findHsCode } from '../../reference/hsCodes';
import { mention, type FoundMention, type MentionExtractor } from './mention';

/**
 * HS codes in their context only ("HS 8517.12", "HS code 851712", "tariff 851712", "commodity
 * code 8517 12 00 00", "heading 8517"): a bare number is not taken for a code. The span is the
 * code; the longest part of it the nomenclature knows (subheading, heading, chapter) is the target.
 */
const pattern = /\b(?:HS|H\.S\.|harmoni[sz]ed system|tariff|commodity|customs|heading|subheading|chapter)(?:\s+(?:code|heading|number|no\.?|classification))?\s*[:#]?\s*(\d{2}(?:[ .]?\d{2}){0,4})(?![\d])/gi;

export const hsCodeExtractor: MentionExtractor = {
  kind: 'hs-code',
  extract(text) {
    const found: FoundMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const written = (match[1] as string).trim();
      const start = match.index + match[0].length - written.length;
      const end = start + written.length;
      const digits = written.replace(/[ .]/g, '');
      if (digits.length % 2 !== 0 || digits.length < 4 && !/chapter/i.test(match[0])) continue;
      const known = [6, 4, 2].filter((length) => length <= digits.length).map((length) => findHsCode(digits.slice(0, length))).find((code) => code !== undefined);
      if (known === undefined) {
        found.push(mention(text, start, end, 'hs-code', null, 0.35, `written as an HS code, but ${digits.slice(0, Math.min(6, digits.length))} is not in the nomenclature`));
        continue;
      }
      const national = digits.length > 6 ? `; digits after the sixth (${digits.slice(6)}) are national` : '';
      const level = known.level === 6 ? 'subheading' : known.level === 4 ? 'heading' : 'chapter';
      found.push(mention(text, start, end, 'hs-code', { kind: 'hs-code', key: known.code, label: `${known.code} ${known.description}` },
        known.code.length === Math.min(6, digits.length) ? 0.9 : 0.7, `HS ${level} ${known.code} (${known.description})${national}`));
    }
    return found;
  },
};
