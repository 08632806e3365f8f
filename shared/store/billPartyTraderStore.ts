import { traderNumberOf } from '../entities/traderEntityId';
import { BufferedInsert } from './bufferedInsert';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Each bill's first shipper, consignee and notify party that the resolution made a trader
 * (bill_party_trader, migration 17): the first such occurrence of each role, by occurrence id;
 * placeholders ('TO ORDER', fillers) and occurrences the resolution has not seen are passed over.
 * A trader is written as the number of its entity id (shared/entities/traderEntityId.ts). Written with every resolution run, so risk scoring reads
 * three numbers per bill instead of joining every party occurrence to its entity.
 */

/** Inside the caller's transaction, after the entities' members are written; replaces the table. */
export function writeBillPartyTraders(store: WorkspaceStore, entities: readonly { readonly entityId: string; readonly members: readonly { readonly occurrenceId: string }[] }[]): void {
  store.run('DELETE FROM bill_party_trader');
  const lastOccurrence = Number(store.scalar('SELECT max(id) FROM party_occurrence') ?? 0);
  const lastBill = Number(store.scalar('SELECT max(id) FROM bill_of_lading') ?? 0);
  // Trader number by occurrence id; 0: none.
  const traderOfOccurrence = new Float64Array(lastOccurrence + 1);
  for (const entity of entities) {
    const trader = traderNumberOf(entity.entityId);
    for (const member of entity.members) {
      const occurrence = Number(member.occurrenceId);
      if (occurrence >= 1 && occurrence <= lastOccurrence) traderOfOccurrence[occurrence] = trader;
    }
  }
  // Per bill, the trader of each role (shipper, consignee, notify party): bill × 3 + role; 0: none.
  const traderOfBillRole = new Float64Array((lastBill + 1) * 3);
  const statement = store.database.prepare(
    "SELECT id, bill_of_lading_id * 3 + CASE role WHEN 'shipper' THEN 0 WHEN 'consignee' THEN 1 ELSE 2 END FROM party_occurrence ORDER BY id",
  );
  try {
    while (statement.step()) {
      const [occurrence, slot] = statement.get() as [number, number];
      const trader = traderOfOccurrence[occurrence] ?? 0;
      if (trader !== 0 && traderOfBillRole[slot] === 0) traderOfBillRole[slot] = trader;
    }
  } finally {
    statement.free();
  }
  const insert = new BufferedInsert(store.database, 'bill_party_trader', [{ name: 'bill_of_lading_id' }, { name: 'shipper' }, { name: 'consignee' }, { name: 'notify_party' }]);
  try {
    for (let bill = 1; bill <= lastBill; bill += 1) {
      const shipper = traderOfBillRole[bill * 3] as number;
      const consignee = traderOfBillRole[bill * 3 + 1] as number;
      const notifyParty = traderOfBillRole[bill * 3 + 2] as number;
      if (shipper === 0 && consignee === 0 && notifyParty === 0) continue;
      insert.values.push(bill, shipper === 0 ? null : shipper, consignee === 0 ? null : consignee, notifyParty === 0 ? null : notifyParty);
      if (insert.rowAdded() >= 4096) insert.flush();
    }
    insert.flush();
  } finally {
    insert.close();
  }
}
