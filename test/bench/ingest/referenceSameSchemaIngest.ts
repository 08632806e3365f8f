/**
 * Child process of the ingest benchmark: the native reference doing the product's storage work —
 * a streaming papaparse read of the CSV and inserts through better-sqlite3 (native SQLite) into
 * the product's own schema (its migrations): an import_batch row; per B/L one bill_of_lading row
 * (unique B/L number) and one party_occurrence row per named shipper, consignee and notify party;
 * per line one manifest_line row; foreign keys on; the same secondary indexes, set aside during the
 * load and built at the end as the product does. Values are stored as the file has them (no
 * validation, no normalisation, no file hash): what is left of the product's time beyond it is
 * that work and WebAssembly.
 */
import { createReadStream } from 'node:fs';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { migrations } from '../../../shared/store/migrations';
import { cpuMillisecondsSince, peakRssMiB } from '../childMeasurement';

const file = process.argv[2];
if (!file) throw new Error('usage: referenceSameSchemaIngest.ts FILE');
const database = new Database(':memory:');
for (const migration of migrations) database.exec(migration.sql);
database.pragma('foreign_keys = ON');
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const indexes = database.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('bill_of_lading', 'manifest_line', 'party_occurrence')").all() as { name: string; sql: string }[];
for (const { name } of indexes) database.exec(`DROP INDEX "${name}"`);
const batchId = Number(database.prepare(`INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
  VALUES (?, 'reference', ?, 'utf-8', ',', '{}', 0, 0, 0)`).run(file, new Date().toISOString()).lastInsertRowid);

const insertBill = database.prepare(`INSERT INTO bill_of_lading (id, bill_of_lading_number, master_bill_of_lading_number, arrival_date, vessel_name, vessel_imo, voyage_number,
  place_of_receipt, port_of_loading, port_of_discharge, country_of_origin, batch_id, source_row, shipper_name, consignee_name, notify_party_name)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const insertParty = database.prepare('INSERT INTO party_occurrence (bill_of_lading_id, role, raw_name, raw_address, raw_phone, batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?)');
const insertLine = database.prepare(`INSERT INTO manifest_line (bill_of_lading_id, line_number, container_number, hs_code, goods_description, packages, gross_weight_kg,
  declared_value_usd, batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

const billIds = new Map<string, number>();
let rows = 0;
let batch: { record: string[]; row: number }[] = [];
let column: Record<string, number> = {};
const text = (record: string[], name: string): string | null => {
  const value = record[column[name] ?? -1]?.trim() ?? '';
  return value === '' ? null : value;
};
const number = (record: string[], name: string): number | null => {
  const value = text(record, name);
  return value === null || Number.isNaN(Number(value)) ? null : Number(value);
};
const flush = database.transaction((records: { record: string[]; row: number }[]) => {
  for (const { record, row } of records) {
    const number_ = text(record, 'B/L No.') as string;
    let billId = billIds.get(number_);
    if (billId === undefined) {
      billId = billIds.size + 1;
      billIds.set(number_, billId);
      insertBill.run(billId, number_, text(record, 'Master B/L No.'), text(record, 'Arrival Date'), text(record, 'Vessel'), text(record, 'IMO No.'), text(record, 'Voyage'),
        text(record, 'Place of Receipt'), text(record, 'Port of Loading'), text(record, 'Port of Discharge'), text(record, 'Country of Origin'), batchId, row,
        text(record, 'Shipper Name'), text(record, 'Consignee Name'), text(record, 'Notify Party Name'));
      for (const [role, prefix] of [['shipper', 'Shipper'], ['consignee', 'Consignee'], ['notify_party', 'Notify Party']] as const) {
        const name = text(record, `${prefix} Name`);
        if (name !== null) insertParty.run(billId, role, name, text(record, `${prefix} Address`), text(record, `${prefix} Phone`), batchId, row);
      }
    }
    insertLine.run(billId, number(record, 'Line No.'), text(record, 'Container No.'), text(record, 'HS Code'), text(record, 'Goods Description'), number(record, 'Packages'),
      number(record, 'Gross Weight (kg)'), number(record, 'Declared Value (USD)'), batchId, row);
  }
});

await new Promise<void>((resolve, reject) => {
  let header = true;
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true });
  parser.on('data', (record: string[]) => {
    if (header) {
      header = false;
      column = Object.fromEntries(record.map((name, index) => [name.trim(), index]));
      return;
    }
    rows++;
    batch.push({ record, row: rows + 1 });
    if (batch.length === 10_000) {
      flush(batch);
      batch = [];
    }
  });
  parser.on('end', () => resolve());
  parser.on('error', reject);
  createReadStream(file, { highWaterMark: 1024 * 1024 }).on('error', reject).pipe(parser as unknown as NodeJS.WritableStream);
});
flush(batch);
database.transaction(() => {
  for (const { sql } of indexes) database.exec(sql);
  database.prepare('UPDATE import_batch SET rows_read = ?, rows_stored = ? WHERE id = ?').run(rows, rows, batchId);
})();
const milliseconds = performance.now() - started;
const count = (table: string): number => Number((database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
process.stdout.write(`${JSON.stringify({ rows, milliseconds, peakRssMiB: peakRssMiB(), details: { cpuMilliseconds: cpuMillisecondsSince(cpuAtStart), bills: count('bill_of_lading'), lines: count('manifest_line'), parties: count('party_occurrence'), indexes: indexes.length } })}\n`);
