import type { ReportImportSummary } from '../../../shared/engine/reportApi';
import { formatCount, plural } from '../../format/format';
import type { UnreadEntry } from '../../files/droppedFiles';
import { ReportImportTable } from './ReportImportTable';

export interface FolderImport {
  readonly phase: 'running' | 'done';
  /** Report files handed to the import. */
  readonly files: number;
  /** Files not imported (not a report format, too large) and entries that could not be read, each with its reason. */
  readonly skipped: readonly UnreadEntry[];
  readonly error: string | null;
}

/** What a drop or folder import in the Reports view did: the reports read, and every file not imported with why. */
export function ReportFolderImport({ run, summary, onDismiss }: { readonly run: FolderImport; readonly summary: ReportImportSummary | null; readonly onDismiss: () => void }) {
  return (
    <section className="report-folder-import" aria-label="Reports dropped or chosen">
      <div className="report-folder-import__header">
        <p className="report-folder-import__status" role="status">
          {run.phase === 'running'
            ? `Importing ${plural(run.files, 'report file')}…`
            : `${plural(run.files, 'report file')} read${summary !== null && summary.alreadyPresent > 0 ? ` (${formatCount(summary.alreadyPresent)} already in the workspace)` : ''}${run.skipped.length > 0 ? `; ${plural(run.skipped.length, 'file')} not imported` : ''}.`}
        </p>
        {run.phase === 'done' ? (
          <button type="button" className="button" onClick={onDismiss}>
            Dismiss
          </button>
        ) : null}
      </div>
      {run.error !== null ? (
        <p className="reports-view__error" role="alert">
          {run.error}
        </p>
      ) : null}
      {run.skipped.length > 0 ? (
        <table className="import-report__issues report-folder-import__skipped" aria-label="Files not imported">
          <caption>Not imported</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {run.skipped.map((entry, index) => (
              <tr key={`${entry.path}-${index}`}>
                <td className="is-code">{entry.path}</td>
                <td>{entry.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {summary !== null ? <ReportImportTable summary={summary} /> : null}
    </section>
  );
}
