/**
 * Agreement of our party-name normalisation with the test vectors of fingerprints, cleanco, rigour
 * and nomenklatura (/work/shared/vectors), per library: every disagreement must be a documented,
 * deliberate one, and agreement may not fall below the level measured when the list was made.
 */
import { describe, expect, it } from 'vitest';
import { deliberateDisagreements } from './normalisationDisagreements';
import { evaluateVector, loadJsonlVectors, loadTsvVectors, type NormalisationVector, type Verdict } from './normalisationVectors';

interface Tally {
  applicable: number;
  agree: number;
  notApplicable: number;
}

/** Agreement measured on 2026-11-23, in per cent of the applicable vectors of each library. */
const measuredAgreement: Readonly<Record<string, number>> = {
  fingerprints: 66.6,
  cleanco: 78.0,
  rigour: 92.7,
  nomenklatura: 0,
};
const measuredTsvAgreement: Readonly<Record<string, number>> = { fingerprints: 66.6, cleanco: 76.9, rigour: 88.0 };

const vectors = loadJsonlVectors();
const verdicts = new Map<string, { vector: NormalisationVector; verdict: Verdict }>(vectors.map((vector) => [vector.id, { vector, verdict: evaluateVector(vector) }]));

function tally(ids: Iterable<string>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const id of ids) {
    const { vector, verdict } = verdicts.get(id) as { vector: NormalisationVector; verdict: Verdict };
    const entry = tallies.get(vector.library) ?? { applicable: 0, agree: 0, notApplicable: 0 };
    if (verdict.verdict === 'not applicable') entry.notApplicable += 1;
    else {
      entry.applicable += 1;
      if (verdict.verdict === 'agree') entry.agree += 1;
    }
    tallies.set(vector.library, entry);
  }
  return tallies;
}

function report(title: string, tallies: Map<string, Tally>): void {
  const lines = [...tallies].map(([library, { applicable, agree, notApplicable }]) => `  ${library.padEnd(13)} ${agree}/${applicable} agree (${applicable === 0 ? '–' : ((100 * agree) / applicable).toFixed(1)}%), ${notApplicable} not applicable`);
  console.info(`${title}\n${lines.join('\n')}`);
}

describe('agreement with other libraries’ name-normalisation vectors', () => {
  it('reads all 510 vectors of the JSONL file and the 137 of the TSV, which are a subset', () => {
    expect(vectors).toHaveLength(510);
    const tsv = loadTsvVectors();
    expect(tsv).toHaveLength(137);
    for (const row of tsv) expect(verdicts.get(row.id)?.vector.args[0]).toBe(row.input);
  });

  it('disagrees only where the disagreement is deliberate and documented', () => {
    const undocumented = [...verdicts.values()]
      .filter(({ vector, verdict }) => verdict.verdict === 'disagree' && deliberateDisagreements[vector.id] === undefined)
      .map(({ vector, verdict }) => `${vector.id} ${vector.library} ${vector.func}(${JSON.stringify(vector.args[0])}) expected ${JSON.stringify(vector.expected)}, ours ${JSON.stringify('ours' in verdict ? verdict.ours : '')}`);
    expect(undocumented).toEqual([]);
  });

  it('still disagrees on every documented case (the list stays true)', () => {
    const nowAgreeing = Object.keys(deliberateDisagreements).filter((id) => verdicts.get(id)?.verdict.verdict !== 'disagree');
    expect(nowAgreeing).toEqual([]);
  });

  it('agrees per library at or above the measured level (JSONL, 510 vectors)', () => {
    const tallies = tally(verdicts.keys());
    report('Agreement with name_normalization_vectors.jsonl:', tallies);
    for (const [library, floor] of Object.entries(measuredAgreement)) {
      const { applicable, agree } = tallies.get(library) as Tally;
      expect(applicable).toBeGreaterThan(0);
      expect((100 * agree) / applicable).toBeGreaterThanOrEqual(floor);
    }
  });

  it('agrees per library at or above the measured level (simple TSV, 137 vectors)', () => {
    const tallies = tally(loadTsvVectors().map((row) => row.id));
    report('Agreement with company_name_normalization_simple.tsv:', tallies);
    for (const [library, floor] of Object.entries(measuredTsvAgreement)) {
      const { applicable, agree } = tallies.get(library) as Tally;
      expect((100 * agree) / applicable).toBeGreaterThanOrEqual(floor);
    }
  });
});
