/**
 * Trader entities from clustered records: members sorted by occurrence id, the entity id taken
 * from the smallest (stable while that occurrence stays), the most written canonical name as the
 * display name, the raw names by frequency, roles and countries.
 */
import { canonicalPartyName, type PartyName } from './partyName';
import type { PartyRole } from './partyOccurrence';
import type { PartyRecord } from './partyRecord';
import type { EntityLink, TraderEntity } from './traderEntity';
import { traderEntityId } from './traderEntityId';

function byCountThenText(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)).map(([text]) => text);
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Occurrence ids in their natural order: decimal ids (the store's) by value, so 9 comes before 10. */
const decimal = /^\d+$/;
const byId = (a: string, b: string): number => {
  if (a.length !== b.length && decimal.test(a) && decimal.test(b)) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
};

export interface AssembledEntities {
  readonly entities: TraderEntity[];
  /** Entity id of each cluster number. */
  readonly entityIdOf: ReadonlyMap<number, string>;
}

export function assembleEntities(records: readonly PartyRecord[], clusterOf: (record: PartyRecord) => number, linksOf: ReadonlyMap<number, EntityLink[]>): AssembledEntities {
  const clusters = new Map<number, PartyRecord[]>();
  for (const record of records) {
    const cluster = clusterOf(record);
    const members = clusters.get(cluster);
    if (members) members.push(record);
    else clusters.set(cluster, [record]);
  }
  const canonicalNames = new Map<PartyName, string>();
  const canonicalOf = (name: PartyName): string => {
    let canonical = canonicalNames.get(name);
    if (canonical === undefined) {
      canonical = canonicalPartyName(name);
      canonicalNames.set(name, canonical);
    }
    return canonical;
  };
  const entities: TraderEntity[] = [];
  const entityIdOf = new Map<number, string>();
  for (const [cluster, members] of clusters) {
    members.sort((a, b) => byId(a.occurrence.occurrenceId, b.occurrence.occurrenceId));
    const entityId = traderEntityId((members[0] as PartyRecord).occurrence.occurrenceId);
    entityIdOf.set(cluster, entityId);
    const canonical = new Map<string, number>();
    const raw = new Map<string, number>();
    const roles = new Set<PartyRole>();
    const countries = new Set<string>();
    for (const member of members) {
      increment(canonical, canonicalOf(member.name));
      increment(raw, member.occurrence.rawName);
      roles.add(member.occurrence.role);
      if (member.country) countries.add(member.country);
    }
    entities.push({
      entityId,
      displayName: byCountThenText(canonical)[0] as string,
      names: byCountThenText(raw),
      roles: [...roles].sort(),
      countries: [...countries].sort(),
      members: members.map(({ occurrence }) => ({ occurrenceId: occurrence.occurrenceId, role: occurrence.role, rawName: occurrence.rawName, rawAddress: occurrence.rawAddress, rawPhone: occurrence.rawPhone })),
      links: linksOf.get(cluster) ?? [],
    });
  }
  entities.sort((a, b) => byId(a.entityId, b.entityId));
  return { entities, entityIdOf };
}
