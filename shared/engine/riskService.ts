import { parseExaminationOutcomes } from '../risk/examinationOutcomes';
import { checkRiskProfile, defaultRiskProfile } from '../risk/riskProfile';
import type { RiskProfile } from '../risk/riskModel';
import { scoreRiskData } from '../risk/riskScoring';
import { holdOutTrainingBills } from '../risk/outcomeHoldout';
import { riskProfileInUse } from './riskProfileService';
import { riskRules } from '../risk/rules/riskRules';
import { readCorroborationInputs } from '../store/corroborationInputs';
import { readRiskDataset } from '../store/riskInputs';
import { readExaminationOutcomes, readRiskRun, readRiskTargets, writeExaminationOutcomes, writeRiskTargets } from '../store/riskStore';
import { addSourceDocuments } from '../store/sourceDocumentStore';
import { createTextDecoderStream } from '../ingest/textDecoding';
import type { WorkspaceStore } from '../store/workspaceStore';
import type { RiskProfileEngineApi } from './riskProfileApi';
import type { OutcomeRuleStats, OutcomesFileInput, OutcomesImportReport, RiskEngineApi, RiskRuleDescriptor, RiskScoreSummary, TargetListEngineApi, TargetPage, TargetQuery } from './riskApi';

const outcomesNote =
  'Outcomes evaluate the rules here and can re-weight the profile (learnRiskWeights); a bill whose outcome trained the weights is scored with the weights before, never by its own outcome.';

/** Risk scoring over whichever store is open (issue 8): the RiskEngineApi of the engine. */
export class RiskService implements Omit<RiskEngineApi, keyof TargetListEngineApi | keyof RiskProfileEngineApi> {
  constructor(private readonly currentStore: () => WorkspaceStore, private readonly now: () => number = () => Date.now()) {}

  async riskRules(): Promise<{ rules: readonly RiskRuleDescriptor[]; defaultProfile: RiskProfile }> {
    return {
      rules: riskRules.map((rule) => ({ id: rule.id, title: rule.title, description: rule.description, subject: rule.subject, weight: rule.weight, parameters: rule.parameters })),
      defaultProfile: defaultRiskProfile,
    };
  }

  /** Scores with the profile given, else the workspace's active profile, else the default. */
  async scoreRisks(profile?: RiskProfile): Promise<RiskScoreSummary> {
    const checked = checkRiskProfile(profile ?? riskProfileInUse(this.currentStore()));
    const store = this.currentStore();
    const started = this.now();
    // Object.assign, not a spread: the dataset makes its bills as objects only when a rule asks for them.
    const data = Object.assign(readRiskDataset(store), { reportMentions: readCorroborationInputs(store) });
    const read = this.now();
    // Under weights learned from outcomes, the bills that trained them are scored with the weights before.
    const { scoring, heldOutBills } = holdOutTrainingBills(data, checked, scoreRiskData(data, checked, this.now), (base) => scoreRiskData(data, base, this.now));
    const scored = this.now();
    const threshold = checked.thresholds.target;
    const summary = {
      scoredAt: new Date().toISOString(),
      profile: checked,
      billsScored: data.columns?.billCount ?? data.bills.length,
      tradersKnown: data.traders.size,
      shipmentsWithScore: scoring.shipments.length,
      tradersWithScore: scoring.traders.length,
      shipmentTargets: scoring.shipments.filter((target) => target.score >= threshold).length,
      traderTargets: scoring.traders.filter((target) => target.score >= threshold).length,
      rules: scoring.rules,
      heldOutBills,
    };
    store.transaction(() => writeRiskTargets(store, [scoring.shipments, scoring.traders], { scoredAt: summary.scoredAt, durationMs: scored - started, profile: checked, summary }));
    const stored = this.now();
    const full: RiskScoreSummary = { ...summary, durationMs: stored - started, timings: { readMs: read - started, scoreMs: scored - read, storeMs: stored - scored }, outcomes: null };
    const outcomes = this.hasOutcomes(store) ? this.ruleStats(store) : null;
    const result = { ...full, outcomes };
    store.run('UPDATE risk_run SET summary = ?, duration_ms = ? WHERE id = 1', [JSON.stringify(result), Math.round(full.durationMs)]);
    return result;
  }

  async riskSummary(): Promise<RiskScoreSummary | null> {
    return (readRiskRun(this.currentStore())?.summary as RiskScoreSummary | undefined) ?? null;
  }

  async listTargets(query: TargetQuery): Promise<TargetPage> {
    if (query.kind !== 'shipment' && query.kind !== 'trader') throw new RangeError(`unknown target kind ${String(query.kind)}`);
    const store = this.currentStore();
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = Math.min(500, Math.max(1, Math.floor(query.limit ?? 50)));
    const { rows, total } = readRiskTargets(store, query.kind, offset, limit);
    const examined = query.kind === 'shipment' ? this.examinedByBill(store, rows.map((row) => row.ref)) : new Map<string, string>();
    return {
      rows: rows.map((row) => ({ rank: row.rank, kind: row.kind, ref: row.ref, name: row.name, score: row.score, reasons: row.evidence, arrivalDate: row.arrivalDate, vessel: row.vessel, voyage: row.voyage, bills: row.bills, examined: examined.get(row.ref) ?? null })),
      total,
      offset,
      scoredAt: readRiskRun(store)?.scoredAt ?? null,
    };
  }

