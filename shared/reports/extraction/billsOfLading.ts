import { atWordBoundary, mention, type FoundMention, type MentionExtractor } from './mention';

/**
 * Bill of lading numbers the workspace knows: a token of letters and digits (with at least four
 * digits, six to twenty characters; hyphens and slashes allowed) equal to a stored B/L number.
 * After "B/L", "BL", "bill of lading" or "MBL/HBL" it is surer.
 */
const pattern = /[A-Z0-9][A-Z0-9\-/]{4,22}[A-Z0-9]/gi;
const contextPattern = /(?:\b(?:B\/L|BL|BOL|HBL|MBL|bill of lading|bill)(?:\s*(?:no\.?|number|#))?\s*[:#]?\s*)$/i;

export const billOfLadingExtractor: MentionExtractor = {
  kind: 'bill-of-lading',
  extract(text, lookups) {
    const found: FoundMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!atWordBoundary(text, start, end)) continue;
      const token = match[0].toUpperCase();
      if ((token.match(/\d/g) ?? []).length < 4 || !/[A-Z]/.test(token) && token.length < 8) continue;
      const bill = lookups.billOfLading(token);
      if (bill === null) continue;
      const named = contextPattern.test(text.slice(Math.max(0, start - 24), start));
      found.push(mention(text, start, end, 'bill-of-lading', { kind: 'bill-of-lading', key: bill.number, label: bill.number },
        named ? 0.98 : 0.9, `a bill of lading number of the manifests${bill.vessel === null ? '' : ` (vessel ${bill.vessel})`}${named ? ', written as one' : ''}`));
    }
    return found;
  },
};
