import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntityDecisionInput, EntityResolutionSummary } from '../../shared/engine/entityApi';
import { errorMessage, plural } from '../format/format';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import type { Notice } from './useWorkstation';

export type TraderResolutionEngine = Pick<
  WorkerEngineApi,
  'entitySummary' | 'resolveEntities' | 'recordEntityDecision' | 'undoEntityDecision' | 'redoEntityDecision'
>;

export interface TraderResolutionOptions {
  /** False until the engine has started; nothing is asked of it before. */
  readonly engineReady: boolean;
  /**
   * Changes whenever what the resolution reads may have changed: another workspace, imported
   * manifests, a watchlist. The summary is then fetched again and every traders list refreshes.
   */
  readonly sourceKey: string;
  /** The workspace changed (a resolution or a decision is kept in it): it now has unsaved changes. */
  readonly onWorkspaceChanged: () => void;
  readonly showNotice: (tone: Notice['tone'], message: string) => void;
}

export interface TraderResolution {
  readonly summary: EntityResolutionSummary | null;
  /** Why the summary could not be fetched; null when it could. */
  readonly summaryError: string | null;
  /** Changes whenever the stored traders change: every list and detail of them is fetched again. */
  readonly entitiesVersion: number;
  /** The action running ("Resolving traders", "Recording the decision", ...); null when idle. */
  readonly pending: string | null;
  resolve(): Promise<void>;
  /** Records the decision; true when the engine accepted it (failures are shown as an error notice). */
  recordDecision(decision: EntityDecisionInput): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const decisionNouns: Record<EntityDecisionInput['kind'], string> = {
  merge: 'Same trader',
  split: 'Split',
  'not the same': 'Not the same',
};

function describeDecision(decision: EntityDecisionInput): string {
  switch (decision.kind) {
    case 'merge':
      return `${plural(decision.occurrenceIds.length, 'occurrence')} recorded as one trader`;
    case 'split':
      return `${plural(decision.occurrenceIds.length, 'occurrence')} split out`;
    case 'not the same':
      return 'recorded as different traders';
  }
}

/**
 * The traders of the workspace as the engine resolved them: the resolution's summary, and the
 * analyst's actions on it (resolve, decide, undo, redo), one at a time. Every action that changes
 * the stored traders bumps `entitiesVersion` and marks the workspace as changed.
 */
export function useTraderResolution(engine: TraderResolutionEngine, options: TraderResolutionOptions): TraderResolution {
  const { engineReady, sourceKey, onWorkspaceChanged, showNotice } = options;
  const [summary, setSummary] = useState<EntityResolutionSummary | null>(null);
  const [summaryError, setSummaryError] = useState<string | null>(null);
  const [entitiesVersion, setEntitiesVersion] = useState(0);
  const [pending, setPending] = useState<string | null>(null);
  const running = useRef(false);

  useEffect(() => {
    if (!engineReady) return undefined;
    let current = true;
    engine
      .entitySummary()
      .then((next) => {
        if (!current) return;
        setSummary(next);
        setSummaryError(null);
        setEntitiesVersion((version) => version + 1);
      })
      .catch((reason: unknown) => {
        if (current) setSummaryError(errorMessage(reason));
      });
    return () => {
      current = false;
    };
  }, [engine, engineReady, sourceKey]);

  /** Runs one action at a time; a second one asked for meanwhile is refused with a notice. */
  const act = useCallback(
    async (label: string, work: () => Promise<EntityResolutionSummary | null>, onDone: (next: EntityResolutionSummary | null) => void): Promise<boolean> => {
      if (running.current) {
        showNotice('info', `${label} is unavailable: ${pending ?? 'another change'} is still running.`);
        return false;
      }
      running.current = true;
      setPending(label);
      try {
        const next = await work();
        if (next) {
          setSummary(next);
          setSummaryError(null);
          setEntitiesVersion((version) => version + 1);
          onWorkspaceChanged();
        }
        onDone(next);
        return next !== null;
      } catch (error) {
        showNotice('error', `${label} failed: ${errorMessage(error)}`);
        return false;
      } finally {
        running.current = false;
        setPending(null);
      }
    },
    [onWorkspaceChanged, pending, showNotice],
  );

  const resolve = useCallback(async () => {
    await act(
      'Resolving traders',
      () => engine.resolveEntities(),
      (next) => {
        if (next) showNotice('success', `Resolved ${plural(next.occurrences, 'party occurrence')} into ${plural(next.entities, 'trader')}.`);
      },
    );
  }, [act, engine, showNotice]);

  const recordDecision = useCallback(
    (decision: EntityDecisionInput) =>
      act(
        'Recording the decision',
        () => engine.recordEntityDecision(decision),
        () => showNotice('success', `${decisionNouns[decision.kind]}: ${describeDecision(decision)}. Undo with Ctrl+Z.`),
      ),
    [act, engine, showNotice],
  );

  const undo = useCallback(async () => {
    await act(
      'Undoing the last decision',
      () => engine.undoEntityDecision(),
      (next) => showNotice('info', next ? 'Undid the last decision in force.' : 'Nothing to undo: no decision is in force.'),
    );
  }, [act, engine, showNotice]);

  const redo = useCallback(async () => {
    await act(
      'Redoing the decision',
      () => engine.redoEntityDecision(),
      (next) => showNotice('info', next ? 'Redid the last undone decision.' : 'Nothing to redo.'),
    );
  }, [act, engine, showNotice]);

  return { summary, summaryError, entitiesVersion, pending, resolve, recordDecision, undo, redo };
}
