import type { SqlValue } from 'sql.js';
import { normalizePhoneNumber, phoneComparisonDigits } from '../entities/phoneNumbers';
import { normalizePartyAddress } from '../entities/partyAddress';
import { addressKey } from '../graph/traderNetworkSource';
import type { RiskBill, RiskDataset, RiskLine, RiskTrader, RiskWatchlistHit } from '../risk/riskModel';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Reads what the risk detectors need from the store in a few sequential scans: every bill with its
 * first shipper, consignee and notify party's trader entity (the stored resolution; null when not
 * resolved or a placeholder), its lines, and every trader with its watchlist hits and the
 * normalised addresses and telephone lines it wrote. Bills in `excludedBills` (B/L numbers) are
 * left out.
 */
export function readRiskDataset(store: WorkspaceStore, excludedBills: ReadonlySet<string> = new Set()): RiskDataset {
  type MutableBill = { -readonly [K in keyof RiskBill]: RiskBill[K] };
  const bills: MutableBill[] = [];
  // Bill row id → index in `bills` (+1; 0: left out). Row ids are dense from 1.
  const maxBillId = Number(store.scalar('SELECT max(id) FROM bill_of_lading') ?? 0);
  const indexOfBill = new Int32Array(maxBillId + 1);
  const lines: RiskLine[][] = [];
  each(store,
    `SELECT id, bill_of_lading_number, arrival_date, vessel_imo, vessel_name, voyage_number, place_of_receipt,
            port_of_loading, port_of_discharge, country_of_origin, consignee_name
       FROM bill_of_lading ORDER BY id`,
    (row) => {
      const number = String(row[1]);
      if (excludedBills.has(number)) return;
      const own: RiskLine[] = [];
      indexOfBill[Number(row[0])] = bills.length + 1;
      lines.push(own);
      bills.push({
        billId: Number(row[0]), number, arrivalDate: text(row[2]), vesselImo: text(row[3]), vesselName: text(row[4]), voyage: text(row[5]),
        placeOfReceipt: text(row[6]), portOfLoading: text(row[7]), portOfDischarge: text(row[8]), countryOfOrigin: text(row[9]), consigneeName: text(row[10]),
        shipper: null, consignee: null, notifyParty: null, lines: own,
      });
    });
  // Lines in row order: a bill's lines were stored together, in their order.
  each(store, 'SELECT bill_of_lading_id, hs_code, goods_description, gross_weight_kg, declared_value_usd, container_number FROM manifest_line', (row) => {
    const index = indexOfBill[Number(row[0])] ?? 0;
    if (index === 0) return;
    (lines[index - 1] as RiskLine[]).push({ hsCode: text(row[1]), description: text(row[2]), grossWeightKg: number(row[3]), declaredValueUsd: number(row[4]), containerNumber: text(row[5]) });
  });
  // Every party occurrence in row order: the first of each role names the bill's trader; the
  // addresses and phones each trader wrote, normalised once per distinct text.
  const values = new Map<string, { addresses: Set<string>; phones: Set<string>; seenAddresses: Set<string>; seenPhones: Set<string>; written: Record<string, string> }>();
  each(store,
    `SELECT p.bill_of_lading_id, p.role, m.entity_id, p.raw_address, p.raw_phone
       FROM party_occurrence AS p CROSS JOIN entity_member AS m ON m.occurrence_id = p.id WHERE m.entity_id IS NOT NULL`,
    (row) => {
      const entityId = String(row[2]);
      const index = indexOfBill[Number(row[0])] ?? 0;
      if (index !== 0) {
        const bill = bills[index - 1] as MutableBill;
        const role = row[1];
        if (role === 'consignee') bill.consignee ??= entityId;
        else if (role === 'shipper') bill.shipper ??= entityId;
        else if (role === 'notify_party') bill.notifyParty ??= entityId;
      }
      const address = text(row[3]);
      const phone = text(row[4]);
      if (address === null && phone === null) return;
      let own = values.get(entityId);
      if (!own) values.set(entityId, (own = { addresses: new Set(), phones: new Set(), seenAddresses: new Set(), seenPhones: new Set(), written: {} }));
      if (address !== null && !own.seenAddresses.has(address)) {
        own.seenAddresses.add(address);
        const key = addressKey(address);
        if (key !== null && !own.addresses.has(key)) {
          own.addresses.add(key);
          own.written[`A:${key}`] = address;
        }
      }
      if (phone !== null && !own.seenPhones.has(phone)) {
        own.seenPhones.add(phone);
        const digits = normalizePhoneNumber(phone)?.digits.slice(-phoneComparisonDigits);
        if (digits !== undefined && !own.phones.has(digits)) {
          own.phones.add(digits);
          own.written[`P:${digits}`] = phone;
        }
      }
    });

  const hits = new Map<string, (Omit<RiskWatchlistHit, 'addressAgrees'> & { listedAddressKeys: Set<string>[] })[]>();
  each(store, `SELECT h.subject_key, h.hit, e.entry FROM screening_hit AS h JOIN watchlist_entry AS e ON e.id = h.watchlist_entry_id WHERE h.subject_kind = 'trader' ORDER BY h.score DESC, h.id`, (row) => {
    const hit = JSON.parse(String(row[1])) as { listName: string; listedParty: string; reason: string; basis: string; score: number };
    const entry = JSON.parse(String(row[2])) as { addresses?: string[] };
    // A street address (a number and three words at least) as its normalised words.
    const listedAddressKeys = (entry.addresses ?? []).flatMap((address) => (addressKey(address) === null ? [] : [new Set(normalizePartyAddress(address).words)]));
    const list = hits.get(String(row[0])) ?? [];
    list.push({ listName: hit.listName, listedParty: hit.listedParty, reason: hit.reason, basis: hit.basis, score: hit.score, listedAddressKeys });
    hits.set(String(row[0]), list);
  });
  const traders = new Map<string, RiskTrader>();
  each(store, 'SELECT entity_id, display_name, countries FROM trader_entity', (row) => {
    const entityId = String(row[0]);
    const own = values.get(entityId);
    traders.set(entityId, {
      entityId, name: String(row[1]), countries: JSON.parse(String(row[2] ?? '[]')) as string[],
      watchlistHits: (hits.get(entityId) ?? []).map(({ listedAddressKeys, ...hit }) => ({
        ...hit,
        addressAgrees: listedAddressKeys.length === 0 ? null : listedAddressKeys.some((listed) => [...(own?.addresses ?? [])].some((key) => sameStreetAddress(key, listed))),
      })),
      addressKeys: own ? [...own.addresses] : [], phoneKeys: own ? [...own.phones] : [], writtenValues: own?.written ?? {},
    });
  });
  return { bills, traders };
}

/**
 * Whether a trader's normalised address (addressKey words) is the listed one: its numbers all in
 * the listed address and at least 80 % of its words (lists add a county or a country, or drop one).
 */
function sameStreetAddress(key: string, listed: ReadonlySet<string>): boolean {
  const words = key.split(' ');
  const numbers = words.filter((word) => /\d/.test(word));
  return numbers.length > 0 && numbers.every((word) => listed.has(word)) && words.filter((word) => listed.has(word)).length >= 0.8 * words.length;
}

function each(store: WorkspaceStore, sql: string, visit: (row: SqlValue[]) => void): void {
  const statement = store.database.prepare(sql);
  try {
    while (statement.step()) visit(statement.get());
  } finally {
    statement.free();
  }
}

function text(value: SqlValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

function number(value: SqlValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
