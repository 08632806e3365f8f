import type { RiskEvidence, RiskProfile } from '../risk/riskModel';
import type { ScoredTarget } from '../risk/riskScoring';
import type { ExaminationOutcomeRow } from '../risk/examinationOutcomes';
import { BufferedInsert } from './bufferedInsert';
import type { BufferedColumn } from './bufferedInsert';
import { DeferredIndexes } from './deferredIndexes';
import type { WorkspaceStore } from './workspaceStore';

/** The latest risk scoring (risk_run, risk_target) and the examination outcomes read (migration 9). */

/**
 * Inside the caller's transaction: replaces the stored targets with these, ranked per kind, and
 * their evidence: each distinct item once (risk_evidence), each target listing its items' ids
 * (migration 16). A shipment's row names its bill, whose consignee, arrival, vessel and voyage the
 * view risk_target_reasons shows (migration 18). The table's indexes are set aside while it is
 * filled (rows appended in rank order, 64 to a statement, long text in one blob: see
 * BufferedInsert) and built once at the end.
 */
export function writeRiskTargets(store: WorkspaceStore, targets: readonly ScoredTarget[][], run: { scoredAt: string; durationMs: number; profile: RiskProfile; summary: unknown }): void {
  store.run('DELETE FROM risk_target');
  store.run('DELETE FROM risk_evidence');
  store.run('DELETE FROM risk_run');
  const indexes = DeferredIndexes.dropOnEmptyTables(store, ['risk_target']);
  const insert = new BufferedInsert(store.database, 'risk_target', riskTargetColumns);
  const items = new EvidenceItems(store);
  try {
    const values = insert.values;
    // In rank order: rows append to the table.
    for (const list of targets) {
      for (let index = 0; index < list.length; index += 1) {
        const target = list[index] as ScoredTarget;
        // A shipment's consignee name, arrival, vessel and voyage are its bill's (migration 18).
        const billId = target.billId ?? null;
        values.push(target.kind, index + 1, target.ref, billId === null ? target.name : null, target.score, items.idsOf(target.evidence), billId, target.bills ?? null);
        if (insert.rowAdded() >= 4096) insert.flush();
      }
    }
    insert.flush();
    items.flush();
  } finally {
    insert.close();
    items.close();
  }
  indexes.rebuild();
  store.run('INSERT INTO risk_run (id, scored_at, duration_ms, profile, summary) VALUES (1, ?, ?, ?, ?)', [run.scoredAt, Math.round(run.durationMs), JSON.stringify(run.profile), JSON.stringify(run.summary)]);
}

/**
 * The evidence items of a scoring, each written once as JSON: an item object that comes to many
 * targets (a trader's finding to its bills, a rule's one signal to many bills: riskScoring) gets
 * one id; a target's items are the JSON array of their ids.
 */
class EvidenceItems {
  private readonly ids = new Map<RiskEvidence, number>();
  private readonly insert: BufferedInsert;

  constructor(store: WorkspaceStore) {
    this.insert = new BufferedInsert(store.database, 'risk_evidence', [{ name: 'id' }, { name: 'item', text: true }]);
  }

  idsOf(evidence: readonly RiskEvidence[]): string {
    let text = '[';
    for (let index = 0; index < evidence.length; index += 1) {
      const item = evidence[index] as RiskEvidence;
      let id = this.ids.get(item);
      if (id === undefined) {
        id = this.ids.size + 1;
        this.ids.set(item, id);
        this.insert.values.push(id, JSON.stringify(item));
        if (this.insert.rowAdded() >= 4096) this.insert.flush();
      }
      text += index === 0 ? String(id) : `,${id}`;
    }
    return `${text}]`;
  }

  flush(): void {
    this.insert.flush();
  }

  close(): void {
    this.insert.close();
  }
}

const riskTargetColumns: readonly BufferedColumn[] = [
  { name: 'kind' }, { name: 'rank' }, { name: 'ref', text: true }, { name: 'name', text: true, omitWhenNull: true }, { name: 'score' }, { name: 'evidence_ids', text: true },
  { name: 'bill_id', omitWhenNull: true }, { name: 'bills', omitWhenNull: true },
];

export interface StoredTarget {
  readonly rank: number;
  readonly kind: 'shipment' | 'trader';
  readonly ref: string;
  readonly name: string;
  readonly score: number;
  readonly evidence: readonly RiskEvidence[];
  readonly arrivalDate: string | null;
  readonly vessel: string | null;
  readonly voyage: string | null;
  readonly bills: number | null;
}

export function readRiskTargets(store: WorkspaceStore, kind: 'shipment' | 'trader', offset: number, limit: number): { rows: StoredTarget[]; total: number } {
  const rows = store
    .all<{ rank: number; kind: string; ref: string; name: string; score: number; evidence: string; arrivalDate: string | null; vessel: string | null; voyage: string | null; bills: number | null }>(
      `SELECT rank, kind, ref, name, score, evidence, arrival_date AS arrivalDate, vessel, voyage, bills FROM risk_target_reasons WHERE kind = ? AND rank > ? ORDER BY rank LIMIT ?`,
      [kind, offset, limit],
    )
    .map((row) => ({ ...row, kind: row.kind as StoredTarget['kind'], evidence: JSON.parse(row.evidence) as RiskEvidence[] }));
  // Ranks run from 1 without a gap per kind, so the highest is the count (one step down the rank index, not a scan).
  return { rows, total: Number(store.scalar('SELECT max(rank) FROM risk_target WHERE kind = ?', [kind]) ?? 0) };
}

export function readRiskRun(store: WorkspaceStore): { scoredAt: string; summary: unknown } | null {
  const row = store.all<{ scoredAt: string; summary: string }>('SELECT scored_at AS scoredAt, summary FROM risk_run WHERE id = 1')[0];
  return row ? { scoredAt: row.scoredAt, summary: JSON.parse(row.summary) as unknown } : null;
}

/** Inside the caller's transaction; a document read before is read again (its rows replaced). */
export function writeExaminationOutcomes(store: WorkspaceStore, documentId: number, outcomes: readonly ExaminationOutcomeRow[]): void {
  store.run('DELETE FROM examination_outcome WHERE document_id = ?', [documentId]);
  const statement = store.database.prepare('INSERT INTO examination_outcome (document_id, source_row, bill_of_lading_number, examination_date, result) VALUES (?, ?, ?, ?, ?)');
  try {
    for (const outcome of outcomes) statement.run([documentId, outcome.row, outcome.billOfLadingNumber, outcome.examinationDate, outcome.result]);
  } finally {
    statement.free();
  }
}

/** Every outcome read, latest examination last; a bill examined twice has two rows. */
export function readExaminationOutcomes(store: WorkspaceStore): { billOfLadingNumber: string; examinationDate: string | null; result: 'seizure' | 'no find' }[] {
  return store.all<{ billOfLadingNumber: string; examinationDate: string | null; result: 'seizure' | 'no find' }>(
    'SELECT bill_of_lading_number AS billOfLadingNumber, examination_date AS examinationDate, result FROM examination_outcome ORDER BY examination_date, id',
  );
}
