import type { SqlValue } from 'sql.js';
import type { PartyOccurrence, PartyRole } from '../entities/partyOccurrence';
import type { VesselToScreen } from '../watchlist/watchlistScreening';
import type { WorkspaceStore } from './workspaceStore';

/**
 * What entity resolution and vessel screening read from the workspace: every party occurrence as
 * the manifests wrote it (id, role, name, address, phone, and e-mail and country where the store
 * has columns for them), and every distinct vessel of the bills of lading (name and IMO number).
 */

/** The store writes roles in snake case; the resolver in the analyst's words. */
export const partyRoleOfStored: Readonly<Record<string, PartyRole>> = { shipper: 'shipper', consignee: 'consignee', notify_party: 'notify party' };
export const storedPartyRole: Readonly<Record<PartyRole, string>> = { shipper: 'shipper', consignee: 'consignee', 'notify party': 'notify_party' };

/** Optional party columns, by the names an import may give them. */
const emailColumns = ['raw_email', 'email'];
const countryColumns = ['country', 'party_country', 'country_code'];

function columnsOf(store: WorkspaceStore, table: string): Set<string> {
  return new Set(store.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`).map((row) => row.name));
}

export function readPartyOccurrences(store: WorkspaceStore): PartyOccurrence[] {
  const columns = columnsOf(store, 'party_occurrence');
  const email = emailColumns.find((column) => columns.has(column));
  const country = countryColumns.find((column) => columns.has(column));
  const statement = store.database.prepare(
    `SELECT id, role, raw_name, coalesce(raw_address, ''), coalesce(raw_phone, ''), ${email ?? 'NULL'}, ${country ?? 'NULL'} FROM party_occurrence ORDER BY id`,
  );
  const occurrences: PartyOccurrence[] = [];
  // The same texts come on many rows: each is kept once (what the engine holds between runs).
  const texts = new Map<string, string>();
  const shared = (value: SqlValue): string => {
    const written = String(value);
    const kept = texts.get(written);
    if (kept !== undefined) return kept;
    texts.set(written, written);
    return written;
  };
  try {
    while (statement.step()) {
      const [id, role, rawName, rawAddress, rawPhone, rawEmail, countryCode] = statement.get();
      occurrences.push({
        occurrenceId: String(id),
        role: partyRoleOfStored[String(role)] ?? 'shipper',
        rawName: shared(rawName as SqlValue),
        rawAddress: shared(rawAddress as SqlValue),
        rawPhone: shared(rawPhone as SqlValue),
        ...(typeof rawEmail === 'string' && rawEmail.trim() !== '' ? { rawEmail } : {}),
        ...(typeof countryCode === 'string' && /^[A-Za-z]{2}$/.test(countryCode.trim()) ? { country: countryCode.trim().toUpperCase() } : {}),
      });
    }
  } finally {
    statement.free();
  }
  return occurrences;
}

/**
 * Distinct vessels of the bills: keyed by IMO number where one is stored (under the name most
 * written with it), else by the name as written.
 */
export function readVessels(store: WorkspaceStore): VesselToScreen[] {
  const rows = store.all<{ name: string | null; imo: string | null; bills: number }>(
    `SELECT vessel_name AS name, vessel_imo AS imo, count(*) AS bills FROM bill_of_lading
      WHERE coalesce(trim(vessel_name), '') <> '' OR coalesce(trim(vessel_imo), '') <> ''
      GROUP BY vessel_name, vessel_imo ORDER BY bills DESC, vessel_name, vessel_imo`,
  );
  const vessels = new Map<string, VesselToScreen>();
  for (const { name, imo } of rows) {
    const imoNumber = imo?.trim() ?? '';
    const vesselName = name?.trim() ?? '';
    const key = imoNumber !== '' ? imoNumber : vesselName;
    if (vessels.has(key)) continue;
    vessels.set(key, { vesselKey: key, name: vesselName, ...(imoNumber !== '' ? { imo: imoNumber } : {}) });
  }
  return [...vessels.values()];
}

/** What the workspace held, for telling whether a resolution is stale: the last of each input. */
export function resolutionInputsSeen(store: WorkspaceStore): string {
  const last = (sql: string): number => Number(store.scalar(sql) ?? 0);
  return JSON.stringify({
    batch: last('SELECT max(id) FROM import_batch'),
    occurrence: last('SELECT max(id) FROM party_occurrence'),
    occurrences: last('SELECT count(*) FROM party_occurrence'),
    decision: last('SELECT max(seq) FROM entity_decision'),
    watchlist: last('SELECT max(document_id) FROM watchlist_import'),
  });
}
