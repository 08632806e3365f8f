import { nameFingerprint, normalizePartyName } from '../entities/partyName';
import { normalizePhoneNumber, samePhoneNumber } from '../entities/phoneNumbers';
import { traderEntityId } from '../entities/traderEntityId';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The stable key a mention re-linked to a trader is stored against: "T:" and the party occurrence
 * of the trader that the report's words name (the member writing that name, or that telephone
 * number), else the trader's smallest occurrence (its entity id). Occurrences are never renumbered,
 * so when merge or split decisions regroup the traders the mention is read back as the trader
 * holding that occurrence now (shared/store/mentionStore.ts, `currentTraderJoins`): after a merge
 * the merged trader, after a split the part that writes the name the report gives.
 */
export function traderMemberKey(store: WorkspaceStore, entityId: string, mention: { readonly kind: string; readonly text: string }): string {
  const members = store.all<{ occurrenceId: number; rawName: string | null; rawPhone: string | null }>(
    `SELECT m.occurrence_id AS occurrenceId, p.raw_name AS rawName, p.raw_phone AS rawPhone
       FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id WHERE m.entity_id = ? ORDER BY m.occurrence_id`,
    [entityId],
  );
  if (members.length === 0) return entityId;
  const best = mention.kind === 'phone' ? samePhoneMember(members, mention.text) : sameNameMember(members, mention.text);
  return traderEntityId(best ?? (members[0] as { occurrenceId: number }).occurrenceId);
}

function samePhoneMember(members: readonly { occurrenceId: number; rawPhone: string | null }[], text: string): number | undefined {
  const wanted = normalizePhoneNumber(text);
  if (wanted === undefined) return undefined;
  for (const member of members) {
    const phone = member.rawPhone === null ? undefined : normalizePhoneNumber(member.rawPhone);
    if (phone !== undefined && samePhoneNumber(wanted, phone)) return member.occurrenceId;
  }
  return undefined;
}

/** The first member writing the name as the report does (folded), else with the same words and legal form in any order. */
function sameNameMember(members: readonly { occurrenceId: number; rawName: string | null }[], text: string): number | undefined {
  const wanted = normalizePartyName(text);
  if (wanted.placeholder) return undefined;
  const fingerprint = nameFingerprint(wanted);
  let sameWords: number | undefined;
  const seen = new Map<string, 'folded' | 'fingerprint' | 'other'>();
  for (const member of members) {
    if (member.rawName === null) continue;
    let match = seen.get(member.rawName);
    if (match === undefined) {
      const name = normalizePartyName(member.rawName);
      match = name.folded === wanted.folded ? 'folded' : nameFingerprint(name) === fingerprint ? 'fingerprint' : 'other';
      seen.set(member.rawName, match);
    }
    if (match === 'folded') return member.occurrenceId;
    if (match === 'fingerprint') sameWords ??= member.occurrenceId;
  }
  return sameWords;
}
