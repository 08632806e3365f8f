import type { Statement } from 'sql.js';
import type { ManifestLine } from '../ingest/manifestLine';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Writes manifest lines of one import batch into the store with prepared statements. A B/L met
 * again (later line of the same B/L) gets only the new line; its parties are recorded once, from
 * the row that first declared the B/L.
 */
export class ManifestLineWriter {
  private readonly findBill: Statement;
  private readonly insertBill: Statement;
  private readonly insertLine: Statement;
  private readonly insertParty: Statement;
  private readonly billIds = new Map<string, number>();

  constructor(store: WorkspaceStore, private readonly batchId: number) {
    const database = store.database;
    this.findBill = database.prepare('SELECT id FROM bill_of_lading WHERE bill_of_lading_number = ?');
    this.insertBill = database.prepare(`INSERT INTO bill_of_lading (bill_of_lading_number, master_bill_of_lading_number, arrival_date,
      vessel_name, vessel_imo, voyage_number, place_of_receipt, port_of_loading, port_of_discharge, country_of_origin, batch_id, source_row)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`);
    this.insertLine = database.prepare(`INSERT INTO manifest_line (bill_of_lading_id, line_number, container_number, hs_code,
      goods_description, packages, gross_weight_kg, declared_value_usd, batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertParty = database.prepare(`INSERT INTO party_occurrence (bill_of_lading_id, role, raw_name, raw_address, raw_phone, batch_id, source_row)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
  }

  /** Stores the line; returns true when the B/L already existed before this batch. */
  write(line: ManifestLine, sourceRow: number): { readonly billAlreadyStored: boolean } {
    let billId = this.billIds.get(line.billOfLadingNumber);
    let billAlreadyStored = false;
    if (billId === undefined) {
      billId = this.lookUpBill(line.billOfLadingNumber);
      billAlreadyStored = billId !== undefined;
      billId ??= this.createBill(line, sourceRow);
      this.billIds.set(line.billOfLadingNumber, billId);
    }
    this.insertLine.run([billId, line.lineNumber, line.containerNumber, line.hsCode, line.goodsDescription, line.packages, line.grossWeightKg, line.declaredValueUsd, this.batchId, sourceRow]);
    return { billAlreadyStored };
  }

  private lookUpBill(billOfLadingNumber: string): number | undefined {
    this.findBill.bind([billOfLadingNumber]);
    const id = this.findBill.step() ? Number(this.findBill.get()[0]) : undefined;
    this.findBill.reset();
    return id;
  }

  private createBill(line: ManifestLine, sourceRow: number): number {
    this.insertBill.bind([line.billOfLadingNumber, line.masterBillOfLadingNumber, line.arrivalDate, line.vesselName, line.vesselImo, line.voyageNumber,
      line.placeOfReceipt, line.portOfLoading, line.portOfDischarge, line.countryOfOrigin, this.batchId, sourceRow]);
    this.insertBill.step();
    const billId = Number(this.insertBill.get()[0]);
    this.insertBill.reset();
    const parties = [
      ['shipper', line.shipperName, line.shipperAddress, line.shipperPhone],
      ['consignee', line.consigneeName, line.consigneeAddress, line.consigneePhone],
      ['notify_party', line.notifyPartyName, line.notifyPartyAddress, line.notifyPartyPhone],
    ] as const;
    for (const [role, name, address, phone] of parties) {
      if (name !== null) this.insertParty.run([billId, role, name, address, phone, this.batchId, sourceRow]);
    }
    return billId;
  }

  close(): void {
    for (const statement of [this.findBill, this.insertBill, this.insertLine, this.insertParty]) statement.free();
  }
}
