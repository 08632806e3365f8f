import type { SqlValue } from 'sql.js';
import { normalizePhoneNumber, phoneComparisonDigits } from '../entities/phoneNumbers';
import { normalizePartyAddress } from '../entities/partyAddress';
import { traderNumberOf } from '../entities/traderEntityId';
import { addressKey } from '../graph/traderNetworkSource';
import { billsFromColumns, TextCoder } from '../risk/riskColumns';
import type { CodedText, RiskColumns } from '../risk/riskColumns';
import type { RiskBill, RiskDataset, RiskTrader, RiskWatchlistHit } from '../risk/riskModel';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Reads what the risk detectors need from the store in a few sequential scans, by column (see
 * shared/risk/riskColumns.ts): every bill with its first shipper, consignee and notify party's
 * trader entity (the stored resolution; none when not resolved or a placeholder), its lines, and
 * every trader with its watchlist hits and the normalised addresses and telephone lines it wrote.
 * Bills in `excludedBills` (B/L numbers) are left out. The bills as objects (`bills`) are made from
 * the columns only when something reads them.
 */
export function readRiskDataset(store: WorkspaceStore, excludedBills: ReadonlySet<string> = new Set()): RiskDataset {
  // Bill row id → index in the columns (+1; 0: left out). Row ids are dense from 1.
  const maxBillId = Number(store.scalar('SELECT max(id) FROM bill_of_lading') ?? 0);
  const indexOfBill = new Int32Array(maxBillId + 1);
  const billCapacity = maxBillId;
  const billId = new Float64Array(billCapacity);
  const billNumber: string[] = [];
  const consigneeName: (string | null)[] = [];
  const billCoders = Array.from({ length: 8 }, () => new TextCoder());
  const billCodes = billCoders.map(() => new Int32Array(billCapacity));
  // The call (arrival, vessel, voyage) and the route (receipt, loading, discharge, origin) repeat
  // from bill to bill: each comes as one text and is taken apart once.
  const calls = new TupleCoder(billCoders.slice(0, 4));
  const routes = new TupleCoder(billCoders.slice(4, 8));
  let billCount = 0;
  each(store,
    `SELECT id, bill_of_lading_number, consignee_name, json_array(arrival_date, vessel_imo, vessel_name, voyage_number),
            json_array(place_of_receipt, port_of_loading, port_of_discharge, country_of_origin)
       FROM bill_of_lading ORDER BY id`,
    (row) => {
      const number = String(row[1]);
      if (excludedBills.size > 0 && excludedBills.has(number)) return;
      const index = billCount;
      billCount += 1;
      indexOfBill[Number(row[0])] = index + 1;
      billId[index] = Number(row[0]);
      billNumber.push(number);
      consigneeName.push(text(row[2]));
      const call = calls.code(String(row[3])) * 4;
      const route = routes.code(String(row[4])) * 4;
      for (let field = 0; field < 4; field += 1) {
        (billCodes[field] as Int32Array)[index] = calls.fieldCodes[call + field] as number;
        (billCodes[field + 4] as Int32Array)[index] = routes.fieldCodes[route + field] as number;
      }
    });

  // Lines in row order, then put together per bill (a bill's lines in their stored order).
  // Row ids are dense from 1: the largest is the size to expect (the arrays grow if it is not).
  let lineCapacity = Math.max(16, Number(store.scalar('SELECT max(id) FROM manifest_line') ?? 0));
  let lineBill = new Int32Array(lineCapacity);
  const lineCoders = [new TextCoder(), new TextCoder()];
  let readCodes = [0, 1, 2].map(() => new Int32Array(lineCapacity));
  let readWeight = new Float64Array(lineCapacity);
  let readValue = new Float64Array(lineCapacity);
  let read = 0;
  // Container numbers are coded from their index (manifest_line_container), read in order: each
  // distinct number comes once after the other, so a code is a comparison with the one before, not
  // a lookup among the ~half a million distinct numbers of 1M lines. Codes by line row id.
  const containerOfRow = new Int32Array(lineCapacity + 1).fill(-1);
  const containerValues: string[] = [];
  let previousContainer: string | null = null;
  each(store, "SELECT id, container_number FROM manifest_line WHERE container_number IS NOT NULL AND container_number <> '' ORDER BY container_number", (row) => {
    const container = String(row[1]);
    if (container !== previousContainer) {
      previousContainer = container;
      containerValues.push(container);
    }
    const lineId = Number(row[0]);
    if (lineId < containerOfRow.length) containerOfRow[lineId] = containerValues.length - 1;
  });
  // HS code and description as one text (a line's goods repeat on many lines), taken apart once.
  const goods = new TupleCoder([lineCoders[0] as TextCoder, lineCoders[1] as TextCoder]);
  each(store, 'SELECT bill_of_lading_id, json_array(hs_code, goods_description), gross_weight_kg, declared_value_usd, id FROM manifest_line', (row) => {
    const index = indexOfBill[Number(row[0])] ?? 0;
    if (index === 0) return;
    if (read === lineCapacity) {
      lineCapacity *= 2;
      lineBill = grown(lineBill, lineCapacity);
      readCodes = readCodes.map((codes) => grown(codes, lineCapacity));
      readWeight = grown(readWeight, lineCapacity);
      readValue = grown(readValue, lineCapacity);
    }
    lineBill[read] = index - 1;
    const pair = goods.code(String(row[1])) * 2;
    (readCodes[0] as Int32Array)[read] = goods.fieldCodes[pair] as number;
    (readCodes[1] as Int32Array)[read] = goods.fieldCodes[pair + 1] as number;
    const lineId = Number(row[4]);
    (readCodes[2] as Int32Array)[read] = lineId < containerOfRow.length ? (containerOfRow[lineId] as number) : -1;
    readWeight[read] = number(row[2]);
    readValue[read] = number(row[3]);
    read += 1;
  });
  const lineStart = new Int32Array(billCount + 1);
  for (let line = 0; line < read; line += 1) (lineStart[(lineBill[line] as number) + 1] as number) += 1;
  for (let bill = 0; bill < billCount; bill += 1) (lineStart[bill + 1] as number) += lineStart[bill] as number;
  // Lines are stored bill after bill: then they are in place already; else they are put in place.
  let inPlace = true;
  for (let line = 1; line < read && inPlace; line += 1) inPlace = (lineBill[line] as number) >= (lineBill[line - 1] as number);
  let lineCodes: Int32Array[];
  let grossWeightKg: Float64Array;
  let declaredValueUsd: Float64Array;
  if (inPlace) {
    lineCodes = readCodes.map((codes) => codes.subarray(0, read));
    grossWeightKg = readWeight.subarray(0, read);
    declaredValueUsd = readValue.subarray(0, read);
  } else {
    const next = lineStart.slice(0, billCount);
    lineCodes = readCodes.map(() => new Int32Array(read));
    grossWeightKg = new Float64Array(read);
    declaredValueUsd = new Float64Array(read);
    for (let line = 0; line < read; line += 1) {
      const bill = lineBill[line] as number;
      const to = next[bill] as number;
      next[bill] = to + 1;
      for (let column = 0; column < 3; column += 1) (lineCodes[column] as Int32Array)[to] = (readCodes[column] as Int32Array)[line] as number;
      grossWeightKg[to] = readWeight[line] as number;
      declaredValueUsd[to] = readValue[line] as number;
    }
  }

  // Traders by index, in the resolution's order, with the (address, telephone) pairs their members
  // wrote (migration 15), each distinct text normalised once per trader.
  const traderIds: string[] = [];
  const traderRows: { entityId: string; name: string; countries: string }[] = [];
  // An entity id is "T:" and its smallest member occurrence id (shared/entities/traderEntityId.ts):
  // bill_party_trader names traders by that number.
  const traderOfFirstMember = new Map<number, number>();
  const values: (TraderValues | undefined)[] = [];
  each(store, 'SELECT entity_id, display_name, countries, contacts FROM trader_entity', (row) => {
    const entityId = String(row[0]);
    const trader = traderIds.length;
    traderOfFirstMember.set(traderNumberOf(entityId), trader);
    traderIds.push(entityId);
    traderRows.push({ entityId, name: String(row[1]), countries: String(row[2] ?? '[]') });
    for (const [rawAddress, rawPhone] of JSON.parse(String(row[3] ?? '[]')) as [string | null, string | null][]) noteValues(values, trader, rawAddress, rawPhone);
  });

  // Each bill's first shipper, consignee and notify party that the resolution made a trader
  // (bill_party_trader, written with the resolution), as the numbers of their entity ids.
  const shipper = new Int32Array(billCount).fill(-1);
  const consignee = new Int32Array(billCount).fill(-1);
  const notifyParty = new Int32Array(billCount).fill(-1);
  each(store, 'SELECT bill_of_lading_id, shipper, consignee, notify_party FROM bill_party_trader', (row) => {
    const index = (indexOfBill[row[0] as number] ?? 0) - 1;
    if (index < 0) return;
    if (row[1] !== null) shipper[index] = traderOfFirstMember.get(row[1] as number) ?? -1;
    if (row[2] !== null) consignee[index] = traderOfFirstMember.get(row[2] as number) ?? -1;
    if (row[3] !== null) notifyParty[index] = traderOfFirstMember.get(row[3] as number) ?? -1;
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
  traderRows.forEach((row, trader) => {
    const own = values[trader];
    traders.set(row.entityId, {
      entityId: row.entityId, name: row.name, countries: JSON.parse(row.countries) as string[],
      watchlistHits: (hits.get(row.entityId) ?? []).map(({ listedAddressKeys, ...hit }) => ({
        ...hit,
        addressAgrees: listedAddressKeys.length === 0 ? null : listedAddressKeys.some((listed) => [...(own?.addresses ?? [])].some((key) => sameStreetAddress(key, listed))),
      })),
      addressKeys: own ? [...own.addresses] : [], phoneKeys: own ? [...own.phones] : [], writtenValues: own?.written ?? {},
    });
  });

  const coded = (coders: TextCoder[], codes: Int32Array[], column: number, count: number): CodedText => ({
    codes: (codes[column] as Int32Array).length === count ? (codes[column] as Int32Array) : (codes[column] as Int32Array).slice(0, count),
    values: (coders[column] as TextCoder).values,
  });
  const columns: RiskColumns = {
    billCount,
    billId: billId.length === billCount ? billId : billId.slice(0, billCount),
    billNumber,
    arrivalDate: coded(billCoders, billCodes, 0, billCount), vesselImo: coded(billCoders, billCodes, 1, billCount), vesselName: coded(billCoders, billCodes, 2, billCount),
    voyage: coded(billCoders, billCodes, 3, billCount), placeOfReceipt: coded(billCoders, billCodes, 4, billCount), portOfLoading: coded(billCoders, billCodes, 5, billCount),
    portOfDischarge: coded(billCoders, billCodes, 6, billCount), countryOfOrigin: coded(billCoders, billCodes, 7, billCount), consigneeName,
    shipper, consignee, notifyParty, lineStart, lineCount: read,
    hsCode: coded(lineCoders, lineCodes, 0, read), description: coded(lineCoders, lineCodes, 1, read), containerNumber: { codes: lineCodes[2] as Int32Array, values: containerValues },
    grossWeightKg, declaredValueUsd, traderIds,
  };
  return new ColumnDataset(columns, traders);
}

/** Notes an address and a phone a trader wrote (each distinct text normalised once per trader). */
function noteValues(values: (TraderValues | undefined)[], trader: number, address: string | null, phone: string | null): void {
  if (address === null && phone === null) return;
  let own = values[trader];
  if (!own) values[trader] = own = { addresses: new Set(), phones: new Set(), seenAddresses: new Set(), seenPhones: new Set(), written: {} };
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
}

/**
 * Codes text fields that the query sends together as one JSON array (json_array(a, b, ...)): one
 * lookup per row; each distinct combination is parsed once and its fields coded.
 */
class TupleCoder {
  private readonly index = new Map<string, number>();
  /** Field codes of each combination: fieldCodes[combination × fields + field]. */
  readonly fieldCodes: number[] = [];

  constructor(private readonly coders: readonly TextCoder[]) {}

  private lastJson: string | null = null;
  private lastTuple = -1;

  code(json: string): number {
    // Rows in order often repeat the one before (one vessel call's bills): no lookup then.
    if (json === this.lastJson) return this.lastTuple;
    let tuple = this.index.get(json);
    if (tuple === undefined) {
      tuple = this.index.size;
      this.index.set(json, tuple);
      const fields = JSON.parse(json) as unknown[];
      this.coders.forEach((coder, field) => this.fieldCodes.push(coder.code(text(fields[field] as SqlValue | undefined))));
    }
    this.lastJson = json;
    this.lastTuple = tuple;
    return tuple;
  }
}

/** The addresses and phones a trader wrote: normalised keys, the texts seen, and each key as first written. */
interface TraderValues {
  readonly addresses: Set<string>;
  readonly phones: Set<string>;
  readonly seenAddresses: Set<string>;
  readonly seenPhones: Set<string>;
  readonly written: Record<string, string>;
}

/** A dataset read by column; its bills as objects are made the first time a rule asks for them. */
class ColumnDataset implements RiskDataset {
  private made: RiskBill[] | null = null;

  constructor(readonly columns: RiskColumns, readonly traders: ReadonlyMap<string, RiskTrader>) {}

  get bills(): readonly RiskBill[] {
    return (this.made ??= billsFromColumns(this.columns));
  }
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

function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
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

/** A finite number, else NaN (absent). */
function number(value: SqlValue | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}
