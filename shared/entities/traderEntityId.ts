/**
 * A trader's entity id: "T:" and its smallest member party occurrence id. Occurrences are never
 * renumbered, so the id is stable while the trader keeps that member, and the store can name a
 * trader by that number alone (bill_party_trader, risk scoring's party columns).
 */
export function traderEntityId(firstMemberOccurrenceId: string | number): string {
  return `T:${firstMemberOccurrenceId}`;
}

/** The number of an entity id "T:<first member occurrence id>"; any other form is refused. */
export function traderNumberOf(entityId: string): number {
  const number = /^T:(\d+)$/.exec(entityId)?.[1];
  if (number === undefined) throw new Error(`stored trader ${entityId}: an entity id is "T:" and a member occurrence id`);
  return Number(number);
}
