import type { RiskBill, RiskDataset, RiskEvidence, RiskFinding, RiskProfile, RiskSubjectKind } from './riskModel';
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
  readonly billId?: number;
  readonly arrivalDate?: string | null;
  readonly vessel?: string | null;
  readonly voyage?: string | null;
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
  const billFindings = new Map<number, RiskEvidence[]>();
  const traderFindings = new Map<string, RiskEvidence[]>();
  const rules: RuleRun[] = [];
  for (const rule of riskRules) {
    const weight = ruleWeight(rule, profile);
    const started = now();
    const findings: RiskFinding[] = weight > 0 ? rule.detect(data, ruleParameters(rule, profile)) : [];
    for (const finding of findings) {
      const evidence: RiskEvidence = { ruleId: finding.ruleId, reason: finding.reason, points: round(weight * finding.strength), facts: finding.facts };
      if (evidence.points <= 0) continue;
      if (finding.subject === 'shipment') push(billFindings, finding.billIndex as number, evidence);
      else push(traderFindings, finding.entityId as string, evidence);
    }
    rules.push({ ruleId: rule.id, title: rule.title, weight, findings: findings.length, milliseconds: now() - started });
  }

  const shipments: ScoredTarget[] = [];
  // Per trader, per shipment rule: the count of its bills found and the strongest (bill, evidence).
  const traderBillEvidence = new Map<string, Map<string, { count: number; best: RiskEvidence; bill: RiskBill }>>();
  const billsOfTrader = new Map<string, number>();
  const roles = ['consignee', 'notify party', 'shipper'] as const;
  data.bills.forEach((bill, billIndex) => {
    const own = billFindings.get(billIndex);
    const parties = [bill.consignee, bill.notifyParty, bill.shipper];
    let strongestByRule: Map<string, RiskEvidence> | undefined;
    for (let position = 0; position < 3; position += 1) {
      const trader = parties[position] as string | null;
      if (trader === null || parties.indexOf(trader) < position) continue;
      billsOfTrader.set(trader, (billsOfTrader.get(trader) ?? 0) + 1);
      const role = roles[position] as string;
      // One signal per trader rule: the strongest of the bill's traders (a bill's consignee trading
      // with its watch-listed shipper is the same signal as the shipper's hit, not a second one).
      for (const found of traderFindings.get(trader) ?? []) {
        strongestByRule ??= new Map();
        const current = strongestByRule.get(found.ruleId);
        if (current === undefined || found.points > current.points) strongestByRule.set(found.ruleId, { ...found, reason: `${role} ${data.traders.get(trader)?.name ?? trader}: ${found.reason}`, via: role });
      }
      for (const found of own ?? []) {
        let byRule = traderBillEvidence.get(trader);
        if (!byRule) traderBillEvidence.set(trader, (byRule = new Map()));
        const seen = byRule.get(found.ruleId);
        if (seen === undefined) byRule.set(found.ruleId, { count: 1, best: found, bill });
        else {
          seen.count += 1;
          if (found.points > seen.best.points) [seen.best, seen.bill] = [found, bill];
        }
      }
    }
    if (own === undefined && strongestByRule === undefined) return;
    shipments.push(shipmentTarget(bill, [...(own ?? []), ...(strongestByRule?.values() ?? [])]));
  });

  const traders: ScoredTarget[] = [];
  for (const entityId of new Set([...traderFindings.keys(), ...traderBillEvidence.keys()])) {
    const evidence = [...(traderFindings.get(entityId) ?? [])];
    let bills = 0;
    const total = billsOfTrader.get(entityId) ?? 0;
    for (const [ruleId, found] of traderBillEvidence.get(entityId) ?? []) {
      // Scaled by the share of the trader's bills found: a forwarder on thousands of bills is not
      // a target for the few of them any rule finds; an importer all of whose bills are found is.
      const share = total === 0 ? 1 : Math.min(1, found.count / total);
      const points = round(share * (found.best.points + 0.5 * Math.log2(found.count)));
      bills = Math.max(bills, found.count);
      if (points <= 0) continue;
      evidence.push({
        ruleId,
        reason: `${found.count} of ${total} bill${total === 1 ? '' : 's'} found by this rule; strongest: B/L ${found.bill.number}: ${found.best.reason}`,
        points,
        facts: { ...found.best.facts, billsFound: found.count, billsOfTrader: total },
      });
    }
    if (evidence.length === 0) continue;
    const trader = data.traders.get(entityId);
    traders.push(target('trader', entityId, trader?.name ?? entityId, evidence, { bills }));
  }
  return { shipments: rank(shipments), traders: rank(traders), rules };
}

function shipmentTarget(bill: RiskBill, evidence: RiskEvidence[]): ScoredTarget {
  return target('shipment', bill.number, bill.consigneeName ?? '', evidence, { billId: bill.billId, arrivalDate: bill.arrivalDate, vessel: bill.vesselName ?? bill.vesselImo, voyage: bill.voyage });
}

function target(kind: RiskSubjectKind, ref: string, name: string, evidence: RiskEvidence[], extra: Partial<ScoredTarget>): ScoredTarget {
  evidence.sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId));
  return { kind, ref, name, score: round(evidence.reduce((sum, item) => sum + item.points, 0)), evidence, ...extra };
}

function rank(targets: ScoredTarget[]): ScoredTarget[] {
  return targets.sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

function push<K>(map: Map<K, RiskEvidence[]>, key: K, evidence: RiskEvidence): void {
  const list = map.get(key);
  if (list) list.push(evidence);
  else map.set(key, [evidence]);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
