import type { WorkspaceStore } from '../../store/workspaceStore';
import { stagingTableName, stagingTables } from './amsStaging';
import type { StagingTable } from './amsStaging';

/**
 * Joins the staged tables of one AMS release on `identifier` into the workspace: bills of lading
 * (from header and billgen), party occurrences (consignee, shipper, notify party), manifest lines
 * (cargodesc and tariff on identifier + container + description sequence), shipping containers
 * (container and marksnumbers) and hazardous cargo (hazmat and hazmatclass). All with
 * INSERT ... SELECT over the staging tables.
 *
 * A staged row that cannot be joined is rejected with the reason, into import_issue, and deleted
 * from staging: a repeated header or billgen record, a bill already in the workspace, a row whose
 * identifier has no header record in this release or the workspace (an orphan), a repeated
 * container. What stays in staging is exactly what was stored, so each file's rows stored is its
 * staging count (amsReleaseImporter), and the store's CHECK holds the sum to rows read.
 */
export interface ReleaseJoinNotes {
  /** File-level warnings per batch id. */
  readonly notesByBatch: ReadonlyMap<number, readonly string[]>;
}

const stage = stagingTableName;

/** Rejects staged rows matching `where` (SQL over alias s) with a reason expression, then deletes them. */
function rejectStaged(store: WorkspaceStore, table: StagingTable, where: string, column: string, reasonSql: string, params: (string | number)[] = []): void {
  store.run(
    `INSERT INTO import_issue (batch_id, severity, source_row, column_name, value, reason)
     SELECT s.batch_id, 'rejection', s.source_row, '${column}', s.identifier, ${reasonSql} FROM ${stage(table)} AS s WHERE ${where} ORDER BY s.rowid`,
    params,
  );
  store.run(`DELETE FROM ${stage(table)} WHERE rowid IN (SELECT s.rowid FROM ${stage(table)} AS s WHERE ${where})`, params);
}

