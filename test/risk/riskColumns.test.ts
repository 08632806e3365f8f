import { describe, expect, it } from 'vitest';
import { bill, data, line, trader } from './support/riskDatasetBuilders';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';
import { readRiskDataset } from '../../shared/store/riskInputs';
import { writeBillPartyTraders } from '../../shared/store/billPartyTraderStore';
import { WorkspaceStore } from '../../shared/store/workspaceStore';
import { billsFromColumns, riskColumns, TextCoder, textOf } from '../../shared/risk/riskColumns';
import { median, medianInPlace, robustSpread, robustSpreadInPlace } from '../../shared/risk/robustStatistics';
import { splitShipmentsRule } from '../../shared/risk/rules/splitShipments';
import { watchlistProximityRule } from '../../shared/risk/rules/watchlistProximity';


describe('risk columns', () => {
  it('code each distinct text once, null and the empty text as −1', () => {
    const coder = new TextCoder();
    expect(['CNSHA', 'CNSHA', null, '', 'GBFXT', 'CNSHA'].map((value) => coder.code(value))).toEqual([0, 0, -1, -1, 1, 0]);
    expect(coder.values).toEqual(['CNSHA', 'GBFXT']);
  });

  it('hold the bills of a dataset by column and give them back as the same objects', () => {
    const bills = [
      bill({ shipper: 'T:2', consignee: 'T:1', consigneeName: 'ANCHOR HOME LTD', lines: [line(), line({ hsCode: null, description: 'GENERAL CARGO', grossWeightKg: null, containerNumber: 'MSCU1234565' })] }),
      bill({ vesselImo: null, voyage: null, arrivalDate: null, notifyParty: 'T:9', lines: [] }),
      bill({ consignee: 'T:1', lines: [line({ declaredValueUsd: null })] }),
    ];
    const dataset = data(bills, [trader('T:1'), trader('T:2')]);
    const columns = riskColumns(dataset);
    expect(columns.billCount).toBe(3);
    expect(columns.lineCount).toBe(3);
    expect([...columns.lineStart]).toEqual([0, 2, 2, 3]);
    // Traders of the dataset first, then those only a bill names.
    expect(columns.traderIds).toEqual(['T:1', 'T:2', 'T:9']);
    expect([...columns.consignee]).toEqual([0, -1, 0]);
    expect([...columns.notifyParty]).toEqual([-1, 2, -1]);
    expect(textOf(columns.hsCode, 1)).toBeNull();
    expect(Number.isNaN(columns.grossWeightKg[1] as number)).toBe(true);
    expect(billsFromColumns(columns)).toEqual(bills);
    // Made once per dataset.
    expect(riskColumns(dataset)).toBe(columns);
  });
});

