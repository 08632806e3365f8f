import type { Statement } from 'sql.js';
import type { ManifestLine } from '../ingest/manifestLine';
import { isPlaceholderPartyName } from '../ingest/parties/placeholderParty';
import type { WorkspaceStore } from './workspaceStore';

export interface LineWriteResult {
  /** True when the B/L existed before this batch (the line was added to it). */
  readonly billAlreadyStored: boolean;
  /** Parties recorded with this line whose name is a placeholder (TO ORDER, SAME AS CONSIGNEE...). */
  readonly placeholderParties: number;
}

/**
 * Writes manifest lines of one import batch into the store with prepared statements. A B/L met
 * again (later line of the same B/L) gets only the new line; its parties are recorded once, from
 * the row that first declared the B/L. Placeholder party names are stored as written and flagged.
 * Rows of a worksheet carry the sheet's name; rows of a single-table file leave the column out of
 * their statements (every bound value costs a call into SQLite's WebAssembly, on every row).
 */
interface InsertStatements {
  readonly insertBill: Statement;
  readonly insertLine: Statement;
  readonly insertParty: Statement;
}

export class ManifestLineWriter {
  private readonly findBill: Statement;
  private readonly statementsBySheet = new Map<string | null, InsertStatements>();
  private readonly billIds = new Map<string, number>();

  constructor(private readonly store: WorkspaceStore, private readonly batchId: number) {
    this.findBill = store.database.prepare('SELECT id FROM bill_of_lading WHERE bill_of_lading_number = ?');
  }

  write(line: ManifestLine, sourceRow: number, sourceSheet: string | null = null): LineWriteResult {
    const statements = this.statementsFor(sourceSheet);
    let billId = this.billIds.get(line.billOfLadingNumber);
    let billAlreadyStored = false;
    let placeholderParties = 0;
    if (billId === undefined) {
      billId = this.lookUpBill(line.billOfLadingNumber);
      billAlreadyStored = billId !== undefined;
      if (billId === undefined) {
        const created = this.createBill(statements, line, sourceRow, sourceSheet);
        billId = created.billId;
        placeholderParties = created.placeholderParties;
      }
      this.billIds.set(line.billOfLadingNumber, billId);
    }
    statements.insertLine.run(withSheet([billId, line.lineNumber, line.containerNumber, line.hsCode, line.goodsDescription, line.packages, line.grossWeightKg, line.declaredValueUsd, this.batchId, sourceRow], sourceSheet));
    return { billAlreadyStored, placeholderParties };
  }

  private statementsFor(sourceSheet: string | null): InsertStatements {
    let statements = this.statementsBySheet.get(sourceSheet);
    if (statements === undefined) {
      const database = this.store.database;
      const sheetColumn = sourceSheet === null ? '' : ', source_sheet';
      const sheetValue = sourceSheet === null ? '' : ', ?';
      statements = {
        insertBill: database.prepare(`INSERT INTO bill_of_lading (bill_of_lading_number, master_bill_of_lading_number, arrival_date,
          vessel_name, vessel_imo, voyage_number, place_of_receipt, port_of_loading, port_of_discharge, country_of_origin, batch_id, source_row${sheetColumn})
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${sheetValue}) RETURNING id`),
        insertLine: database.prepare(`INSERT INTO manifest_line (bill_of_lading_id, line_number, container_number, hs_code,
          goods_description, packages, gross_weight_kg, declared_value_usd, batch_id, source_row${sheetColumn}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?${sheetValue})`),
        insertParty: database.prepare(`INSERT INTO party_occurrence (bill_of_lading_id, role, raw_name, raw_address, raw_phone, is_placeholder, batch_id, source_row${sheetColumn})
          VALUES (?, ?, ?, ?, ?, ?, ?, ?${sheetValue})`),
      };
      this.statementsBySheet.set(sourceSheet, statements);
    }
    return statements;
  }

  private lookUpBill(billOfLadingNumber: string): number | undefined {
    this.findBill.bind([billOfLadingNumber]);
    const id = this.findBill.step() ? Number(this.findBill.get()[0]) : undefined;
    this.findBill.reset();
    return id;
  }

  private createBill(statements: InsertStatements, line: ManifestLine, sourceRow: number, sourceSheet: string | null): { billId: number; placeholderParties: number } {
    const { insertBill, insertParty } = statements;
    insertBill.bind(withSheet([line.billOfLadingNumber, line.masterBillOfLadingNumber, line.arrivalDate, line.vesselName, line.vesselImo, line.voyageNumber,
      line.placeOfReceipt, line.portOfLoading, line.portOfDischarge, line.countryOfOrigin, this.batchId, sourceRow], sourceSheet));
    insertBill.step();
    const billId = Number(insertBill.get()[0]);
    insertBill.reset();
    const parties = [
      ['shipper', line.shipperName, line.shipperAddress, line.shipperPhone],
      ['consignee', line.consigneeName, line.consigneeAddress, line.consigneePhone],
      ['notify_party', line.notifyPartyName, line.notifyPartyAddress, line.notifyPartyPhone],
    ] as const;
    let placeholderParties = 0;
    for (const [role, name, address, phone] of parties) {
      if (name === null) continue;
      const placeholder = isPlaceholderPartyName(name);
      if (placeholder) placeholderParties++;
      insertParty.run(withSheet([billId, role, name, address, phone, placeholder ? 1 : 0, this.batchId, sourceRow], sourceSheet));
    }
    return { billId, placeholderParties };
  }

  close(): void {
    this.findBill.free();
    for (const statements of this.statementsBySheet.values()) for (const statement of Object.values(statements)) (statement as Statement).free();
    this.statementsBySheet.clear();
  }
}

function withSheet(values: (string | number | null)[], sourceSheet: string | null): (string | number | null)[] {
  if (sourceSheet !== null) values.push(sourceSheet);
  return values;
}
