import type { RiskBill, RiskFinding, RiskRule } from '../riskModel';

/**
 * Split shipments: one container load split into several bills to related consignees on one
 * vessel call. Bills are grouped by call (vessel, voyage) and container (a bill without a
 * container: by shipper); within a group, consignees are related when they are one resolved
 * trader or wrote the same normalised address or telephone line. A set of related consignees
 * holding at least `minimumBills` bills of the group is a finding on each of them, strength
 * 1 + 0.25 per bill above the minimum.
 */
export const splitShipmentsRule: RiskRule = {
  id: 'split-shipments',
  title: 'Split shipments to related consignees',
  description: 'Several small bills on one vessel call, in one container, to consignees that are one trader or share premises or a telephone line.',
  subject: 'shipment',
  parameters: [{ id: 'minimumBills', title: 'Bills to related consignees that make a split', defaultValue: 3 }],
  weight: 3,
  detect(data, parameters) {
    const minimumBills = parameters.minimumBills as number;
    const groups = new Map<string, number[]>();
    data.bills.forEach((bill, billIndex) => {
      if (bill.consignee === null || (bill.vesselImo === null && bill.vesselName === null)) return;
      const call = `${bill.vesselImo ?? bill.vesselName}|${bill.voyage ?? ''}|${bill.arrivalDate ?? ''}`;
      const containers = new Set(bill.lines.flatMap((line) => (line.containerNumber ? [line.containerNumber] : [])));
      const keys = containers.size > 0 ? [...containers].map((container) => `${call}|C:${container}`) : bill.shipper !== null ? [`${call}|S:${bill.shipper}`] : [];
      for (const key of keys) {
        let list = groups.get(key);
        if (!list) groups.set(key, (list = []));
        list.push(billIndex);
      }
    });
    const found = new Map<number, RiskFinding>();
    for (const [key, members] of groups) {
      if (members.length < minimumBills) continue;
      for (const cluster of relatedConsignees(members.map((index) => data.bills[index] as RiskBill), data)) {
        const bills = cluster.map((position) => members[position] as number);
        if (bills.length < minimumBills) continue;
        const first = data.bills[bills[0] as number] as RiskBill;
        const names = [...new Set(bills.map((index) => (data.bills[index] as RiskBill).consigneeName ?? ''))].filter((name) => name !== '');
        const container = key.includes('|C:') ? key.slice(key.indexOf('|C:') + 3) : null;
        const link = cluster.link;
        for (const index of bills) {
          const strength = 1 + 0.25 * (bills.length - minimumBills);
          if ((found.get(index)?.strength ?? 0) >= strength) continue;
          found.set(index, {
            ruleId: 'split-shipments', subject: 'shipment', billIndex: index, strength,
            reason: `one of ${bills.length} bills on ${first.vesselName ?? first.vesselImo} voyage ${first.voyage ?? '?'}${container ? ` in container ${container}` : ''} to ${names.length} related consignee name${names.length === 1 ? '' : 's'} (${link}): ${names.slice(0, 4).join(', ')}`,
            facts: { bills: bills.length, consignees: names.length, ...(container ? { container } : {}), vessel: first.vesselName ?? first.vesselImo ?? '', voyage: first.voyage ?? '', relatedBy: link },
          });
        }
      }
    }
    return [...found.values()].sort((a, b) => (a.billIndex as number) - (b.billIndex as number));
  },
};

type Cluster = number[] & { link: string };

/** Positions of the bills grouped by related consignee, each group saying how its consignees are related. */
function relatedConsignees(bills: readonly RiskBill[], data: Parameters<RiskRule['detect']>[0]): Cluster[] {
  const parent = bills.map((_bill, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] as number] as number;
    return index;
  };
  const how: string[] = bills.map(() => '');
  const union = (a: number, b: number, why: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    parent[rb] = ra;
    how[ra] = [...new Set([...how[ra]!.split(', '), ...how[rb]!.split(', '), why])].filter((text) => text !== '').sort().join(', ');
  };
  const byKey = new Map<string, number>();
  bills.forEach((bill, index) => {
    const trader = data.traders.get(bill.consignee as string);
    const keys = [`E:${bill.consignee}`, ...(trader?.addressKeys ?? []).map((key) => `A:${key}`), ...(trader?.phoneKeys ?? []).map((key) => `P:${key}`)];
    for (const key of keys) {
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, index);
      else union(seen, index, key.startsWith('E:') ? 'one trader' : key.startsWith('A:') ? 'shared premises' : 'shared telephone');
    }
  });
  const clusters = new Map<number, Cluster>();
  bills.forEach((_bill, index) => {
    const root = find(index);
    let cluster = clusters.get(root);
    if (!cluster) clusters.set(root, (cluster = Object.assign([] as number[], { link: '' })));
    cluster.push(index);
  });
  for (const [root, cluster] of clusters) cluster.link = how[root] || 'one trader';
  return [...clusters.values()];
}
