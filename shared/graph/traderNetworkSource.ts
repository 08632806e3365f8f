import { normalizePartyAddress } from '../entities/partyAddress';
import { billFilterSql } from './billFilters';
import { normalizePhoneNumber, samePhoneNumber } from '../entities/phoneNumbers';
import type { PhoneNumber } from '../entities/phoneNumbers';
import type { SqlValue } from 'sql.js';
import type { WorkspaceStore } from '../store/workspaceStore';
import type { NetworkEdge, NetworkFilters, NetworkNode, TraderRole } from './networkGraph';

/**
 * Reads the trader network from the stored entity resolution (trader_entity, entity_member over
 * party_occurrence): nothing is resolved again here. Bills without an arrival date fall outside
 * any date window but count when no window is given.
 */

/** A value written by more traders than this (a forwarder's office, a registered agent) links nobody. */
export const maxTradersSharingValue = 12;

const storedRoles: Readonly<Record<string, TraderRole>> = { shipper: 'shipper', consignee: 'consignee', 'notify party': 'notify party', notify_party: 'notify party' };

function billWindow(filters: NetworkFilters, alias: string): { sql: string; params: SqlValue[] } {
  return billFilterSql(filters, alias);
}

/** Every trader entity of the stored resolution, keyed by id. */
export function readTraderNodes(store: WorkspaceStore, ids?: ReadonlySet<string>): Map<string, NetworkNode> {
  const nodes = new Map<string, NetworkNode>();
  const statement = store.database.prepare('SELECT entity_id, display_name, roles, countries, occurrences, watchlist_hits FROM trader_entity');
  try {
    while (statement.step()) {
      const [id, label, roles, countries, occurrences, hits] = statement.get();
      const entityId = String(id);
      if (ids && !ids.has(entityId)) continue;
      nodes.set(entityId, {
        id: entityId,
        label: String(label),
        kind: 'trader',
        roles: parseList(roles ?? null).flatMap((role) => (storedRoles[role] ? [storedRoles[role]] : [])),
        countries: parseList(countries ?? null),
        occurrences: Number(occurrences),
        watchlistHits: Number(hits),
      });
    }
  } finally {
    statement.free();
  }
  return nodes;
}

