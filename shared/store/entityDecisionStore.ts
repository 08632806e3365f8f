import type { DecisionLog, ResolutionDecision } from '../entities/resolutionDecisions';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The analyst's decisions about traders, kept in the workspace as an append-only log
 * (entity_decision; triggers refuse updates and deletes): each entry with its id, kind, what it
 * names (JSON), analyst, time and note.
 */

export interface StoredDecision {
  readonly seq: number;
  readonly decision: ResolutionDecision & { readonly analyst: string; readonly recordedAt: string; readonly note: string };
}

/** What a decision names, without its id and audit fields. */
function payloadOf(decision: ResolutionDecision): object {
  switch (decision.kind) {
    case 'merge':
      return { occurrenceIds: decision.occurrenceIds };
    case 'split':
      return { occurrenceIds: decision.occurrenceIds, apartFrom: decision.apartFrom };
    case 'not the same':
      return { left: decision.left, right: decision.right };
    case 'undo':
      return { undoes: decision.undoes };
  }
}

export function readDecisions(store: WorkspaceStore): StoredDecision[] {
  return store
    .all<{ seq: number; decisionId: string; kind: string; payload: string; analyst: string; recordedAt: string; note: string }>(
      'SELECT seq, decision_id AS decisionId, kind, payload, analyst, recorded_at AS recordedAt, note FROM entity_decision ORDER BY seq',
    )
    .map(({ seq, decisionId, kind, payload, analyst, recordedAt, note }) => ({
      seq,
      decision: { ...(JSON.parse(payload) as object), decisionId, kind, analyst, recordedAt, note } as StoredDecision['decision'],
    }));
}

export function readDecisionLog(store: WorkspaceStore): DecisionLog {
  return { entries: readDecisions(store).map((stored) => stored.decision) };
}

/** The id the next entry gets: "d-" and its place in the log. */
export function nextDecisionId(store: WorkspaceStore): string {
  return `d-${Number(store.scalar('SELECT coalesce(max(seq), 0) + 1 FROM entity_decision'))}`;
}

export function appendDecision(store: WorkspaceStore, decision: ResolutionDecision & { readonly analyst: string; readonly recordedAt: string; readonly note?: string }): void {
  store.run('INSERT INTO entity_decision (decision_id, kind, payload, analyst, recorded_at, note) VALUES (?, ?, ?, ?, ?, ?)', [
    decision.decisionId,
    decision.kind,
    JSON.stringify(payloadOf(decision)),
    decision.analyst,
    decision.recordedAt,
    decision.note ?? '',
  ]);
}
