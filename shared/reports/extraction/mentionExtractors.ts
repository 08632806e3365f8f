import { billOfLadingExtractor } from './billsOfLading';
import { containerNumberExtractor } from './containerNumbers';
import { emailAddressExtractor } from './emailAddresses';
import { hsCodeExtractor } from './hsCodes';
import { imoNumberExtractor } from './imoNumbers';
import type { FoundMention, MentionExtractor, MentionLookups } from './mention';
import { phoneNumberExtractor } from './phoneNumbers';
import { seaportExtractor } from './seaports';
import { traderNameExtractor } from './traderNames';
import { vesselNameExtractor } from './vesselNames';

/**
 * The registry of mention extractors, one a file. Their order is the precedence when two
 * mentions overlap at the same confidence: identifiers with check digits and known keys first,
 * names last. Add an extractor by adding it here.
 */
export const mentionExtractors: readonly MentionExtractor[] = [
  containerNumberExtractor,
  imoNumberExtractor,
  billOfLadingExtractor,
  emailAddressExtractor,
  hsCodeExtractor,
  phoneNumberExtractor,
  vesselNameExtractor,
  traderNameExtractor,
  seaportExtractor,
];

/**
 * Every mention of every extractor in the text, in text order, overlaps settled: of two mentions
 * sharing characters the surer stays (then the longer, then the earlier extractor's).
 */
export function extractMentions(text: string, lookups: MentionLookups, extractors: readonly MentionExtractor[] = mentionExtractors): FoundMention[] {
  const candidates = extractors.flatMap((extractor, rank) => extractor.extract(text, lookups).map((found) => ({ found, rank })));
  candidates.sort((left, right) =>
    right.found.confidence - left.found.confidence
    || (right.found.end - right.found.start) - (left.found.end - left.found.start)
    || left.rank - right.rank
    || left.found.start - right.found.start);
  const kept: FoundMention[] = [];
  for (const { found } of candidates) {
    if (kept.some((other) => other.start < found.end && found.start < other.end)) continue;
    kept.push(found);
  }
  return kept.sort((left, right) => left.start - right.start);
}
