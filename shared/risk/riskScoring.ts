import { riskColumns } from './riskColumns';
import type { RiskColumns } from './riskColumns';
import type { RiskDataset, RiskEvidence, RiskFinding, RiskProfile, RiskSubjectKind } from './riskModel';
import { ruleParameters, ruleWeight } from './riskModel';
import { riskRules } from './rules/riskRules';

/**
 * Scores every shipment (B/L) and trader: the sum of its evidence's points (weight × strength),
 * additive like log-odds and never capped, so the top of the list keeps its order.
 * - A shipment: its own findings, plus the findings of its traders (shipper, consignee, notify
 *   party; a trader in two roles counts once), each marked with the role it came through.
 * - A shipment: per trader rule only the strongest of its traders' findings (one signal, not one
 *   per party of the bill).
 * - A trader: its own findings, plus per shipment rule (strongest points of its bills' findings
 *   of the rule + 0.5 × log2(bills found)) × (bills found / the trader's bills).
 */
export interface ScoredTarget {
  readonly kind: RiskSubjectKind;
  /** The B/L number exactly as in the input, or the trader's entity id. */
  readonly ref: string;
  readonly name: string;
  readonly score: number;
  /** Strongest first. */
  readonly evidence: readonly RiskEvidence[];
  /** Shipments: the bill's store row id (its arrival, vessel and voyage are read from the bill). */
  readonly billId?: number;
  /** Traders: bills of theirs with findings. */
  readonly bills?: number;
}

export interface RuleRun {
  readonly ruleId: string;
  readonly title: string;
  readonly weight: number;
  readonly findings: number;
  readonly milliseconds: number;
}

export interface RiskScoring {
  readonly shipments: ScoredTarget[];
  readonly traders: ScoredTarget[];
  readonly rules: readonly RuleRun[];
}

