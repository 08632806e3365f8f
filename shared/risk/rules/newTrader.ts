import { riskColumns } from '../riskColumns';
import type { RiskFinding, RiskRule } from '../riskModel';

/**
 * New trader: a consignee or notify party whose first bill arrives at least `minimumDays` after
 * the first arrival of the workspace (it was not trading before), with at most `maximumBills`
 * bills. Weak alone (new businesses are ordinary); it adds to other signals. Strength 1.
 */
export const newTraderRule: RiskRule = {
  id: 'new-trader',
  title: 'New trader',
  description: 'A consignee or notify party first seen well after the data begins, with few bills so far.',
  subject: 'trader',
  parameters: [
    { id: 'minimumDays', title: 'Days after the first arrival of the workspace', defaultValue: 21 },
    { id: 'maximumBills', title: 'Most bills a new trader has', defaultValue: 25 },
  ],
  weight: 0.75,
  detect(data, parameters) {
    const columns = riskColumns(data);
    const dates = columns.arrivalDate;
    let firstOfAll: string | null = null;
    // Per trader index: its first arrival and its bills (as consignee or notify party).
    const firstOf: (string | undefined)[] = new Array(columns.traderIds.length);
    const billsOf = new Int32Array(columns.traderIds.length);
    const order: number[] = [];
    const see = (trader: number, date: string): void => {
      const known = firstOf[trader];
      if (known === undefined) {
        firstOf[trader] = date;
        order.push(trader);
      } else if (date < known) firstOf[trader] = date;
      (billsOf[trader] as number) += 1;
    };
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const code = dates.codes[bill] as number;
      if (code < 0) continue;
      const date = dates.values[code] as string;
      if (firstOfAll === null || date < firstOfAll) firstOfAll = date;
      const consignee = columns.consignee[bill] as number;
      const notifyParty = columns.notifyParty[bill] as number;
      if (consignee >= 0) see(consignee, date);
      if (notifyParty >= 0 && notifyParty !== consignee) see(notifyParty, date);
    }
    const seen = new Map(order.map((trader) => [columns.traderIds[trader] as string, { first: firstOf[trader] as string, bills: billsOf[trader] as number }]));
    if (firstOfAll === null) return [];
    const start = Date.parse(`${firstOfAll}T00:00:00Z`);
    const findings: RiskFinding[] = [];
    for (const [entityId, { first, bills }] of seen) {
      const days = Math.round((Date.parse(`${first}T00:00:00Z`) - start) / 86_400_000);
      if (!(days >= (parameters.minimumDays as number)) || bills > (parameters.maximumBills as number)) continue;
      findings.push({
        ruleId: 'new-trader', subject: 'trader', entityId, strength: 1,
        reason: `first seen ${first}, ${days} days after the data begins (${firstOfAll}); ${bills} bill${bills === 1 ? '' : 's'} since`,
        facts: { firstArrival: first, daysAfterStart: days, bills },
      });
    }
    return findings.sort((a, b) => (a.entityId as string).localeCompare(b.entityId as string));
  },
};
