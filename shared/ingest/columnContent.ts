import { parseContainerNumber } from '../domain/containerNumber';
import { parseImoNumber } from '../domain/imoNumber';
import { findCountry } from '../reference/countries';
import { findHsCode, normalizeHsCode } from '../reference/hsCodes';
import { findSeaport } from '../reference/seaports';
import { countUnitPattern, currencyUnitPattern, parseDecimal, parseManifestDate, weightUnitPattern } from './fieldParsers';
import { kilogramsPer } from './weightUnits';

/**
 * What a column's sample values look like, for mapping columns whose header names no field
 * (an unseen layout, or cryptic headers such as "COL7", "F12", "Field 3"). Each kind is a test
 * of one value; a column is of a kind when most of its non-empty sample values pass it.
 *
 * Strong kinds are checked against a standard or the reference data (a check digit, the
 * UN/LOCODE list, the HS nomenclature, a calendar date); weak kinds (plain numbers, company-like
 * text, B/L-like tokens) only describe a shape and are proposed for cryptic headers only.
 */
export type ContentKind =
  | 'container-number'
  | 'vessel-imo'
  | 'unlocode'
  | 'date'
  | 'hs-code'
  | 'country-code'
  | 'weight-unit'
  | 'bill-of-lading-number'
  | 'weight'
  | 'money'
  | 'count'
  | 'decimal'
  | 'voyage'
  | 'vessel-name'
  | 'phone'
  | 'company-name'
  | 'address'
  | 'text';

export interface ContentKindSpec {
  readonly kind: ContentKind;
  readonly strong: boolean;
  /** The sample values that pass, in plain words: "ISO 6346 container numbers with valid check digits". */
  readonly description: string;
  readonly test: (value: string) => boolean;
}

