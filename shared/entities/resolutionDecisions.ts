/**
 * Analyst decisions about traders, as an append-only log: merge ("these occurrences are one
 * trader"), split ("these occurrences are one trader, not the same as those they were with") and
 * not the same ("no occurrence of this side is the same trader as any of that side"). Decisions
 * name occurrences, never entity ids, so they hold across re-runs and new imports. Undo is itself
 * an entry (the log stays an audit trail); undoing an undo is a redo. The lead persists the log.
 */

interface DecisionBase {
  /** Unique within the log; chosen by the caller (e.g. a UUID). */
  readonly decisionId: string;
  readonly analyst?: string;
  /** ISO timestamp, set by the caller: this module never reads the clock. */
  readonly recordedAt?: string;
  readonly note?: string;
}

export interface MergeDecision extends DecisionBase {
  readonly kind: 'merge';
  readonly occurrenceIds: readonly string[];
}

export interface SplitDecision extends DecisionBase {
  readonly kind: 'split';
  /** Taken out together as one trader ... */
  readonly occurrenceIds: readonly string[];
  /** ... and kept apart from these (the rest of the entity when the analyst split it). */
  readonly apartFrom: readonly string[];
}

export interface NotTheSameDecision extends DecisionBase {
  readonly kind: 'not the same';
  readonly left: readonly string[];
  readonly right: readonly string[];
}

export interface UndoDecision extends DecisionBase {
  readonly kind: 'undo';
  /** The decision (or undo) this one cancels. */
  readonly undoes: string;
}

export type EntityDecision = MergeDecision | SplitDecision | NotTheSameDecision;
export type ResolutionDecision = EntityDecision | UndoDecision;

export interface DecisionLog {
  /** In the order the analyst made them. */
  readonly entries: readonly ResolutionDecision[];
}

export const emptyDecisionLog: DecisionLog = { entries: [] };

/** Entry ids cancelled by undo entries that are themselves in force. */
export function cancelledIds(log: DecisionLog): Set<string> {
  const cancelled = new Set<string>();
  for (let index = log.entries.length - 1; index >= 0; index -= 1) {
    const entry = log.entries[index] as ResolutionDecision;
    if (cancelled.has(entry.decisionId)) continue;
    if (entry.kind === 'undo') cancelled.add(entry.undoes);
  }
  return cancelled;
}

/** The decisions in force, in order: not undone (or undone and redone). */
export function decisionsInForce(log: DecisionLog): EntityDecision[] {
  const cancelled = cancelledIds(log);
  return log.entries.filter((entry): entry is EntityDecision => entry.kind !== 'undo' && !cancelled.has(entry.decisionId));
}

/** Why a decision cannot be recorded, or undefined when it can. */
export function decisionProblem(log: DecisionLog, decision: ResolutionDecision): string | undefined {
  if (decision.decisionId.trim() === '') return 'a decision needs an id';
  if (log.entries.some((entry) => entry.decisionId === decision.decisionId)) return `decision ${decision.decisionId} is already in the log`;
  switch (decision.kind) {
    case 'merge':
      return new Set(decision.occurrenceIds).size < 2 ? 'a merge names at least two occurrences' : undefined;
    case 'split': {
      if (decision.occurrenceIds.length === 0 || decision.apartFrom.length === 0) return 'a split names the occurrences taken out and those they are kept apart from';
      const apart = new Set(decision.apartFrom);
      const both = decision.occurrenceIds.find((id) => apart.has(id));
      return both !== undefined ? `occurrence ${both} cannot be on both sides of a split` : undefined;
    }
    case 'not the same': {
      if (decision.left.length === 0 || decision.right.length === 0) return '"not the same" names occurrences on both sides';
      const right = new Set(decision.right);
      const both = decision.left.find((id) => right.has(id));
      return both !== undefined ? `occurrence ${both} cannot be on both sides of "not the same"` : undefined;
    }
    case 'undo': {
      const target = log.entries.find((entry) => entry.decisionId === decision.undoes);
      if (!target) return `there is no decision ${decision.undoes} to undo`;
      return cancelledIds(log).has(target.decisionId) ? `decision ${decision.undoes} is already undone` : undefined;
    }
  }
}

/** The log with the decision appended; throws a RangeError naming the problem when it is invalid. */
export function recordDecision(log: DecisionLog, decision: ResolutionDecision): DecisionLog {
  const problem = decisionProblem(log, decision);
  if (problem !== undefined) throw new RangeError(problem);
  return { entries: [...log.entries, decision] };
}

/** The decision undo would cancel: the latest in force; undefined when there is none. */
export function latestUndoable(log: DecisionLog): EntityDecision | undefined {
  return decisionsInForce(log).at(-1);
}

/** The undo entry redo would cancel: the latest undo of a decision that is in force; undefined when there is none. */
export function latestRedoable(log: DecisionLog): UndoDecision | undefined {
  const cancelled = cancelledIds(log);
  const undoesADecision = (entry: ResolutionDecision): entry is UndoDecision =>
    entry.kind === 'undo' && log.entries.some((target) => target.decisionId === entry.undoes && target.kind !== 'undo');
  return [...log.entries].reverse().find((entry): entry is UndoDecision => undoesADecision(entry) && !cancelled.has(entry.decisionId));
}

/** Undoes the latest decision in force; undefined when there is none. */
export function undoLatest(log: DecisionLog, undo: Omit<UndoDecision, 'kind' | 'undoes'>): DecisionLog | undefined {
  const latest = latestUndoable(log);
  return latest ? recordDecision(log, { ...undo, kind: 'undo', undoes: latest.decisionId }) : undefined;
}

/** Redoes the latest undo in force (undoes it); undefined when there is none. */
export function redoLatest(log: DecisionLog, redo: Omit<UndoDecision, 'kind' | 'undoes'>): DecisionLog | undefined {
  const latestUndo = latestRedoable(log);
  return latestUndo ? recordDecision(log, { ...redo, kind: 'undo', undoes: latestUndo.decisionId }) : undefined;
}
