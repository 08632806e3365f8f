import { normalizePhoneNumber, samePhoneNumber } from '../entities/phoneNumbers';
import type { SqlValue } from 'sql.js';
import type { WorkspaceStore } from '../store/workspaceStore';
import { billFilterSql } from './billFilters';
import type { NetworkFilters } from './networkGraph';
import { addressKey } from './traderNetworkSource';
import { readFullNetworkProvenance } from './fullNetworkProvenance';

/** One stored record behind a node or an edge: the bill, the party as written, and where it was read. */
export interface ProvenanceRecord {
  /** The bill the record is on; null for a report's mention or a watchlist entry. */
  readonly billOfLadingNumber: string | null;
  readonly arrivalDate: string | null;
  /** The trader entity the party occurrence belongs to (traders, hidden links); null for a flow's bill. */
  readonly entityId: string | null;
  readonly role: string | null;
  /** The party name, and the address or phone written, exactly as in the file. */
  readonly partyName: string | null;
  readonly written: string | null;
  /** Declared value of the bill's lines (flows); null when none was declared or not asked. */
  readonly declaredValueUsd: number | null;
  readonly sourceFile: string;
  readonly sourceSheet: string | null;
  /** Row of the file as the import report numbers it (the header line is row 1); null for a report's text (see location). */
  readonly sourceRow: number | null;
  /** A report mention: the report's reference (null when the header gave none). */
  readonly reportReference?: string | null;
  /** Where in the file when it has no rows: "characters 120–134" of a report's text. */
  readonly location?: string;
}

export interface GraphProvenance {
  readonly elementId: string;
  /** What the records are: "party occurrences of the trader", "bills aggregated into the flow"... */
  readonly description: string;
  readonly records: readonly ProvenanceRecord[];
  /** Records in all (the list stops at the limit). */
  readonly total: number;
}

export const defaultProvenanceRecords = 200;

export interface Row extends Record<string, SqlValue> {
  bill: string | null;
  arrival: string | null;
  entity: string | null;
  role: string | null;
  party: string | null;
  written: string | null;
  value: number | null;
  file: string;
  sheet: string | null;
  row: number | null;
}

/** Report mentions: the report's reference and the mention's characters in its text. */
export type ProvenanceRow = Row & { readonly reference?: string | null; readonly start?: number; readonly end?: number };

export const record = (row: ProvenanceRow): ProvenanceRecord => ({
  billOfLadingNumber: row.bill === null ? null : String(row.bill),
  arrivalDate: row.arrival,
  entityId: row.entity,
  role: row.role === 'notify_party' ? 'notify party' : row.role,
  partyName: row.party,
  written: row.written,
  declaredValueUsd: row.value === null ? null : Number(row.value),
  sourceFile: String(row.file),
  sourceSheet: row.sheet,
  sourceRow: row.row === null ? null : Number(row.row),
  ...(row.reference !== undefined ? { reportReference: row.reference } : {}),
  ...(typeof row.start === 'number' && typeof row.end === 'number' ? { location: `characters ${row.start}–${row.end}` } : {}),
});

/**
 * The stored records behind a network element, within the view's filters: a trader's party
 * occurrences (each bill it appears on, the name as written, file and row); a shipment flow's bills
 * (shipper and consignee occurrences of the two traders on one bill: the bill's file and row, its
 * declared value); a hidden link's occurrences writing the shared address or phone. RangeError for
 * an element kind without stored records (communities, report and other non-trader nodes); the
 * full network's edges, shared e-mail and notify party links: shared/graph/fullNetworkProvenance.ts.
 */
