import { findHsCode } from '../../reference';
import { keptAsWritten, normalisedFrom } from './fieldNormaliser';
import type { FieldNormaliserKind, Normalised } from './fieldNormaliser';

/**
 * HS codes checked against the nomenclature (HS 2022: chapters, headings, subheadings; 2, 4 or 6
 * digits). Dots, spaces and hyphens are layout ("8504.40", "8504 40" are 850440). Product policy:
 *  - a national tariff code (8 or 10 digits: "8504.40.9500", the US HTS, the EU CN) is stored as
 *    its HS6 part, the subheading the world shares, with the full code kept as written;
 *  - an odd number of digits (3, 5, 7, 9) is a code whose leading zero a spreadsheet dropped
 *    ("10121" for 010121: chapters 01 to 09): the zero is restored, with a warning;
 *  - a code the nomenclature does not have is stored (as digits) with a warning;
 *  - text that is not digits, or more than 10 digits, is kept as written with a warning.
 */
export const hsCodeNormaliserKind: FieldNormaliserKind = {
  kind: 'hsCode',
  storedAs: 'HS digits (2, 4 or 6; national codes as their HS6 part)',
  cacheable: true,
  create: () => ({ kind: 'hsCode', normalise: normaliseHsCodeText }),
};

const layout = /[\s.-]+/g;

export function normaliseHsCodeText(text: string): Normalised {
  const written = text.replace(layout, '');
  if (!/^\d+$/.test(written)) return keptAsWritten(text, `not an HS code (digits expected): "${text}"; kept as written`);
  if (written.length > 10) return keptAsWritten(text, `not an HS code: ${written.length} digits (at most 10); kept as written`);
  if (written.length === 1) return keptAsWritten(text, `not an HS code: one digit; kept as written`);
  const restored = written.length % 2 === 1;
  const digits = restored ? `0${written}` : written;
  const code = digits.length > 6 ? digits.slice(0, 6) : digits;
  const problems: string[] = [];
  if (restored) problems.push(`leading zero restored: read as ${digits}`);
  if (findHsCode(code) === undefined) {
    problems.push(digits.length > 6 ? `its HS6 part ${code} is not in the HS nomenclature` : `${code} is not in the HS nomenclature`);
  }
  return normalisedFrom(text, code, problems.length === 0 ? null : `HS code "${text}": ${problems.join('; ')}`);
}
