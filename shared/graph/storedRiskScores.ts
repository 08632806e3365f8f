import type { WorkspaceStore } from '../store/workspaceStore';

/**
 * The stored risk scores of the latest scoring run (risk_target, shared/risk): traders by entity
 * id, shipments by B/L number as in the input. risk_target keeps only scores above 0, so a
 * subject missing from it scored 0 when a run exists; without a run nothing was scored (null).
 */
export interface StoredRiskScores {
  /** Whether the workspace was ever scored. */
  readonly scored: boolean;
  /** The score of a trader (entity id) or shipment (B/L number) of the kinds read: null when never scored. */
  score(kind: 'trader' | 'shipment', ref: string): number | null;
}

export function readStoredRiskScores(store: WorkspaceStore, kinds: readonly ('trader' | 'shipment')[]): StoredRiskScores {
  const scored = Number(store.scalar('SELECT count(*) FROM risk_run')) > 0;
  const scores = new Map<string, number>();
  if (scored) {
    for (const kind of kinds) {
      for (const row of store.all<{ ref: string; score: number }>('SELECT ref, score FROM risk_target WHERE kind = ?', [kind])) scores.set(`${kind}|${row.ref}`, Number(row.score));
    }
  }
  return {
    scored,
    score: (kind, ref) => (scored ? (scores.get(`${kind}|${ref}`) ?? 0) : null),
  };
}
