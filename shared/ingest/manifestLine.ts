import { currencyUnitPattern, parseDecimal, parseInteger, parseManifestDate, parseWeightKg } from './fieldParsers';
import type { FieldParse } from './fieldParsers';
import { manifestFields } from './manifestFields';
import type { ManifestFieldId } from './manifestFields';
import type { HeaderMapping } from './headerMapping';
import { detachedString } from './detachedString';
import { hsCodeInText } from './hsCodeInText';
import { NormalisationSession, normalisedManifestFields } from './normalisation/fieldNormalisers';
import type { CachedNormaliser, NormalisedManifestFieldId } from './normalisation/fieldNormalisers';
import type { Normalised } from './normalisation/fieldNormaliser';

/**
 * A validated manifest line, ready to store. Text fields are trimmed; absent fields are null.
 * Identifier fields are normalised (see normalisation/): `*AsWritten` holds the text as written
 * when it differs from the stored value, null otherwise.
 */
export interface ManifestLine {
  readonly billOfLadingNumber: string;
  readonly masterBillOfLadingNumber: string | null;
  readonly lineNumber: number | null;
  readonly arrivalDate: string | null;
  readonly vesselName: string | null;
  readonly vesselImo: string | null;
  readonly vesselImoAsWritten: string | null;
  readonly voyageNumber: string | null;
  readonly placeOfReceipt: string | null;
  readonly placeOfReceiptAsWritten: string | null;
  readonly portOfLoading: string | null;
  readonly portOfLoadingAsWritten: string | null;
  readonly portOfDischarge: string | null;
  readonly portOfDischargeAsWritten: string | null;
  readonly countryOfOrigin: string | null;
  readonly countryOfOriginAsWritten: string | null;
  readonly shipperName: string | null;
  readonly shipperAddress: string | null;
  readonly shipperPhone: string | null;
  readonly consigneeName: string | null;
  readonly consigneeAddress: string | null;
  readonly consigneePhone: string | null;
  readonly notifyPartyName: string | null;
  readonly notifyPartyAddress: string | null;
  readonly notifyPartyPhone: string | null;
  readonly shipperEmail: string | null;
  readonly consigneeEmail: string | null;
  readonly notifyPartyEmail: string | null;
  readonly containerNumber: string | null;
  readonly containerNumberAsWritten: string | null;
  readonly hsCode: string | null;
  readonly hsCodeAsWritten: string | null;
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

/** Which bills are new to the store: bill-level fields are stored (and their problems reported) once, from the row that creates the bill. */
export interface BillRegistry {
  isNewBill(billOfLadingNumber: string): boolean;
}

/** Values changed by normalisation, per field: counted for the file's notes. */
export class NormalisationTally {
  readonly changed = new Map<NormalisedManifestFieldId, { count: number; readonly column: string; readonly example: Normalised }>();

  count(field: NormalisedManifestFieldId, column: string, result: Normalised): void {
    const entry = this.changed.get(field);
    if (entry === undefined) this.changed.set(field, { count: 1, column, example: { ...result, value: detachedString(result.value), asWritten: result.asWritten === null ? null : detachedString(result.asWritten) } });
    else entry.count++;
  }

  /** One note per field whose values were changed: how many, an example, and that the text as written is kept. */
  notes(): string[] {
    return [...this.changed.values()].map(({ count, column, example }) =>
      `${column}: ${count === 1 ? '1 value was' : `${count} values were`} normalised (e.g. "${example.asWritten}" stored as ${example.value}); the text as written is kept with ${count === 1 ? 'it' : 'each'}`);
  }
}

const fieldCount = manifestFields.length;
const slotOf = Object.fromEntries(manifestFields.map((field, index) => [field.id, index])) as Record<ManifestFieldId, number>;
const noIssues: readonly FieldIssue[] = Object.freeze([]);
/** Distinct dates remembered per table: a file has a few hundred arrival dates over millions of rows. */
const maxCachedDates = 10_000;

/**
 * Reads the data records of one table (its fields in the order of `headers`; missing trailing
 * fields are empty) into manifest lines. A record is rejected only when it cannot be a manifest
 * line at all (no B/L number, an absurdly long field); a field that cannot be read is dropped from
 * a kept line with a reason, and an identifier that cannot be normalised is kept as written with a
 * reason. Whether the record itself is well-formed is the file format's business.
 *
 * Built once per table: the column of each field is looked up once, not per row.
 */
export class ManifestLineReader {
  /** Column index of each field (in manifestFields order), -1 when the table has none. */
  private readonly columnOf: Int32Array;
  /** The header of each field's column, for issues. */
  private readonly headerOf: string[];
  /** Mapped columns in column order, with their field slot. */
  private readonly mappedColumns: readonly (readonly [column: number, slot: number])[];
  private readonly values: (string | null)[] = new Array<string | null>(fieldCount).fill(null);
  private readonly dates = new Map<string, FieldParse<string>>();
  private readonly normalisers: Readonly<Record<NormalisedManifestFieldId, CachedNormaliser>>;
  /** Issues of the row being read (null until the first). */
  private issues: FieldIssue[] | null = null;

