import { riskColumns } from '../riskColumns';
import type { RiskDataset, RiskFinding, RiskRule, RiskTrader, RiskWatchlistHit } from '../riskModel';

/** A value (address, phone) written by more traders than this (a forwarder's office) links nobody. */
const maxTradersSharingValue = 12;

/**
 * Watchlist proximity and front companies, on traders (their findings also score their bills):
 * - a trader with a watchlist hit: strength the hit's score (1 for an IMO number, else the name
 *   similarity), in full when the list's street address is one the trader wrote, else times
 *   `uncorroboratedShare` (the list gives no street address) or `otherAddressShare`;
 * - a trader one hop from a watch-listed trader in the trader network: sharing its premises or
 *   telephone line (a front), strength `sharedPremisesStrength`; trading with it (shipper ↔
 *   consignee or notify party on a bill), strength `tradingPartnerStrength`;
 * - two hops, through either kind of link: `secondHopStrength`;
 * each proximity strength times the strength of the hit it leads to.
 * Intelligence corroboration (report mentions weighted by grading) is not a part of this rule.
 */
export const watchlistProximityRule: RiskRule = {
  id: 'watchlist-proximity',
  title: 'Watchlist hit or proximity',
  description: 'A trader on a watchlist, or one or two hops from one in the trader network: sharing its premises or telephone (a front company), or trading with it.',
  subject: 'trader',
  parameters: [
    { id: 'uncorroboratedShare', title: 'Share of a name hit that counts when the list gives no street address', defaultValue: 0.6 },
    { id: 'otherAddressShare', title: 'Share of a name hit that counts when the list gives another address', defaultValue: 0.5 },
    { id: 'sharedPremisesStrength', title: 'Strength of sharing premises or telephone with a watch-listed trader', defaultValue: 0.8 },
    { id: 'tradingPartnerStrength', title: 'Strength of trading with a watch-listed trader', defaultValue: 0.3 },
    { id: 'secondHopStrength', title: 'Strength of two hops from a watch-listed trader', defaultValue: 0.1 },
  ],
  weight: 3,
  detect(data, parameters) {
    const findings: RiskFinding[] = [];
    const listed = [...data.traders.values()].filter((trader) => trader.watchlistHits.length > 0);
    const hitStrength = new Map<string, number>();
    for (const trader of listed) {
      const [hit, strength] = trader.watchlistHits
        .map((candidate) => [candidate, candidate.score * corroboration(candidate, parameters)] as const)
        .sort((a, b) => b[1] - a[1])[0] as readonly [RiskWatchlistHit, number];
      hitStrength.set(trader.entityId, strength);
      const address = hit.addressAgrees === null ? 'the list gives no street address to corroborate it' : hit.addressAgrees ? 'listed at the trader\'s own address' : 'listed at another address';
      findings.push({
        ruleId: 'watchlist-proximity', subject: 'trader', entityId: trader.entityId, strength,
        reason: `on ${hit.listName} as ${hit.listedParty} (${hit.basis} match ${hit.score.toFixed(2)}; ${address}): ${hit.reason}`,
        facts: { list: hit.listName, listedParty: hit.listedParty, basis: hit.basis, matchScore: hit.score, addressAgrees: hit.addressAgrees === null ? 'unknown' : hit.addressAgrees ? 'yes' : 'no', hops: 0 },
      });
    }
    if (listed.length === 0) return findings;
    const neighboursOf = networkLinks(data);
    const reached = new Map<string, { hops: number; via: string; through: string; kind: string }>();
    for (const trader of listed) reached.set(trader.entityId, { hops: 0, via: trader.entityId, through: trader.entityId, kind: '' });
    let frontier = listed.map((trader) => trader.entityId);
    for (let hops = 1; hops <= 2 && frontier.length > 0; hops += 1) {
      const next: string[] = [];
      for (const from of frontier) {
        const origin = reached.get(from) as { via: string };
        for (const [to, kind] of neighboursOf(from)) {
          const seen = reached.get(to);
          // A closer link wins; at the same distance, premises or telephone beats trading.
          if (seen !== undefined && (seen.hops < hops || (seen.hops === hops && (seen.kind !== 'trades with' || kind === 'trades with')))) continue;
          if (seen === undefined) next.push(to);
          reached.set(to, { hops, via: origin.via, through: from, kind });
        }
      }
      frontier = next;
    }
    for (const [entityId, route] of reached) {
      if (route.hops === 0) continue;
      const listedTrader = data.traders.get(route.via) as RiskTrader;
      // As strong as the hit it leads to is (a corroborated listing counts in full).
      const strength = (hitStrength.get(route.via) ?? 0) * (route.hops === 2 ? (parameters.secondHopStrength as number) : route.kind === 'trades with' ? (parameters.tradingPartnerStrength as number) : (parameters.sharedPremisesStrength as number));
      if (strength <= 0) continue;
      const through = data.traders.get(route.through) as RiskTrader;
      findings.push({
        ruleId: 'watchlist-proximity', subject: 'trader', entityId, strength,
        reason: route.hops === 1
          ? `${route.kind} watch-listed ${listedTrader.name} (${entityIdText(listedTrader)})`
          : `two hops from watch-listed ${listedTrader.name}: ${route.kind} ${through.name}, which is linked to it`,
        facts: { hops: route.hops, watchlisted: listedTrader.entityId, watchlistedName: listedTrader.name, link: route.kind },
      });
    }
    return findings;
  },
};

