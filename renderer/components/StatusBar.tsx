import type { WorkspaceSummary } from '../../shared/engine/engineApi';
import { plural } from '../format/format';
import type { EngineStatus } from '../hooks/useWorkstation';
import './StatusBar.css';

export interface StatusTask {
  readonly label: string;
  /** Fraction done (0–1); null when the task cannot measure its progress. */
  readonly fraction: number | null;
  readonly onCancel: (() => void) | null;
}

export interface StatusBarProps {
  readonly engineStatus: EngineStatus;
  readonly summary: WorkspaceSummary | null;
  readonly task: StatusTask | null;
}

const engineStateLabels = { starting: 'Engine starting', ready: 'Engine ready', failed: 'Engine failed' } as const;

/** Engine state and versions, the workspace's counts, and the running long task with Cancel. */
export function StatusBar({ engineStatus, summary, task }: StatusBarProps) {
  const counts = summary?.counts;
  return (
    <footer className="status-bar">
      <span className={`status-bar__engine status-bar__engine--${engineStatus.state}`} role="status">
        <span className="status-bar__dot" aria-hidden="true" />
        {engineStateLabels[engineStatus.state]}
        {engineStatus.state === 'failed' ? `: ${engineStatus.reason}` : null}
      </span>
      {engineStatus.state === 'ready' ? (
        <>
          <span className="status-bar__item">SQLite {engineStatus.info.sqliteVersion}</span>
          <span className="status-bar__item">Schema v{engineStatus.info.schemaVersion}</span>
        </>
      ) : null}
      {counts ? (
        <span className="status-bar__item status-bar__counts" aria-label="Workspace counts">
          <span>{plural(counts.manifestLines, 'line')}</span>
          <span>{plural(counts.billsOfLading, 'B/L')}</span>
          <span>{plural(counts.partyOccurrences, 'party', 'parties')}</span>
          <span>{plural(counts.containers, 'container')}</span>
        </span>
      ) : null}
      <span className="status-bar__spacer" />
      {task ? (
        <span className="status-bar__task" role="group" aria-label="Running task">
          <span className="status-bar__task-label" aria-live="polite">
            {task.label}
          </span>
          <progress className="status-bar__progress" aria-label={task.label} max={1} value={task.fraction ?? undefined} />
          {task.onCancel ? (
            <button type="button" className="button button--small" onClick={task.onCancel}>
              Cancel
            </button>
          ) : null}
        </span>
      ) : null}
    </footer>
  );
}
