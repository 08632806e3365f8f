import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normalizePartyName } from '../../entities/partyName';
import type { FtmBillSource, FtmTraderSource } from '../../store/followTheMoneySource';

/**
 * The workspace as FollowTheMoney entities (the model of Aleph and OpenSanctions), one JSON object
 * a line:
 *
 * - a trader is a Company when a name of it carries a legal form ("LTD", "GMBH"; legalForm set),
 *   else a LegalEntity (FtM's party of unknown kind): its display name, the other names written as
 *   alias, countries, addresses as text and as Address entities (addressEntity; traders at the
 *   same premises share one), watchlist hits as notes;
 * - an Address per distinct address (folded), its full text as most often written;
 * - a Vessel per IMO number (else name), with imoNumber;
 * - a bill of lading is an EconomicActivity (FtM's customs declaration): recordId the B/L number,
 *   date of arrival, sender (shipper), receiver (consignee), transport (the vessel), goods, HS
 *   codes, countries of origin, departure and destination (the ports' UN/LOCODE countries) and the
 *   declared value;
 * - relations are interval entities: an UnknownLink per shipper and consignee who trade (role
 *   "shipper to consignee", first and last arrival, the bills counted) and per notify party and
 *   consignee (role "notify party for consignee").
 *
 * Ids are "ml-" + kind + a SHA-256 of the workspace's key, so the same trader or bill has the same
 * id in every export. Every entity names the export's protective marking in `publisher` (a JSON
 * lines file has no header: the marking also leads the file name).
 */
export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

export interface FollowTheMoneyOptions {
  readonly workspaceName: string;
  /** The export's marking, canonical text. */
  readonly marking: string;
}

export function ftmId(kind: string, key: string): string {
  return `ml-${kind}-${bytesToHex(sha256(utf8ToBytes(`${kind}\u0000${key}`))).slice(0, 32)}`;
}

const foldAddress = (address: string) => address.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const countryOfLocode = (locode: string | null) => (locode !== null && /^[A-Z]{2}/.test(locode) ? locode.slice(0, 2).toLowerCase() : null);