  async importOutcomes(file: OutcomesFileInput): Promise<OutcomesImportReport> {
    const store = this.currentStore();
    // Read before it is kept: a file that is not an outcomes file is refused and not kept.
    const parsed = parseExaminationOutcomes(file.fileName, createTextDecoderStream().decode(file.bytes, true));
    const [receipt] = await addSourceDocuments(store, [{ kind: 'examination-outcomes', fileName: file.fileName, bytes: file.bytes }]);
    const documentId = (receipt as { documentId: number }).documentId;
    store.transaction(() => writeExaminationOutcomes(store, documentId, parsed.outcomes));
    const inWorkspace = Number(store.scalar('SELECT count(DISTINCT o.bill_of_lading_number) FROM examination_outcome AS o JOIN bill_of_lading AS b ON b.bill_of_lading_number = o.bill_of_lading_number WHERE o.document_id = ?', [documentId]) ?? 0);
    return {
      fileName: file.fileName,
      documentId,
      rowsRead: parsed.outcomes.length + parsed.rejected.length,
      outcomes: parsed.outcomes.length,
      rejected: parsed.rejected,
      seizures: parsed.outcomes.filter((outcome) => outcome.result === 'seizure').length,
      noFinds: parsed.outcomes.filter((outcome) => outcome.result === 'no find').length,
      billsInWorkspace: inWorkspace,
    };
  }

  async outcomeRuleStats(): Promise<OutcomeRuleStats> {
    return this.ruleStats(this.currentStore());
  }

  private hasOutcomes(store: WorkspaceStore): boolean {
    return Number(store.scalar('SELECT count(*) FROM examination_outcome') ?? 0) > 0;
  }

  /** Latest result per examined bill of the workspace; rules found from the stored scoring. */
  private ruleStats(store: WorkspaceStore): OutcomeRuleStats {
    const latest = new Map<string, 'seizure' | 'no find'>();
    for (const outcome of readExaminationOutcomes(store)) latest.set(outcome.billOfLadingNumber, outcome.result);
    const known = new Set(store.all<{ n: string }>('SELECT DISTINCT o.bill_of_lading_number AS n FROM examination_outcome AS o JOIN bill_of_lading AS b ON b.bill_of_lading_number = o.bill_of_lading_number').map((row) => row.n));
    const threshold = (readRiskRun(store)?.summary as RiskScoreSummary | undefined)?.profile.thresholds.target ?? defaultRiskProfile.thresholds.target;
    const found = new Map<string, { examined: number; seizures: number }>();
    let examinedBills = 0;
    let seizures = 0;
    let targetsExamined = 0;
    let targetSeizures = 0;
    for (const [bill, result] of latest) {
      if (!known.has(bill)) continue;
      examinedBills += 1;
      const seized = result === 'seizure';
      if (seized) seizures += 1;
      const row = store.all<{ score: number; evidence: string }>(`SELECT score, evidence FROM risk_target_reasons WHERE kind = 'shipment' AND ref = ?`, [bill])[0];
      if (!row) continue;
      if (row.score >= threshold) {
        targetsExamined += 1;
        if (seized) targetSeizures += 1;
      }
      for (const ruleId of new Set((JSON.parse(row.evidence) as { ruleId: string }[]).map((item) => item.ruleId))) {
        const counts = found.get(ruleId) ?? { examined: 0, seizures: 0 };
        counts.examined += 1;
        if (seized) counts.seizures += 1;
        found.set(ruleId, counts);
      }
    }
    const seizureRate = examinedBills === 0 ? null : seizures / examinedBills;
    return {
      examinedBills,
      seizures,
      seizureRate,
      rules: riskRules.map((rule) => {
        const counts = found.get(rule.id) ?? { examined: 0, seizures: 0 };
        const hitRate = counts.examined === 0 ? null : counts.seizures / counts.examined;
        return { ruleId: rule.id, title: rule.title, examinedFound: counts.examined, seizuresFound: counts.seizures, hitRate, lift: hitRate === null || !seizureRate ? null : hitRate / seizureRate };
      }),
      targetsExamined,
      targetSeizures,
      note: outcomesNote,
    };
  }

  private examinedByBill(store: WorkspaceStore, refs: readonly string[]): Map<string, string> {
    const map = new Map<string, string>();
    if (refs.length === 0) return map;
    const rows = store.all<{ n: string; d: string | null; r: string }>(
      `SELECT bill_of_lading_number AS n, examination_date AS d, result AS r FROM examination_outcome WHERE bill_of_lading_number IN (${refs.map(() => '?').join(',')}) ORDER BY examination_date, id`,
      [...refs],
    );
    for (const row of rows) map.set(row.n, row.d ? `${row.r} ${row.d}` : row.r);
    return map;
  }
}
