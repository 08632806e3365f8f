import type { RiskBill, RiskDataset, RiskLine } from './riskModel';

/**
 * The workspace data the detectors read, by column: one typed array per field, text coded once
 * per distinct value. The store's reader (shared/store/riskInputs.ts) fills it straight from its
 * scans; a dataset of bill objects (tests, a caller's own data) is turned into it once
 * (`riskColumns`). Detectors walk integers and numbers instead of a million objects, and work out
 * what a text value means (its HS subheading, its country, its folded wording) once per distinct
 * value.
 */

/** Text by code: `values[codes[row]]`; code −1 is null (absent or empty). */
export interface CodedText {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

export interface RiskColumns {
  readonly billCount: number;
  /** Store row id of each bill (RiskBill.billId). */
  readonly billId: Float64Array;
  /** B/L number as the input wrote it. */
  readonly billNumber: readonly string[];
  readonly arrivalDate: CodedText;
  readonly vesselImo: CodedText;
  readonly vesselName: CodedText;
  readonly voyage: CodedText;
  readonly placeOfReceipt: CodedText;
  readonly portOfLoading: CodedText;
  readonly portOfDischarge: CodedText;
  readonly countryOfOrigin: CodedText;
  /** First consignee's name as written (not coded: nearly every bill has its own). */
  readonly consigneeName: readonly (string | null)[];
  /** Trader of each role, as an index into `traderIds`; −1: none (a placeholder or unresolved). */
  readonly shipper: Int32Array;
  readonly consignee: Int32Array;
  readonly notifyParty: Int32Array;
  /** The lines of bill b are lines lineStart[b] to lineStart[b + 1] − 1, in the order they were stored. */
  readonly lineStart: Int32Array;
  readonly lineCount: number;
  readonly hsCode: CodedText;
  readonly description: CodedText;
  readonly containerNumber: CodedText;
  /** NaN when absent. */
  readonly grossWeightKg: Float64Array;
  readonly declaredValueUsd: Float64Array;
  /** Entity ids: those of RiskDataset.traders first, in its order, then any other a bill names. */
  readonly traderIds: readonly string[];
}

/** Codes text values in order of first sight; null and the empty text are −1. */
export class TextCoder {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  private lastValue: string | null = null;
  private lastCode = -1;

  code(value: string | null | undefined): number {
    if (value === null || value === undefined || value === '') return -1;
    // Rows in order often repeat the value before (a bill's lines, one call's bills).
    if (value === this.lastValue) return this.lastCode;
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.index.set(value, code);
      this.values.push(value);
    }
    this.lastValue = value;
    this.lastCode = code;
    return code;
  }
}

/** The text of a code, null for −1. */
export function textOf(column: CodedText, row: number): string | null {
  const code = column.codes[row] as number;
  return code < 0 ? null : (column.values[code] as string);
}

const columnsOfDataset = new WeakMap<object, RiskColumns>();

/** The dataset's columns: the ones it carries, else made from its bills once (and kept for the dataset). */
export function riskColumns(data: RiskDataset): RiskColumns {
  if (data.columns) return data.columns;
  let columns = columnsOfDataset.get(data.bills);
  if (!columns) columnsOfDataset.set(data.bills, (columns = columnsFromBills(data.bills, data.traders.keys())));
  return columns;
}

