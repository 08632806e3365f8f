/**
 * Properties of party-name normalisation over random text (fast-check) and 1,320 real company
 * names with legal forms from 58 countries (SEC filers, 2002): it never throws, it is idempotent
 * (normalising the normalised name, which is no longer a raw EDI field that may be cut, changes
 * nothing), and a recognised legal form never survives
 * at the end of a name of more than one word.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalFormSpelledBy } from '../../shared/entities/legalFormMatching';
import { normalizePartyName } from '../../shared/entities/partyName';

const secNames = readFileSync('/work/shared/vectors/company_names_sec_2002.csv', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const separator = line.lastIndexOf(';');
    return { name: line.slice(0, separator), country: line.slice(separator + 1) };
  });

function endsInLegalForm(words: readonly string[]): boolean {
  for (let length = 1; length < words.length; length += 1) if (legalFormSpelledBy(words.slice(words.length - length))) return true;
  return false;
}

const nameLike = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom('ACME', 'TRADING', 'LTD', 'CO.,', 'S.A.', 'THE', 'NO.', '5', 'ROAD', 'GmbH', '&', 'INT\'L', 'ООО', 'Αθήνα', 'TO', 'ORDER', 'PVT', '(P)', 'Sp. z o.o.', 'UNIT', 'Ş', 'IMP/EXP', '-', ','), { maxLength: 9 }).map((words) => words.join(' ')),
);

describe('party-name normalisation properties', () => {
  it('reads the 1,320 SEC company names', () => {
    expect(secNames).toHaveLength(1320);
  });

  it('never throws and is idempotent on random text', () => {
    fc.assert(
      fc.property(nameLike, (raw) => {
        const once = normalizePartyName(raw);
        if (once.placeholder) return;
        const twice = normalizePartyName(once.base, Number.POSITIVE_INFINITY);
        // A base can spell a placeholder text ("ORDER GMBH" → ORDER): placeholders are raw fields.
        if (!twice.placeholder) expect(twice.base).toBe(once.base);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on every SEC name', () => {
    const changed = secNames.map(({ name }) => normalizePartyName(name).base).filter((base) => normalizePartyName(base, Number.POSITIVE_INFINITY).base !== base);
    expect(changed).toEqual([]);
  });

  it('leaves no recognised legal form at the end of a name of several words', () => {
    const left = secNames.map(({ name }) => normalizePartyName(name)).filter((name) => name.words.length > 1 && endsInLegalForm(name.words));
    expect(left.map((name) => `${name.raw} → ${name.base}`)).toEqual([]);
  });

  it('recognises a legal form in most SEC names (measured 89%)', () => {
    const withForm = secNames.filter(({ name }) => normalizePartyName(name).legalForms.length > 0);
    console.info(`legal form recognised in ${withForm.length} of ${secNames.length} SEC names`);
    expect(withForm.length / secNames.length).toBeGreaterThanOrEqual(0.89);
  });
});
