/**
 * Vessel names for comparison: folded like party names, with the ship-type prefix dropped
 * (M/V OCEANIC → OCEANIC, MT, SS, ...). Vessel names have no legal forms and are not cut.
 */
import type { ComparableName } from '../entities/nameSimilarity';
import { dropLeadingWords, vesselNamePrefixes } from '../entities/namePrefixes';
import { foldWords } from '../entities/textFolding';

export function normalizeVesselName(rawName: string): ComparableName & { readonly base: string } {
  const words = dropLeadingWords(foldWords(rawName), vesselNamePrefixes);
  return { words, mayBeTruncated: false, base: words.join(' ') };
}
