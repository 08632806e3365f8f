import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMarking } from '../../../shared/markings/exportMarking';
import { combineMarkingLines, compareMarkingLines, markingDominates, markingFileNamePrefix, MarkingLineError, parseMarkingLine, plainMarkingLine, renderMarkingLine } from '../../../shared/markings/markingLine';
import type { MarkingLine } from '../../../shared/markings/markingLine';
import { protectiveMarkings } from '../../../shared/markings/protectiveMarking';

describe('parseMarkingLine', () => {
  it('reads the canonical form and renders it back unchanged', () => {
    const text = 'OFFICIAL-SENSITIVE [COMMERCIAL, PERSONAL] | UK EYES ONLY | RELEASABLE TO: POLICE, BORDER FORCE';
    const line = parseMarkingLine(text);
    expect(line).toEqual({ classification: 'OFFICIAL-SENSITIVE', descriptors: ['COMMERCIAL', 'PERSONAL'], caveats: ['UK EYES ONLY'], releasableTo: ['POLICE', 'BORDER FORCE'] });
    expect(renderMarkingLine(line)).toBe(text);
  });

  it.each([
    ['official', 'OFFICIAL'],
    ['Official Sensitive: Commercial', 'OFFICIAL-SENSITIVE [COMMERCIAL]'],
    ['OFFICIAL\u2013SENSITIVE LOCSEN', 'OFFICIAL-SENSITIVE [LOCSEN]'],
    ['SECRET UK EYES ONLY', 'SECRET | UK EYES ONLY'],
    ['secret // rel to Police and Border Force', 'SECRET | RELEASABLE TO: POLICE, BORDER FORCE'],
    ['TOP SECRET - UK/US/AUS EYES ONLY', 'TOP SECRET | UK/AUS/US EYES ONLY'],
    ['OFFICIAL-SENSITIVE PERSONAL COMMERCIAL RELEASABLE TO: NCA; NO ONWARD DISSEMINATION', 'OFFICIAL-SENSITIVE [COMMERCIAL, PERSONAL] | NO ONWARD DISSEMINATION | RELEASABLE TO: NCA'],
    ['OFFICIAL | RELEASABLE TO: NONE', 'OFFICIAL | RELEASABLE TO: NONE'],
  ])('reads %j as %j', (written, canonical) => {
    expect(renderMarkingLine(parseMarkingLine(written))).toBe(canonical);
  });

  it.each([
    ['', 'the marking is empty'],
    ['RESTRICTED', 'does not start with a classification'],
    ['OFFICIALLY', 'does not start with a classification'],
    ['OFFICIAL-SENSITIVE [SPORTS]', "'SPORTS' is not a descriptor"],
    ['SECRET | FRIENDS ONLY', "'FRIENDS ONLY' is neither a descriptor"],
    ['OFFICIAL RELEASABLE TO:', 'names no agency'],
    ['OFFICIAL RELEASABLE TO: POLICE, <SCRIPT>', "'<SCRIPT>' is not an agency name"],
  ])('refuses %j with the reason', (written, reason) => {
    expect(() => parseMarkingLine(written)).toThrow(MarkingLineError);
    expect(() => parseMarkingLine(written)).toThrow(reason);
  });

  it('gives a file-name prefix without caveats or separators', () => {
    expect(markingFileNamePrefix(parseMarkingLine('OFFICIAL-SENSITIVE [COMMERCIAL] | UK/US EYES ONLY | RELEASABLE TO: POLICE'))).toBe('OFFICIAL-SENSITIVE COMMERCIAL');
  });
});

