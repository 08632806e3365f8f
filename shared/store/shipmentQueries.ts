import type { SqlValue } from 'sql.js';
import type { ShipmentPage, ShipmentQuery, ShipmentRow, ShipmentSortColumn } from '../engine/engineApi';
import { shipmentSortColumns } from '../engine/engineApi';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The shipments table: one row per manifest line with its B/L, parties and provenance. A bill can
 * name several parties of one role (the AMS release lists every consignee row); the row shows the
 * first recorded (kept on the bill: bill_of_lading.shipper_name, ...), so a line is never
 * repeated. Sorting is by a whitelisted column; the text filter is a bound parameter. No SQL is
 * built from user input.
 *
 * Made to stay fast at millions of lines:
 *  - a page is found by walking an index in the sort order (bills by the sort column, then their
 *    lines; or lines by the sort column), reading only ids, and only the page's rows are then
 *    joined for display. The order is total: the sort column, then the bill, then the line (for
 *    columns of the line: the column, then the line), nulls last in both directions;
 *  - the next page, and any page shown before, starts from a known row's key in the index
 *    (keyset), so paging on costs the same at any depth; a jump to an unseen offset walks the
 *    index up to it (ids only);
 *  - the index for a sort column is built the first time the table is sorted on it (once per
 *    workspace; it is saved with it);
 *  - totals are counted once and remembered until the data changes (store generation and
 *    total_changes());
 *  - a text filter is matched once: the matching line ids are kept in a temporary table for the
 *    pages and sorts that follow, and a filter that extends the previous one (typing on) is
 *    matched within the previous matches only.
 */
export const maxShipmentPageSize = 500;

interface SortDefinition {
  /** Which table the column is on: bills are walked by the column then their lines; lines directly. */
  readonly owner: 'bill' | 'line';
  readonly column: string;
  /** The index that serves the order (the planner picks it); created on first use when `create` is set. */
  readonly index: string;
  readonly create: boolean;
  readonly nullable: boolean;
}

const sortDefinitions: Readonly<Record<ShipmentSortColumn, SortDefinition>> = {
  billOfLadingNumber: { owner: 'bill', column: 'bill_of_lading_number', index: 'sqlite_autoindex_bill_of_lading_1', create: false, nullable: false },
  arrivalDate: { owner: 'bill', column: 'arrival_date', index: 'bill_of_lading_arrival', create: false, nullable: true },
  vesselName: { owner: 'bill', column: 'vessel_name', index: 'shipment_sort_vessel_name', create: true, nullable: true },
  portOfLoading: { owner: 'bill', column: 'port_of_loading', index: 'shipment_sort_port_of_loading', create: true, nullable: true },
  portOfDischarge: { owner: 'bill', column: 'port_of_discharge', index: 'shipment_sort_port_of_discharge', create: true, nullable: true },
  shipperName: { owner: 'bill', column: 'shipper_name', index: 'shipment_sort_shipper_name', create: true, nullable: true },
  consigneeName: { owner: 'bill', column: 'consignee_name', index: 'shipment_sort_consignee_name', create: true, nullable: true },
  hsCode: { owner: 'line', column: 'hs_code', index: 'manifest_line_hs', create: false, nullable: true },
  grossWeightKg: { owner: 'line', column: 'gross_weight_kg', index: 'shipment_sort_gross_weight_kg', create: true, nullable: true },
  declaredValueUsd: { owner: 'line', column: 'declared_value_usd', index: 'shipment_sort_declared_value_usd', create: true, nullable: true },
};

const rowColumns = `line.id AS lineId, bill.bill_of_lading_number AS billOfLadingNumber, bill.arrival_date AS arrivalDate,
  bill.vessel_name AS vesselName, bill.vessel_imo AS vesselImo, bill.voyage_number AS voyageNumber,
  bill.port_of_loading AS portOfLoading, bill.port_of_discharge AS portOfDischarge, bill.country_of_origin AS countryOfOrigin,
  bill.shipper_name AS shipperName, bill.consignee_name AS consigneeName, bill.notify_party_name AS notifyPartyName,
  line.container_number AS containerNumber, line.hs_code AS hsCode, line.goods_description AS goodsDescription,
  line.packages AS packages, line.gross_weight_kg AS grossWeightKg, line.declared_value_usd AS declaredValueUsd,
  batch.source_file AS sourceFile, line.source_row AS sourceRow,
  bill.vessel_imo_as_written AS vesselImoAsWritten, bill.place_of_receipt AS placeOfReceipt, bill.place_of_receipt_as_written AS placeOfReceiptAsWritten,
  bill.port_of_loading_as_written AS portOfLoadingAsWritten, bill.port_of_discharge_as_written AS portOfDischargeAsWritten,
  bill.country_of_origin_as_written AS countryOfOriginAsWritten, line.container_number_as_written AS containerNumberAsWritten,
  line.hs_code_as_written AS hsCodeAsWritten`;

