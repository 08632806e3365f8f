/**
 * Resolution on a generated world against its truth: the distinct raw parties of 20,000 manifest
 * lines resolved, scored pairwise against truth.companies[].rawNames, namesakes kept apart and
 * placeholders set aside. (The full-size run with timing is `npm run bench -- er`.)
 */
import { describe, expect, it } from 'vitest';
import { resolveParties } from '../../shared/entities/resolveParties';
import { labelOccurrences, pairwiseQuality, RawPartyCollector } from '../bench/er/resolutionQuality';
import { generateParsedWorld } from '../generator/worldFixture';

describe('resolution of a generated world', () => {
  const world = generateParsedWorld(11, 20_000);
  const collector = new RawPartyCollector();
  for (const row of world.rows) {
    collector.add({ role: 'shipper', name: row.shipperName, address: row.shipperAddress, phone: row.shipperPhone });
    collector.add({ role: 'consignee', name: row.consigneeName, address: row.consigneeAddress, phone: row.consigneePhone });
    collector.add({ role: 'notify party', name: row.notifyPartyName, address: row.notifyPartyAddress, phone: row.notifyPartyPhone });
  }
  const occurrences = collector.occurrences;
  const resolution = resolveParties(occurrences);
  const labels = labelOccurrences(occurrences, world.truth);
  const quality = pairwiseQuality(resolution.entities, labels, world.truth);

  it('labels nearly every occurrence from the truth', () => {
    expect(labels.size + resolution.statistics.placeholders).toBe(occurrences.length);
  });

  it('finds the companies with pairwise F1 of at least 0.97', () => {
    console.info(`generated world (20,000 lines): ${occurrences.length} parties, precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)}, F1 ${quality.f1.toFixed(4)}`);
    expect(quality.precision).toBeGreaterThanOrEqual(0.97);
    expect(quality.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps every pair of confusable companies apart', () => {
    expect(quality.confusablePairs).toBeGreaterThan(0);
    expect(quality.confusablesMerged).toBe(0);
  });

  it('sets aside exactly the placeholder names of the world', () => {
    const placeholderNames = new Set(world.truth.placeholderNames);
    expect(resolution.placeholders.every((placeholder) => placeholderNames.has(placeholder.rawName))).toBe(true);
    expect(resolution.placeholders.length).toBe(occurrences.filter((occurrence) => placeholderNames.has(occurrence.rawName)).length);
  });
});
