import type { ImportIssue, ImportReport, ImportStatus } from '../../shared/ingest/importReport';
import { formatCount, formatDuration } from '../format/format';

const statusLabels: Record<ImportStatus, string> = {
  completed: 'Imported',
  cancelled: 'Cancelled, nothing stored',
  failed: 'Failed',
  'already-imported': 'Already imported',
};

/** How many rejections (and warnings) the dialog lists; the rest are counted. */
export const listedRejections = 50;

/** One file's import report: the counts (read = stored + rejected) and the first rejections. */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  const listed = report.rejections.slice(0, listedRejections);
  const unlisted = report.rejections.length - listed.length + report.rejectionsTruncated;
  const warnings = report.warnings.slice(0, listedRejections);
  return (
    <article className="import-report" aria-label={`Import report for ${report.fileName}`}>
      <header className="import-report__header">
        <h3 className="import-report__file">{report.fileName}</h3>
        <span className={`badge badge--${report.status}`}>{statusLabels[report.status]}</span>
      </header>
      {report.failure ? <p className="import-report__failure">{report.failure}</p> : null}
      <dl className="import-report__counts">
        <div>
          <dt>Rows read</dt>
          <dd>{formatCount(report.rowsRead)}</dd>
        </div>
        <div>
          <dt>Rows stored</dt>
          <dd>{formatCount(report.rowsStored)}</dd>
        </div>
        <div className={report.rowsRejected > 0 ? 'is-rejected' : undefined}>
          <dt>Rows rejected</dt>
          <dd>{formatCount(report.rowsRejected)}</dd>
        </div>
        <div>
          <dt>Warnings</dt>
          <dd>{formatCount(report.warnings.length + report.warningsTruncated)}</dd>
        </div>
      </dl>
      {report.status === 'failed' ? null : (
        <p className="import-report__meta">
          {report.encoding} · delimiter {describeDelimiter(report.delimiter)} · {Object.keys(report.columnMapping).length} columns mapped
          {report.unmappedColumns.length > 0 ? ` · not used: ${report.unmappedColumns.join(', ')}` : ''} · {formatDuration(report.durationMs)}
        </p>
      )}
      {listed.length > 0 ? (
        <IssueTable caption={`Rejected rows${unlisted > 0 ? ` (first ${formatCount(listed.length)}; ${formatCount(unlisted)} more not listed)` : ''}`} issues={listed} />
      ) : null}
      {warnings.length > 0 ? (
        <details className="import-report__warnings">
          <summary>Warnings ({formatCount(report.warnings.length + report.warningsTruncated)})</summary>
          <IssueTable caption="Rows stored with a field left empty, and notes on the whole file" issues={warnings} />
        </details>
      ) : null}
    </article>
  );
}

/** Issues by row (the spreadsheet row: the header is row 1), column, value and reason. */
function IssueTable({ caption, issues }: { readonly caption: string; readonly issues: readonly ImportIssue[] }) {
  return (
    <table className="import-report__issues">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Value</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={`${issue.row}-${issue.column ?? ''}-${index}`}>
            <td className="is-number">{issue.row > 0 ? formatCount(issue.row) : 'file'}</td>
            <td>{issue.column ?? '—'}</td>
            <td className="is-code">{issue.value === null || issue.value === '' ? <span className="is-empty">{issue.value === null ? '—' : 'empty'}</span> : issue.value}</td>
            <td>{issue.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function describeDelimiter(delimiter: string): string {
  const names: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
  return names[delimiter] ?? JSON.stringify(delimiter);
}
