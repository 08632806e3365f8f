import { currencyUnitPattern, parseDecimal, parseInteger, parseManifestDate, parseWeightKg } from './fieldParsers';
import type { FieldParse } from './fieldParsers';
import type { ManifestFieldId } from './manifestFields';
import type { HeaderMapping } from './headerMapping';
import { hsCodeInText } from './hsCodeInText';

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
  | {
      readonly kind: 'line';
      readonly line: ManifestLine;
      readonly fieldIssues: readonly FieldIssue[];
      /** True when the HS code was taken from an "HS CODE: ..." note in the goods description. */
      readonly hsCodeFromDescription: boolean;
    }
  | { readonly kind: 'rejected'; readonly column: string | null; readonly value: string | null; readonly reason: string };

/** Longest text accepted in one field; longer values are a sign of a broken record. */
export const maxFieldLength = 4096;

/**
 * Reads one data record (its fields in the order of `headers`; missing trailing fields are empty)
 * into a manifest line. A record is rejected only when it cannot be a manifest line at all (no
 * B/L number, an absurdly long field); a field that cannot be read is dropped from a kept line
 * with a reason. Whether the record itself is well-formed is the file format's business.
 */
export function readManifestLine(fields: readonly string[], headers: readonly string[], mapping: HeaderMapping): ManifestLineResult {
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
  const typed = <T>(field: ManifestFieldId, parsed: FieldParse<T> | null): T | null => {
    if (parsed === null) return null;
    if (parsed.ok) return parsed.value;
    fieldIssues.push({ column: columnOf[field] ?? field, value: text[field] as string, reason: `${parsed.reason}; field left empty` });
    return null;
  };
  const goodsDescription = text.goodsDescription ?? null;
  const declaredHsCode = text.hsCode ?? null;
  const describedHsCode = declaredHsCode === null && goodsDescription !== null ? hsCodeInText(goodsDescription) : null;
  const { lineNumber, arrivalDate, packages, grossWeightKg, declaredValueUsd } = text;
  const line: ManifestLine = {
    billOfLadingNumber,
    masterBillOfLadingNumber: text.masterBillOfLadingNumber ?? null,
    lineNumber: typed('lineNumber', lineNumber === undefined ? null : parseInteger(lineNumber)),
    arrivalDate: typed('arrivalDate', arrivalDate === undefined ? null : parseManifestDate(arrivalDate)),
    vesselName: text.vesselName ?? null,
    vesselImo: text.vesselImo ?? null,
    voyageNumber: text.voyageNumber ?? null,
    placeOfReceipt: text.placeOfReceipt ?? null,
    portOfLoading: text.portOfLoading ?? null,
    portOfDischarge: text.portOfDischarge ?? null,
    countryOfOrigin: text.countryOfOrigin ?? null,
    shipperName: text.shipperName ?? null,
    shipperAddress: text.shipperAddress ?? null,
    shipperPhone: text.shipperPhone ?? null,
    consigneeName: text.consigneeName ?? null,
    consigneeAddress: text.consigneeAddress ?? null,
    consigneePhone: text.consigneePhone ?? null,
    notifyPartyName: text.notifyPartyName ?? null,
    notifyPartyAddress: text.notifyPartyAddress ?? null,
    notifyPartyPhone: text.notifyPartyPhone ?? null,
    containerNumber: text.containerNumber ?? null,
    hsCode: declaredHsCode ?? describedHsCode,
    goodsDescription,
    packages: typed('packages', packages === undefined ? null : parseInteger(packages)),
    grossWeightKg: typed('grossWeightKg', grossWeightKg === undefined ? null : parseWeightKg(grossWeightKg, text.grossWeightUnit)),
    declaredValueUsd: typed('declaredValueUsd', declaredValueUsd === undefined ? null : parseDecimal(declaredValueUsd, currencyUnitPattern)),
  };
  return { kind: 'line', line, fieldIssues, hsCodeFromDescription: describedHsCode !== null };
}