export function readGraphProvenance(store: WorkspaceStore, elementId: string, filters: NetworkFilters, limit = defaultProvenanceRecords): GraphProvenance {
  const where = billFilterSql(filters, 'b');
  const cap = Math.max(1, Math.min(5_000, Math.floor(limit)));
  const occurrenceColumns = `b.bill_of_lading_number AS bill, b.arrival_date AS arrival, m.entity_id AS entity, p.role AS role, p.raw_name AS party,
    NULL AS written, NULL AS value, i.source_file AS file, p.source_sheet AS sheet, p.source_row AS row`;
  if (/^T:\d+$/.test(elementId)) {
    const rows = store.all<Row>(
      `SELECT ${occurrenceColumns}
         FROM entity_member AS m
         JOIN party_occurrence AS p ON p.id = m.occurrence_id
         JOIN bill_of_lading AS b ON b.id = p.bill_of_lading_id
         JOIN import_batch AS i ON i.id = p.batch_id
        WHERE m.entity_id = ? AND ${where.sql}
        ORDER BY b.arrival_date, b.bill_of_lading_number, p.id`,
      [elementId, ...where.params],
    );
    return { elementId, description: 'Party occurrences of the trader: each bill it appears on, the name as written, the file and row', records: rows.slice(0, cap).map(record), total: rows.length };
  }
  const flow = /^flow:(T:\d+)>(T:\d+)$/.exec(elementId);
  if (flow) {
    const rows = store.all<Row>(
      `SELECT b.bill_of_lading_number AS bill, b.arrival_date AS arrival, NULL AS entity, NULL AS role,
              min(sp.raw_name) || ' → ' || min(cp.raw_name) AS party,
              NULL AS written, (SELECT sum(l.declared_value_usd) FROM manifest_line AS l WHERE l.bill_of_lading_id = b.id) AS value,
              i.source_file AS file, b.source_sheet AS sheet, b.source_row AS row
         FROM party_occurrence AS sp
         JOIN entity_member AS sm ON sm.occurrence_id = sp.id AND sm.entity_id = ?
         JOIN party_occurrence AS cp ON cp.bill_of_lading_id = sp.bill_of_lading_id AND cp.role = 'consignee'
         JOIN entity_member AS cm ON cm.occurrence_id = cp.id AND cm.entity_id = ?
         JOIN bill_of_lading AS b ON b.id = sp.bill_of_lading_id
         JOIN import_batch AS i ON i.id = b.batch_id
        WHERE sp.role = 'shipper' AND ${where.sql}
        GROUP BY b.id
        ORDER BY b.arrival_date, b.bill_of_lading_number`,
      [flow[1] as string, flow[2] as string, ...where.params],
    );
    return { elementId, description: 'Bills of lading aggregated into the flow: shipper → consignee as written, declared value, the file and row of the bill', records: rows.slice(0, cap).map(record), total: rows.length };
  }
  const link = /^(address|phone):(T:\d+)~(T:\d+)$/.exec(elementId);
  if (link) {
    const column = link[1] === 'address' ? 'raw_address' : 'raw_phone';
    const rows = store.all<Row>(
      `SELECT b.bill_of_lading_number AS bill, b.arrival_date AS arrival, m.entity_id AS entity, p.role AS role, p.raw_name AS party,
              p.${column} AS written, NULL AS value, i.source_file AS file, p.source_sheet AS sheet, p.source_row AS row
         FROM entity_member AS m
         JOIN party_occurrence AS p ON p.id = m.occurrence_id
         JOIN bill_of_lading AS b ON b.id = p.bill_of_lading_id
         JOIN import_batch AS i ON i.id = p.batch_id
        WHERE m.entity_id IN (?, ?) AND coalesce(p.${column}, '') <> '' AND ${where.sql}
        ORDER BY b.arrival_date, b.bill_of_lading_number, p.id`,
      [link[2] as string, link[3] as string, ...where.params],
    );
    const shared = link[1] === 'address' ? sharedAddresses(rows, link[2] as string, link[3] as string) : sharedPhones(rows, link[2] as string, link[3] as string);
    const kept = rows.filter((row) => shared(row));
    const noun = link[1] === 'address' ? 'address' : 'telephone number';
    return { elementId, description: `Party occurrences of the two traders writing the shared ${noun}, as written, with the file and row`, records: kept.slice(0, cap).map(record), total: kept.length };
  }
  const other = readFullNetworkProvenance(store, elementId, filters, cap);
  if (other) return other;
  throw new RangeError(`no stored records behind '${elementId}' (traders, shipment flows, hidden links and the full network's edges have them)`);
}

/** Rows whose normalised address both traders wrote. */
function sharedAddresses(rows: readonly Row[], a: string, b: string): (row: Row) => boolean {
  const keys = (entity: string) => new Set(rows.filter((row) => row.entity === entity).map((row) => addressKey(String(row.written))));
  const left = keys(a);
  const right = keys(b);
  return (row) => {
    const key = addressKey(String(row.written));
    return key !== null && left.has(key) && right.has(key);
  };
}

/** Rows whose telephone line the other trader wrote too. */
function sharedPhones(rows: readonly Row[], a: string, b: string): (row: Row) => boolean {
  const phones = (entity: string) => rows.filter((row) => row.entity === entity).flatMap((row) => normalizePhoneNumber(String(row.written)) ?? []);
  const sides = new Map([
    [a, phones(b)],
    [b, phones(a)],
  ]);
  return (row) => {
    const phone = normalizePhoneNumber(String(row.written));
    return phone !== undefined && (sides.get(String(row.entity)) ?? []).some((other) => samePhoneNumber(phone, other));
  };
}
