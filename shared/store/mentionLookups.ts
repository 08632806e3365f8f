import { normalizePhoneNumber, samePhoneNumber, phoneKey } from '../entities/phoneNumbers';
import type { KnownTrader, KnownVessel, ListedParty, MentionLookups, TraderNameSource } from '../reports/extraction/mention';
import type { WatchlistEntry } from '../watchlist/watchlistEntry';
import type { WorkspaceStore } from './workspaceStore';

/**
 * What the mention extractors ask of the workspace, answered from the store: bills and
 * containers by exact key (indexed lookups), vessels, trader names, listed names, phones and
 * e-mail addresses read once per extraction round and kept while the workspace is unchanged.
 * `lookupsSignature` says what the answers depend on: when it changes, reports are read again.
 */

/** Bumped when an extractor changes what it finds, so stored mentions are found again. */
export const extractorVersion = 1;

export function lookupsSignature(store: WorkspaceStore): string {
  const row = store.all<{ bills: number; lastBill: number | null; resolvedAt: string | null; entries: number; lastEntry: number | null }>(
    `SELECT (SELECT count(*) FROM bill_of_lading) AS bills, (SELECT max(id) FROM bill_of_lading) AS lastBill,
       (SELECT resolved_at FROM entity_resolution WHERE id = 1) AS resolvedAt,
       (SELECT count(*) FROM watchlist_entry) AS entries, (SELECT max(id) FROM watchlist_entry) AS lastEntry`,
  )[0];
  return JSON.stringify([extractorVersion, row?.bills ?? 0, row?.lastBill ?? 0, row?.resolvedAt ?? null, row?.entries ?? 0, row?.lastEntry ?? 0]);
}

export class StoreMentionLookups implements MentionLookups {
  private vesselList: KnownVessel[] | undefined;
  private names: TraderNameSource | undefined;
  private phones: Map<string, { digits: string; trader: KnownTrader }[]> | undefined;
  private emails: Map<string, KnownTrader[]> | undefined;
  private ports: Set<string> | undefined;
  private listed: { party: ListedParty; entry: WatchlistEntry }[] | undefined;

  constructor(private readonly store: WorkspaceStore) {}

  containerBills(compact: string): readonly string[] {
    return this.store
      .all<{ bill: string }>(
        `SELECT bill_of_lading_number AS bill FROM bill_of_lading WHERE id IN (
           SELECT bill_of_lading_id FROM manifest_line WHERE container_number = ?
           UNION SELECT bill_of_lading_id FROM shipping_container WHERE container_number = ?)
         ORDER BY bill_of_lading_number LIMIT 50`,
        [compact, compact],
      )
      .map((row) => row.bill);
  }

  billOfLading(number: string): { number: string; vessel: string | null } | null {
    const [row] = this.store.all<{ number: string; vessel: string | null }>(
      'SELECT bill_of_lading_number AS number, vessel_name AS vessel FROM bill_of_lading WHERE bill_of_lading_number = ?',
      [number],
    );
    return row === undefined ? null : { number: row.number, vessel: row.vessel };
  }

  vessels(): readonly KnownVessel[] {
    this.vesselList ??= this.store
      .all<{ name: string; imo: string | null; bills: number }>(
        `SELECT vessel_name AS name, vessel_imo AS imo, count(*) AS bills FROM bill_of_lading
         WHERE vessel_name IS NOT NULL AND trim(vessel_name) <> '' GROUP BY vessel_name, vessel_imo ORDER BY bills DESC`,
      )
      .map((row) => ({ name: row.name, imo: row.imo, bills: Number(row.bills) }));
    return this.vesselList;
  }

  vesselByImo(imo: string): KnownVessel | null {
    return this.vessels().find((vessel) => vessel.imo === imo) ?? null;
  }

  listedWithImo(imo: string): readonly ListedParty[] {
    return this.listedEntries().filter(({ entry }) => entry.imoNumbers.includes(imo)).map(({ party }) => party);
  }

