import type { WorkspaceStore } from '../../../shared/store/workspaceStore';

/** Stores one ranked target as a scoring does (migration 16): its evidence items in risk_evidence, their ids on the row. */
export function insertRiskTarget(store: WorkspaceStore, target: { kind: 'shipment' | 'trader'; rank: number; ref: string; name: string; score: number; evidence: readonly object[] }): void {
  const ids = target.evidence.map((item) => {
    store.run('INSERT INTO risk_evidence (item) VALUES (?)', [JSON.stringify(item)]);
    return Number(store.scalar('SELECT last_insert_rowid()'));
  });
  store.run('INSERT INTO risk_target (kind, rank, ref, name, score, evidence_ids) VALUES (?, ?, ?, ?, ?, ?)', [target.kind, target.rank, target.ref, target.name, target.score, JSON.stringify(ids)]);
}
