import { compactContainerNumber, containerCheckDigit } from '../../domain/containerNumber';
import { atWordBoundary, mention, type FoundMention, type MentionExtractor } from './mention';

/**
 * ISO 6346 container numbers as officers write them: "MSKU6011672", "MSKU 601167 2",
 * "MSKU 6011672", "MSKU-601167-2". A number whose check digit does not agree is still a mention,
 * at a lower confidence (a typo in the report, or in the manifest).
 */
const pattern = /[A-Za-z]{3}[UJZujz][ -]?\d{6}[ -]?\d/g;

export const containerNumberExtractor: MentionExtractor = {
  kind: 'container',
  extract(text, lookups) {
    const found: FoundMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!atWordBoundary(text, start, end)) continue;
      // Lower-case letters only when the writer upper-cased nothing: "temu" in a word is no owner code.
      if (match[0].slice(0, 4) !== match[0].slice(0, 4).toUpperCase()) continue;
      const compact = compactContainerNumber(match[0]);
      const expected = containerCheckDigit(compact.slice(0, 10));
      const valid = expected === Number(compact[10]);
      const bills = lookups.containerBills(compact);
      const known = bills.length > 0;
      const onBills = known ? `on ${bills.length === 1 ? 'bill' : 'bills'} ${bills.slice(0, 3).join(', ')}${bills.length > 3 ? ` and ${bills.length - 3} more` : ''}` : 'in no manifest of this workspace';
      const check = valid ? 'check digit agrees' : `check digit ${compact[10]} does not agree (ISO 6346 gives ${expected})`;
      const confidence = valid ? (known ? 0.98 : 0.75) : known ? 0.55 : 0.3;
      found.push(mention(text, start, end, 'container', { kind: 'container', key: compact, label: compact }, confidence, `container number, ${check}; ${onBills}`));
    }
    return found;
  },
};