function parseList(value: SqlValue): string[] {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** Shipper → consignee flows between two different traders, aggregated per ordered pair. */
export function readShipmentFlows(store: WorkspaceStore, filters: NetworkFilters): NetworkEdge[] {
  const window = billWindow(filters, 'b');
  const minimumBills = Math.max(1, Math.floor(filters.minimumBills ?? 1));
  const rows = store.all<{ source: string; target: string; bills: number; value: number | null; first: string | null; last: string | null }>(
    `WITH pair AS (
        SELECT DISTINCT s.bill_of_lading_id AS bill_id, ms.entity_id AS source, mc.entity_id AS target
          FROM party_occurrence AS s
          JOIN entity_member AS ms ON ms.occurrence_id = s.id
          JOIN party_occurrence AS c ON c.bill_of_lading_id = s.bill_of_lading_id AND c.role = 'consignee'
          JOIN entity_member AS mc ON mc.occurrence_id = c.id
         WHERE s.role = 'shipper' AND ms.entity_id IS NOT NULL AND mc.entity_id IS NOT NULL AND ms.entity_id <> mc.entity_id
      ),
      bill AS (
        SELECT b.id, b.arrival_date, (SELECT sum(m.declared_value_usd) FROM manifest_line AS m WHERE m.bill_of_lading_id = b.id) AS value
          FROM bill_of_lading AS b
         WHERE b.id IN (SELECT bill_id FROM pair) AND ${window.sql}
      )
      SELECT pair.source AS source, pair.target AS target, count(*) AS bills, sum(bill.value) AS value,
             min(bill.arrival_date) AS first, max(bill.arrival_date) AS last
        FROM pair JOIN bill ON bill.id = pair.bill_id
       GROUP BY pair.source, pair.target
      HAVING count(*) >= ?
       ORDER BY pair.source, pair.target`,
    [...window.params, minimumBills],
  );
  return rows.map((row) => ({
    id: `flow:${row.source}>${row.target}`,
    source: row.source,
    target: row.target,
    kind: 'shipment-flow',
    directed: true,
    bills: Number(row.bills),
    totalDeclaredValueUsd: row.value === null ? null : Number(row.value),
    firstArrivalDate: row.first,
    lastArrivalDate: row.last,
    sharedValues: [],
  }));
}

interface WrittenValue {
  readonly entityId: string;
  readonly text: string;
  readonly billId: number;
  readonly arrivalDate: string | null;
}

/**
 * Hidden links: two traders that wrote the same normalised address (street number and words
 * equal after abbreviations are spelled out; at least three words, one with a digit) or the same
 * telephone line (shared/entities/phoneNumbers) on their bills. One edge per pair and kind, with
 * the values shared; values written by more than maxTradersSharingValue traders are reported in
 * the notes instead.
 */
export function readHiddenLinks(store: WorkspaceStore, filters: NetworkFilters): { edges: NetworkEdge[]; notes: string[] } {
  const window = billWindow(filters, 'b');
  const addresses: WrittenValue[] = [];
  const phones: WrittenValue[] = [];
  const statement = store.database.prepare(
    `SELECT m.entity_id, p.raw_address, p.raw_phone, b.id, b.arrival_date
       FROM party_occurrence AS p
       JOIN entity_member AS m ON m.occurrence_id = p.id
       JOIN bill_of_lading AS b ON b.id = p.bill_of_lading_id
      WHERE m.entity_id IS NOT NULL AND (coalesce(p.raw_address, '') <> '' OR coalesce(p.raw_phone, '') <> '') AND ${window.sql}`,
  );
  try {
    statement.bind(window.params);
    while (statement.step()) {
      const [entityId, address, phone, billId, arrivalDate] = statement.get();
      const base = { entityId: String(entityId), billId: Number(billId), arrivalDate: arrivalDate === null ? null : String(arrivalDate) };
      if (typeof address === 'string' && address.trim() !== '') addresses.push({ ...base, text: address });
      if (typeof phone === 'string' && phone.trim() !== '') phones.push({ ...base, text: phone });
    }
  } finally {
    statement.free();
  }
  const notes: string[] = [];
  const edges = [
    ...linkSharedValues(addresses, addressKey, () => true, 'shared-address', ['address', 'addresses'], notes),
    ...linkSharedValues(phones, phoneGroupKey, phonesAgree, 'shared-phone', ['phone number', 'phone numbers'], notes),
  ];
  return { edges, notes };
}

const addressKeys = new Map<string, string | null>();

/** The normalised address words, or null when too vague to tie two traders (no number, fewer than three words). */
export function addressKey(text: string): string | null {
  let key = addressKeys.get(text);
  if (key === undefined) {
    const address = normalizePartyAddress(text);
    // The country is left out of the key (street, number and postcode decide); a trailing UK,
    // which normalizePartyAddress does not read as a country, goes too.
    const words = address.words[address.words.length - 1] === 'UK' ? address.words.slice(0, -1) : address.words;
    key = words.length >= 3 && address.numbers.length > 0 ? words.join(' ') : null;
    if (addressKeys.size > 100_000) addressKeys.clear();
    addressKeys.set(text, key);
  }
  return key;
}

function phoneGroupKey(text: string): string | null {
  const phone = normalizePhoneNumber(text);
  return phone ? phone.digits.slice(-7) : null;
}

function phonesAgree(a: string, b: string): boolean {
  const left = normalizePhoneNumber(a) as PhoneNumber;
  const right = normalizePhoneNumber(b) as PhoneNumber;
  return samePhoneNumber(left, right);
}

interface EntityUse {
  readonly texts: Set<string>;
  readonly bills: Set<number>;
  readonly dates: string[];
}

function linkSharedValues(
  values: readonly WrittenValue[],
  keyOf: (text: string) => string | null,
  agree: (a: string, b: string) => boolean,
  kind: 'shared-address' | 'shared-phone',
  noun: readonly [singular: string, plural: string],
  notes: string[],
): NetworkEdge[] {
  // key → entity → what it wrote under that key
  const groups = new Map<string, Map<string, EntityUse>>();
  for (const value of values) {
    const key = keyOf(value.text);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Map()));
    let use = group.get(value.entityId);
    if (!use) group.set(value.entityId, (use = { texts: new Set(), bills: new Set(), dates: [] }));
    use.texts.add(value.text);
    use.bills.add(value.billId);
    if (value.arrivalDate) use.dates.push(value.arrivalDate);
  }
  const pairs = new Map<string, SharedValuePair>();
  const common = forEachSharingPair(groups, (a, b, left, right) => {
    const leftText = [...left.texts][0] as string;
    if (![...right.texts].some((text) => agree(leftText, text))) return;
    const id = `${kind === 'shared-address' ? 'address' : 'phone'}:${a}~${b}`;
    let pair = pairs.get(id);
    if (!pair) pairs.set(id, (pair = { a, b, shared: new Set(), bills: new Set(), dates: [] }));
    pair.shared.add(leftText);
    for (const use of [left, right]) {
      for (const bill of use.bills) pair.bills.add(bill);
      pair.dates.push(...use.dates);
    }
  });
  if (common > 0) {
    notes.push(`${common} ${common === 1 ? noun[0] : noun[1]} written by more than ${maxTradersSharingValue} traders (a forwarder's or an agent's) link nobody`);
  }
  return sharedValueEdges(pairs, kind);
}

/**
 * Visits each pair of traders (a < b by entity id) of each group of traders that wrote one value,
 * with what each wrote; a group of more than maxTradersSharingValue traders (a forwarder's or an
 * agent's value) links nobody. Returns how many groups were passed over so.
 */
export function forEachSharingPair<Use>(groups: ReadonlyMap<string, ReadonlyMap<string, Use>>, visit: (a: string, b: string, left: Use, right: Use) => void): number {
  let common = 0;
  for (const group of groups.values()) {
    if (group.size < 2) continue;
    if (group.size > maxTradersSharingValue) {
      common += 1;
      continue;
    }
    const entities = [...group.keys()].sort();
    for (let i = 0; i < entities.length; i += 1) {
      for (let j = i + 1; j < entities.length; j += 1) {
        const a = entities[i] as string;
        const b = entities[j] as string;
        visit(a, b, group.get(a) as Use, group.get(b) as Use);
      }
    }
  }
  return common;
}

/** Two traders that wrote the same value (address, phone, e-mail, notify party): what, on which bills, when. */
export interface SharedValuePair {
  readonly a: string;
  readonly b: string;
  readonly shared: Set<string>;
  readonly bills: Set<number>;
  readonly dates: string[];
}

/** The undirected edges of the pairs (keyed by edge id), in id order, each with its bills, dates and shared values. */
export function sharedValueEdges(pairs: ReadonlyMap<string, SharedValuePair>, kind: NetworkEdge['kind']): NetworkEdge[] {
  return [...pairs.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([id, pair]) => {
      const dates = pair.dates.sort();
      return {
        id,
        source: pair.a,
        target: pair.b,
        kind,
        directed: false,
        bills: pair.bills.size,
        totalDeclaredValueUsd: null,
        firstArrivalDate: dates[0] ?? null,
        lastArrivalDate: dates[dates.length - 1] ?? null,
        sharedValues: [...pair.shared].sort(),
      };
    });
}
