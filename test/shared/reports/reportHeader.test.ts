import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateManifestWorldSync } from '../../../shared/generator';
import type { WorldTruth } from '../../../shared/generator';
import { parseProtectiveMarking } from '../../../shared/markings/protectiveMarking';
import { gradingCode, headerSegments, parseReportDate, parseReportHeader } from '../../../shared/reports/reportHeader';
import { reportHeaderStyles } from '../../../shared/reports/reportHeaderStyles';
import { fixturePath } from '../../support/engineHarness';

interface ExpectedParse {
  readonly reference: string | null;
  readonly date: string | null;
  readonly grading: string | null;
  readonly handlingCode: string | null;
  readonly marking: string | null;
  readonly originator: string | null;
  readonly title: string | null;
  readonly flags: readonly { readonly field: string; readonly text: string | null; readonly line: number | null }[];
}

const corpusFolder = fixturePath('reports/headers');
const expected = JSON.parse(readFileSync(`${corpusFolder}/expected.json`, 'utf8')) as Record<string, ExpectedParse>;

describe('the header corpus (test/fixtures/reports/headers)', () => {
  it('has an expected parse for every report in the folder', () => {
    const files = readdirSync(corpusFolder).filter((name) => name !== 'expected.json').sort();
    expect(files).toEqual(Object.keys(expected).sort());
  });

  for (const [fileName, want] of Object.entries(expected)) {
    it(`reads ${fileName}`, () => {
      const parsed = parseReportHeader(readFileSync(`${corpusFolder}/${fileName}`, 'utf8'));
      expect({
        reference: parsed.reference,
        date: parsed.date,
        grading: gradingCode(parsed.sourceReliability, parsed.informationCredibility),
        handlingCode: parsed.handlingCode,
        marking: parsed.marking,
        originator: parsed.originator,
        title: parsed.title,
        flags: parsed.flags.map(({ field, text, line }) => ({ field, text, line })),
      }).toEqual(want);
      // Every flag says why.
      for (const flag of parsed.flags) expect(flag.reason.length).toBeGreaterThan(10);
      // Every field read names the segment it came from, as written, and the style that read it.
      for (const field of parsed.fields) {
        expect(reportHeaderStyles.map((style) => style.id)).toContain(field.style);
        expect(field.asWritten.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('header styles registry', () => {
  it('reads every example of every style with that style', () => {
    for (const style of reportHeaderStyles) {
      for (const example of style.examples) {
        expect(headerSegments(example), `${style.id}: ${example}`).toEqual([example.replace(/:\s+/g, ': ')]);
        const firstMatching = reportHeaderStyles.find((candidate) => candidate.pattern.test(example));
        expect(firstMatching?.id, example).toBe(style.id);
      }
    }
  });

  it('has unique ids', () => {
    expect(new Set(reportHeaderStyles.map((style) => style.id)).size).toBe(reportHeaderStyles.length);
  });
});

describe('parseReportDate', () => {
  it.each([
    ['2026-05-15', '2026-05-15'],
    ['15/05/2026', '2026-05-15'],
    ['5/5/2026', '2026-05-05'],
    ['15.05.2026', '2026-05-15'],
    ['15 May 2026', '2026-05-15'],
    ['15 MAY 2026', '2026-05-15'],
    ['15th May 2026', '2026-05-15'],
    ['1 Sept 2026', '2026-09-01'],
    ['15-May-2026', '2026-05-15'],
    ['May 15, 2026', '2026-05-15'],
    ['Friday, 15 May 2026', '2026-05-15'],
    ['15/05/2026 14:30', '2026-05-15'],
    ['2026-05-15T09:30:00Z', '2026-05-15'],
  ])('reads %s', (text, iso) => expect(parseReportDate(text)).toBe(iso));

  it.each(['31/02/2026', '2026-13-01', '15 Mayo 2026', 'sometime in May', '15/05/26', '', '00/01/2026'])('refuses %s', (text) => {
    expect(parseReportDate(text)).toBeNull();
  });
});

describe('the generator\'s reports against its truth', () => {
  it('reads reference, date, grading and marking of every generated report, in all its header layouts, without a flag', () => {
    const reports: { fileName: string; text: string }[] = [];
    const truths: WorldTruth['reports'][] = [];
    // Several worlds, for every header layout and grading spelling the generator writes.
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      generateManifestWorldSync({ seed, lines: 4000 }, {
        manifests: () => undefined,
        outcomes: () => undefined,
        report: (fileName, text) => void reports.push({ fileName: `${seed}/${fileName}`, text }),
        watchlist: () => undefined,
        truth: (value) => void truths.push(Object.fromEntries(Object.entries(value.reports).map(([name, truth]) => [`${seed}/${name}`, truth]))),
      });
    }
    const truth = Object.assign({}, ...truths) as WorldTruth['reports'];
    expect(reports.length).toBeGreaterThan(40);
    for (const report of reports) {
      const parsed = parseReportHeader(report.text);
      const want = truth[report.fileName];
      expect(parsed.reference, report.fileName).toBe(want?.reference);
      expect(parsed.date, report.fileName).toBe(want?.date);
      expect(gradingCode(parsed.sourceReliability, parsed.informationCredibility), report.fileName).toBe(want?.grading);
      // The generator heads and closes each report with its marking.
      expect(parsed.marking, report.fileName).toBe(parseProtectiveMarking(report.text.split('\n')[0] as string));
      expect(parsed.handlingCode, report.fileName).not.toBeNull();
      expect(parsed.flags, report.fileName).toEqual([]);
    }
  });
});