describe('combining markings', () => {
  it('takes the highest classification, every descriptor and caveat, and intersects releasability', () => {
    const combined = combineMarkingLines([
      parseMarkingLine('OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE, NCA'),
      parseMarkingLine('SECRET | UK/US EYES ONLY | RELEASABLE TO: BORDER FORCE, POLICE'),
      parseMarkingLine('OFFICIAL [PERSONAL] | UK/CA EYES ONLY'),
      parseMarkingLine('OFFICIAL'),
    ]);
    expect(renderMarkingLine(combined)).toBe('SECRET [COMMERCIAL, PERSONAL] | UK EYES ONLY | RELEASABLE TO: POLICE, BORDER FORCE');
  });

  it('says so when no agency is left to release to', () => {
    const combined = combineMarkingLines([parseMarkingLine('OFFICIAL RELEASABLE TO: POLICE'), parseMarkingLine('OFFICIAL RELEASABLE TO: NCA')]);
    expect(renderMarkingLine(combined)).toBe('OFFICIAL | RELEASABLE TO: NONE');
    expect(parseMarkingLine(renderMarkingLine(combined))).toEqual(combined);
  });

  it('marks an export by the workspace and the reports it includes', () => {
    const workspace = parseMarkingLine('OFFICIAL-SENSITIVE | RELEASABLE TO: POLICE, BORDER FORCE');
    const marking = exportMarking(workspace, [
      { reference: 'INT-1', marking: 'OFFICIAL', handlingCode: '1' },
      { reference: 'INT-2', marking: 'SECRET', handlingCode: 'C' },
      { reference: null, marking: null, handlingCode: '1' },
    ]);
    expect(marking.text).toBe('SECRET | RELEASABLE TO: POLICE, BORDER FORCE');
    expect(marking.handlingCodes).toEqual(['1', 'C']);
    expect(marking.raisedBy).toEqual(['INT-2']);
    expect(exportMarking(workspace).text).toBe('OFFICIAL-SENSITIVE | RELEASABLE TO: POLICE, BORDER FORCE');
  });
});

const agencies = ['POLICE', 'BORDER FORCE', 'NCA', 'HMRC'];
const lineArbitrary: fc.Arbitrary<MarkingLine> = fc
  .record({
    classification: fc.constantFrom(...protectiveMarkings.map((marking) => marking.id)),
    descriptors: fc.subarray(['COMMERCIAL', 'LOCSEN', 'PERSONAL', 'OPERATIONAL']),
    eyes: fc.option(fc.subarray(['US', 'CA', 'AUS', 'NZ'])),
    noOnward: fc.boolean(),
    releasableTo: fc.option(fc.subarray(agencies)),
  })
  .map(({ classification, descriptors, eyes, noOnward, releasableTo }) =>
    combineMarkingLines([
      {
        classification,
        descriptors,
        caveats: [...(eyes === null ? [] : [`${['UK', ...eyes].join('/')} EYES ONLY`]), ...(noOnward ? ['NO ONWARD DISSEMINATION'] : [])],
        releasableTo,
      },
    ]),
  );

describe('marking properties', () => {
  it('render and parse are inverse on canonical lines', () => {
    fc.assert(
      fc.property(lineArbitrary, (line) => {
        expect(parseMarkingLine(renderMarkingLine(line))).toEqual(line);
      }),
    );
  });

  it('the combination dominates every part, and is dominated by anything that dominates them all', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { minLength: 1, maxLength: 5 }), lineArbitrary, (parts, other) => {
        const combined = combineMarkingLines(parts);
        for (const part of parts) expect(markingDominates(combined, part)).toBe(true);
        if (parts.every((part) => markingDominates(other, part))) expect(markingDominates(other, combined)).toBe(true);
      }),
    );
  });

  it('sorting never puts a line before one it strictly dominates', () => {
    fc.assert(
      fc.property(lineArbitrary, lineArbitrary, (a, b) => {
        if (markingDominates(a, b) && !markingDominates(b, a)) expect(compareMarkingLines(a, b)).toBeGreaterThan(0);
      }),
    );
  });

  it('a plain classification is dominated by the same classification with controls', () => {
    expect(markingDominates(parseMarkingLine('SECRET [PERSONAL]'), plainMarkingLine('SECRET'))).toBe(true);
    expect(markingDominates(plainMarkingLine('SECRET'), parseMarkingLine('OFFICIAL RELEASABLE TO: POLICE'))).toBe(false);
    expect(markingDominates(parseMarkingLine('SECRET RELEASABLE TO: POLICE'), parseMarkingLine('OFFICIAL RELEASABLE TO: POLICE, NCA'))).toBe(true);
  });
});
