import type { Database } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { latestSchemaVersion, migrations } from '../../../shared/store/migrations';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';
import { contactsWritten } from '../../../shared/store/entityResolutionStore';
import { writeBillPartyTraders } from '../../../shared/store/billPartyTraderStore';

/** A workspace saved by a build that had only migration 1, with one imported line. */
async function versionOneImage(): Promise<Uint8Array> {
  const sqlJs = await loadSqlJsForNode();
  const database = new sqlJs.Database();
  database.exec((migrations[0] as (typeof migrations)[number]).sql);
  database.exec(`PRAGMA user_version = 1;
    INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
      VALUES ('old.csv', 'abc', '2026-01-01T00:00:00Z', 'utf-8', ',', '{}', 1, 1, 0);
    INSERT INTO bill_of_lading (bill_of_lading_number, batch_id, source_row) VALUES ('BL1', 1, 2);
    INSERT INTO manifest_line (bill_of_lading_id, hs_code, batch_id, source_row) VALUES (1, '850440', 1, 2);
    INSERT INTO party_occurrence (bill_of_lading_id, role, raw_name, batch_id, source_row) VALUES (1, 'consignee', 'To Order of Bank of Asia', 1, 2), (1, 'shipper', 'NINGBO BRIGHT TRADING', 1, 2);`);
  const image = database.export();
  database.close();
  return image;
}

/** A workspace saved by a build whose schema ended at `version`, holding what `fill` writes, opened (so migrated) now. */
async function openedFromVersion(version: number, fill: (database: Database) => void): Promise<WorkspaceStore> {
  const sqlJs = await loadSqlJsForNode();
  const database = new sqlJs.Database();
  for (const migration of migrations.filter((candidate) => candidate.version <= version)) database.exec(migration.sql);
  database.exec(`PRAGMA user_version = ${version}`);
  fill(database);
  const image = database.export();
  database.close();
  return WorkspaceStore.open(sqlJs, image);
}

