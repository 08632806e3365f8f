import { describe, expect, it } from 'vitest';
import { parseProtectiveMarking } from '../../shared/markings/protectiveMarking';
import { isValidCompanyImo, isValidVesselImo } from '../../shared/domain/imoNumber';
import { findCountry } from '../../shared/reference/countries';
import { watchlistHeaders } from '../../shared/generator/watchlist';
import { outcomeHeaders } from '../../shared/generator/outcomes';
import { world } from './worldFixture';

const generated = world(11, 20_000);

/** Reads the grading back the way an analyst's parser must: every spelling the reports use. */
function readGrading(text: string): string | undefined {
  const patterns = [
    /Source evaluation: ([A-F]) \/ Intelligence evaluation: ([1-6])/,
    /Source grading ([A-F]), information grading ([1-6])/,
    /Admiralty grading: ([A-F])\/([1-6])/,
    /Evaluation ([A-F])-([1-6])/,
    /(?:Grading|EVALUATION|Grade): ([A-Fa-f])([1-6])/,
    /(?:^|[\s;])([A-F])([1-6])(?=\s|$)/m,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return `${(match[1] as string).toUpperCase()}${match[2]}`;
  }
  return undefined;
}

describe('intelligence reports', () => {
  it('are text files with a reference, a grading and a protective marking at top and bottom', () => {
    expect(generated.reports.length).toBeGreaterThan(3);
    for (const report of generated.reports) {
      expect(report.fileName).toMatch(/^[A-Za-z0-9-]+\.txt$/);
      const lines = report.text.trimEnd().split('\n');
      const top = parseProtectiveMarking(lines[0] as string);
      expect(['OFFICIAL', 'OFFICIAL-SENSITIVE']).toContain(top);
      expect(parseProtectiveMarking(lines[lines.length - 1] as string)).toBe(top);
      const truth = generated.truth.reports[report.fileName];
      expect(truth).toBeDefined();
      expect(report.text).toContain(truth?.reference);
      expect(readGrading(report.text)).toBe(truth?.grading);
      expect(report.text).toMatch(/handling|\bH[1-5]\b/i);
    }
  });

  it('grade credible reports A or B, 1 or 2, and decoy reports lower', () => {
    for (const truth of Object.values(generated.truth.reports)) {
      const [source, credibility] = [truth.grading[0] as string, Number(truth.grading[1])];
      if (truth.credible) expect('AB'.includes(source) && credibility <= 2).toBe(true);
      else expect('AB'.includes(source) && credibility <= 2).toBe(false);
    }
    const spellings = new Set(generated.reports.map((report) => (/Source evaluation/.test(report.text) ? 'long' : /Grading:/.test(report.text) ? 'grading' : 'other')));
    expect(spellings.size).toBeGreaterThan(1);
  });

  it('has a truth entry for every report and no more', () => {
    expect(Object.keys(generated.truth.reports).sort()).toEqual(generated.reports.map((report) => report.fileName).sort());
  });
});

describe('watchlist', () => {
  it('has the documented columns, planted entries and entities that never trade', () => {
    expect(generated.watchlistHeader).toEqual([...watchlistHeaders]);
    expect(generated.watchlist.length).toBeGreaterThan(40);
    expect(generated.watchlist.some((entry) => entry.list === 'VESSELS OF INTEREST')).toBe(true);
    expect(generated.watchlist.some((entry) => entry.list !== 'VESSELS OF INTEREST' && entry.imo !== '')).toBe(true);
    const names = new Set(generated.watchlist.map((entry) => entry.name));
    for (const entry of [...Object.values(generated.truth.schemes), ...Object.values(generated.truth.decoys)]) {
      for (const name of entry.watchlistNames) expect(names.has(name)).toBe(true);
    }
    const written = new Set(generated.rows.flatMap((row) => [row.shipperName, row.consigneeName, row.notifyPartyName]));
    expect(generated.watchlist.filter((entry) => !written.has(entry.name ?? '')).length).toBeGreaterThan(20);
    for (const entry of generated.watchlist) {
      expect(findCountry(entry.country ?? '')).toBeDefined();
      if (entry.list === 'VESSELS OF INTEREST') expect(isValidVesselImo(entry.imo ?? '')).toBe(true);
      else if (entry.imo) expect(isValidCompanyImo(entry.imo)).toBe(true);
      expect(['LOCAL TARGETING', 'PARTNER AGENCY ALERT', 'SANCTIONS', 'VESSELS OF INTEREST']).toContain(entry.list);
    }
  });
});

describe('examination outcomes', () => {
  it('are past examinations of bills in the manifests, seizures only of planted consignments', () => {
    expect(Object.keys(generated.outcomes[0] ?? {})).toEqual([...outcomeHeaders]);
    const arrivalOfBill = new Map(generated.rows.map((row) => [row.billOfLadingNumber, row.arrivalDate]));
    const schemeBills = new Set(Object.values(generated.truth.schemes).flatMap((entry) => entry.billsOfLading));
    const cutoff = generated.truth.generator.examinationCutoffDate;
    expect(generated.outcomes.some((outcome) => outcome.result === 'seizure')).toBe(true);
    expect(generated.outcomes.some((outcome) => outcome.result === 'no find')).toBe(true);
    for (const outcome of generated.outcomes) {
      const arrival = arrivalOfBill.get(outcome.bill_of_lading_number as string);
      expect(arrival).toBeDefined();
      expect(arrival! < cutoff).toBe(true);
      expect((outcome.examination_date as string) > arrival!).toBe(true);
      expect(['seizure', 'no find']).toContain(outcome.result);
      if (outcome.result === 'seizure') expect(schemeBills.has(outcome.bill_of_lading_number as string)).toBe(true);
    }
  });
});
