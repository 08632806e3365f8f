/**
 * Records that agree on everything the scorer compares (normalised name, legal-form family,
 * address words, phone digits, e-mail, country, identifiers) are one profile: a forwarder written
 * the same way on thousands of bills is compared once, not thousands of times. Records named by
 * an analyst decision keep a profile of their own, so a decision can always tell them apart.
 */
import { legalFormFamily } from './pairScoring';
import type { PartyRecord } from './partyRecord';

export interface PartyProfiles {
  /** The first record of each profile, at the profile's number. */
  readonly representatives: readonly PartyRecord[];
  /** Record indexes of each profile. */
  readonly members: readonly (readonly number[])[];
  /** Profile number of each record. */
  readonly profileOf: Uint32Array;
}

/** Short numbers for long texts, so profile keys stay short. */
class TextIds {
  private readonly ids = new Map<string, number>();

  of(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }
}

function profileKey(record: PartyRecord, names: TextIds, addresses: Map<object, number>, addressKeys: TextIds): string {
  const form = legalFormFamily(record) ?? '';
  const identifiers = record.identifiers.size === 0 ? '' : [...record.identifiers].map(([scheme, value]) => `${scheme}=${value}`).sort().join(',');
  let address = -1;
  if (record.address) {
    const known = addresses.get(record.address);
    address = known ?? addressKeys.of(record.address.key);
    if (known === undefined) addresses.set(record.address, address);
  }
  return `${names.of(record.name.base)} ${record.name.mayBeTruncated ? 1 : 0} ${form} ${address} ${record.phone?.digits ?? ''} ${record.email?.address ?? ''} ${record.country ?? ''} ${identifiers}`;
}

export function groupProfiles(records: readonly PartyRecord[], ownProfile: ReadonlySet<string>): PartyProfiles {
  const byKey = new Map<string, number>();
  const representatives: PartyRecord[] = [];
  const members: number[][] = [];
  const profileOf = new Uint32Array(records.length);
  const names = new TextIds();
  const addresses = new Map<object, number>();
  const addressKeys = new TextIds();
  for (const record of records) {
    const key = ownProfile.size > 0 && ownProfile.has(record.occurrence.occurrenceId) ? `own\u0000${record.occurrence.occurrenceId}` : profileKey(record, names, addresses, addressKeys);
    let profile = byKey.get(key);
    if (profile === undefined) {
      profile = representatives.length;
      byKey.set(key, profile);
      representatives.push(record);
      members.push([]);
    }
    (members[profile] as number[]).push(record.index);
    profileOf[record.index] = profile;
  }
  return { representatives, members, profileOf };
}
