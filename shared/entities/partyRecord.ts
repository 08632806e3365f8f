/**
 * A party occurrence prepared for comparison: its name, address, phone and e-mail normalised
 * once. Address text that spilled into the name field stands in for a missing address.
 */
import { normalizeEmailAddress, type EmailAddress } from './emailAddresses';
import { identifierKey, type PartyOccurrence } from './partyOccurrence';
import { normalizePartyAddress, type PartyAddress } from './partyAddress';
import { addressEchoStart, normalizePartyName, withoutAddressEcho, type PartyName } from './partyName';
import { normalizePhoneNumber, type PhoneNumber } from './phoneNumbers';

export interface PartyRecord {
  /** Position in the input. */
  readonly index: number;
  readonly occurrence: PartyOccurrence;
  readonly name: PartyName;
  readonly address?: PartyAddress;
  readonly phone?: PhoneNumber;
  readonly email?: EmailAddress;
  readonly country?: string;
  /** Scheme → normalised value. */
  readonly identifiers: ReadonlyMap<string, string>;
}

const noIdentifiers: ReadonlyMap<string, string> = new Map();

function cachedAddress(text: string, addresses: Map<string, PartyAddress>): PartyAddress {
  let address = addresses.get(text);
  if (!address) {
    address = normalizePartyAddress(text);
    addresses.set(text, address);
  }
  return address;
}

/**
 * `names`, `addresses` and `phones` keep each distinct text normalised once (the same name,
 * address and telephone line come on many bills), so records share them.
 */
export function preparePartyRecord(
  occurrence: PartyOccurrence,
  index: number,
  names: Map<string, PartyName>,
  addresses: Map<string, PartyAddress>,
  phones: Map<string, PhoneNumber | null> = new Map(),
): PartyRecord {
  let name = names.get(occurrence.rawName);
  if (!name) {
    name = normalizePartyName(occurrence.rawName);
    names.set(occurrence.rawName, name);
  }
  const written = occurrence.rawAddress.trim() !== '' ? cachedAddress(occurrence.rawAddress, addresses) : undefined;
  if (written) {
    const echo = addressEchoStart(name, written.leadingWords);
    if (echo !== undefined) {
      const key = `${occurrence.rawName}\u0000${echo}`;
      name = names.get(key) ?? withoutAddressEcho(name, echo);
      names.set(key, name);
    }
  }
  let address = written ?? (name.spilledAddress !== '' ? cachedAddress(name.spilledAddress, addresses) : undefined);
  if (address && address.words.length === 0) address = undefined;
  let identifiers: ReadonlyMap<string, string> = noIdentifiers;
  if (occurrence.identifiers && occurrence.identifiers.length > 0) {
    const found = new Map<string, string>();
    for (const identifier of occurrence.identifiers) {
      const { scheme, value } = identifierKey(identifier);
      if (value !== '') found.set(scheme, value);
    }
    identifiers = found;
  }
  let phone = phones.get(occurrence.rawPhone);
  if (phone === undefined) {
    phone = normalizePhoneNumber(occurrence.rawPhone) ?? null;
    phones.set(occurrence.rawPhone, phone);
  }
  const email = occurrence.rawEmail ? normalizeEmailAddress(occurrence.rawEmail) : undefined;
  const country = occurrence.country?.trim().toUpperCase() || address?.country;
  // Every record has every property (undefined when missing): one object shape, so the scorer's
  // hot loop reads them without polymorphic property lookups.
  return { index, occurrence, name, identifiers, address, phone: phone ?? undefined, email, country: country || undefined };
}