/** Share of a hit's score that counts: in full when the list's street address is the trader's, less when the list gives none or another. */
function corroboration(hit: RiskWatchlistHit, parameters: Readonly<Record<string, number>>): number {
  if (hit.basis !== 'name' || hit.addressAgrees === true) return 1;
  return hit.addressAgrees === null ? (parameters.uncorroboratedShare as number) : (parameters.otherAddressShare as number);
}

function entityIdText(trader: RiskTrader): string {
  const hit = trader.watchlistHits[0];
  return hit ? `${hit.listName}` : trader.entityId;
}

/**
 * The trader network's links of a trader, worked out when asked (the search needs those of a few
 * traders, two hops from the watch-listed ones): neighbour → how linked ("shares premises with",
 * "shares a telephone line with", "trades with": a shipper with the consignee or notify party of
 * its bills), in the order the links are first made (bills in order, then shared values in order of
 * first sight); premises or telephone outrank trading. A value written by more than
 * `maxTradersSharingValue` traders links nobody.
 */
export function networkLinks(data: RiskDataset): (entityId: string) => Map<string, string> {
  const columns = riskColumns(data);
  const traderIds = columns.traderIds;
  const indexOf = new Map(traderIds.map((entityId, index) => [entityId, index]));
  const { shipper, consignee, notifyParty } = columns;
  // The bills of each trader, whatever its role, in bill order.
  const start = new Int32Array(traderIds.length + 1);
  const forParties = (visit: (trader: number, bill: number) => void): void => {
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const s = shipper[bill] as number;
      const c = consignee[bill] as number;
      const n = notifyParty[bill] as number;
      if (s >= 0) visit(s, bill);
      if (c >= 0 && c !== s) visit(c, bill);
      if (n >= 0 && n !== s && n !== c) visit(n, bill);
    }
  };
  forParties((trader) => {
    (start[trader + 1] as number) += 1;
  });
  for (let trader = 0; trader < traderIds.length; trader += 1) (start[trader + 1] as number) += start[trader] as number;
  const billsOf = new Int32Array(start[traderIds.length] as number);
  const next = start.slice(0, traderIds.length);
  forParties((trader, bill) => {
    billsOf[(next[trader] as number)++] = bill;
  });
  // Traders per written value, values in order of first sight (traders in order, addresses before phones).
  const byValue = new Map<string, string[]>();
  for (const trader of data.traders.values()) {
    for (const key of trader.addressKeys) (byValue.get(`A:${key}`) ?? byValue.set(`A:${key}`, []).get(`A:${key}`) as string[]).push(trader.entityId);
    for (const key of trader.phoneKeys) (byValue.get(`P:${key}`) ?? byValue.set(`P:${key}`, []).get(`P:${key}`) as string[]).push(trader.entityId);
  }
  const sharedValuesOf = new Map<string, { kind: string; traders: string[] }[]>();
  for (const [key, traders] of byValue) {
    if (traders.length < 2 || traders.length > maxTradersSharingValue) continue;
    const shared = { kind: key.startsWith('A:') ? 'shares premises with' : 'shares a telephone line with', traders };
    for (const entityId of traders) (sharedValuesOf.get(entityId) ?? sharedValuesOf.set(entityId, []).get(entityId) as { kind: string; traders: string[] }[]).push(shared);
  }
  return (entityId) => {
    const links = new Map<string, string>();
    const link = (to: number | string, kind: string): void => {
      const other = typeof to === 'number' ? (traderIds[to] as string) : to;
      const current = links.get(other);
      if (current === undefined || current === 'trades with') links.set(other, kind);
    };
    const trader = indexOf.get(entityId);
    if (trader !== undefined) {
      for (let position = start[trader] as number; position < (start[trader + 1] as number); position += 1) {
        const bill = billsOf[position] as number;
        const s = shipper[bill] as number;
        const c = consignee[bill] as number;
        const n = notifyParty[bill] as number;
        if (s >= 0 && c >= 0 && s !== c) {
          if (s === trader) link(c, 'trades with');
          else if (c === trader) link(s, 'trades with');
        }
        if (s >= 0 && n >= 0 && s !== n) {
          if (s === trader) link(n, 'trades with');
          else if (n === trader) link(s, 'trades with');
        }
      }
    }
    for (const shared of sharedValuesOf.get(entityId) ?? []) for (const other of shared.traders) if (other !== entityId) link(other, shared.kind);
    return links;
  };
}
