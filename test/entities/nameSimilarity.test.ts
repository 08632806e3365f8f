import { describe, expect, it } from 'vitest';
import { matchPoints } from '../../shared/entities/matchPoints';
import { compareNames, nameSimilarity } from '../../shared/entities/nameSimilarity';
import { normalizePartyName } from '../../shared/entities/partyName';
import { TokenWeights } from '../../shared/entities/tokenWeights';

const corpus = [
  'SHENZHEN HUAXIN ELECTRONICS CO LTD', 'SHENZHEN JINLONG ELECTRONICS CO LTD', 'NINGBO HUAXIN TEXTILES CO LTD', 'GUANGZHOU JINLONG TEXTILES INTERNATIONAL LTD',
  'NORTHGATE TRADING LTD', 'NORTHGATE SUPPLIES LTD', 'GOLDEN DRAGON TRADING LTD', 'GOLDEN DRAGON TEXTILES LTD', 'SHENZHEN TRADING CO LTD', 'GLOBAL TRADING LTD',
].map((raw) => normalizePartyName(raw));
const weights = TokenWeights.from(corpus.map((name) => name.words));
const similarity = (a: string, b: string): number => nameSimilarity(normalizePartyName(a), normalizePartyName(b), weights);

describe('name similarity', () => {
  it('is 1 for spellings of one name and symmetric', () => {
    expect(similarity('SHENZHEN HUAXIN ELECTRONICS CO., LTD.', 'Shenzhen Huaxin Elec Co Ltd')).toBe(1);
    expect(similarity('HUAXIN SHENZHEN ELECTRONICS', 'SHENZHEN HUAXIN ELECTRONICS')).toBe(1);
  });

  it('tolerates a typing error in a word', () => {
    const comparison = compareNames(normalizePartyName('SHENZHEN HUAIXN ELECTRONICS CO LTD'), normalizePartyName('SHENZHEN HUAXIN ELECTRONICS CO LTD'), weights);
    expect(comparison.similarity).toBeGreaterThan(0.9);
    expect(comparison.pairs.find((pair) => pair.agreement === 'misspelt')).toMatchObject({ left: 'HUAIXN', right: 'HUAXIN' });
  });

  it('does not hold the words cut off by the field width against a truncated name', () => {
    const cut = normalizePartyName('GUANGZHOU JINLONG TEXTILES INTERNAT');
    const full = normalizePartyName('GUANGZHOU JINLONG TEXTILES INTERNATIONAL LTD');
    const comparison = compareNames(cut, full, weights);
    expect(comparison.similarity).toBe(1);
    expect(comparison.pairs.at(-1)).toMatchObject({ left: 'INTERNAT', right: 'INTERNATIONAL', agreement: 'cut short' });
    expect(nameSimilarity(full, cut, weights)).toBe(1);
  });

  it('holds a different last word against a truncated name', () => {
    const cut = normalizePartyName('GUANGZHOU JINLONG TEXTILES INTERNAT');
    expect(nameSimilarity(cut, normalizePartyName('GUANGZHOU JINLONG TEXTILES GARMENT CO'), weights)).toBeLessThan(0.9);
  });

  it('keeps different companies with a shared word apart, weighting rare words over common ones', () => {
    // Below the point from which the scorer counts names as alike.
    expect(similarity('NORTHGATE TRADING LTD', 'NORTHGATE SUPPLIES LTD')).toBeLessThan(matchPoints.name.alikeFrom);
    expect(similarity('GOLDEN DRAGON TRADING', 'GOLDEN DRAGON TEXTILES')).toBeLessThan(matchPoints.name.alikeFrom);
    expect(similarity('SHENZHEN HUAXIN ELECTRONICS', 'SHENZHEN JINLONG ELECTRONICS')).toBeLessThan(matchPoints.name.alikeFrom);
  });
});