  constructor(
    headers: readonly string[],
    mapping: HeaderMapping,
    private readonly bills: BillRegistry,
    normalisation: NormalisationSession = new NormalisationSession(),
    private readonly tally: NormalisationTally = new NormalisationTally(),
  ) {
    this.columnOf = new Int32Array(fieldCount).fill(-1);
    this.headerOf = manifestFields.map((field) => field.header as string);
    const mapped: (readonly [number, number])[] = [];
    for (const [column, field] of mapping.fieldByColumn) {
      const slot = slotOf[field];
      this.columnOf[slot] = column;
      this.headerOf[slot] = headers[column] ?? field;
      mapped.push([column, slot]);
    }
    this.mappedColumns = mapped.sort(([left], [right]) => left - right);
    this.normalisers = Object.fromEntries(
      Object.entries(normalisedManifestFields).map(([field, kind]) => [field, normalisation.normaliser(kind)]),
    ) as unknown as Record<NormalisedManifestFieldId, CachedNormaliser>;
  }

  read(fields: readonly string[]): ManifestLineResult {
    const values = this.values;
    values.fill(null);
    for (const [column, slot] of this.mappedColumns) {
      const raw = fields[column];
      if (raw === undefined || raw === '') continue;
      const value = raw.trim();
      if (value.length > maxFieldLength) {
        return { kind: 'rejected', column: this.headerOf[slot] as string, value: `${value.slice(0, 80)}…`, reason: `field is ${value.length} characters long (limit ${maxFieldLength})` };
      }
      if (value !== '') values[slot] = value;
    }
    const billOfLadingNumber = values[slots.billOfLadingNumber];
    if (billOfLadingNumber === null || billOfLadingNumber === undefined) {
      return { kind: 'rejected', column: this.columnOf[slots.billOfLadingNumber] === -1 ? 'B/L No.' : (this.headerOf[slots.billOfLadingNumber] as string), value: '', reason: 'bill-of-lading number is empty' };
    }
    this.issues = null;
    const newBill = this.bills.isNewBill(billOfLadingNumber);
    const lineNumber = values[slots.lineNumber];
    const arrivalDate = values[slots.arrivalDate];
    const packages = values[slots.packages];
    const grossWeightKg = values[slots.grossWeightKg];
    const declaredValueUsd = values[slots.declaredValueUsd];
    const goodsDescription = values[slots.goodsDescription] ?? null;
    const declaredHsCode = values[slots.hsCode] ?? null;
    const describedHsCode = declaredHsCode === null && goodsDescription !== null ? hsCodeInText(goodsDescription) : null;

    const lineNumberValue = lineNumber === null || lineNumber === undefined ? null : this.typed(slots.lineNumber, parseInteger(lineNumber));
    const arrivalDateValue = arrivalDate === null || arrivalDate === undefined ? null : this.typed(slots.arrivalDate, this.date(arrivalDate));
    const vesselImo = this.normalise('vesselImo', values[slots.vesselImo], slots.vesselImo, newBill);
    const placeOfReceipt = this.normalise('placeOfReceipt', values[slots.placeOfReceipt], slots.placeOfReceipt, newBill);
    const portOfLoading = this.normalise('portOfLoading', values[slots.portOfLoading], slots.portOfLoading, newBill);
    const portOfDischarge = this.normalise('portOfDischarge', values[slots.portOfDischarge], slots.portOfDischarge, newBill);
    const countryOfOrigin = this.normalise('countryOfOrigin', values[slots.countryOfOrigin], slots.countryOfOrigin, newBill);
    const containerNumber = this.normalise('containerNumber', values[slots.containerNumber], slots.containerNumber, true);
    // A code found in the description is reported against the description's column.
    const hsCode = describedHsCode === null
      ? this.normalise('hsCode', declaredHsCode, slots.hsCode, true)
      : this.normalise('hsCode', describedHsCode, slots.goodsDescription, true);

    const line: ManifestLine = {
      billOfLadingNumber,
      masterBillOfLadingNumber: values[slots.masterBillOfLadingNumber] ?? null,
      lineNumber: lineNumberValue,
      arrivalDate: arrivalDateValue,
      vesselName: values[slots.vesselName] ?? null,
      vesselImo: vesselImo?.value ?? null,
      vesselImoAsWritten: vesselImo?.asWritten ?? null,
      voyageNumber: values[slots.voyageNumber] ?? null,
      placeOfReceipt: placeOfReceipt?.value ?? null,
      placeOfReceiptAsWritten: placeOfReceipt?.asWritten ?? null,
      portOfLoading: portOfLoading?.value ?? null,
      portOfLoadingAsWritten: portOfLoading?.asWritten ?? null,
      portOfDischarge: portOfDischarge?.value ?? null,
      portOfDischargeAsWritten: portOfDischarge?.asWritten ?? null,
      countryOfOrigin: countryOfOrigin?.value ?? null,
      countryOfOriginAsWritten: countryOfOrigin?.asWritten ?? null,
      shipperName: values[slots.shipperName] ?? null,
      shipperAddress: values[slots.shipperAddress] ?? null,
      shipperPhone: values[slots.shipperPhone] ?? null,
      consigneeName: values[slots.consigneeName] ?? null,
      consigneeAddress: values[slots.consigneeAddress] ?? null,
      consigneePhone: values[slots.consigneePhone] ?? null,
      notifyPartyName: values[slots.notifyPartyName] ?? null,
      notifyPartyAddress: values[slots.notifyPartyAddress] ?? null,
      notifyPartyPhone: values[slots.notifyPartyPhone] ?? null,
      shipperEmail: values[slots.shipperEmail] ?? null,
      consigneeEmail: values[slots.consigneeEmail] ?? null,
      notifyPartyEmail: values[slots.notifyPartyEmail] ?? null,
      containerNumber: containerNumber?.value ?? null,
      containerNumberAsWritten: containerNumber?.asWritten ?? null,
      hsCode: hsCode?.value ?? null,
      hsCodeAsWritten: hsCode?.asWritten ?? null,
      goodsDescription,
      packages: packages === null || packages === undefined ? null : this.typed(slots.packages, parseInteger(packages)),
      grossWeightKg: grossWeightKg === null || grossWeightKg === undefined ? null : this.typed(slots.grossWeightKg, parseWeightKg(grossWeightKg, values[slots.grossWeightUnit] ?? undefined)),
      declaredValueUsd: declaredValueUsd === null || declaredValueUsd === undefined ? null : this.typed(slots.declaredValueUsd, parseDecimal(declaredValueUsd, currencyUnitPattern)),
    };
    return { kind: 'line', line, fieldIssues: this.issues ?? noIssues, hsCodeFromDescription: describedHsCode !== null };
  }