export function followTheMoneyEntities(traders: readonly FtmTraderSource[], bills: readonly FtmBillSource[], options: FollowTheMoneyOptions): FtmEntity[] {
  const publisher = [`${options.marking} | Manifest Lens workspace "${options.workspaceName}"`];
  const entities: FtmEntity[] = [];
  const properties = (values: Record<string, readonly (string | null | undefined)[]>): Record<string, string[]> => {
    const kept: Record<string, string[]> = {};
    for (const [name, list] of Object.entries(values)) {
      const clean = [...new Set(list.filter((value): value is string => typeof value === 'string' && value.trim() !== '').map((value) => value.trim()))];
      if (clean.length > 0) kept[name] = clean;
    }
    return { ...kept, publisher };
  };

  const addresses = new Map<string, { id: string; full: string }>();
  const traderIds = new Map<string, string>();
  for (const trader of traders) {
    const id = ftmId('trader', trader.entityId);
    traderIds.set(trader.entityId, id);
    const addressIds = trader.addresses.map((address) => {
      const key = foldAddress(address);
      let entry = addresses.get(key);
      if (entry === undefined) {
        entry = { id: ftmId('address', key), full: address };
        addresses.set(key, entry);
      }
      return entry.id;
    });
    const legalForm = [trader.displayName, ...trader.names].map((name) => normalizePartyName(name).legalForms.find((match) => !match.partial)?.form.id).find((form) => form !== undefined);
    entities.push({
      id,
      schema: legalForm !== undefined ? 'Company' : 'LegalEntity',
      properties: properties({
        name: [trader.displayName],
        alias: trader.names.filter((name) => name !== trader.displayName),
        legalForm: [legalForm],
        country: trader.countries.map((country) => country.toLowerCase()),
        address: trader.addresses,
        addressEntity: addressIds,
        notes: trader.watchlistHits.map((hit) => `Watchlist hit: ${hit}`),
      }),
    });
  }
  for (const address of addresses.values()) entities.push({ id: address.id, schema: 'Address', properties: properties({ full: [address.full] }) });

  const vessels = new Map<string, string>();
  const vesselOf = (bill: FtmBillSource): string | null => {
    const key = bill.vesselImo ?? bill.vesselName;
    if (key === null || key.trim() === '') return null;
    let id = vessels.get(key);
    if (id === undefined) {
      id = ftmId('vessel', key);
      vessels.set(key, id);
      entities.push({ id, schema: 'Vessel', properties: properties({ name: [bill.vesselName ?? `IMO ${bill.vesselImo}`], imoNumber: [bill.vesselImo === null ? null : `IMO${bill.vesselImo}`] }) });
    }
    return id;
  };

  const links = new Map<string, { subject: string; object: string; role: string; first: string | null; last: string | null; bills: string[] }>();
  const link = (subject: string | undefined, object: string | undefined, role: string, bill: FtmBillSource) => {
    if (subject === undefined || object === undefined || subject === object) return;
    const key = `${role}\u0000${subject}\u0000${object}`;
    const entry = links.get(key) ?? { subject, object, role, first: null, last: null, bills: [] };
    entry.bills.push(bill.billOfLadingNumber);
    if (bill.arrivalDate !== null) {
      if (entry.first === null || bill.arrivalDate < entry.first) entry.first = bill.arrivalDate;
      if (entry.last === null || bill.arrivalDate > entry.last) entry.last = bill.arrivalDate;
    }
    links.set(key, entry);
  };

  for (const bill of bills) {
    const transport = vesselOf(bill);
    const senders = bill.shippers.map((entityId) => traderIds.get(entityId));
    const receivers = bill.consignees.map((entityId) => traderIds.get(entityId));
    const weight = bill.grossWeightKg === null ? null : `gross weight ${round(bill.grossWeightKg)} kg`;
    entities.push({
      id: ftmId('bill', bill.billOfLadingNumber),
      schema: 'EconomicActivity',
      properties: properties({
        recordId: [bill.billOfLadingNumber],
        summary: [`Bill of lading ${bill.billOfLadingNumber}`],
        description: [[weight, bill.hsCodes === null ? null : `HS ${bill.hsCodes}`].filter((part) => part !== null).join('; ')],
        date: [bill.arrivalDate],
        sender: senders,
        receiver: receivers,
        transport: [transport],
        goodsDescription: [bill.goods],
        originCountry: [bill.countryOfOrigin === null ? null : bill.countryOfOrigin.toLowerCase()],
        departureCountry: [countryOfLocode(bill.portOfLoading)],
        destinationCountry: [countryOfLocode(bill.portOfDischarge)],
        customsAmount: [bill.declaredValueUsd === null ? null : `${round(bill.declaredValueUsd)} USD`],
      }),
    });
    for (const shipper of senders) for (const consignee of receivers) link(shipper, consignee, 'shipper to consignee', bill);
    for (const notify of bill.notifyParties.map((entityId) => traderIds.get(entityId))) for (const consignee of receivers) link(notify, consignee, 'notify party for consignee', bill);
  }

  for (const entry of links.values()) {
    entities.push({
      id: ftmId('link', `${entry.role}\u0000${entry.subject}\u0000${entry.object}`),
      schema: 'UnknownLink',
      properties: properties({
        subject: [entry.subject],
        object: [entry.object],
        role: [entry.role],
        startDate: [entry.first],
        endDate: [entry.last],
        description: [`${entry.bills.length} ${entry.bills.length === 1 ? 'bill' : 'bills'} of lading: ${entry.bills.slice(0, 20).join(', ')}${entry.bills.length > 20 ? ', …' : ''}`],
      }),
    });
  }
  return entities;
}

/** One entity a line, as Aleph's `ftm` tools and OpenSanctions read them. */
export function followTheMoneyJsonl(entities: readonly FtmEntity[]): string {
  return entities.map((entity) => `${JSON.stringify(entity)}\n`).join('');
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
