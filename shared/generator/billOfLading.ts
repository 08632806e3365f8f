/**
 * A bill of lading as the generator builds it, and its rows in the manifest CSV: one row per
 * cargo line, with the canonical headers of `manifestFields`.
 */
import { manifestFields, type ManifestFieldId } from '../ingest/manifestFields';
import { formatIsoDate } from './calendar';
import { csvField } from './csv';
import type { PortCall } from './schedule';
import type { Company } from './traders';

/** A party as printed on the bill: raw name, address and phone text. */
export interface PartyOnBill {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  /** The company behind the text; undefined for placeholders ("TO ORDER", "SAME AS CONSIGNEE"). */
  readonly company?: Company;
}

export interface CargoLine {
  readonly containerNumber: string;
  /** As written: six digits, four digits, or empty. */
  readonly hsCode: string;
  readonly goodsDescription: string;
  readonly packages: number;
  readonly grossWeightKg: number;
  readonly declaredValueUsd: number;
}

export interface BillOfLading {
  readonly billOfLadingNumber: string;
  /** The carrier's master B/L over a forwarder's house B/L; empty for a direct bill. */
  readonly masterBillOfLadingNumber: string;
  readonly call: PortCall;
  readonly placeOfReceipt: string;
  readonly portOfLoading: string;
  /** ISO 3166 alpha-2 as declared. */
  readonly countryOfOrigin: string;
  readonly shipper: PartyOnBill;
  readonly consignee: PartyOnBill;
  readonly notifyParty: PartyOnBill;
  readonly lines: readonly CargoLine[];
}

/** The manifest fields the generator writes, in the canonical order: every field but the parties' e-mail addresses, which its world does not model. */
type NotGenerated = 'shipperEmail' | 'consigneeEmail' | 'notifyPartyEmail';
const notGenerated: ReadonlySet<ManifestFieldId> = new Set<NotGenerated>(['shipperEmail', 'consigneeEmail', 'notifyPartyEmail']);

export const generatedManifestFields = manifestFields.filter((field) => !notGenerated.has(field.id));

export const manifestHeaders: readonly string[] = generatedManifestFields.map((field) => field.header);

type ValueOf = (bill: BillOfLading, line: CargoLine, lineNumber: number) => string;

const weight = (value: number): string => (Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, '');

const fieldValues: Record<Exclude<ManifestFieldId, NotGenerated>, ValueOf> = {
  billOfLadingNumber: (bill) => bill.billOfLadingNumber,
  masterBillOfLadingNumber: (bill) => bill.masterBillOfLadingNumber,
  lineNumber: (_bill, _line, lineNumber) => String(lineNumber),
  arrivalDate: (bill) => formatIsoDate(bill.call.arrivalDay),
  vesselName: (bill) => bill.call.vessel.name,
  vesselImo: (bill) => bill.call.vessel.imo,
  voyageNumber: (bill) => bill.call.voyage,
  placeOfReceipt: (bill) => bill.placeOfReceipt,
  portOfLoading: (bill) => bill.portOfLoading,
  portOfDischarge: (bill) => bill.call.portOfDischarge,
  countryOfOrigin: (bill) => bill.countryOfOrigin,
  shipperName: (bill) => bill.shipper.name,
  shipperAddress: (bill) => bill.shipper.address,
  shipperPhone: (bill) => bill.shipper.phone,
  consigneeName: (bill) => bill.consignee.name,
  consigneeAddress: (bill) => bill.consignee.address,
  consigneePhone: (bill) => bill.consignee.phone,
  notifyPartyName: (bill) => bill.notifyParty.name,
  notifyPartyAddress: (bill) => bill.notifyParty.address,
  notifyPartyPhone: (bill) => bill.notifyParty.phone,
  containerNumber: (_bill, line) => line.containerNumber,
  hsCode: (_bill, line) => line.hsCode,
  goodsDescription: (_bill, line) => line.goodsDescription,
  packages: (_bill, line) => String(line.packages),
  grossWeightKg: (_bill, line) => weight(line.grossWeightKg),
  grossWeightUnit: () => 'KG',
  declaredValueUsd: (_bill, line) => line.declaredValueUsd.toFixed(2),
};

/** Fields that differ from line to line of one bill; the others are the bill's own. */
const lineFields: ReadonlySet<ManifestFieldId> = new Set<ManifestFieldId>([
  'lineNumber', 'containerNumber', 'hsCode', 'goodsDescription', 'packages', 'grossWeightKg', 'grossWeightUnit', 'declaredValueUsd',
]);

const orderedFields = generatedManifestFields.map((field) => ({ value: fieldValues[field.id as Exclude<ManifestFieldId, NotGenerated>], perLine: lineFields.has(field.id) }));

/** The CSV rows of a bill, one per cargo line, CRLF-terminated; bill fields are quoted once. */
export function billOfLadingRows(bill: BillOfLading): string {
  const first = bill.lines[0];
  if (!first) return '';
  const values = orderedFields.map((field) => (field.perLine ? '' : csvField(field.value(bill, first, 1))));
  const rows: string[] = [];
  bill.lines.forEach((line, index) => {
    orderedFields.forEach((field, position) => {
      if (field.perLine) values[position] = csvField(field.value(bill, line, index + 1));
    });
    rows.push(values.join(','));
  });
  return `${rows.join('\r\n')}\r\n`;
}