export function scoreRiskData(data: RiskDataset, profile: RiskProfile, now: () => number = () => Date.now()): RiskScoring {
  const columns = riskColumns(data);
  const traderCount = columns.traderIds.length;
  const traderIndex = new Map(columns.traderIds.map((entityId, index) => [entityId, index]));
  // Evidence by bill index and by trader index.
  const billFindings: (RiskEvidence[] | undefined)[] = new Array(columns.billCount);
  const traderFindings: (RiskEvidence[] | undefined)[] = new Array(traderCount);
  const traderFound: number[] = [];
  // Entity ids of traders with findings that no bill names (after columns.traderIds).
  const extraTraders: string[] = [];
  const rules: RuleRun[] = [];
  for (const rule of riskRules) {
    const weight = ruleWeight(rule, profile);
    const started = now();
    const findings: RiskFinding[] = weight > 0 ? rule.detect(data, ruleParameters(rule, profile)) : [];
    // A rule's one signal found on many bills (the same facts object, reason and strength) is one
    // evidence item on each of them: made once, and written once when the targets are stored.
    const sharedEvidence = new Map<RiskFinding['facts'], RiskEvidence>();
    for (const finding of findings) {
      const points = round(weight * finding.strength);
      if (points <= 0) continue;
      let evidence = sharedEvidence.get(finding.facts);
      if (evidence === undefined || evidence.points !== points || evidence.reason !== finding.reason || evidence.ruleId !== finding.ruleId) {
        evidence = { ruleId: finding.ruleId, reason: finding.reason, points, facts: finding.facts };
        sharedEvidence.set(finding.facts, evidence);
      }
      if (finding.subject === 'shipment') {
        const index = finding.billIndex as number;
        (billFindings[index] ??= []).push(evidence);
      } else {
        const entityId = finding.entityId as string;
        let index = traderIndex.get(entityId);
        if (index === undefined) {
          // A trader no bill names: scored as a trader only.
          index = traderCount + extraTraders.length;
          traderIndex.set(entityId, index);
          extraTraders.push(entityId);
        }
        const list = traderFindings[index];
        if (list) list.push(evidence);
        else {
          traderFindings[index] = [evidence];
          traderFound.push(index);
        }
      }
    }
    rules.push({ ruleId: rule.id, title: rule.title, weight, findings: findings.length, milliseconds: now() - started });
  }
  const entityIdOf = (index: number): string => (index < traderCount ? (columns.traderIds[index] as string) : (extraTraders[index - traderCount] as string));
  const traderName = (index: number): string => {
    const entityId = entityIdOf(index);
    return data.traders.get(entityId)?.name ?? entityId;
  };

  const shipments: ScoredTarget[] = [];
  // Per trader, per shipment rule: the count of its bills found and the strongest (bill, evidence).
  const traderBillEvidence: (Map<string, { count: number; best: RiskEvidence; bill: number }> | undefined)[] = new Array(traderCount);
  const traderWithBillEvidence: number[] = [];
  const billsOfTrader = new Int32Array(traderCount);
  // A trader's findings as they come to its bills through a role (the same for each of its bills).
  const viaRole: (RiskEvidence[] | undefined)[][] = roles.map(() => new Array(traderCount));
  const parties = [columns.consignee, columns.notifyParty, columns.shipper];
  const bills = [0, 0, 0];
  for (let bill = 0; bill < columns.billCount; bill += 1) {
    const own = billFindings[bill];
    let strongestByRule: Map<string, RiskEvidence> | undefined;
    for (let position = 0; position < 3; position += 1) {
      const trader = (parties[position] as Int32Array)[bill] as number;
      bills[position] = trader;
      if (trader < 0 || bills.indexOf(trader) < position) continue;
      (billsOfTrader[trader] as number) += 1;
      // One signal per trader rule: the strongest of the bill's traders (a bill's consignee trading
      // with its watch-listed shipper is the same signal as the shipper's hit, not a second one).
      const found = traderFindings[trader];
      if (found !== undefined) {
        const role = roles[position] as string;
        const derived = (viaRole[position] as (RiskEvidence[] | undefined)[])[trader] ??= found.map((item) => ({ ...item, reason: `${role} ${traderName(trader)}: ${item.reason}`, via: role }));
        strongestByRule ??= new Map();
        for (let index = 0; index < found.length; index += 1) {
          const item = found[index] as RiskEvidence;
          const current = strongestByRule.get(item.ruleId);
          if (current === undefined || item.points > current.points) strongestByRule.set(item.ruleId, derived[index] as RiskEvidence);
        }
      }
      if (own !== undefined) {
        let byRule = traderBillEvidence[trader];
        if (!byRule) {
          traderBillEvidence[trader] = byRule = new Map();
          traderWithBillEvidence.push(trader);
        }
        for (const item of own) {
          const seen = byRule.get(item.ruleId);
          if (seen === undefined) byRule.set(item.ruleId, { count: 1, best: item, bill });
          else {
            seen.count += 1;
            if (item.points > seen.best.points) [seen.best, seen.bill] = [item, bill];
          }
        }
      }
    }
    if (own === undefined && strongestByRule === undefined) continue;
    shipments.push(shipmentTarget(columns, bill, [...(own ?? []), ...(strongestByRule?.values() ?? [])]));
  }

  const traders: ScoredTarget[] = [];
  const seenTraders = new Set<number>();
  for (const index of [...traderFound, ...traderWithBillEvidence]) {
    if (seenTraders.has(index)) continue;
    seenTraders.add(index);
    const evidence = [...(traderFindings[index] ?? [])];
    let bills = 0;
    const total = index < traderCount ? (billsOfTrader[index] as number) : 0;
    for (const [ruleId, found] of traderBillEvidence[index] ?? []) {
      // Scaled by the share of the trader's bills found: a forwarder on thousands of bills is not
      // a target for the few of them any rule finds; an importer all of whose bills are found is.
      const share = total === 0 ? 1 : Math.min(1, found.count / total);
      const points = round(share * (found.best.points + 0.5 * Math.log2(found.count)));
      bills = Math.max(bills, found.count);
      if (points <= 0) continue;
      evidence.push({
        ruleId,
        reason: `${found.count} of ${total} bill${total === 1 ? '' : 's'} found by this rule; strongest: B/L ${columns.billNumber[found.bill] as string}: ${found.best.reason}`,
        points,
        facts: { ...found.best.facts, billsFound: found.count, billsOfTrader: total },
      });
    }
    if (evidence.length === 0) continue;
    traders.push(target('trader', entityIdOf(index), traderName(index), evidence, { bills }));
  }
  return { shipments: rank(shipments), traders: rank(traders), rules };
}

const roles = ['consignee', 'notify party', 'shipper'] as const;

function shipmentTarget(columns: RiskColumns, bill: number, evidence: RiskEvidence[]): ScoredTarget {
  return {
    kind: 'shipment', ref: columns.billNumber[bill] as string, name: columns.consigneeName[bill] ?? '', score: sortedScore(evidence), evidence,
    billId: columns.billId[bill] as number,
  };
}

/** Rule ids in localeCompare order, worked out once per id: evidence is sorted a million times. */
const ruleOrder = new Map<string, number>();
function ruleRank(ruleId: string): number {
  let rank = ruleOrder.get(ruleId);
  if (rank === undefined) {
    const ids = [...ruleOrder.keys(), ruleId].sort((a, b) => a.localeCompare(b));
    ruleOrder.clear();
    ids.forEach((id, index) => ruleOrder.set(id, index));
    rank = ruleOrder.get(ruleId) as number;
  }
  return rank;
}

function target(kind: RiskSubjectKind, ref: string, name: string, evidence: RiskEvidence[], extra: Partial<ScoredTarget>): ScoredTarget {
  return { kind, ref, name, score: sortedScore(evidence), evidence, ...extra };
}

/** Sorts the evidence strongest first (then by rule) and returns the score, its sum. */
function sortedScore(evidence: RiskEvidence[]): number {
  if (evidence.length > 1) evidence.sort((a, b) => b.points - a.points || ruleRank(a.ruleId) - ruleRank(b.ruleId));
  let score = 0;
  for (const item of evidence) score += item.points;
  return round(score);
}

function rank(targets: ScoredTarget[]): ScoredTarget[] {
  return targets.sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