describe('reading the risk columns from the store', () => {
  it('puts each bill\'s lines together in stored order, takes the first resolved party of each role, and leaves out excluded bills', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    store.run("INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected) VALUES ('a', 'x', 't', '', '', '{}', 0, 0, 0)");
    store.run(`INSERT INTO bill_of_lading (id, bill_of_lading_number, arrival_date, vessel_imo, voyage_number, place_of_receipt, country_of_origin, batch_id, source_row)
      VALUES (1, 'BL-A', '2024-03-01', '9000001', '1W', 'CNSHA', 'CN', 1, 2), (2, 'BL-B', '', NULL, NULL, NULL, NULL, 1, 3), (3, 'BL-C', '2024-03-02', '9000001', '1W', 'CNSHA', 'CN', 1, 4)`);
    // A line of BL-A stored after BL-B's and BL-C's (a later import adding to the bill).
    store.run(`INSERT INTO manifest_line (id, bill_of_lading_id, container_number, hs_code, goods_description, gross_weight_kg, declared_value_usd, batch_id, source_row) VALUES
      (1, 1, 'MSCU1234565', '851713', 'PHONES', 10, 42, 1, 2), (2, 2, NULL, NULL, 'GENERAL CARGO', NULL, NULL, 1, 3), (3, 3, '', '847130', 'LAPTOPS', 5, 50, 1, 4),
      (4, 1, 'MSCU1234565', '851713', 'PHONE CASES', 1, 2, 1, 5)`);
    store.run(`INSERT INTO party_occurrence (id, bill_of_lading_id, role, raw_name, raw_address, raw_phone, batch_id, source_row) VALUES
      (1, 1, 'consignee', 'TO ORDER', NULL, NULL, 1, 2), (2, 1, 'consignee', 'ANCHOR HOME LTD', '103 HIGH AVENUE ILFORD IG1 1AA', '+44 20 7946 0000', 1, 2),
      (3, 1, 'shipper', 'SUPPLIER CO', NULL, NULL, 1, 2), (4, 2, 'notify_party', 'ANCHOR HOME LTD', '103 High Avenue, Ilford IG1 1AA', NULL, 1, 3), (5, 3, 'consignee', 'OTHER LTD', NULL, NULL, 1, 4)`);
    // contacts: the (address, phone) pairs the members wrote, as resolution stores them (migration 15).
    store.run(`INSERT INTO trader_entity (entity_id, display_name, variants, occurrences, roles, role_mask, countries, search_text, contacts) VALUES
      ('T:1', 'ANCHOR HOME LTD', 1, 2, '[]', 6, '["GB"]', '', '[["103 HIGH AVENUE ILFORD IG1 1AA","+44 20 7946 0000"],["103 High Avenue, Ilford IG1 1AA",null]]'),
      ('T:2', 'SUPPLIER CO', 1, 1, '[]', 1, '[]', '', '[]'), ('T:3', 'OTHER LTD', 1, 1, '[]', 2, '[]', '', '[]')`);
    store.run(`INSERT INTO entity_member (occurrence_id, entity_id, placeholder_kind) VALUES (1, NULL, 'to order'), (2, 'T:1', NULL), (3, 'T:2', NULL), (4, 'T:1', NULL), (5, 'T:3', NULL)`);
    // Each bill's first resolved party of each role, as a resolution run writes them.
    writeBillPartyTraders(store, [{ entityId: 'T:1', members: [{ occurrenceId: '2' }, { occurrenceId: '4' }] }, { entityId: 'T:2', members: [{ occurrenceId: '3' }] }, { entityId: 'T:3', members: [{ occurrenceId: '5' }] }]);

    const data = readRiskDataset(store, new Set(['BL-C']));
    const columns = data.columns;
    expect(columns?.billNumber).toEqual(['BL-A', 'BL-B']);
    expect(columns?.lineCount).toBe(3);
    expect(data.bills.map((bill) => bill.lines.map((line) => line.description))).toEqual([['PHONES', 'PHONE CASES'], ['GENERAL CARGO']]);
    expect(data.bills[1]).toMatchObject({ arrivalDate: null, vesselImo: null, consignee: null, notifyParty: 'T:1', lines: [{ hsCode: null, grossWeightKg: null, declaredValueUsd: null, containerNumber: null }] });
    // The placeholder consignee is passed over for the first resolved one.
    expect(data.bills[0]).toMatchObject({ consignee: 'T:1', shipper: 'T:2', notifyParty: null, arrivalDate: '2024-03-01', vesselImo: '9000001', placeOfReceipt: 'CNSHA', countryOfOrigin: 'CN' });
    // Two spellings of one street address are one key; the phone by its last digits.
    expect(data.traders.get('T:1')?.addressKeys).toHaveLength(1);
    expect(data.traders.get('T:1')?.phoneKeys).toHaveLength(1);
    expect(data.traders.get('T:2')?.addressKeys).toEqual([]);
    // The address as first written stands for its key.
    expect(Object.values(data.traders.get('T:1')?.writtenValues ?? {})).toEqual(['103 HIGH AVENUE ILFORD IG1 1AA', '+44 20 7946 0000']);
  });
});

describe('reading stored traders', () => {
  it('refuses a stored trader whose id is not "T:" and a member occurrence id, naming it', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    store.run(`INSERT INTO trader_entity (entity_id, display_name, variants, occurrences, roles, role_mask, countries, search_text) VALUES ('TRADER-1', 'ANCHOR HOME LTD', 1, 1, '[]', 2, '[]', '')`);
    expect(() => readRiskDataset(store)).toThrow('stored trader TRADER-1: an entity id is "T:" and a member occurrence id');
  });
});