function columnsFromBills(bills: readonly RiskBill[], knownTraders: Iterable<string>): RiskColumns {
  const traderIndex = new Map<string, number>();
  const traderIds: string[] = [];
  const trader = (entityId: string | null): number => {
    if (entityId === null) return -1;
    let index = traderIndex.get(entityId);
    if (index === undefined) {
      index = traderIds.length;
      traderIndex.set(entityId, index);
      traderIds.push(entityId);
    }
    return index;
  };
  for (const entityId of knownTraders) trader(entityId);
  const lineCount = bills.reduce((sum, bill) => sum + bill.lines.length, 0);
  const billColumns = billTextColumns.map(() => ({ coder: new TextCoder(), codes: new Int32Array(bills.length) }));
  const lineColumns = lineTextColumns.map(() => ({ coder: new TextCoder(), codes: new Int32Array(lineCount) }));
  const shipper = new Int32Array(bills.length);
  const consignee = new Int32Array(bills.length);
  const notifyParty = new Int32Array(bills.length);
  const lineStart = new Int32Array(bills.length + 1);
  const grossWeightKg = new Float64Array(lineCount);
  const declaredValueUsd = new Float64Array(lineCount);
  let line = 0;
  bills.forEach((bill, index) => {
    billTextColumns.forEach((field, column) => {
      const target = billColumns[column] as { coder: TextCoder; codes: Int32Array };
      target.codes[index] = target.coder.code(bill[field]);
    });
    shipper[index] = trader(bill.shipper);
    consignee[index] = trader(bill.consignee);
    notifyParty[index] = trader(bill.notifyParty);
    lineStart[index] = line;
    for (const own of bill.lines) {
      lineTextColumns.forEach((field, column) => {
        const target = lineColumns[column] as { coder: TextCoder; codes: Int32Array };
        target.codes[line] = target.coder.code(own[field]);
      });
      grossWeightKg[line] = own.grossWeightKg ?? Number.NaN;
      declaredValueUsd[line] = own.declaredValueUsd ?? Number.NaN;
      line += 1;
    }
  });
  lineStart[bills.length] = line;
  const coded = (target: { coder: TextCoder; codes: Int32Array } | undefined): CodedText => ({ codes: (target as { codes: Int32Array }).codes, values: (target as { coder: TextCoder }).coder.values });
  return {
    billCount: bills.length,
    billId: Float64Array.from(bills, (bill) => bill.billId),
    billNumber: bills.map((bill) => bill.number),
    arrivalDate: coded(billColumns[0]), vesselImo: coded(billColumns[1]), vesselName: coded(billColumns[2]), voyage: coded(billColumns[3]),
    placeOfReceipt: coded(billColumns[4]), portOfLoading: coded(billColumns[5]), portOfDischarge: coded(billColumns[6]), countryOfOrigin: coded(billColumns[7]),
    consigneeName: bills.map((bill) => (bill.consigneeName === '' ? null : bill.consigneeName)),
    shipper, consignee, notifyParty, lineStart, lineCount,
    hsCode: coded(lineColumns[0]), description: coded(lineColumns[1]), containerNumber: coded(lineColumns[2]),
    grossWeightKg, declaredValueUsd, traderIds,
  };
}

/** The text fields of a bill in the order riskColumns codes them. */
const billTextColumns = ['arrivalDate', 'vesselImo', 'vesselName', 'voyage', 'placeOfReceipt', 'portOfLoading', 'portOfDischarge', 'countryOfOrigin'] as const;
const lineTextColumns = ['hsCode', 'description', 'containerNumber'] as const;

/** The bills as objects, for a rule that reads them one by one (made on demand from the columns). */
export function billsFromColumns(columns: RiskColumns): RiskBill[] {
  const bills: RiskBill[] = new Array(columns.billCount);
  const trader = (index: number): string | null => (index < 0 ? null : (columns.traderIds[index] as string));
  const number = (value: number): number | null => (Number.isNaN(value) ? null : value);
  for (let bill = 0; bill < columns.billCount; bill += 1) {
    const lines: RiskLine[] = [];
    for (let line = columns.lineStart[bill] as number; line < (columns.lineStart[bill + 1] as number); line += 1) {
      lines.push({
        hsCode: textOf(columns.hsCode, line), description: textOf(columns.description, line),
        grossWeightKg: number(columns.grossWeightKg[line] as number), declaredValueUsd: number(columns.declaredValueUsd[line] as number),
        containerNumber: textOf(columns.containerNumber, line),
      });
    }
    bills[bill] = {
      billId: columns.billId[bill] as number, number: columns.billNumber[bill] as string, arrivalDate: textOf(columns.arrivalDate, bill),
      vesselImo: textOf(columns.vesselImo, bill), vesselName: textOf(columns.vesselName, bill), voyage: textOf(columns.voyage, bill),
      placeOfReceipt: textOf(columns.placeOfReceipt, bill), portOfLoading: textOf(columns.portOfLoading, bill), portOfDischarge: textOf(columns.portOfDischarge, bill),
      countryOfOrigin: textOf(columns.countryOfOrigin, bill), consigneeName: columns.consigneeName[bill] ?? null,
      shipper: trader(columns.shipper[bill] as number), consignee: trader(columns.consignee[bill] as number), notifyParty: trader(columns.notifyParty[bill] as number),
      lines,
    };
  }
  return bills;
}
