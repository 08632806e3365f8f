import type { RiskEvidence, RiskProfile } from '../risk/riskModel';
import type { ScoredTarget } from '../risk/riskScoring';
import type { ExaminationOutcomeRow } from '../risk/examinationOutcomes';
import type { WorkspaceStore } from './workspaceStore';

/** The latest risk scoring (risk_run, risk_target) and the examination outcomes read (migration 9). */

/** Inside the caller's transaction: replaces the stored targets with these, ranked per kind. */
export function writeRiskTargets(store: WorkspaceStore, targets: readonly ScoredTarget[][], run: { scoredAt: string; durationMs: number; profile: RiskProfile; summary: unknown }): void {
  store.run('DELETE FROM risk_target');
  store.run('DELETE FROM risk_run');
  const statement = store.database.prepare('INSERT INTO risk_target (kind, rank, ref, name, score, evidence, bill_id, arrival_date, vessel, voyage, bills) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  try {
    // In rank order: rows append to the table.
    for (const list of targets) {
      list.forEach((target, index) => {
        statement.run([target.kind, index + 1, target.ref, target.name, target.score, JSON.stringify(target.evidence), target.billId ?? null, target.arrivalDate ?? null, target.vessel ?? null, target.voyage ?? null, target.bills ?? null]);
      });
    }
  } finally {
    statement.free();
  }
  store.run('INSERT INTO risk_run (id, scored_at, duration_ms, profile, summary) VALUES (1, ?, ?, ?, ?)', [run.scoredAt, Math.round(run.durationMs), JSON.stringify(run.profile), JSON.stringify(run.summary)]);
}

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
      `SELECT rank, kind, ref, name, score, evidence, arrival_date AS arrivalDate, vessel, voyage, bills FROM risk_target WHERE kind = ? AND rank > ? ORDER BY rank LIMIT ?`,
      [kind, offset, limit],
    )
    .map((row) => ({ ...row, kind: row.kind as StoredTarget['kind'], evidence: JSON.parse(row.evidence) as RiskEvidence[] }));
  return { rows, total: Number(store.scalar('SELECT count(*) FROM risk_target WHERE kind = ?', [kind]) ?? 0) };
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
