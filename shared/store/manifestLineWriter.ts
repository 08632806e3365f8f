import type { Statement } from 'sql.js';
import type { BillRegistry, ManifestLine } from '../ingest/manifestLine';
import { detachedString } from '../ingest/detachedString';
import { isPlaceholderPartyName } from '../ingest/parties/placeholderParty';
import { BufferedInsert } from './bufferedInsert';
import type { BufferedColumn } from './bufferedInsert';
import { DeferredIndexes } from './deferredIndexes';
import type { WorkspaceStore } from './workspaceStore';

export interface LineWriteResult {
  /** True when the B/L existed before this batch (the line was added to it). */
  readonly billAlreadyStored: boolean;
  /** Parties recorded with this line whose name is a placeholder (TO ORDER, SAME AS CONSIGNEE...). */
  readonly placeholderParties: number;
}

const nothingToNote: LineWriteResult = Object.freeze({ billAlreadyStored: false, placeholderParties: 0 });

/** Columns as [name, kind]: a number, text, or text usually null (left out of statements where it is). */
type ColumnKind = 'number' | 'text' | 'sparse-text' | 'sparse-number';
const columns = (...specs: readonly (readonly [string, ColumnKind])[]): BufferedColumn[] =>
  specs.map(([name, kind]) => ({ name, text: kind === 'text' || kind === 'sparse-text', omitWhenNull: kind === 'sparse-text' || kind === 'sparse-number' }));
const billColumns = columns(['id', 'number'], ['bill_of_lading_number', 'text'], ['master_bill_of_lading_number', 'sparse-text'], ['arrival_date', 'sparse-text'],
  ['vessel_name', 'sparse-text'], ['vessel_imo', 'sparse-text'], ['voyage_number', 'sparse-text'], ['place_of_receipt', 'sparse-text'], ['port_of_loading', 'sparse-text'],
  ['port_of_discharge', 'sparse-text'], ['country_of_origin', 'sparse-text'], ['batch_id', 'number'], ['source_row', 'number'], ['source_sheet', 'sparse-text'],
  ['vessel_imo_as_written', 'sparse-text'], ['place_of_receipt_as_written', 'sparse-text'], ['port_of_loading_as_written', 'sparse-text'],
  ['port_of_discharge_as_written', 'sparse-text'], ['country_of_origin_as_written', 'sparse-text'], ['shipper_name', 'sparse-text'], ['consignee_name', 'sparse-text'],
  ['notify_party_name', 'sparse-text']);
const lineColumns = columns(['bill_of_lading_id', 'number'], ['line_number', 'sparse-number'], ['container_number', 'sparse-text'], ['hs_code', 'sparse-text'],
  ['goods_description', 'sparse-text'], ['packages', 'sparse-number'], ['gross_weight_kg', 'sparse-number'], ['declared_value_usd', 'sparse-number'], ['batch_id', 'number'],
  ['source_row', 'number'], ['source_sheet', 'sparse-text'], ['container_number_as_written', 'sparse-text'], ['hs_code_as_written', 'sparse-text']);
const partyColumns = columns(['bill_of_lading_id', 'number'], ['role', 'text'], ['raw_name', 'text'], ['raw_address', 'sparse-text'], ['raw_phone', 'sparse-text'],
  ['raw_email', 'sparse-text'], ['is_placeholder', 'number'], ['batch_id', 'number'], ['source_row', 'number'], ['source_sheet', 'sparse-text']);

/** The tables an import writes manifest lines into. */
const writtenTables = ['bill_of_lading', 'manifest_line', 'party_occurrence'] as const;

/** Lines buffered before the buffers are written (bills first: lines and parties refer to them). */
const linesPerFlush = 512;

/**
 * Writes the manifest lines of one import batch. A B/L met again (a later line of the same B/L) gets
 * only the new line; its parties are recorded once, from the row that first declared the B/L, and
 * the bill keeps the first shipper, consignee and notify party names for the shipments table.
 * Placeholder party names are stored as written and flagged. Rows of a worksheet carry its name.
 *
 * Built for bulk loads on sql.js, where every call into SQLite's WebAssembly costs: rows are
 * buffered and written with multi-row INSERTs (BufferedInsert), bill ids are assigned here rather
 * than read back, bills of this import are remembered in a map, and the store is asked about a
 * B/L only when an earlier import may have stored it. Tables that were empty when the import began
 * have their secondary indexes built once at the end instead of row by row (DeferredIndexes).
 * `finish()` writes what is buffered and must run before the transaction commits; a rollback
 * undoes it all, the dropped indexes included.
 */
export class ManifestLineWriter implements BillRegistry {
  private readonly bills: BufferedInsert;
  private readonly lines: BufferedInsert;
  private readonly parties: BufferedInsert;
  private readonly billIds = new Map<string, number>();
  /** Bills stored by an earlier import that this import has named but not yet written a line to. */
  private readonly earlierBills = new Set<string>();
  private readonly storeHadBills: boolean;
  private readonly deferredIndexes: DeferredIndexes;
  private nextBillId: number;
  /** The last B/L written: a bill's lines are usually consecutive rows. */
  private lastBillNumber: string | null = null;
  private lastBillId = 0;
  private findBill: Statement | null = null;
  /** The highest rowid of each table before this import: rows above it are this import's. */
  private readonly rowIdsBefore: ReadonlyMap<string, number>;