describe('split shipments by column', () => {
  it('groups a container per vessel call: the same container on two calls is two groups', () => {
    const traders = [trader('T:1', { addressKeys: ['12 DOCK ROAD LEEDS'] }), trader('T:2', { addressKeys: ['12 DOCK ROAD LEEDS'] }), trader('T:3', { addressKeys: ['12 DOCK ROAD LEEDS'] })];
    const inContainer = (voyage: string, consignee: string) => bill({ voyage, consignee, consigneeName: consignee, lines: [line({ containerNumber: 'MSCU1234565' }), line({ containerNumber: 'MSCU1234565' })] });
    const twoCalls = [inContainer('1W', 'T:1'), inContainer('2W', 'T:2'), inContainer('1W', 'T:3'), inContainer('2W', 'T:1')];
    expect(splitShipmentsRule.detect(data(twoCalls, traders), { minimumBills: 3 })).toEqual([]);
    const oneCall = [...twoCalls, inContainer('1W', 'T:2')];
    const findings = splitShipmentsRule.detect(data(oneCall, traders), { minimumBills: 3 });
    expect(findings.map((finding) => finding.billIndex)).toEqual([0, 2, 4]);
    expect(findings[0]?.facts).toMatchObject({ bills: 3, container: 'MSCU1234565', voyage: '1W', relatedBy: 'shared premises' });
  });

  it('groups bills without a container by call and shipper', () => {
    const bills = [0, 1, 2].map(() => bill({ shipper: 'T:9', consignee: 'T:1', consigneeName: 'ONE LTD', lines: [line()] }));
    const findings = splitShipmentsRule.detect(data([...bills, bill({ shipper: 'T:8', consignee: 'T:1', lines: [line()] })], [trader('T:1')]), { minimumBills: 3 });
    expect(findings.map((finding) => [finding.billIndex, finding.strength])).toEqual([[0, 1], [1, 1], [2, 1]]);
    expect(findings[0]?.reason).toBe('one of 3 bills on MSC TEST voyage 1W to 1 related consignee name (one trader): ONE LTD');
  });
});

describe('watchlist proximity by column', () => {
  it('keeps the first link made between two traders, premises or telephone over trading', () => {
    const listed = trader('T:1', { name: 'LISTED LTD', phoneKeys: ['441132000000'], watchlistHits: [{ listName: 'SANCTIONS', listedParty: 'LISTED LTD', reason: 'Asset freeze', basis: 'name', score: 1, addressAgrees: true }] });
    const traders = [listed, trader('T:2', { phoneKeys: ['441132000000'] }), trader('T:3')];
    // T:2 trades with the listed trader first and shares its telephone line: the telephone counts.
    const bills = [bill({ shipper: 'T:1', consignee: 'T:2' }), bill({ shipper: 'T:3', notifyParty: 'T:1' })];
    const findings = watchlistProximityRule.detect(data(bills, traders), { uncorroboratedShare: 0.6, otherAddressShare: 0.5, sharedPremisesStrength: 0.8, tradingPartnerStrength: 0.3, secondHopStrength: 0.1 });
    expect(findings.map((finding) => [finding.entityId, finding.strength, finding.facts.link])).toEqual([
      ['T:1', 1, undefined],
      ['T:2', 0.8, 'shares a telephone line with'],
      ['T:3', 0.3, 'trades with'],
    ]);
  });
});

describe('robust statistics in place', () => {
  it('find the same median and spread as sorting a copy, for odd and even counts and ties', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 2000; trial += 1) {
      const values = Array.from({ length: 1 + Math.floor(random() * 40) }, () => (random() < 0.3 ? Math.floor(random() * 4) : random() * 10 - 5));
      expect(medianInPlace(Float64Array.from(values))).toBe(median(values));
      expect(robustSpreadInPlace(Float64Array.from(values), 0.1, new Float64Array(values.length))).toEqual(robustSpread(values, 0.1));
    }
    expect(Number.isNaN(medianInPlace(new Float64Array(0)))).toBe(true);
  });
});
