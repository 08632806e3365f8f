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
    let firstOfAll: string | null = null;
    const seen = new Map<string, { first: string; bills: number }>();
    for (const bill of data.bills) {
      if (bill.arrivalDate === null) continue;
      if (firstOfAll === null || bill.arrivalDate < firstOfAll) firstOfAll = bill.arrivalDate;
      for (const trader of new Set([bill.consignee, bill.notifyParty])) {
        if (trader === null) continue;
        const known = seen.get(trader);
        if (!known) seen.set(trader, { first: bill.arrivalDate, bills: 1 });
        else {
          known.bills += 1;
          if (bill.arrivalDate < known.first) known.first = bill.arrivalDate;
        }
      }
    }
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
