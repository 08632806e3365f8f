import { plural } from '../format/format';
import { useEngineValue } from '../hooks/useEngineValue';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { DecisionTable } from './DecisionTable';

export interface DecisionLogViewProps {
  readonly engine: Pick<WorkerEngineApi, 'listEntityDecisions'>;
  /** Changes whenever the stored traders change (every decision, undo and redo); the log is then fetched again. */
  readonly entitiesVersion: number;
}

/** The audit log of the analysts' decisions on traders, newest first: merges, splits, "not the same", undos. */
export function DecisionLogView({ engine, entitiesVersion }: DecisionLogViewProps) {
  const { value: decisions, error } = useEngineValue(() => engine.listEntityDecisions(), engine, entitiesVersion);

  if (error) {
    return (
      <div className="traders-view__error" role="alert">
        The decision log could not be loaded: {error}
      </div>
    );
  }
  if (decisions === null) return <p className="trader-detail__placeholder">Loading the decision log…</p>;
  if (decisions.length === 0) return <p className="trader-detail__placeholder">No decision recorded yet. Decisions made in the review queue or on a trader are logged here.</p>;
  const inForce = decisions.filter((decision) => decision.inForce && decision.kind !== 'undo').length;
  return (
    <div className="decision-log">
      <p className="review-queue__caption">
        {plural(decisions.length, 'entry', 'entries')}, {plural(inForce, 'decision')} in force; newest first. Undo with <kbd>Ctrl</kbd>+<kbd>Z</kbd>, redo with{' '}
        <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd>.
      </p>
      <DecisionTable decisions={[...decisions].reverse()} label="Decision log" />
    </div>
  );
}