export function joinAmsRelease(store: WorkspaceStore, releaseId: number): ReleaseJoinNotes {
  const notes = new Map<number, string[]>();
  const note = (batchId: number, text: string): void => {
    notes.set(batchId, [...(notes.get(batchId) ?? []), text]);
  };
  const perBatch = (sql: string, params: (string | number)[] = []): { batch_id: number; n: number }[] =>
    store.all<{ batch_id: number; n: number }>(sql, params).filter((row) => Number(row.n) > 0);

  // Bills: the first header record of an identifier is the bill; a repeat, or a bill already in the workspace, is rejected.
  rejectStaged(store, 'header', `s.rowid > (SELECT min(f.rowid) FROM ${stage('header')} AS f WHERE f.identifier = s.identifier)`, 'identifier',
    `'bill ' || s.identifier || ' is declared again (first at row ' || (SELECT f.source_row || ' of ' || b.source_file FROM ${stage('header')} AS f JOIN import_batch AS b ON b.id = f.batch_id WHERE f.identifier = s.identifier ORDER BY f.rowid LIMIT 1) || '); the repeated header record was not imported'`);
  rejectStaged(store, 'header', `EXISTS (SELECT 1 FROM bill_source_record AS known WHERE known.source_record_id = s.identifier)`, 'identifier',
    `'bill ' || s.identifier || ' is already in the workspace (from ' || (SELECT b.source_file || ' row ' || known.source_row FROM bill_source_record AS known JOIN import_batch AS b ON b.id = known.batch_id WHERE known.source_record_id = s.identifier) || '); not imported again'`);
  rejectStaged(store, 'billgen', `s.rowid > (SELECT min(f.rowid) FROM ${stage('billgen')} AS f WHERE f.identifier = s.identifier)`, 'identifier',
    `'billgen record of bill ' || s.identifier || ' is repeated (first at row ' || (SELECT f.source_row FROM ${stage('billgen')} AS f WHERE f.identifier = s.identifier ORDER BY f.rowid LIMIT 1) || '); the repeat was not imported'`);

  // B/L number: the house bill, else the master bill, else the AMS identifier. Two AMS bills with one B/L number become one bill.
  store.run(
    `INSERT INTO bill_of_lading (bill_of_lading_number, master_bill_of_lading_number, arrival_date, vessel_name, vessel_imo, voyage_number,
       place_of_receipt, port_of_loading, port_of_discharge, batch_id, source_row,
       vessel_imo_as_written, place_of_receipt_as_written, port_of_loading_as_written, port_of_discharge_as_written)
     SELECT coalesce(g.house_bol_number, g.master_bol_number, h.identifier), CASE WHEN g.house_bol_number IS NOT NULL THEN g.master_bol_number END,
       h.arrival_date, h.vessel_name, h.vessel_imo, g.voyage_number, h.place_of_receipt, h.port_of_loading, h.port_of_discharge, h.batch_id, h.source_row,
       h.vessel_imo_as_written, h.place_of_receipt_as_written, h.port_of_loading_as_written, h.port_of_discharge_as_written
     FROM ${stage('header')} AS h LEFT JOIN ${stage('billgen')} AS g ON g.identifier = h.identifier
     WHERE true ORDER BY h.rowid
     ON CONFLICT (bill_of_lading_number) DO NOTHING`,
  );
  store.database.exec(`DROP TABLE IF EXISTS temp.ams_bill;
    CREATE TEMP TABLE ams_bill (identifier PRIMARY KEY, bill_id INTEGER NOT NULL, merged INTEGER NOT NULL) WITHOUT ROWID;`);
  store.run(`INSERT INTO ams_bill SELECT h.identifier, bill.id, NOT (bill.batch_id = h.batch_id AND bill.source_row = h.source_row)
     FROM ${stage('header')} AS h LEFT JOIN ${stage('billgen')} AS g ON g.identifier = h.identifier
     JOIN bill_of_lading AS bill ON bill.bill_of_lading_number = coalesce(g.house_bol_number, g.master_bol_number, h.identifier)`);
  store.run(`INSERT INTO bill_source_record (source_record_id, bill_of_lading_id, batch_id, source_row)
     SELECT h.identifier, m.bill_id, h.batch_id, h.source_row FROM ${stage('header')} AS h JOIN ams_bill AS m ON m.identifier = h.identifier ORDER BY h.rowid`);
  for (const row of perBatch(`SELECT h.batch_id, count(*) AS n FROM ${stage('header')} AS h JOIN ams_bill AS m ON m.identifier = h.identifier WHERE m.merged GROUP BY h.batch_id`)) {
    note(row.batch_id, `${row.n} bills share their B/L number with a bill already stored; their rows were added to that bill`);
  }
  // Rows of tables imported after their header, in an earlier import, join to the bills stored then.
  for (const table of stagingTables) {
    if (table === 'header') continue;
    store.run(`INSERT OR IGNORE INTO ams_bill SELECT known.source_record_id, known.bill_of_lading_id, 0 FROM bill_source_record AS known
       WHERE known.source_record_id IN (SELECT identifier FROM ${stage(table)})`);
    rejectStaged(store, table, 's.identifier NOT IN (SELECT identifier FROM ams_bill)', 'identifier',
      `'no header record for bill ' || s.identifier || ' in this release or the workspace: an orphan row, not imported'`);
  }

  // billgen of bills stored by an earlier import: fill in what the bill lacks.
  store.run(`UPDATE bill_of_lading AS bill SET
       voyage_number = coalesce(bill.voyage_number, g.voyage_number),
       master_bill_of_lading_number = coalesce(bill.master_bill_of_lading_number, CASE WHEN g.house_bol_number IS NOT NULL THEN g.master_bol_number END)
     FROM ${stage('billgen')} AS g JOIN ams_bill AS m ON m.identifier = g.identifier
     WHERE bill.id = m.bill_id AND bill.batch_id NOT IN (SELECT id FROM import_batch WHERE release_id = ?)`, [releaseId]);
  store.run(`UPDATE OR IGNORE bill_of_lading AS bill SET bill_of_lading_number = coalesce(g.house_bol_number, g.master_bol_number)
     FROM ${stage('billgen')} AS g JOIN ams_bill AS m ON m.identifier = g.identifier
     WHERE bill.id = m.bill_id AND bill.bill_of_lading_number = g.identifier AND coalesce(g.house_bol_number, g.master_bol_number) IS NOT NULL`);

  // Parties: every row is an occurrence; placeholders (TO ORDER, SAME AS CONSIGNEE...) are flagged.
  store.run(`INSERT INTO party_occurrence (bill_of_lading_id, role, raw_name, raw_address, raw_phone, is_placeholder, batch_id, source_row)
     SELECT m.bill_id, p.role, p.name, p.address, p.phone, p.is_placeholder, p.batch_id, p.source_row
     FROM ${stage('party')} AS p JOIN ams_bill AS m ON m.identifier = p.identifier ORDER BY p.rowid`);
  // Each bill shows its first shipper, consignee and notify party (the shipments table sorts and filters on them).
  store.run(`UPDATE bill_of_lading AS bill SET
       shipper_name = coalesce(bill.shipper_name, (SELECT p.raw_name FROM party_occurrence AS p WHERE p.bill_of_lading_id = bill.id AND p.role = 'shipper' ORDER BY p.id LIMIT 1)),
       consignee_name = coalesce(bill.consignee_name, (SELECT p.raw_name FROM party_occurrence AS p WHERE p.bill_of_lading_id = bill.id AND p.role = 'consignee' ORDER BY p.id LIMIT 1)),
       notify_party_name = coalesce(bill.notify_party_name, (SELECT p.raw_name FROM party_occurrence AS p WHERE p.bill_of_lading_id = bill.id AND p.role = 'notify_party' ORDER BY p.id LIMIT 1))
     WHERE bill.id IN (SELECT DISTINCT m.bill_id FROM ${stage('party')} AS p JOIN ams_bill AS m ON m.identifier = p.identifier)`);
  for (const row of perBatch(`SELECT batch_id, count(*) AS n FROM ${stage('party')} WHERE is_placeholder = 1 GROUP BY batch_id`)) {
    note(row.batch_id, `${row.n} parties are placeholders (TO ORDER, SAME AS CONSIGNEE, UNKNOWN...): stored as written and flagged as no trader`);
  }

  // Manifest lines: one per (identifier, container, description sequence); sequence numbers repeat across containers.
  store.database.exec(`DROP TABLE IF EXISTS temp.ams_cargo_line; DROP TABLE IF EXISTS temp.ams_tariff_rank;
    CREATE TEMP TABLE ams_cargo_line AS
      SELECT identifier, container_number, sequence, min(first_rowid) AS first_rowid, group_concat(description, ' ' ORDER BY first_rowid) AS description,
             min(hs_in_text) AS hs_in_text, min(hs_in_text_as_written) AS hs_in_text_as_written
      FROM (SELECT identifier, container_number, sequence, description, hs_in_text, hs_in_text_as_written, min(rowid) AS first_rowid
            FROM ${stage('cargodesc')} GROUP BY identifier, container_number, sequence, description)
      GROUP BY identifier, container_number, sequence;
    CREATE TEMP TABLE ams_tariff_rank AS
      SELECT rowid AS staged_rowid, *, row_number() OVER (PARTITION BY identifier, container_number, sequence ORDER BY rowid) AS rank FROM ${stage('tariff')};
    CREATE INDEX temp.ams_tariff_rank_line ON ams_tariff_rank(identifier, container_number, sequence, rank);`);
  store.run(`INSERT INTO manifest_line (bill_of_lading_id, line_number, container_number, hs_code, goods_description, packages, gross_weight_kg, declared_value_usd, batch_id, source_row, hs_code_as_written)
     SELECT m.bill_id, first.line_number, nullif(c.container_number, ''), coalesce(t.hs_code, c.hs_in_text), c.description, first.packages, t.weight_kg, t.value_usd, first.batch_id, first.source_row,
       CASE WHEN t.hs_code IS NOT NULL THEN t.hs_code_as_written ELSE c.hs_in_text_as_written END
     FROM ams_cargo_line AS c JOIN ${stage('cargodesc')} AS first ON first.rowid = c.first_rowid JOIN ams_bill AS m ON m.identifier = c.identifier
     LEFT JOIN ams_tariff_rank AS t ON t.identifier = c.identifier AND t.container_number = c.container_number AND t.sequence = c.sequence AND t.rank = 1
     ORDER BY c.first_rowid`);
  store.run(`INSERT INTO manifest_line (bill_of_lading_id, line_number, container_number, hs_code, gross_weight_kg, declared_value_usd, batch_id, source_row, hs_code_as_written)
     SELECT m.bill_id, t.line_number, nullif(t.container_number, ''), t.hs_code, t.weight_kg, t.value_usd, t.batch_id, t.source_row, t.hs_code_as_written
     FROM ams_tariff_rank AS t JOIN ams_bill AS m ON m.identifier = t.identifier
     WHERE t.rank > 1 OR NOT EXISTS (SELECT 1 FROM ams_cargo_line AS c WHERE c.identifier = t.identifier AND c.container_number = t.container_number AND c.sequence = t.sequence)
     ORDER BY t.staged_rowid`);
  for (const row of perBatch(`SELECT batch_id, count(*) - count(DISTINCT identifier || char(31) || container_number || char(31) || sequence) AS n FROM ${stage('cargodesc')} GROUP BY batch_id`)) {
    note(row.batch_id, `${row.n} rows repeat the identifier, container and description sequence of an earlier row; merged into that line (distinct texts joined)`);
  }
  for (const row of perBatch(`SELECT first.batch_id, count(*) AS n FROM ams_cargo_line AS c JOIN ${stage('cargodesc')} AS first ON first.rowid = c.first_rowid
      WHERE c.hs_in_text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ams_tariff_rank AS t WHERE t.identifier = c.identifier AND t.container_number = c.container_number AND t.sequence = c.sequence AND t.hs_code IS NOT NULL AND t.rank = 1)
      GROUP BY first.batch_id`)) {
    note(row.batch_id, `${row.n} lines have no tariff HS code; the code was taken from "HS CODE ..." in the description`);
  }
  for (const row of perBatch(`SELECT first.batch_id, count(*) AS n FROM ams_cargo_line AS c JOIN ${stage('cargodesc')} AS first ON first.rowid = c.first_rowid
      WHERE c.hs_in_text IS NULL AND NOT EXISTS (SELECT 1 FROM ams_tariff_rank AS t WHERE t.identifier = c.identifier AND t.container_number = c.container_number AND t.sequence = c.sequence AND t.hs_code IS NOT NULL AND t.rank = 1)
      GROUP BY first.batch_id`)) {
    note(row.batch_id, `${row.n} lines have no HS code (no tariff row, none in the description)`);
  }
  for (const row of perBatch(`SELECT batch_id, count(*) AS n FROM ams_tariff_rank WHERE rank > 1 GROUP BY batch_id`)) {
    note(row.batch_id, `${row.n} tariff rows give a further HS code for a line that already has one; each was stored as a line of its own`);
  }
  for (const row of perBatch(`SELECT t.batch_id, count(*) AS n FROM ams_tariff_rank AS t WHERE t.rank = 1
      AND NOT EXISTS (SELECT 1 FROM ams_cargo_line AS c WHERE c.identifier = t.identifier AND c.container_number = t.container_number AND c.sequence = t.sequence) GROUP BY t.batch_id`)) {
    note(row.batch_id, `${row.n} tariff rows have no cargo description row; each was stored as a line without description`);
  }

  // Containers: the first record of a container on a bill; marks and numbers join to it (or stand alone).
  rejectStaged(store, 'container', `s.rowid > (SELECT min(f.rowid) FROM ${stage('container')} AS f WHERE f.identifier = s.identifier AND f.container_number = s.container_number)`,
    'container_number', `'container ' || s.container_number || ' of bill ' || s.identifier || ' is declared again; the repeat was not imported'`);
  store.run(`INSERT INTO shipping_container (bill_of_lading_id, container_number, seal_numbers, equipment_code, length, height, width, container_type, load_status, service_type, batch_id, source_row)
     SELECT m.bill_id, nullif(s.container_number, ''), s.seal_numbers, s.equipment_code, s.length, s.height, s.width, s.container_type, s.load_status, s.service_type, s.batch_id, s.source_row
     FROM ${stage('container')} AS s JOIN ams_bill AS m ON m.identifier = s.identifier ORDER BY s.rowid`);
  store.database.exec(`DROP TABLE IF EXISTS temp.ams_marks;
    CREATE TEMP TABLE ams_marks AS SELECT identifier, container_number, min(rowid) AS first_rowid, group_concat(marks, ' ' ORDER BY rowid) AS marks
      FROM ${stage('marksnumbers')} GROUP BY identifier, container_number;`);
  store.run(`UPDATE shipping_container AS container SET marks_and_numbers = marks.marks
     FROM ams_marks AS marks JOIN ams_bill AS m ON m.identifier = marks.identifier
     WHERE container.bill_of_lading_id = m.bill_id AND coalesce(container.container_number, '') = marks.container_number
       AND container.batch_id IN (SELECT id FROM import_batch WHERE release_id = ?)`, [releaseId]);
  store.run(`INSERT INTO shipping_container (bill_of_lading_id, container_number, marks_and_numbers, batch_id, source_row)
     SELECT m.bill_id, nullif(marks.container_number, ''), marks.marks, first.batch_id, first.source_row
     FROM ams_marks AS marks JOIN ams_bill AS m ON m.identifier = marks.identifier JOIN ${stage('marksnumbers')} AS first ON first.rowid = marks.first_rowid
     WHERE NOT EXISTS (SELECT 1 FROM ${stage('container')} AS c WHERE c.identifier = marks.identifier AND c.container_number = marks.container_number)
     ORDER BY marks.first_rowid`);

  // Hazardous cargo: each hazmat record; classifications join to it on identifier + container + hazmat sequence (or stand alone).
  store.run(`INSERT INTO hazardous_cargo (bill_of_lading_id, container_number, sequence_number, hazard_code, hazard_code_qualifier, hazard_class, emergency_contact, page_number, flash_point, description, batch_id, source_row)
     SELECT m.bill_id, nullif(s.container_number, ''), s.sequence, s.hazard_code, s.hazard_code_qualifier, s.hazard_class, s.emergency_contact, s.page_number, s.flash_point, s.description, s.batch_id, s.source_row
     FROM ${stage('hazmat')} AS s JOIN ams_bill AS m ON m.identifier = s.identifier ORDER BY s.rowid`);
  store.database.exec(`DROP TABLE IF EXISTS temp.ams_hazard_classes;
    CREATE TEMP TABLE ams_hazard_classes AS SELECT identifier, container_number, sequence, min(rowid) AS first_rowid, group_concat(classification, '; ' ORDER BY rowid) AS classifications
      FROM ${stage('hazmatclass')} GROUP BY identifier, container_number, sequence;`);
  store.run(`UPDATE hazardous_cargo AS cargo SET hazard_classifications = classes.classifications
     FROM ams_hazard_classes AS classes JOIN ams_bill AS m ON m.identifier = classes.identifier
     WHERE cargo.bill_of_lading_id = m.bill_id AND coalesce(cargo.container_number, '') = classes.container_number AND cargo.sequence_number = classes.sequence
       AND cargo.batch_id IN (SELECT id FROM import_batch WHERE release_id = ?)`, [releaseId]);
  store.run(`INSERT INTO hazardous_cargo (bill_of_lading_id, container_number, sequence_number, hazard_classifications, batch_id, source_row)
     SELECT m.bill_id, nullif(classes.container_number, ''), classes.sequence, classes.classifications, first.batch_id, first.source_row
     FROM ams_hazard_classes AS classes JOIN ams_bill AS m ON m.identifier = classes.identifier JOIN ${stage('hazmatclass')} AS first ON first.rowid = classes.first_rowid
     WHERE NOT EXISTS (SELECT 1 FROM ${stage('hazmat')} AS h WHERE h.identifier = classes.identifier AND h.container_number = classes.container_number AND h.sequence = classes.sequence)
     ORDER BY classes.first_rowid`);
  store.database.exec('DROP TABLE IF EXISTS temp.ams_bill; DROP TABLE IF EXISTS temp.ams_cargo_line; DROP TABLE IF EXISTS temp.ams_tariff_rank; DROP TABLE IF EXISTS temp.ams_marks; DROP TABLE IF EXISTS temp.ams_hazard_classes;');
  return { notesByBatch: notes };
}

/** Rows of a batch still in staging: what the join stored. */
export function stagedRowCount(store: WorkspaceStore, batchId: number): number {
  return stagingTables.reduce((sum, table) => sum + Number(store.scalar(`SELECT count(*) FROM ${stage(table)} WHERE batch_id = ?`, [batchId]) ?? 0), 0);
}