  /** A typed field's value, or null with an issue when the text cannot be read. */
  private typed<T>(slot: number, parsed: FieldParse<T>): T | null {
    if (parsed.ok) return parsed.value;
    (this.issues ??= []).push({ column: this.headerOf[slot] as string, value: this.values[slot] as string, reason: `${parsed.reason}; field left empty` });
    return null;
  }

  /**
   * An identifier field normalised. `report`: its problem becomes an issue against the column of
   * `issueSlot`, and a changed value is counted (bill-level fields only on the row that creates the bill).
   */
  private normalise(field: NormalisedManifestFieldId, text: string | null | undefined, issueSlot: number, report: boolean): Normalised | null {
    if (text === null || text === undefined) return null;
    const result = this.normalisers[field].normalise(text);
    if (report) {
      if (result.problem !== null) (this.issues ??= []).push({ column: this.headerOf[issueSlot] as string, value: text, reason: result.problem });
      if (result.asWritten !== null) this.tally.count(field, this.headerOf[slotOf[field]] as string, result);
    }
    return result;
  }

  private date(text: string): FieldParse<string> {
    let parsed = this.dates.get(text);
    if (parsed === undefined) {
      parsed = parseManifestDate(text);
      if (this.dates.size < maxCachedDates) this.dates.set(detachedString(text), parsed);
    }
    return parsed;
  }
}

const slots = slotOf;

/**
 * Reads one record into a manifest line with a reader made for it (tests and one-off use; imports
 * keep one reader per table). Every bill counts as new.
 */
export function readManifestLine(fields: readonly string[], headers: readonly string[], mapping: HeaderMapping): ManifestLineResult {
  return new ManifestLineReader(headers, mapping, { isNewBill: () => true }).read(fields);
}