/**
 * A filter's matches are sorted directly when they are few (at most this many, and at most a
 * quarter of the lines); otherwise the sort index is walked and each line checked against them.
 */
const sortMatchesUpTo = 20_000;

/** What is remembered for one store until its data changes. */
interface ShipmentCache {
  generation: number;
  totalChanges: number;
  /** Lines in the workspace. */
  total: number | null;
  /** Lines whose sort column is not null, per sort column (unfiltered). */
  readonly nonNull: Map<ShipmentSortColumn, number>;
  filter: FilterMatches | null;
  /** Known positions per view (filter, sort, direction), by offset. */
  readonly anchors: Map<string, Map<number, Anchor>>;
}

interface FilterMatches {
  /** The LIKE pattern matched. */
  readonly pattern: string;
  /** The text typed (lower case), to recognise a filter that extends this one. */
  readonly text: string;
  readonly table: string;
  readonly count: number;
  readonly nonNull: Map<ShipmentSortColumn, number>;
  /** Set for the query at hand: few enough matches to sort them rather than walk the index. */
  readonly sortDirectly?: boolean;
}

const caches = new WeakMap<WorkspaceStore, ShipmentCache>();
let filterTables = 0;

export function listShipments(store: WorkspaceStore, query: ShipmentQuery): ShipmentPage {
  const sortBy: ShipmentSortColumn = shipmentSortColumns.includes(query.sortBy as ShipmentSortColumn) ? (query.sortBy as ShipmentSortColumn) : 'billOfLadingNumber';
  const descending = query.sortDirection === 'desc';
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), maxShipmentPageSize);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const text = query.text?.trim() ?? '';
  const cache = currentCache(store);
  const filter = text === '' ? null : matchFilter(store, cache, text);
  const total = filter?.count ?? (cache.total ??= Number(store.scalar('SELECT count(*) FROM manifest_line') ?? 0));
  const definition = sortDefinitions[sortBy];
  ensureSortIndex(store, definition);
  const lines = filter === null ? total : (cache.total ??= Number(store.scalar('SELECT count(*) FROM manifest_line') ?? 0));
  const ids = pageIds(store, cache, filter !== null && filter.count <= Math.min(sortMatchesUpTo, lines / 4) ? { ...filter, sortDirectly: true } : filter, sortBy, definition, descending, offset, limit, total);
  remember(store, cache);
  return { rows: rowsOf(store, ids), total, offset };
}

/** Where a row is in a sort order: its sort column's value (null in the nulls part), bill and line. */
interface SortKey {
  readonly value: SqlValue;
  readonly billId: number;
  readonly lineId: number;
}

/** A known position in one view (filter, sort, direction): the key of the row there. */
interface Anchor {
  readonly key: SortKey;
  /** True: the page starts with this row; false: it starts after it. */
  readonly inclusive: boolean;
}

/** A run of the order that one index range gives: a WHERE clause and the ORDER BY that walks it. */
interface Segment {
  readonly where: string;
  readonly order: string;
  readonly params: readonly SqlValue[];
}

/** Anchors remembered per view. */
const maxAnchorsPerView = 2_000;

/**
 * The line ids of one page, in order. A page that starts where an earlier page of the same view
 * ended (the next page), or at a page already shown, starts from that row's key in the sort index
 * (keyset): its cost does not depend on how deep it is. Other pages are found by offset, which
 * walks the index up to them.
 */
function pageIds(
  store: WorkspaceStore, cache: ShipmentCache, filter: FilterMatches | null, sortBy: ShipmentSortColumn, definition: SortDefinition,
  descending: boolean, offset: number, limit: number, total: number,
): number[] {
  if (offset >= total) return [];
  const useAnchors = filter?.sortDirectly !== true;
  const viewKey = `${filter?.pattern ?? ''}\u0000${sortBy}\u0000${descending ? 'desc' : 'asc'}`;
  let anchors = cache.anchors.get(viewKey);
  if (anchors === undefined) {
    if (cache.anchors.size > 20) cache.anchors.clear();
    anchors = new Map();
    cache.anchors.set(viewKey, anchors);
  }
  const anchor = useAnchors ? anchors.get(offset) : undefined;
  const rows: SortKey[] = [];
  const read = (segment: Segment, skip: number): void => {
    if (rows.length < limit) rows.push(...segmentRows(store, filter, definition, segment, skip, limit - rows.length));
  };
  if (anchor !== undefined) {
    for (const segment of segmentsAfter(definition, descending, anchor)) {
      read(segment, 0);
      if (rows.length === limit) break;
    }
  } else {
    // Nulls sort last either way: the rows with a value first, then the nulls.
    const withValues = definition.nullable ? nonNullCount(store, cache, filter, sortBy, definition) : total;
    if (offset < withValues) read(valuesSegment(definition, descending), offset);
    if (definition.nullable && rows.length < limit) read(nullsSegment(definition, descending), Math.max(0, offset - withValues));
  }
  if (useAnchors && rows.length > 0) {
    if (anchors.size >= maxAnchorsPerView) anchors.clear();
    anchors.set(offset, { key: rows[0] as SortKey, inclusive: true });
    anchors.set(offset + rows.length, { key: rows[rows.length - 1] as SortKey, inclusive: false });
  }
  return rows.map((row) => row.lineId);
}

