import { riskColumns, textOf } from '../riskColumns';
import type { RiskFinding, RiskRule } from '../riskModel';

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
    const columns = riskColumns(data);
    // A vessel call: the vessel (IMO number, else name), voyage and arrival date, each as a number.
    const vessels = new Map<string, number>();
    const vesselOf = (text: string): number => {
      let id = vessels.get(text);
      if (id === undefined) vessels.set(text, (id = vessels.size));
      return id;
    };
    const imoVessel = columns.vesselImo.values.map(vesselOf);
    const nameVessel = columns.vesselName.values.map(vesselOf);
    const voyages = columns.voyage.values.length + 1;
    // Calls by (vessel, voyage), then by arrival date.
    const calls = new Map<number, Map<number, number>>();
    let callCount = 0;
    // Groups, numbered in order of first sight: (call, container), else (call, shipper). Those of a
    // container (or shipper) are chained from it: few calls carry the same container.
    const firstOfContainer = new Int32Array(columns.containerNumber.values.length).fill(-1);
    const firstOfShipper = new Int32Array(columns.traderIds.length).fill(-1);
    let groupCall = new Int32Array(1024);
    let groupNext = new Int32Array(1024);
    let groupSize = new Int32Array(1024);
    let groupContainer = new Int32Array(1024);
    let groupCount = 0;
    const pairBill = new Int32Array(columns.lineCount + columns.billCount);
    const pairGroup = new Int32Array(columns.lineCount + columns.billCount);
    let pairs = 0;
    const ownContainers: number[] = [];
    const join = (bill: number, call: number, heads: Int32Array, head: number, container: number): void => {
      let group = heads[head] as number;
      while (group >= 0 && groupCall[group] !== call) group = groupNext[group] as number;
      if (group < 0) {
        if (groupCount === groupCall.length) {
          groupCall = grown(groupCall);
          groupNext = grown(groupNext);
          groupSize = grown(groupSize);
          groupContainer = grown(groupContainer);
        }
        group = groupCount;
        groupCount += 1;
        groupCall[group] = call;
        groupNext[group] = heads[head] as number;
        groupContainer[group] = container;
        heads[head] = group;
      }
      (groupSize[group] as number) += 1;
      pairBill[pairs] = bill;
      pairGroup[pairs] = group;
      pairs += 1;
    };
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const imo = columns.vesselImo.codes[bill] as number;
      const name = columns.vesselName.codes[bill] as number;
      if ((columns.consignee[bill] as number) < 0 || (imo < 0 && name < 0)) continue;
      const vessel = imo >= 0 ? (imoVessel[imo] as number) : (nameVessel[name] as number);
      const voyageKey = vessel * voyages + (columns.voyage.codes[bill] as number) + 1;
      let byDate = calls.get(voyageKey);
      if (byDate === undefined) calls.set(voyageKey, (byDate = new Map()));
      const date = columns.arrivalDate.codes[bill] as number;
      let call = byDate.get(date);
      if (call === undefined) byDate.set(date, (call = callCount++));
      ownContainers.length = 0;
      for (let line = columns.lineStart[bill] as number; line < (columns.lineStart[bill + 1] as number); line += 1) {
        const container = columns.containerNumber.codes[line] as number;
        if (container >= 0 && !ownContainers.includes(container)) ownContainers.push(container);
      }
      if (ownContainers.length > 0) for (const container of ownContainers) join(bill, call, firstOfContainer, container, container);
      else if ((columns.shipper[bill] as number) >= 0) join(bill, call, firstOfShipper, columns.shipper[bill] as number, -1);
    }
    // The members of each group large enough, in bill order; groups in order of first sight.
    const members = new Map<number, number[]>();
    for (let group = 0; group < groupCount; group += 1) if ((groupSize[group] as number) >= minimumBills) members.set(group, []);
    for (let pair = 0; pair < pairs; pair += 1) if ((groupSize[pairGroup[pair] as number] as number) >= minimumBills) members.get(pairGroup[pair] as number)?.push(pairBill[pair] as number);
    const found = new Map<number, RiskFinding>();
    // Per consignee (trader index), what relates it to others: its entity, premises and phones as
    // keys, made once for all its groups.
    const keysOfTrader: (string[] | undefined)[] = [];
    const keysOf = (consignee: number): string[] => {
      let keys = keysOfTrader[consignee];
      if (keys === undefined) {
        const entityId = columns.traderIds[consignee] as string;
        const trader = data.traders.get(entityId);
        keysOfTrader[consignee] = keys = [`E:${entityId}`, ...(trader?.addressKeys ?? []).map((key) => `A:${key}`), ...(trader?.phoneKeys ?? []).map((key) => `P:${key}`)];
      }
      return keys;
    };
    for (const [group, groupBills] of members) {
      const consignees = groupBills.map((bill) => keysOf(columns.consignee[bill] as number));
      for (const cluster of relatedConsignees(consignees)) {
        const bills = cluster.map((position) => groupBills[position] as number);
        if (bills.length < minimumBills) continue;
        const first = bills[0] as number;
        const names = [...new Set(bills.map((bill) => columns.consigneeName[bill] ?? ''))].filter((name) => name !== '');
        const containerCode = groupContainer[group] as number;
        const container = containerCode < 0 ? null : (columns.containerNumber.values[containerCode] as string);
        const vessel = textOf(columns.vesselName, first) ?? textOf(columns.vesselImo, first);
        const voyage = textOf(columns.voyage, first);
        const link = cluster.link;
        for (const index of bills) {
          const strength = 1 + 0.25 * (bills.length - minimumBills);
          if ((found.get(index)?.strength ?? 0) >= strength) continue;
          found.set(index, {
            ruleId: 'split-shipments', subject: 'shipment', billIndex: index, strength,
            reason: `one of ${bills.length} bills on ${vessel} voyage ${voyage ?? '?'}${container ? ` in container ${container}` : ''} to ${names.length} related consignee name${names.length === 1 ? '' : 's'} (${link}): ${names.slice(0, 4).join(', ')}`,
            facts: { bills: bills.length, consignees: names.length, ...(container ? { container } : {}), vessel: vessel ?? '', voyage: voyage ?? '', relatedBy: link },
          });
        }
      }
    }
    return [...found.values()].sort((a, b) => (a.billIndex as number) - (b.billIndex as number));
  },
};

type Cluster = number[] & { link: string };

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * Positions of the bills (by their consignees' keys: entity id, premises, phones) grouped by related
 * consignee, each group saying how its consignees are related.
 */
function relatedConsignees(consignees: readonly (readonly string[])[]): Cluster[] {
  const parent = consignees.map((_consignee, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] as number] as number;
    return index;
  };
  const how: string[] = consignees.map(() => '');
  const union = (a: number, b: number, why: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    parent[rb] = ra;
    how[ra] = [...new Set([...how[ra]!.split(', '), ...how[rb]!.split(', '), why])].filter((text) => text !== '').sort().join(', ');
  };
  const byKey = new Map<string, number>();
  consignees.forEach((keys, index) => {
    for (const key of keys) {
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, index);
      else union(seen, index, key.startsWith('E:') ? 'one trader' : key.startsWith('A:') ? 'shared premises' : 'shared telephone');
    }
  });
  const clusters = new Map<number, Cluster>();
  consignees.forEach((_consignee, index) => {
    const root = find(index);
    let cluster = clusters.get(root);
    if (!cluster) clusters.set(root, (cluster = Object.assign([] as number[], { link: '' })));
    cluster.push(index);
  });
  for (const [root, cluster] of clusters) cluster.link = how[root] || 'one trader';
  return [...clusters.values()];
}