  tradersWithPhone(digits: string): readonly KnownTrader[] {
    if (this.phones === undefined) {
      const phones = new Map<string, { digits: string; trader: KnownTrader }[]>();
      const rows = this.store.all<{ phone: string; entityId: string; displayName: string; occurrences: number }>(
        `SELECT DISTINCT p.raw_phone AS phone, e.entity_id AS entityId, e.display_name AS displayName, e.occurrences AS occurrences
         FROM party_occurrence AS p JOIN entity_member AS m ON m.occurrence_id = p.id JOIN trader_entity AS e ON e.entity_id = m.entity_id
         WHERE p.raw_phone IS NOT NULL AND p.raw_phone <> ''`,
      );
      for (const row of rows) {
        const phone = normalizePhoneNumber(row.phone);
        if (phone === undefined) continue;
        const list = phones.get(phoneKey(phone)) ?? [];
        list.push({ digits: phone.digits, trader: { entityId: row.entityId, displayName: row.displayName, occurrences: Number(row.occurrences) } });
        phones.set(phoneKey(phone), list);
      }
      this.phones = phones;
    }
    const wanted = { raw: digits, digits };
    const traders = new Map<string, KnownTrader>();
    for (const candidate of this.phones.get(phoneKey(wanted)) ?? []) {
      if (samePhoneNumber(wanted, { raw: candidate.digits, digits: candidate.digits })) traders.set(candidate.trader.entityId, candidate.trader);
    }
    return [...traders.values()].sort((left, right) => right.occurrences - left.occurrences);
  }

  tradersWithEmail(address: string): readonly KnownTrader[] {
    if (this.emails === undefined) {
      const emails = new Map<string, KnownTrader[]>();
      const columns = new Set(this.store.all<{ name: string }>("SELECT name FROM pragma_table_info('party_occurrence')").map((row) => row.name));
      const column = ['raw_email', 'email'].find((name) => columns.has(name));
      if (column !== undefined) {
        const rows = this.store.all<{ email: string; entityId: string; displayName: string; occurrences: number }>(
          `SELECT DISTINCT lower(trim(p.${column})) AS email, e.entity_id AS entityId, e.display_name AS displayName, e.occurrences AS occurrences
           FROM party_occurrence AS p JOIN entity_member AS m ON m.occurrence_id = p.id JOIN trader_entity AS e ON e.entity_id = m.entity_id
           WHERE p.${column} IS NOT NULL AND p.${column} <> ''`,
        );
        for (const row of rows) emails.set(row.email, [...(emails.get(row.email) ?? []), { entityId: row.entityId, displayName: row.displayName, occurrences: Number(row.occurrences) }]);
      }
      this.emails = emails;
    }
    return this.emails.get(address.toLowerCase()) ?? [];
  }

  traderNames(): TraderNameSource {
    if (this.names === undefined) {
      const traderNames = this.store
        .all<{ rawName: string; entityId: string; displayName: string; occurrences: number }>(
          `SELECT DISTINCT p.raw_name AS rawName, e.entity_id AS entityId, e.display_name AS displayName, e.occurrences AS occurrences
           FROM entity_member AS m JOIN trader_entity AS e ON e.entity_id = m.entity_id JOIN party_occurrence AS p ON p.id = m.occurrence_id`,
        )
        .map((row) => ({ rawName: row.rawName, trader: { entityId: row.entityId, displayName: row.displayName, occurrences: Number(row.occurrences) } }));
      const listedNames = this.listedEntries().flatMap(({ party, entry }) => [entry.name, ...entry.aliases].map((written) => ({ written, party })));
      this.names = { traderNames, listedNames };
    }
    return this.names;
  }

  manifestPorts(): ReadonlySet<string> {
    this.ports ??= new Set(
      this.store
        .all<{ port: string }>(
          `SELECT port_of_loading AS port FROM bill_of_lading WHERE port_of_loading IS NOT NULL UNION SELECT port_of_discharge FROM bill_of_lading WHERE port_of_discharge IS NOT NULL
           UNION SELECT place_of_receipt FROM bill_of_lading WHERE place_of_receipt IS NOT NULL`,
        )
        .map((row) => row.port),
    );
    return this.ports;
  }

  private listedEntries(): { party: ListedParty; entry: WatchlistEntry }[] {
    this.listed ??= this.store
      .all<{ id: number; listName: string; subject: string; name: string; entry: string }>('SELECT id, list_name AS listName, subject, name, entry FROM watchlist_entry ORDER BY id')
      .map((row) => ({ party: { id: Number(row.id), listName: row.listName, subject: row.subject, name: row.name }, entry: JSON.parse(row.entry) as WatchlistEntry }));
    return this.listed;
  }
}