function valuesSegment(definition: SortDefinition, descending: boolean): Segment {
  const direction = descending ? 'DESC' : 'ASC';
  const column = `${definition.owner}.${definition.column}`;
  return { where: `${column} IS NOT NULL`, order: `${column} ${direction}, ${tieBreak(definition, direction)}`, params: [] };
}

function nullsSegment(definition: SortDefinition, descending: boolean): Segment {
  return { where: `${definition.owner}.${definition.column} IS NULL`, order: tieBreak(definition, descending ? 'DESC' : 'ASC'), params: [] };
}

function tieBreak(definition: SortDefinition, direction: string): string {
  return definition.owner === 'bill' ? `bill.id ${direction}, line.id ${direction}` : `line.id ${direction}`;
}

/**
 * The rest of the order from an anchor, as index ranges walked one after the other: the anchor's
 * bill (its later lines), the later bills with the same value, the later values, then the nulls.
 * (SQLite walks a row-value range such as (value, bill) > (?, ?) from the value only, which for a
 * column of few values would walk most of the table; separate ranges each start where they should.)
 */
function segmentsAfter(definition: SortDefinition, descending: boolean, anchor: Anchor): Segment[] {
  const direction = descending ? 'DESC' : 'ASC';
  const after = descending ? '<' : '>';
  const from = anchor.inclusive ? `${after}=` : after;
  const column = `${definition.owner}.${definition.column}`;
  const { value, billId, lineId } = anchor.key;
  const segments: Segment[] = [];
  if (definition.owner === 'bill') {
    segments.push({ where: `bill.id = ? AND line.id ${from} ?`, order: `line.id ${direction}`, params: [billId, lineId] });
    if (value === null) {
      segments.push({ where: `${column} IS NULL AND bill.id ${after} ?`, order: tieBreak(definition, direction), params: [billId] });
      return segments;
    }
    segments.push({ where: `${column} = ? AND bill.id ${after} ?`, order: tieBreak(definition, direction), params: [value, billId] });
  } else {
    if (value === null) return [{ where: `${column} IS NULL AND line.id ${from} ?`, order: `line.id ${direction}`, params: [lineId] }];
    segments.push({ where: `${column} = ? AND line.id ${from} ?`, order: `line.id ${direction}`, params: [value, lineId] });
  }
  segments.push({ where: `${column} ${after} ?`, order: `${column} ${direction}, ${tieBreak(definition, direction)}`, params: [value] });
  if (definition.nullable) segments.push(nullsSegment(definition, descending));
  return segments;
}

/** The keys of up to `limit` rows of a segment, after skipping `skip`. */
function segmentRows(store: WorkspaceStore, filter: FilterMatches | null, definition: SortDefinition, segment: Segment, skip: number, limit: number): SortKey[] {
  const owner = definition.owner;
  let from: string;
  if (filter !== null && filter.sortDirectly === true) {
    // Few matches: sort them.
    from = owner === 'bill'
      ? `temp.${filter.table} AS hit CROSS JOIN manifest_line AS line ON line.id = hit.line_id JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id`
      : `temp.${filter.table} AS hit CROSS JOIN manifest_line AS line ON line.id = hit.line_id`;
  } else {
    // Walk the sort index; with a filter, keep the lines that match.
    const hit = filter === null ? '' : ` CROSS JOIN temp.${filter.table} AS hit ON hit.line_id = line.id`;
    from = owner === 'bill'
      ? `bill_of_lading AS bill CROSS JOIN manifest_line AS line ON line.bill_of_lading_id = bill.id${hit}`
      : `manifest_line AS line${hit}`;
  }
  const billId = owner === 'bill' ? 'bill.id' : 'line.bill_of_lading_id';
  const result = store.database.exec(
    `SELECT line.id, ${billId}, ${owner}.${definition.column} FROM ${from} WHERE ${segment.where} ORDER BY ${segment.order} LIMIT ? OFFSET ?`,
    [...segment.params, limit, skip],
  );
  return (result[0]?.values ?? []).map((row) => ({ lineId: Number(row[0]), billId: Number(row[1]), value: row[2] ?? null }));
}