  constructor(private readonly store: WorkspaceStore, private readonly batchId: number) {
    const database = store.database;
    this.rowIdsBefore = new Map(writtenTables.map((table) => [table, Number(store.scalar(`SELECT coalesce(max(rowid), 0) FROM ${table}`) ?? 0)]));
    this.nextBillId = Number(store.scalar('SELECT coalesce(max(id), 0) + 1 FROM bill_of_lading') ?? 1);
    this.storeHadBills = this.nextBillId > 1;
    this.deferredIndexes = DeferredIndexes.dropOnEmptyTables(store, writtenTables);
    this.bills = new BufferedInsert(database, 'bill_of_lading', billColumns);
    this.lines = new BufferedInsert(database, 'manifest_line', lineColumns);
    this.parties = new BufferedInsert(database, 'party_occurrence', partyColumns);
  }

  /** True when neither this import nor an earlier one has stored the B/L. */
  isNewBill(billOfLadingNumber: string): boolean {
    if (billOfLadingNumber === this.lastBillNumber || this.billIds.has(billOfLadingNumber)) return false;
    const stored = this.storedBillId(billOfLadingNumber);
    if (stored === undefined) return true;
    const key = detachedString(billOfLadingNumber);
    this.billIds.set(key, stored);
    this.earlierBills.add(key);
    return false;
  }

  write(line: ManifestLine, sourceRow: number, sourceSheet: string | null = null): LineWriteResult {
    const number = line.billOfLadingNumber;
    let billId = number === this.lastBillNumber && this.earlierBills.size === 0 ? this.lastBillId : this.billIds.get(number);
    let result = nothingToNote;
    if (billId === undefined) {
      billId = this.storedBillId(number);
      if (billId === undefined) {
        billId = this.nextBillId++;
        const placeholderParties = this.addBill(billId, line, sourceRow, sourceSheet);
        if (placeholderParties > 0) result = { billAlreadyStored: false, placeholderParties };
      } else {
        result = { billAlreadyStored: true, placeholderParties: 0 };
      }
      this.billIds.set(detachedString(number), billId);
    } else if (this.earlierBills.size > 0 && this.earlierBills.delete(number)) {
      result = { billAlreadyStored: true, placeholderParties: 0 };
    }
    this.lastBillNumber = number;
    this.lastBillId = billId;
    this.lines.values.push(billId, line.lineNumber, line.containerNumber, line.hsCode, line.goodsDescription, line.packages, line.grossWeightKg, line.declaredValueUsd,
      this.batchId, sourceRow, sourceSheet, line.containerNumberAsWritten, line.hsCodeAsWritten);
    if (this.lines.rowAdded() >= linesPerFlush) this.flush();
    return result;
  }

  /**
   * Writes every buffered row and builds the deferred indexes. Inside a bulk load (foreign keys not
   * checked row by row) checks the foreign keys of every row written, and throws when one points at
   * nothing. Call before the transaction commits.
   */
  finish(): void {
    this.flush();
    if (!this.store.enforcesForeignKeys) {
      for (const [table, rowIdBefore] of this.rowIdsBefore) {
        const violations = this.store.foreignKeyViolations(table, rowIdBefore);
        if (violations > 0) throw new Error(`${table}: ${violations} rows written by this import refer to rows that do not exist (foreign key check)`);
      }
    }
    this.deferredIndexes.rebuild();
  }

  close(): void {
    this.findBill?.free();
    this.findBill = null;
    this.bills.close();
    this.lines.close();
    this.parties.close();
  }

  private flush(): void {
    this.bills.flush();
    this.parties.flush();
    this.lines.flush();
  }

  private storedBillId(billOfLadingNumber: string): number | undefined {
    if (!this.storeHadBills) return undefined;
    const findBill = (this.findBill ??= this.store.database.prepare('SELECT id FROM bill_of_lading WHERE bill_of_lading_number = ?'));
    findBill.bind([billOfLadingNumber]);
    const id = findBill.step() ? Number(findBill.get()[0]) : undefined;
    findBill.reset();
    return id;
  }

  private addBill(billId: number, line: ManifestLine, sourceRow: number, sourceSheet: string | null): number {
    this.bills.values.push(billId, line.billOfLadingNumber, line.masterBillOfLadingNumber, line.arrivalDate, line.vesselName, line.vesselImo, line.voyageNumber,
      line.placeOfReceipt, line.portOfLoading, line.portOfDischarge, line.countryOfOrigin, this.batchId, sourceRow, sourceSheet, line.vesselImoAsWritten,
      line.placeOfReceiptAsWritten, line.portOfLoadingAsWritten, line.portOfDischargeAsWritten, line.countryOfOriginAsWritten,
      line.shipperName, line.consigneeName, line.notifyPartyName);
    this.bills.rowAdded();
    return this.addParty(billId, 'shipper', line.shipperName, line.shipperAddress, line.shipperPhone, line.shipperEmail, sourceRow, sourceSheet)
      + this.addParty(billId, 'consignee', line.consigneeName, line.consigneeAddress, line.consigneePhone, line.consigneeEmail, sourceRow, sourceSheet)
      + this.addParty(billId, 'notify_party', line.notifyPartyName, line.notifyPartyAddress, line.notifyPartyPhone, line.notifyPartyEmail, sourceRow, sourceSheet);
  }

  /** Returns 1 when the party is a placeholder, else 0. */
  private addParty(billId: number, role: string, name: string | null, address: string | null, phone: string | null, email: string | null, sourceRow: number, sourceSheet: string | null): number {
    if (name === null) return 0;
    const placeholder = isPlaceholderPartyName(name) ? 1 : 0;
    this.parties.values.push(billId, role, name, address, phone, email, placeholder, this.batchId, sourceRow, sourceSheet);
    this.parties.rowAdded();
    return placeholder;
  }
}
