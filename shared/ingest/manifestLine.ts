import { currencyUnitPattern, parseDecimal, parseInteger, parseManifestDate, weightUnitPattern } from './fieldParsers';
import type { FieldParse } from './fieldParsers';
import { manifestFields } from './manifestFields';
import type { ManifestFieldId } from './manifestFields';
import type { HeaderMapping } from './headerMapping';

/** A validated manifest line, ready to store. Text fields are trimmed; absent fields are null. */
export interface ManifestLine {
  readonly billOfLadingNumber: string;
  readonly masterBillOfLadingNumber: string | null;
  readonly lineNumber: number | null;
  readonly arrivalDate: string | null;
  readonly vesselName: string | null;
  readonly vesselImo: string | null;
  readonly voyageNumber: string | null;
  readonly placeOfReceipt: string | null;
  readonly portOfLoading: string | null;
  readonly portOfDischarge: string | null;
  readonly countryOfOrigin: string | null;
  readonly shipperName: string | null;
  readonly shipperAddress: string | null;
  readonly shipperPhone: string | null;
  readonly consigneeName: string | null;
  readonly consigneeAddress: string | null;
  readonly consigneePhone: string | null;
  readonly notifyPartyName: string | null;
  readonly notifyPartyAddress: string | null;
  readonly notifyPartyPhone: string | null;
  readonly containerNumber: string | null;
  readonly hsCode: string | null;
  readonly goodsDescription: string | null;
  readonly packages: number | null;
  readonly grossWeightKg: number | null;
  readonly declaredValueUsd: number | null;
}

export interface FieldIssue {
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

export type ManifestLineResult =
  | { readonly kind: 'line'; readonly line: ManifestLine; readonly fieldIssues: readonly FieldIssue[] }
  | { readonly kind: 'rejected'; readonly column: string | null; readonly value: string | null; readonly reason: string };

/** Longest text accepted in one field; longer values are a sign of a broken record. */
export const maxFieldLength = 4096;

const fieldKinds: ReadonlyMap<ManifestFieldId, (typeof manifestFields)[number]['kind']> = new Map(manifestFields.map((field) => [field.id, field.kind]));

/**
 * Reads one data record into a manifest line. A record is rejected only when it cannot be a
 * manifest line at all (no B/L number, wrong field count, broken quoting); a field that cannot be
 * read is dropped from a kept line with a reason.
 */
export function readManifestLine(fields: readonly string[], headers: readonly string[], mapping: HeaderMapping, structuralError?: string): ManifestLineResult {
  if (structuralError !== undefined) return { kind: 'rejected', column: null, value: null, reason: structuralError };
  if (fields.length < headers.length) {
    return { kind: 'rejected', column: null, value: null, reason: `record has ${fields.length} fields, the header has ${headers.length} (a line break inside an unquoted field?)` };
  }
  if (fields.length > headers.length) {
    const extra = fields.slice(headers.length);
    if (extra.some((value) => value.trim() !== '')) {
      return { kind: 'rejected', column: null, value: extra.join(','), reason: `record has ${fields.length} fields, the header has ${headers.length} (an unquoted delimiter inside a field?)` };
    }
  }
  const text: Partial<Record<ManifestFieldId, string>> = {};
  const columnOf: Partial<Record<ManifestFieldId, string>> = {};
  for (const [column, field] of mapping.fieldByColumn) {
    const value = (fields[column] ?? '').trim();
    columnOf[field] = headers[column] ?? field;
    if (value.length > maxFieldLength) {
      return { kind: 'rejected', column: headers[column] ?? field, value: `${value.slice(0, 80)}…`, reason: `field is ${value.length} characters long (limit ${maxFieldLength})` };
    }
    if (value !== '') text[field] = value;
  }
  const billOfLadingNumber = text.billOfLadingNumber;
  if (billOfLadingNumber === undefined) {
    return { kind: 'rejected', column: columnOf.billOfLadingNumber ?? 'B/L No.', value: '', reason: 'bill-of-lading number is empty' };
  }
  const fieldIssues: FieldIssue[] = [];
  const typed = <T>(field: ManifestFieldId, parse: (value: string) => FieldParse<T>): T | null => {
    const value = text[field];
    if (value === undefined) return null;
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    fieldIssues.push({ column: columnOf[field] ?? field, value, reason: `${parsed.reason}; field left empty` });
    return null;
  };
  const plain = (field: ManifestFieldId): string | null => (fieldKinds.get(field) === 'text' ? (text[field] ?? null) : null);
  const line: ManifestLine = {
    billOfLadingNumber,
    masterBillOfLadingNumber: plain('masterBillOfLadingNumber'),
    lineNumber: typed('lineNumber', parseInteger),
    arrivalDate: typed('arrivalDate', parseManifestDate),
    vesselName: plain('vesselName'),
    vesselImo: plain('vesselImo'),
    voyageNumber: plain('voyageNumber'),
    placeOfReceipt: plain('placeOfReceipt'),
    portOfLoading: plain('portOfLoading'),
    portOfDischarge: plain('portOfDischarge'),
    countryOfOrigin: plain('countryOfOrigin'),
    shipperName: plain('shipperName'),
    shipperAddress: plain('shipperAddress'),
    shipperPhone: plain('shipperPhone'),
    consigneeName: plain('consigneeName'),
    consigneeAddress: plain('consigneeAddress'),
    consigneePhone: plain('consigneePhone'),
    notifyPartyName: plain('notifyPartyName'),
    notifyPartyAddress: plain('notifyPartyAddress'),
    notifyPartyPhone: plain('notifyPartyPhone'),
    containerNumber: plain('containerNumber'),
    hsCode: plain('hsCode'),
    goodsDescription: plain('goodsDescription'),
    packages: typed('packages', parseInteger),
    grossWeightKg: typed('grossWeightKg', (value) => parseDecimal(value, weightUnitPattern)),
    declaredValueUsd: typed('declaredValueUsd', (value) => parseDecimal(value, currencyUnitPattern)),
  };
  return { kind: 'line', line, fieldIssues };
}