describe('workspace schema migrations', () => {
  it('numbers migrations 1, 2, ... without gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('migrates a version-1 workspace to the latest schema, keeping its data and flagging its placeholder parties', async () => {
    const store = WorkspaceStore.open(await loadSqlJsForNode(), await versionOneImage());
    expect(store.schemaVersion()).toBe(latestSchemaVersion);
    expect(store.all('SELECT bill.bill_of_lading_number AS bill, line.hs_code AS hs, batch.source_format AS format, line.source_sheet AS sheet FROM manifest_line AS line JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id JOIN import_batch AS batch ON batch.id = line.batch_id')).toEqual([
      { bill: 'BL1', hs: '850440', format: 'delimited-text', sheet: null },
    ]);
    expect(store.all('SELECT raw_name AS name, is_placeholder AS placeholder FROM party_occurrence ORDER BY id')).toEqual([
      { name: 'To Order of Bank of Asia', placeholder: 1 },
      { name: 'NINGBO BRIGHT TRADING', placeholder: 0 },
    ]);
    for (const table of ['import_release', 'bill_source_record', 'shipping_container', 'hazardous_cargo']) {
      expect(store.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", [table]), table).toBe(1);
    }
    expect(() => store.run("UPDATE party_occurrence SET is_placeholder = 2 WHERE id = 1")).toThrow(/CHECK constraint/);
  });

  it('migration 4 gives every bill its first shipper, consignee and notify party, and adds the as-written columns empty', async () => {
    const store = await openedFromVersion(3, (database) => database.exec(`
      INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
        VALUES ('old.csv', 'abc', '2026-01-01T00:00:00Z', 'utf-8', ',', '{}', 2, 2, 0);
      INSERT INTO bill_of_lading (bill_of_lading_number, batch_id, source_row) VALUES ('BL1', 1, 2), ('BL2', 1, 3);
      INSERT INTO party_occurrence (bill_of_lading_id, role, raw_name, batch_id, source_row) VALUES
        (1, 'consignee', 'FIRST CONSIGNEE', 1, 2), (1, 'shipper', 'FIRST SHIPPER', 1, 2), (1, 'shipper', 'LATER SHIPPER', 1, 2), (1, 'notify_party', 'NOTIFY CO', 1, 2);`));
    expect(store.schemaVersion()).toBe(latestSchemaVersion);
    expect(store.all('SELECT bill_of_lading_number AS bill, shipper_name AS shipper, consignee_name AS consignee, notify_party_name AS notify, port_of_loading_as_written AS written FROM bill_of_lading ORDER BY id')).toEqual([
      { bill: 'BL1', shipper: 'FIRST SHIPPER', consignee: 'FIRST CONSIGNEE', notify: 'NOTIFY CO', written: null },
      { bill: 'BL2', shipper: null, consignee: null, notify: null, written: null },
    ]);
    expect(store.all("SELECT name FROM pragma_table_info('manifest_line') WHERE name LIKE '%as_written' ORDER BY name")).toEqual([{ name: 'container_number_as_written' }, { name: 'hs_code_as_written' }]);
  });

  it('migration 15 gives each resolved trader the (address, phone) pairs its members wrote, first written first, as a new resolution stores them', async () => {
    const store = await openedFromVersion(14, (database) => database.exec(`
      INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
        VALUES ('old.csv', 'abc', '2026-01-01T00:00:00Z', 'utf-8', ',', '{}', 3, 3, 0);
      INSERT INTO bill_of_lading (bill_of_lading_number, batch_id, source_row) VALUES ('BL1', 1, 2), ('BL2', 1, 3), ('BL3', 1, 4);
      INSERT INTO party_occurrence (id, bill_of_lading_id, role, raw_name, raw_address, raw_phone, batch_id, source_row) VALUES
        (1, 1, 'consignee', 'ANCHOR HOME LTD', '12 DOCK ROAD LEEDS', '+44 113 496 0000', 1, 2),
        (2, 1, 'shipper', 'SUPPLIER CO', NULL, '', 1, 2),
        (3, 2, 'consignee', 'ANCHOR HOME LIMITED', '12 Dock Rd, Leeds', NULL, 1, 3),
        (4, 3, 'notify_party', 'ANCHOR HOME LTD', '12 DOCK ROAD LEEDS', '+44 113 496 0000', 1, 4),
        (5, 3, 'consignee', 'TO ORDER', NULL, NULL, 1, 4);
      INSERT INTO trader_entity (entity_id, display_name, variants, occurrences, roles, role_mask, countries, search_text) VALUES
        ('T:1', 'ANCHOR HOME LTD', 2, 3, '[]', 6, '[]', ''), ('T:2', 'SUPPLIER CO', 1, 1, '[]', 1, '[]', '');
      INSERT INTO entity_member (occurrence_id, entity_id, placeholder_kind) VALUES (1, 'T:1', NULL), (2, 'T:2', NULL), (3, 'T:1', NULL), (4, 'T:1', NULL), (5, NULL, 'to order');`));
    expect(store.schemaVersion()).toBe(latestSchemaVersion);
    const contacts = Object.fromEntries(store.all<{ id: string; contacts: string }>('SELECT entity_id AS id, contacts FROM trader_entity ORDER BY entity_id').map((row) => [row.id, JSON.parse(row.contacts) as unknown]));
    expect(contacts).toEqual({ 'T:1': [['12 DOCK ROAD LEEDS', '+44 113 496 0000'], ['12 Dock Rd, Leeds', null]], 'T:2': [] });
    // What a resolution run writes for the same members (given in another order).
    const member = (occurrenceId: string, rawAddress: string, rawPhone: string) => ({ occurrenceId, role: 'consignee' as const, rawName: 'ANCHOR HOME LTD', rawAddress, rawPhone });
    expect(contactsWritten([member('4', '12 DOCK ROAD LEEDS', '+44 113 496 0000'), member('3', '12 Dock Rd, Leeds', ''), member('1', '12 DOCK ROAD LEEDS', '+44 113 496 0000')])).toEqual(contacts['T:1']);
    expect(contactsWritten([member('2', '', '')])).toEqual([]);
  });

  it('migration 17 gives each bill its first shipper, consignee and notify-party trader, passing over placeholders, as a new resolution stores them', async () => {
    const store = await openedFromVersion(16, (database) => database.exec(`
      INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
        VALUES ('old.csv', 'abc', '2026-01-01T00:00:00Z', 'utf-8', ',', '{}', 4, 4, 0);
      INSERT INTO bill_of_lading (bill_of_lading_number, batch_id, source_row) VALUES ('BL1', 1, 2), ('BL2', 1, 3), ('BL3', 1, 4), ('BL4', 1, 5);
      INSERT INTO party_occurrence (id, bill_of_lading_id, role, raw_name, batch_id, source_row) VALUES
        (1, 1, 'consignee', 'TO ORDER', 1, 2), (2, 1, 'consignee', 'ANCHOR HOME LTD', 1, 2), (3, 1, 'shipper', 'SUPPLIER CO', 1, 2),
        (4, 1, 'consignee', 'SUPPLIER CO', 1, 2), (5, 2, 'notify_party', 'ANCHOR HOME LTD', 1, 3), (6, 3, 'consignee', 'SAME AS CONSIGNEE', 1, 4),
        (7, 4, 'shipper', 'NEW LINE CO', 1, 5);
      INSERT INTO trader_entity (entity_id, display_name, variants, occurrences, roles, role_mask, countries, search_text) VALUES
        ('T:2', 'ANCHOR HOME LTD', 1, 2, '[]', 6, '[]', ''), ('T:3', 'SUPPLIER CO', 1, 2, '[]', 3, '[]', '');
      -- Occurrence 7 came with an import after the resolution: it has no member row yet.
      INSERT INTO entity_member (occurrence_id, entity_id, placeholder_kind) VALUES
        (1, NULL, 'to order'), (2, 'T:2', NULL), (3, 'T:3', NULL), (4, 'T:3', NULL), (5, 'T:2', NULL), (6, NULL, 'same as consignee');`));
    expect(store.schemaVersion()).toBe(latestSchemaVersion);
    const rowsOf = () => store.all('SELECT bill_of_lading_id AS bill, shipper, consignee, notify_party AS notifyParty FROM bill_party_trader ORDER BY bill_of_lading_id');
    const migrated = rowsOf();
    expect(migrated).toEqual([{ bill: 1, shipper: 3, consignee: 2, notifyParty: null }, { bill: 2, shipper: null, consignee: null, notifyParty: 2 }]);
    // What a resolution run writes for the same entities (members given in another order).
    writeBillPartyTraders(store, [{ entityId: 'T:3', members: [{ occurrenceId: '4' }, { occurrenceId: '3' }] }, { entityId: 'T:2', members: [{ occurrenceId: '5' }, { occurrenceId: '2' }] }]);
    expect(rowsOf()).toEqual(migrated);
    expect(() => writeBillPartyTraders(store, [{ entityId: 'TRADER-1', members: [{ occurrenceId: '2' }] }])).toThrow('stored trader TRADER-1: an entity id is "T:" and a member occurrence id');
  });

  it('migration 18 keeps ranked shipments showing their bill\'s consignee, arrival, vessel and voyage, from the bill instead of copies', async () => {
    const store = await openedFromVersion(17, (database) => database.exec(`
      INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
        VALUES ('old.csv', 'abc', '2026-01-01T00:00:00Z', 'utf-8', ',', '{}', 2, 2, 0);
      INSERT INTO bill_of_lading (id, bill_of_lading_number, consignee_name, arrival_date, vessel_name, vessel_imo, voyage_number, batch_id, source_row) VALUES
        (1, 'BL1', 'ANCHOR HOME LTD', '2024-03-01', 'MSC ANNA', '9000001', '1W', 1, 2), (2, 'BL2', NULL, '', '', '9000002', NULL, 1, 3);
      INSERT INTO risk_evidence (id, item) VALUES (1, '{"ruleId":"undervaluation","reason":"low","points":3,"facts":{}}');
      INSERT INTO risk_target (kind, rank, ref, name, score, evidence_ids, bill_id, arrival_date, vessel, voyage, bills) VALUES
        ('shipment', 1, 'BL1', 'ANCHOR HOME LTD', 3, '[1]', 1, '2024-03-01', 'MSC ANNA', '1W', NULL),
        ('shipment', 2, 'BL2', '', 1, '[]', 2, NULL, '9000002', NULL, NULL),
        ('shipment', 3, 'BL9', 'KEPT NAME', 0.5, '[]', NULL, NULL, NULL, NULL, NULL),
        ('trader', 1, 'T:4', 'ANCHOR HOME LTD', 3, '[1]', NULL, NULL, NULL, NULL, 1);`));
    expect(store.schemaVersion()).toBe(latestSchemaVersion);
    const shown = store.all('SELECT kind, rank, ref, name, score, evidence, arrival_date AS arrivalDate, vessel, voyage, bills FROM risk_target_reasons ORDER BY kind, rank');
    expect(shown).toEqual([
      { kind: 'shipment', rank: 1, ref: 'BL1', name: 'ANCHOR HOME LTD', score: 3, evidence: '[{"ruleId":"undervaluation","reason":"low","points":3,"facts":{}}]', arrivalDate: '2024-03-01', vessel: 'MSC ANNA', voyage: '1W', bills: null },
      { kind: 'shipment', rank: 2, ref: 'BL2', name: '', score: 1, evidence: '[]', arrivalDate: null, vessel: '9000002', voyage: null, bills: null },
      { kind: 'shipment', rank: 3, ref: 'BL9', name: 'KEPT NAME', score: 0.5, evidence: '[]', arrivalDate: null, vessel: null, voyage: null, bills: null },
      { kind: 'trader', rank: 1, ref: 'T:4', name: 'ANCHOR HOME LTD', score: 3, evidence: '[{"ruleId":"undervaluation","reason":"low","points":3,"facts":{}}]', arrivalDate: null, vessel: null, voyage: null, bills: 1 },
    ]);
    // The copies are gone: a shipment with a bill keeps no name of its own.
    expect(store.all("SELECT name FROM risk_target WHERE kind = 'shipment' ORDER BY rank")).toEqual([{ name: null }, { name: null }, { name: 'KEPT NAME' }]);
    expect(() => store.all('SELECT vessel FROM risk_target')).toThrow(/no such column/);
    // Looking a target up by its reference still goes through the index, not a scan of the table.
    const plan = store.all<{ detail: string }>("EXPLAIN QUERY PLAN SELECT e.ref, r.name, r.evidence FROM target_entry AS e LEFT JOIN risk_target_reasons AS r ON r.kind = e.kind AND r.ref = e.ref").map((row) => row.detail).join('\n');
    expect(plan).toMatch(/SEARCH target USING INDEX risk_target_ref/);
    expect(plan).not.toMatch(/SCAN target\b/);
  });

  it('migration 16 keeps each evidence item of a stored scoring once, and gives every target its reasons back in order', async () => {
    const shared = { ruleId: 'watchlist-proximity', reason: 'consignee T:7: on a watchlist', points: 6, facts: { list: 'OFAC' }, via: 'consignee' };
    const own = { ruleId: 'undervaluation', reason: 'value per kg 2.61 USD vs median 15.80', points: 3.1, facts: { hsCode: '871160' } };
    const rows: [string, number, string, number, unknown[]][] = [['shipment', 1, 'BL1', 9.1, [shared, own]], ['shipment', 2, 'BL2', 6, [shared]], ['trader', 1, 'T:7', 6, []]];
    const store = await openedFromVersion(15, (database) => {
      for (const [kind, rank, ref, score, evidence] of rows) database.run('INSERT INTO risk_target (kind, rank, ref, name, score, evidence) VALUES (?, ?, ?, ?, ?, ?)', [kind, rank, ref, 'ACME', score, JSON.stringify(evidence)]);
    });
    expect(store.schemaVersion()).toBe(latestSchemaVersion);
    expect(store.scalar('SELECT count(*) FROM risk_evidence')).toBe(2);
    const reasons = store.all<{ ref: string; evidence: string }>('SELECT ref, evidence FROM risk_target_reasons ORDER BY kind, rank');
    expect(reasons.map((row) => [row.ref, JSON.parse(row.evidence) as unknown])).toEqual([['BL1', [shared, own]], ['BL2', [shared]], ['T:7', []]]);
    expect(() => store.all('SELECT evidence FROM risk_target')).toThrow(/no such column/);
  });
});
