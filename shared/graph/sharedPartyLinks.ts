import { normalizeEmailAddress } from '../entities/emailAddresses';
import type { WorkspaceStore } from '../store/workspaceStore';
import { billFilterSql } from './billFilters';
import type { NetworkEdge, NetworkFilters } from './networkGraph';
import { forEachSharingPair, maxTradersSharingValue, sharedValueEdges, type SharedValuePair } from './traderNetworkSource';

/**
 * Hidden links beside the shared address and phone (traderNetworkSource): two traders that
 * wrote the same e-mail address on their bills, and two traders whose bills name the same
 * notify party (a trader entity of its own, not either of the two). One undirected edge per
 * pair and kind with the values shared, the bills on which either side wrote or named it and
 * their arrival dates; a value shared by more than maxTradersSharingValue traders (a
 * forwarder's mailbox, a customs agent notified for everyone) links nobody and is counted in
 * the notes instead.
 */
export function readSharedPartyLinks(store: WorkspaceStore, filters: NetworkFilters): { edges: NetworkEdge[]; notes: string[] } {
  const notes: string[] = [];
  const edges = [...readSharedEmails(store, filters, notes), ...readSharedNotifyParties(store, filters, notes)];
  return { edges, notes };
}

/** The column holding a party's e-mail, when the store has one (the same names entity resolution reads). */
const emailColumns = ['raw_email', 'email'];

interface Use {
  readonly texts: Set<string>;
  readonly bills: Set<number>;
  readonly dates: string[];
}

/** key → trader → what it wrote or named under that key. */
type Groups = Map<string, Map<string, Use>>;

function note(groups: Groups, key: string, entityId: string, text: string, billId: number, date: string | null): void {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = new Map()));
  let use = group.get(entityId);
  if (!use) group.set(entityId, (use = { texts: new Set(), bills: new Set(), dates: [] }));
  use.texts.add(text);
  use.bills.add(billId);
  if (date) use.dates.push(date);
}

function readSharedEmails(store: WorkspaceStore, filters: NetworkFilters, notes: string[]): NetworkEdge[] {
  const columns = new Set(store.all<{ name: string }>(`SELECT name FROM pragma_table_info('party_occurrence')`).map((row) => row.name));
  const column = emailColumns.find((name) => columns.has(name));
  if (!column) return [];
  const window = billFilterSql(filters, 'b');
  const rows = store.all<{ entityId: string; email: string; billId: number; date: string | null }>(
    `SELECT m.entity_id AS entityId, p.${column} AS email, b.id AS billId, b.arrival_date AS date
       FROM party_occurrence AS p
       JOIN entity_member AS m ON m.occurrence_id = p.id
       JOIN bill_of_lading AS b ON b.id = p.bill_of_lading_id
      WHERE m.entity_id IS NOT NULL AND coalesce(trim(p.${column}), '') <> '' AND ${window.sql}`,
    window.params,
  );
  const groups: Groups = new Map();
  for (const row of rows) {
    const email = normalizeEmailAddress(String(row.email));
    if (email) note(groups, email.address, String(row.entityId), email.address, Number(row.billId), row.date);
  }
  return pairsOf(groups, 'shared-email', 'email', ['e-mail address', 'e-mail addresses'], notes);
}

function readSharedNotifyParties(store: WorkspaceStore, filters: NetworkFilters, notes: string[]): NetworkEdge[] {
  const window = billFilterSql(filters, 'b');
  const rows = store.all<{ notifyId: string; notifyName: string; entityId: string; billId: number; date: string | null }>(
    `SELECT DISTINCT mn.entity_id AS notifyId, t.display_name AS notifyName, mp.entity_id AS entityId, b.id AS billId, b.arrival_date AS date
       FROM party_occurrence AS n
       JOIN entity_member AS mn ON mn.occurrence_id = n.id
       JOIN trader_entity AS t ON t.entity_id = mn.entity_id
       JOIN bill_of_lading AS b ON b.id = n.bill_of_lading_id
       JOIN party_occurrence AS p ON p.bill_of_lading_id = n.bill_of_lading_id AND p.role IN ('shipper', 'consignee')
       JOIN entity_member AS mp ON mp.occurrence_id = p.id
      WHERE n.role = 'notify_party' AND mn.entity_id IS NOT NULL AND mp.entity_id IS NOT NULL AND mp.entity_id <> mn.entity_id AND ${window.sql}`,
    window.params,
  );
  const groups: Groups = new Map();
  for (const row of rows) note(groups, String(row.notifyId), String(row.entityId), String(row.notifyName), Number(row.billId), row.date);
  return pairsOf(groups, 'shared-notify-party', 'notify', ['notify party', 'notify parties'], notes);
}

function pairsOf(groups: Groups, kind: 'shared-email' | 'shared-notify-party', prefix: string, noun: readonly [string, string], notes: string[]): NetworkEdge[] {
  const pairs = new Map<string, SharedValuePair>();
  const common = forEachSharingPair(groups, (a, b, left, right) => {
    const id = `${prefix}:${a}~${b}`;
    let pair = pairs.get(id);
    if (!pair) pairs.set(id, (pair = { a, b, shared: new Set(), bills: new Set(), dates: [] }));
    for (const use of [left, right]) {
      for (const text of use.texts) pair.shared.add(text);
      for (const bill of use.bills) pair.bills.add(bill);
      pair.dates.push(...use.dates);
    }
  });
  if (common > 0) notes.push(`${common} ${common === 1 ? noun[0] : noun[1]} shared by more than ${maxTradersSharingValue} traders (a forwarder's or an agent's) link nobody`);
  return sharedValueEdges(pairs, kind);
}
