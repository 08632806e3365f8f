import { excelSerialToIso } from './excelSerialDate';
import { kilogramsPer, splitWeightUnit, toKilograms } from './weightUnits';

/**
 * Parsers for the typed fields of a manifest line. Each returns either a value or a reason the
 * text could not be read; the importer keeps the row and records the reason against the field.
 */
export type FieldParse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const monthNames: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/**
 * Reads a date as manifests write it: ISO (2026-05-15, with or without time), compact 20260515,
 * day-first 15/05/2026 or 15.05.2026 (month-first only when the day-first reading is impossible),
 * written months ("15 May 2026", "15-MAY-26", "May 15, 2026"), and Excel serial day numbers left
 * unformatted by a spreadsheet export (five digits, 32874 to 73050: 1990 to 2099). Returns ISO
 * yyyy-mm-dd.
 */
export function parseManifestDate(text: string): FieldParse<string> {
  const trimmed = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(trimmed) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]), text);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(match[3] as string);
    return first > 12 || second <= 12 ? isoDate(year, second, first, text) : isoDate(year, first, second, text);
  }
  match = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})$/.exec(trimmed);
  if (match) return isoDate(fullYear(match[3] as string), monthNames[(match[2] as string).toLowerCase()] ?? 0, Number(match[1]), text);
  match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(trimmed);
  if (match) return isoDate(Number(match[3]), monthNames[(match[1] as string).toLowerCase()] ?? 0, Number(match[2]), text);
  if (/^\d{5}(?:\.\d+)?$/.test(trimmed)) {
    const serial = Number(trimmed);
    const iso = serial >= firstSerialDate && serial < lastSerialDate ? excelSerialToIso(Math.floor(serial)) : null;
    if (iso !== null) return { ok: true, value: iso };
  }
  return { ok: false, reason: `not a recognised date: "${text}"` };
}

/** 1990-01-01 and 2100-01-01 as Excel 1900-system serials: the span read as serial dates. */
const firstSerialDate = 32874;
const lastSerialDate = 73051;

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

function isoDate(year: number, month: number, day: number, original: string): FieldParse<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2100) {
    return { ok: false, reason: `not a valid calendar date: "${original}"` };
  }
  return { ok: true, value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/**
 * Reads a non-negative decimal with an optional unit or currency ("1,234.5 KG", "USD 12 000",
 * "1.234,50"). When both '.' and ',' appear, the later one is the decimal separator; a single
 * ',' is decimal unless exactly three digits follow it (then it groups thousands).
 */
export function parseDecimal(text: string, unitPattern: RegExp): FieldParse<number> {
  if (plainNumber.test(text)) return { ok: true, value: Number(text) };
  const stripped = text.trim().replace(unitPattern, '').trim().replace(/[\s\u00a0']/g, '');
  if (!/^-?[\d.,]+$/.test(stripped) || !/\d/.test(stripped)) return { ok: false, reason: `not a number: "${text}"` };
  const lastDot = stripped.lastIndexOf('.');
  const lastComma = stripped.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    normalised = lastComma > lastDot ? stripped.replace(/\./g, '').replace(',', '.') : stripped.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const decimals = stripped.length - lastComma - 1;
    const commaCount = stripped.split(',').length - 1;
    normalised = commaCount === 1 && decimals !== 3 ? stripped.replace(',', '.') : stripped.replace(/,/g, '');
  } else {
    const dotCount = stripped.split('.').length - 1;
    normalised = dotCount > 1 ? stripped.replace(/\./g, '') : stripped;
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, reason: `not a number: "${text}"` };
  if (value < 0) return { ok: false, reason: `negative quantity: "${text}"` };
  return { ok: true, value };
}

const plainNumber = /^\d{1,15}(?:\.\d{1,15})?$/;

export const weightUnitPattern = /^(?:kgs?|kilos?|kilograms?)\s*|\s*(?:kgs?|kilos?|kilograms?|k)\.?$/i;
export const currencyUnitPattern = /^(?:usd|us\$|\$)\s*|\s*(?:usd|us\$)$/i;
export const countUnitPattern = /\s*(?:pkgs?|packages?|pcs|pieces?|ctns?|cartons?|plts?|pallets?|bags?|drums?|units?)\.?$/i;

export function parseInteger(text: string): FieldParse<number> {
  const parsed = parseDecimal(text, countUnitPattern);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value)) return { ok: false, reason: `not a whole number: "${text}"` };
  return parsed;
}

/**
 * Reads a gross weight as kilograms. The unit comes from the value itself ("1,000 LBS",
 * "21.000,00 KG") or from a separate unit column ("Pounds"); without either it is kilograms.
 */
export function parseWeightKg(text: string, unitColumn?: string): FieldParse<number> {
  if (plainNumber.test(text)) {
    // The common case, read without the unit splitting below (same result).
    if (unitColumn === undefined || unitColumn.trim() === '') return { ok: true, value: Number(text) };
    const declared = kilogramsPer(unitColumn);
    if (declared === undefined) return { ok: false, reason: `unknown unit of weight: "${unitColumn}"` };
    return { ok: true, value: declared === 1 ? Number(text) : toKilograms(Number(text), declared) };
  }
  let amount = text;
  let perUnit = 1;
  const inline = splitWeightUnit(text);
  if (inline !== null) {
    amount = inline.amount;
    perUnit = kilogramsPer(inline.unit) ?? 1;
  } else if (unitColumn !== undefined && unitColumn.trim() !== '') {
    const declared = kilogramsPer(unitColumn);
    if (declared === undefined) return { ok: false, reason: `unknown unit of weight: "${unitColumn}"` };
    perUnit = declared;
  }
  const parsed = parseDecimal(amount, weightUnitPattern);
  if (!parsed.ok) return { ok: false, reason: parsed.reason.replace(`"${amount}"`, `"${text}"`) };
  return { ok: true, value: perUnit === 1 ? parsed.value : toKilograms(parsed.value, perUnit) };
}
