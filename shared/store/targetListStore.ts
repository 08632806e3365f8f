import type { RiskEvidence, RiskSubjectKind } from '../risk/riskModel';
import type { TargetHistoryEntry, TargetListEntry, TargetPriority, TargetStatus } from '../engine/riskApi';
import type { WorkspaceStore } from './workspaceStore';

/** The analyst's target list (target_entry) and its append-only history (target_history), migration 10. */

/** A stored entry is exactly the API's target-list entry. */
export type StoredTargetEntry = TargetListEntry;

type EntryRow = {
  kind: RiskSubjectKind;
  ref: string;
  name: string;
  priority: TargetPriority;
  status: TargetStatus;
  notes: string;
  agency: string;
  scoreWhenAdded: number | null;
  reasonsWhenAdded: string;
  currentScore: number | null;
  currentReasons: string | null;
  addedAt: string;
  addedBy: string;
  updatedAt: string;
};

const entrySelect = `SELECT e.kind, e.ref, e.name, e.priority, e.status, e.notes, e.agency, e.score_when_added AS scoreWhenAdded,
  e.reasons_when_added AS reasonsWhenAdded, r.score AS currentScore, r.evidence AS currentReasons, e.added_at AS addedAt,
  e.added_by AS addedBy, e.updated_at AS updatedAt
  FROM target_entry AS e LEFT JOIN risk_target_reasons AS r ON r.kind = e.kind AND r.ref = e.ref`;

/** Entries by priority (high first), then when added; the current score from the latest scoring (0 when it found nothing, null before any). */
export function readTargetEntries(store: WorkspaceStore, key?: { kind: RiskSubjectKind; ref: string }): StoredTargetEntry[] {
  const scored = store.scalar('SELECT count(*) FROM risk_run') !== 0;
  const rows = key
    ? store.all<EntryRow>(`${entrySelect} WHERE e.kind = ? AND e.ref = ?`, [key.kind, key.ref])
    : store.all<EntryRow>(`${entrySelect} ORDER BY e.priority, e.added_at, e.kind, e.ref`);
  return rows.map((row) => ({
    ...row,
    reasonsWhenAdded: JSON.parse(row.reasonsWhenAdded) as RiskEvidence[],
    currentScore: row.currentScore ?? (scored ? 0 : null),
    currentReasons: row.currentReasons === null ? [] : (JSON.parse(row.currentReasons) as RiskEvidence[]),
  }));
}

export function insertTargetEntry(store: WorkspaceStore, entry: Omit<StoredTargetEntry, 'currentScore' | 'currentReasons'>): void {
  store.run(
    'INSERT INTO target_entry (kind, ref, name, priority, status, notes, agency, score_when_added, reasons_when_added, added_at, added_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [entry.kind, entry.ref, entry.name, entry.priority, entry.status, entry.notes, entry.agency, entry.scoreWhenAdded, JSON.stringify(entry.reasonsWhenAdded), entry.addedAt, entry.addedBy, entry.updatedAt],
  );
}

export function updateTargetEntry(store: WorkspaceStore, key: { kind: RiskSubjectKind; ref: string }, fields: { priority: TargetPriority; status: TargetStatus; notes: string; agency: string; updatedAt: string }): void {
  store.run('UPDATE target_entry SET priority = ?, status = ?, notes = ?, agency = ?, updated_at = ? WHERE kind = ? AND ref = ?', [fields.priority, fields.status, fields.notes, fields.agency, fields.updatedAt, key.kind, key.ref]);
}

export function deleteTargetEntry(store: WorkspaceStore, key: { kind: RiskSubjectKind; ref: string }): void {
  store.run('DELETE FROM target_entry WHERE kind = ? AND ref = ?', [key.kind, key.ref]);
}

export function appendTargetHistory(store: WorkspaceStore, entry: Omit<TargetHistoryEntry, 'seq'>): void {
  store.run('INSERT INTO target_history (kind, ref, action, changes, analyst, recorded_at) VALUES (?, ?, ?, ?, ?, ?)', [entry.kind, entry.ref, entry.action, JSON.stringify(entry.changes), entry.analyst, entry.recordedAt]);
}

export function readTargetHistory(store: WorkspaceStore, key?: { kind: RiskSubjectKind; ref: string }): TargetHistoryEntry[] {
  const select = 'SELECT seq, kind, ref, action, changes, analyst, recorded_at AS recordedAt FROM target_history';
  const rows = key
    ? store.all<{ seq: number; kind: RiskSubjectKind; ref: string; action: TargetHistoryEntry['action']; changes: string; analyst: string; recordedAt: string }>(`${select} WHERE kind = ? AND ref = ? ORDER BY seq`, [key.kind, key.ref])
    : store.all<{ seq: number; kind: RiskSubjectKind; ref: string; action: TargetHistoryEntry['action']; changes: string; analyst: string; recordedAt: string }>(`${select} ORDER BY seq`);
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as TargetHistoryEntry['changes'] }));
}
