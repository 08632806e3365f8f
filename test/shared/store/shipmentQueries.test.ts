import { describe, expect, it } from 'vitest';
import type { EngineApi, ShipmentSortColumn } from '../../../shared/engine/engineApi';
import { shipmentSortColumns } from '../../../shared/engine/engineApi';
import { newEngine, textSource } from '../../support/engineHarness';
import { queryWorkspace } from '../ingest/support/workspaceImage';

/** A small workspace with ties and empty values in every sortable column. */
function manifest(seed: number, bills: number): string {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const maybe = (value: string): string => (next() < 0.2 ? '' : value);
  const lines = ['B/L No.,Arrival Date,Vessel,Port of Loading,Port of Discharge,Shipper Name,Consignee Name,Notify Party,Container No.,HS Code,Goods Description,Gross Weight,Declared Value'];
  for (let bill = 0; bill < bills; bill++) {
    const number = `BL${String(Math.floor(next() * 1e6)).padStart(6, '0')}${bill}`;
    const shared = [maybe(pick(['2026-01-02', '2026-01-03', '2026-02-01'])), maybe(pick(['ALPHA', 'BRAVO', 'CHARLIE'])), maybe(pick(['CNSHA', 'CNNGB', 'SGSIN'])),
      maybe(pick(['GBFXT', 'GBSOU'])), maybe(pick(['ACME TRADING', 'BETA EXPORTS', 'Gamma Works'])), maybe(pick(['HARBOUR IMPORTS', 'ZED LTD', 'acme retail'])), maybe(pick(['NOTIFY ONE', 'NOTIFY TWO']))];
    const lineCount = 1 + Math.floor(next() * 4);
    for (let line = 0; line < lineCount; line++) {
      lines.push([number, ...shared, maybe(pick(['MSKU6011672', 'TGHU7599330', 'HLXU2008419'])), maybe(pick(['850440', '620342', '851762'])),
        maybe(pick(['COTTON TROUSERS', 'POWER SUPPLIES', 'Palm olein 100%'])), maybe(pick(['100', '250.5', '99'])), maybe(pick(['5000', '120', '99']))].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

interface Stored {
  lineId: number;
  billId: number;
  values: Record<ShipmentSortColumn, string | number | null>;
  text: string;
}

async function storedLines(engine: EngineApi): Promise<Stored[]> {
  const rows = await queryWorkspace(engine, `SELECT line.id AS lineId, bill.id AS billId, bill.bill_of_lading_number AS billOfLadingNumber, bill.arrival_date AS arrivalDate,
    bill.vessel_name AS vesselName, bill.port_of_loading AS portOfLoading, bill.port_of_discharge AS portOfDischarge,
    (SELECT raw_name FROM party_occurrence WHERE bill_of_lading_id = bill.id AND role = 'shipper' ORDER BY id LIMIT 1) AS shipperName,
    (SELECT raw_name FROM party_occurrence WHERE bill_of_lading_id = bill.id AND role = 'consignee' ORDER BY id LIMIT 1) AS consigneeName,
    (SELECT raw_name FROM party_occurrence WHERE bill_of_lading_id = bill.id AND role = 'notify_party' ORDER BY id LIMIT 1) AS notifyPartyName,
    line.hs_code AS hsCode, line.gross_weight_kg AS grossWeightKg, line.declared_value_usd AS declaredValueUsd, line.goods_description AS goodsDescription,
    line.container_number AS containerNumber
    FROM manifest_line AS line JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id`);
  return rows.map((row) => ({
    lineId: Number(row.lineId),
    billId: Number(row.billId),
    values: Object.fromEntries(shipmentSortColumns.map((column) => [column, row[column] as string | number | null])) as Record<ShipmentSortColumn, string | number | null>,
    text: [row.billOfLadingNumber, row.shipperName, row.consigneeName, row.notifyPartyName, row.goodsDescription, row.containerNumber, row.vesselName, row.hsCode].filter((value) => value !== null).join('\u0000').toLowerCase(),
  }));
}

const lineColumns: readonly ShipmentSortColumn[] = ['hsCode', 'grossWeightKg', 'declaredValueUsd'];

/** The documented order: the column (nulls last either way), then the bill (for bill columns), then the line; descending reverses all but the nulls. */
function expectedOrder(lines: readonly Stored[], sortBy: ShipmentSortColumn, direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (left: Stored, right: Stored): number => {
    const a = left.values[sortBy];
    const b = right.values[sortBy];
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else if (a !== b) {
      return (a < b ? -1 : 1) * sign;
    }
    if (!lineColumns.includes(sortBy) && left.billId !== right.billId) return (left.billId - right.billId) * sign;
    return (left.lineId - right.lineId) * sign;
  };
  return [...lines].sort(compare).map((line) => line.lineId);
}

async function allPages(engine: EngineApi, query: { sortBy: ShipmentSortColumn; sortDirection: 'asc' | 'desc'; text?: string }, pageSize: number): Promise<{ ids: number[]; total: number }> {
  const ids: number[] = [];
  let total = 0;
  for (let offset = 0; ; offset += pageSize) {
    const page = await engine.listShipments({ ...query, offset, limit: pageSize });
    total = page.total;
    ids.push(...page.rows.map((row) => row.lineId));
    if (page.rows.length < pageSize) break;
  }
  return { ids, total };
}

describe('listShipments', () => {
  it('pages through every sort column in both directions in a total order, nulls last', async () => {
    const engine = await newEngine();
    await engine.importManifest(textSource('sorts.csv', manifest(7, 40)));
    const lines = await storedLines(engine);
    expect(lines.length).toBeGreaterThan(60);
    for (const sortBy of shipmentSortColumns) {
      for (const sortDirection of ['asc', 'desc'] as const) {
        const expected = expectedOrder(lines, sortBy, sortDirection);
        // Jumps (found by offset), then every page in turn (each next page from where the last ended), then pages again (from their first row).
        for (const offset of [13, 29, lines.length - 5]) {
          expect((await engine.listShipments({ sortBy, sortDirection, offset, limit: 9 })).rows.map((row) => row.lineId), `${sortBy} ${sortDirection} at ${offset}`).toEqual(expected.slice(offset, offset + 9));
        }
        const { ids, total } = await allPages(engine, { sortBy, sortDirection }, 7);
        expect(total).toBe(lines.length);
        expect(ids, `${sortBy} ${sortDirection}`).toEqual(expected);
        for (const offset of [14, 0, 35]) {
          expect((await engine.listShipments({ sortBy, sortDirection, offset, limit: 7 })).rows.map((row) => row.lineId), `${sortBy} ${sortDirection} again at ${offset}`).toEqual(expected.slice(offset, offset + 7));
        }
      }
    }
  });

  it('filters on B/L, parties, goods, container, vessel and HS code, case-insensitively, with its own total, in any sort', async () => {
    const engine = await newEngine();
    await engine.importManifest(textSource('filters.csv', manifest(11, 40)));
    const lines = await storedLines(engine);
    for (const text of ['acme', 'ACME TRADING', 'msku', '6203', '100%', 'bravo', 'nothing like this', 'BL']) {
      const matching = lines.filter((line) => line.text.includes(text.toLowerCase()));
      for (const [sortBy, sortDirection] of [['billOfLadingNumber', 'asc'], ['shipperName', 'desc'], ['grossWeightKg', 'asc']] as const) {
        const { ids, total } = await allPages(engine, { sortBy, sortDirection, text }, 5);
        expect(total, text).toBe(matching.length);
        expect(ids, `${text} by ${sortBy} ${sortDirection}`).toEqual(expectedOrder(matching, sortBy, sortDirection));
      }
    }
    // Typing on: each filter extends the last, and is matched within its matches.
    let typed = '';
    for (const character of 'acme trading') {
      typed += character;
      const page = await engine.listShipments({ text: typed, limit: 500 });
      expect(page.total, typed).toBe(lines.filter((line) => line.text.includes(typed)).length);
    }
  });

  it('keeps totals and filters right as the data changes: another import, a cancelled import, a save', async () => {
    const engine = await newEngine();
    await engine.importManifest(textSource('first.csv', manifest(3, 10)));
    const before = await engine.listShipments({ text: 'acme' });
    const all = (await engine.listShipments({})).total;

    const big = manifest(5, 400);
    let during: Promise<unknown> | null = null;
    const cancelled = await engine.importManifest(textSource('cancelled.csv', big, 512), (progress) => {
      during ??= engine.listShipments({ text: 'acme', sortBy: 'portOfLoading' });
      if (progress.rowsRead > 50) void engine.cancelImport();
    });
    expect(cancelled.status).toBe('cancelled');
    await during;
    expect((await engine.listShipments({})).total).toBe(all);
    expect((await engine.listShipments({ text: 'acme' })).total).toBe(before.total);

    await engine.importManifest(textSource('second.csv', manifest(9, 10)));
    const lines = await storedLines(engine);
    expect((await engine.listShipments({})).total).toBe(lines.length);
    expect((await engine.listShipments({ text: 'acme' })).total).toBe(lines.filter((line) => line.text.includes('acme')).length);

    await engine.saveWorkspace();
    const afterSave = await allPages(engine, { sortBy: 'consigneeName', sortDirection: 'asc', text: 'acme' }, 4);
    expect(afterSave.ids).toEqual(expectedOrder(lines.filter((line) => line.text.includes('acme')), 'consigneeName', 'asc'));
  });

  it('returns an empty page past the end and clamps the page size', async () => {
    const engine = await newEngine();
    await engine.importManifest(textSource('small.csv', manifest(1, 5)));
    const page = await engine.listShipments({ offset: 10_000 });
    expect(page.rows).toEqual([]);
    expect(page.total).toBeGreaterThan(0);
    expect((await engine.listShipments({ limit: 0 })).rows).toHaveLength(1);
  });
});