/** Matching lines whose sort column is not null (unfiltered: remembered per column). */
function nonNullCount(store: WorkspaceStore, cache: ShipmentCache, filter: FilterMatches | null, sortBy: ShipmentSortColumn, definition: SortDefinition): number {
  const counts = filter?.nonNull ?? cache.nonNull;
  let count = counts.get(sortBy);
  if (count === undefined) {
    const hit = filter === null ? '' : `JOIN temp.${filter.table} AS hit ON hit.line_id = line.id`;
    count = Number(store.scalar(definition.owner === 'bill'
      ? `SELECT count(*) FROM bill_of_lading AS bill JOIN manifest_line AS line ON line.bill_of_lading_id = bill.id ${hit} WHERE bill.${definition.column} IS NOT NULL`
      : `SELECT count(*) FROM manifest_line AS line ${hit} WHERE line.${definition.column} IS NOT NULL`) ?? 0);
    counts.set(sortBy, count);
  }
  return count;
}

function rowsOf(store: WorkspaceStore, ids: readonly number[]): ShipmentRow[] {
  if (ids.length === 0) return [];
  const rows = store.all<Record<string, SqlValue>>(
    `SELECT ${rowColumns} FROM manifest_line AS line JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id JOIN import_batch AS batch ON batch.id = line.batch_id
     WHERE line.id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  ) as unknown as ShipmentRow[];
  const byId = new Map(rows.map((row) => [row.lineId, row]));
  return ids.map((id) => byId.get(id) as ShipmentRow);
}

/**
 * The lines matching a filter, in a temporary table. Bill-level text (B/L number, parties,
 * vessel) is matched once per bill, line-level text per line. A filter extending the current one
 * is matched within its matches.
 */
function matchFilter(store: WorkspaceStore, cache: ShipmentCache, text: string): FilterMatches {
  const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const current = cache.filter;
  if (current !== null && current.pattern === pattern) return current;
  const folded = asciiLowerCase(text);
  const within = current !== null && folded.includes(current.text) ? current.table : null;
  const table = `shipment_filter_${++filterTables}`;
  store.database.exec(`CREATE TEMP TABLE ${table} (line_id INTEGER PRIMARY KEY)`);
  const like = (column: string): string => `${column} LIKE ?1 ESCAPE '\\'`;
  const lines = within === null ? 'manifest_line AS line' : `temp.${within} AS previous CROSS JOIN manifest_line AS line ON line.id = previous.line_id`;
  store.run(
    `INSERT INTO temp.${table} (line_id)
     SELECT line.id FROM ${lines}
     WHERE line.bill_of_lading_id IN (SELECT id FROM bill_of_lading AS bill WHERE ${['bill.bill_of_lading_number', 'bill.shipper_name', 'bill.consignee_name', 'bill.notify_party_name', 'bill.vessel_name'].map(like).join(' OR ')})
        OR ${['line.goods_description', 'line.container_number', 'line.hs_code'].map(like).join(' OR ')}
     ORDER BY line.id`,
    [pattern],
  );
  const count = Number(store.scalar(`SELECT count(*) FROM temp.${table}`) ?? 0);
  if (current !== null) store.database.exec(`DROP TABLE IF EXISTS temp.${current.table}`);
  const matches: FilterMatches = { pattern, text: folded, table, count, nonNull: new Map() };
  cache.filter = matches;
  return matches;
}

/** LIKE ignores the case of ASCII letters only; so does the test for a filter extending another. */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Creates the sort column's index the first time the table is sorted on it. */
function ensureSortIndex(store: WorkspaceStore, definition: SortDefinition): void {
  if (!definition.create) return;
  const table = definition.owner === 'bill' ? 'bill_of_lading' : 'manifest_line';
  store.run(`CREATE INDEX IF NOT EXISTS ${definition.index} ON ${table}(${definition.column})`);
}

/** The store's cache, emptied when its data may have changed since it was filled. */
function currentCache(store: WorkspaceStore): ShipmentCache {
  const cached = caches.get(store);
  const valid = cached !== undefined && !store.inTransaction && cached.generation === store.generation && cached.totalChanges === store.totalChanges();
  if (valid) return cached;
  if (cached?.filter) store.database.exec(`DROP TABLE IF EXISTS temp.${cached.filter.table}`);
  const fresh: ShipmentCache = { generation: store.generation, totalChanges: -1, total: null, nonNull: new Map(), filter: null, anchors: new Map() };
  caches.set(store, fresh);
  return fresh;
}

/** Marks the cache valid for the data as it is now (after this query's own temporary tables). Inside a transaction nothing is kept. */
function remember(store: WorkspaceStore, cache: ShipmentCache): void {
  if (store.inTransaction) {
    if (cache.filter !== null) store.database.exec(`DROP TABLE IF EXISTS temp.${cache.filter.table}`);
    caches.delete(store);
    return;
  }
  cache.generation = store.generation;
  cache.totalChanges = store.totalChanges();
}