const plainNumberPattern = /^-?\d{1,3}(?:[,\s']?\d{3})*(?:[.,]\d+)?$|^-?\d+(?:[.,]\d+)?$/;
const legalFormPattern =
  /\b(?:co|corp|corporation|company|inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|a\/s|kg|pte|pty|bhd|sdn|kk|jsc|ooo|trading|logistics|industries|industrial|enterprises?|imports?|exports?|international|group|holdings?|shipping|manufacturing|mfg)\b\.?/i;
const tokenPattern = /^[A-Z0-9][A-Z0-9-]{7,19}$/;

function isWeightUnit(value: string): boolean {
  return kilogramsPer(value) !== undefined;
}

function isPhoneNumber(value: string): boolean {
  const stripped = value.trim().replace(/^(?:tel|phone|ph|fax)\.?:?\s*/i, '');
  if (!/^\+?[\d\s()./-]+$/.test(stripped)) return false;
  const digits = stripped.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 16 && (/[\s()/-]|^\+/.test(stripped) || stripped !== value.trim() || /^0/.test(stripped));
}

function isHsCode(value: string): boolean {
  const digits = normalizeHsCode(value.trim());
  if (!/^\d{4,10}$/.test(digits)) return false;
  return findHsCode(digits.slice(0, 6)) !== undefined || findHsCode(digits.slice(0, 4)) !== undefined;
}

function isNumberWith(value: string, unit: RegExp): boolean {
  const trimmed = value.trim();
  if (!unit.test(trimmed)) return false;
  return parseDecimal(trimmed, unit).ok;
}

/** The kinds, most specific first: a value is counted for every kind it passes. */
export const contentKinds: readonly ContentKindSpec[] = [
  { kind: 'container-number', strong: true, description: 'ISO 6346 container numbers with valid check digits', test: (value) => parseContainerNumber(value) !== undefined },
  {
    kind: 'vessel-imo',
    strong: true,
    description: '7-digit IMO ship numbers with valid check digits',
    test: (value) => /^(?:IMO\s*)?\d{7}$/i.test(value.trim()) && (parseImoNumber(value)?.schemes.includes('vessel') ?? false),
  },
  { kind: 'unlocode', strong: true, description: 'UN/LOCODEs of seaports in the reference list', test: (value) => /^[A-Za-z]{2}\s?-?[A-Za-z0-9]{3}$/.test(value.trim()) && findSeaport(value) !== undefined },
  { kind: 'date', strong: true, description: 'calendar dates', test: (value) => !/^\d+(?:\.\d+)?$/.test(value.trim()) && parseManifestDate(value).ok },
  { kind: 'hs-code', strong: true, description: 'HS codes of 4 to 10 digits found in the nomenclature', test: isHsCode },
  { kind: 'weight-unit', strong: true, description: 'units of weight (KG, LBS, ...)', test: isWeightUnit },
  {
    kind: 'country-code',
    strong: true,
    description: 'ISO 3166 country codes',
    test: (value) => /^[A-Za-z]{2,3}$/.test(value.trim()) && !isWeightUnit(value) && findCountry(value) !== undefined,
  },
  {
    kind: 'bill-of-lading-number',
    strong: false,
    description: 'B/L-number-like tokens (8 to 20 letters and digits)',
    test: (value) => {
      const trimmed = value.trim().toUpperCase();
      if (!tokenPattern.test(trimmed) || !/\d/.test(trimmed) || parseContainerNumber(trimmed) !== undefined) return false;
      return /[A-Z]/.test(trimmed) ? (trimmed.match(/-/g) ?? []).length <= 1 : /^\d{9,20}$/.test(trimmed);
    },
  },
  { kind: 'weight', strong: false, description: 'weights with a unit (KG, LBS, ...)', test: (value) => isNumberWith(value, weightUnitPattern) },
  { kind: 'money', strong: false, description: 'amounts of money (USD, $)', test: (value) => isNumberWith(value, currencyUnitPattern) },
  { kind: 'count', strong: false, description: 'whole numbers or counts of packages', test: (value) => isNumberWith(value, countUnitPattern) || /^\d{1,6}$/.test(value.trim()) },
  { kind: 'decimal', strong: false, description: 'numbers', test: (value) => plainNumberPattern.test(value.trim()) },
  { kind: 'voyage', strong: false, description: 'voyage-number-like codes (3 to 10 letters and digits)', test: (value) => /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{3,10}$/.test(value.trim()) },
  { kind: 'vessel-name', strong: false, description: 'names (a few words of letters)', test: (value) => /^[A-Za-z][A-Za-z .'-]{2,40}$/.test(value.trim()) && value.trim().split(/\s+/).length <= 5 },
  { kind: 'phone', strong: false, description: 'telephone numbers', test: isPhoneNumber },
  {
    kind: 'company-name',
    strong: false,
    description: 'company names (a legal form or trade word such as LTD, CO, GMBH, TRADING)',
    test: (value) => /[A-Za-z]{2}/.test(value) && legalFormPattern.test(value) && value.trim().length >= 4,
  },
  {
    kind: 'address',
    strong: false,
    description: 'postal addresses (a number and several words)',
    test: (value) => /\d/.test(value) && /[A-Za-z]{3}/.test(value) && value.trim().split(/[\s,]+/).length >= 4,
  },
  { kind: 'text', strong: false, description: 'text of several words', test: (value) => /[A-Za-z]{3}/.test(value) && value.trim().split(/\s+/).length >= 2 },
];

export interface ContentTally {
  readonly nonEmpty: number;
  /** Per kind: how many non-empty sample values pass. */
  readonly matches: ReadonlyMap<ContentKind, number>;
  /** Non-empty sample values that are plain numbers (digits, separators, a decimal part). */
  readonly plainNumbers: number;
  readonly integers: number;
  /** Distinct non-empty values (after trimming and upper-casing). */
  readonly distinct: number;
  /** The median of the plain numbers, or null. */
  readonly medianNumber: number | null;
}

/** Counts, over a column's sample values, how many are of each kind. */
export function tallyColumnContent(values: readonly string[]): ContentTally {
  const matches = new Map<ContentKind, number>();
  let nonEmpty = 0;
  let integers = 0;
  const numbers: number[] = [];
  const seen = new Set<string>();
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    nonEmpty++;
    seen.add(value.toUpperCase());
    for (const spec of contentKinds) if (spec.test(value)) matches.set(spec.kind, (matches.get(spec.kind) ?? 0) + 1);
    if (plainNumberPattern.test(value)) {
      const parsed = parseDecimal(value, /$^/);
      if (parsed.ok) {
        numbers.push(parsed.value);
        if (Number.isInteger(parsed.value) && !/[.,]\d{1,2}$/.test(value)) integers++;
      }
    }
  }
  numbers.sort((left, right) => left - right);
  const medianNumber = numbers.length === 0 ? null : (numbers[Math.floor(numbers.length / 2)] as number);
  return { nonEmpty, matches, plainNumbers: numbers.length, integers, distinct: seen.size, medianNumber };
}

export function contentKindSpec(kind: ContentKind): ContentKindSpec {
  return contentKinds.find((spec) => spec.kind === kind) as ContentKindSpec;
}
