import type { WatchlistImportOutcome } from '../hooks/useWorkstation';
import { formatCount, plural } from '../format/format';

export interface WatchlistImportReportViewProps {
  readonly outcome: WatchlistImportOutcome;
}

/**
 * One watchlist file's import: the format it was read as, rows read = entries + rejected, each
 * rejection with its row and reason, and what the screening then found; or why it failed.
 */
export function WatchlistImportReportView({ outcome }: WatchlistImportReportViewProps) {
  const { report } = outcome;
  return (
    <article className="import-report" aria-label={`Watchlist import report for ${outcome.fileName}`}>
      <header className="import-report__header">
        <h3 className="import-report__file">{outcome.fileName}</h3>
        {report ? <span className="badge badge--completed">Imported</span> : <span className="badge badge--failed">Failed</span>}
        {report ? <span className="import-report__format">{report.format}</span> : null}
      </header>
      {report === null ? (
        <p className="import-report__failure" role="alert">
          {outcome.error}
        </p>
      ) : (
        <>
          <dl className="import-report__counts">
            <div>
              <dt>Rows read</dt>
              <dd>{formatCount(report.rowsRead)}</dd>
            </div>
            <div>
              <dt>Entries</dt>
              <dd>{formatCount(report.entries)}</dd>
            </div>
            <div className={report.rejected > 0 ? 'is-rejected' : undefined}>
              <dt>Rows rejected</dt>
              <dd>{formatCount(report.rejected)}</dd>
            </div>
            <div>
              <dt>With hits</dt>
              <dd>{formatCount(report.summary.watchlistHits)}</dd>
            </div>
          </dl>
          <p className="import-report__meta">
            Kept as source document {report.documentId}; {plural(report.summary.entities, 'trader')} and the vessels screened, {plural(report.summary.watchlistHits, 'trader or vessel', 'traders and vessels')} with hits
            (see Traders › Watchlist hits).
          </p>
          {report.rejections.length > 0 ? (
            <table className="import-report__issues" aria-label={`Rejected rows of ${outcome.fileName}`}>
              <caption>
                Rejected rows
                {report.rejections.length < report.rejected ? ` (first ${formatCount(report.rejections.length)} of ${formatCount(report.rejected)})` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="is-number">
                    Row
                  </th>
                  <th scope="col">Reason</th>
                  <th scope="col">Row as read</th>
                </tr>
              </thead>
              <tbody>
                {report.rejections.map((rejection) => (
                  <tr key={rejection.row}>
                    <td className="is-number">{formatCount(rejection.row)}</td>
                    <td>{rejection.reason}</td>
                    <td className={rejection.excerpt ? 'is-code' : 'is-empty'}>{rejection.excerpt || 'empty'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </article>
  );
}
