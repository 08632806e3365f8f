import { fieldLabel, isManifestFieldId } from '../../shared/ingest/columnMapping';
import type { ImportFormatId, ImportIssue, ImportMappingUsed, ImportReport, ImportStatus, SheetReport } from '../../shared/ingest/importReport';
import { formatCount, formatDuration, plural } from '../format/format';
import './ImportProfiles.css';

const statusLabels: Record<ImportStatus, string> = {
  completed: 'Imported',
  cancelled: 'Cancelled, nothing stored',
  failed: 'Failed',
  'already-imported': 'Already imported',
};

export const formatLabels: Record<ImportFormatId, string> = {
  'delimited-text': 'Delimited text',
  xlsx: 'XLSX workbook',
  json: 'JSON',
  'json-lines': 'JSON Lines',
  'ams-table': 'US AMS table',
};

/** How many rejections (and warnings) the dialog lists; the rest are counted. */
export const listedRejections = 50;

/**
 * One file's import report: its format (and AMS table), the counts (read = stored + rejected),
 * for a workbook every sheet (imported or skipped, with the reason), and the first rejections.
 */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  const listed = report.rejections.slice(0, listedRejections);
  const unlisted = report.rejections.length - listed.length + report.rejectionsTruncated;
  const warnings = report.warnings.slice(0, listedRejections);
  return (
    <article className="import-report" aria-label={`Import report for ${report.fileName}`}>
      <header className="import-report__header">
        <h3 className="import-report__file">{report.fileName}</h3>
        <span className={`badge badge--${report.status}`}>{statusLabels[report.status]}</span>
        {report.amsTable ? (
          <span className="import-report__format import-report__ams-table">
            US AMS table <code>{report.amsTable}</code>
          </span>
        ) : report.format ? (
          <span className="import-report__format">{formatLabels[report.format]}</span>
        ) : null}
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
      {report.status === 'failed' ? null : <p className="import-report__meta">{describeReading(report)}</p>}
      {report.mapping && report.status !== 'failed' ? <MappingUsedView report={report} mapping={report.mapping} /> : null}
      {report.sheets && report.sheets.length > 0 ? <SheetTable sheets={report.sheets} /> : null}
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

/** The headline of the mapping an import used: by which profile, automatically, or as the analyst set it. */
export function describeMappingUsed(mapping: ImportMappingUsed): string {
  const profile = mapping.profileName === undefined ? '' : ` '${mapping.profileName}'`;
  switch (mapping.kind) {
    case 'profile':
      return `Mapped by profile${profile}`;
    case 'given-profile':
      return `Mapped by profile${profile} (given to the import)`;
    case 'analyst':
      return mapping.profileName === undefined ? 'Mapping corrected by the analyst' : `Mapping corrected by the analyst, saved as profile${profile}`;
    case 'detected':
      return `Mapped automatically: ${plural(Object.keys(mapping.basis ?? {}).length, 'column')} by content`;
    case 'header-names':
      return 'Mapped automatically by header names';
  }
}

/**
 * Which mapping the import used, in one line with the engine's sentence under it, and every
 * column with the field it was read into (and, for columns mapped from their content, why),
 * collapsed until asked for.
 */
function MappingUsedView({ report, mapping }: { readonly report: ImportReport; readonly mapping: ImportMappingUsed }) {
  const mapped = Object.entries(report.columnMapping);
  const basis = mapping.basis ?? {};
  const withBasis = mapped.some(([header]) => basis[header] !== undefined);
  return (
    <section className="import-report__mapping" aria-label={`Column mapping used for ${report.fileName}`}>
      <p className="import-report__mapping-headline">{describeMappingUsed(mapping)}</p>
      <p className="import-report__mapping-description">{mapping.description}</p>
      {mapped.length + report.unmappedColumns.length > 0 ? (
        <details className="import-report__mapping-columns">
          <summary>
            Columns: {formatCount(mapped.length)} mapped
            {report.unmappedColumns.length > 0 ? `, ${formatCount(report.unmappedColumns.length)} not imported` : ''}
          </summary>
          <table className="import-report__issues" aria-label={`Columns of ${report.fileName} and their fields`}>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Imported as</th>
                {withBasis ? <th scope="col">Mapped from its content</th> : null}
              </tr>
            </thead>
            <tbody>
              {mapped.map(([header, field]) => (
                <tr key={`mapped-${header}`}>
                  <td className="is-code">{header}</td>
                  <td>{isManifestFieldId(field) ? fieldLabel(field) : field}</td>
                  {withBasis ? <td>{basis[header] ?? ''}</td> : null}
                </tr>
              ))}
              {report.unmappedColumns.map((header) => (
                <tr key={`unmapped-${header}`}>
                  <td className="is-code">{header}</td>
                  <td>
                    <span className="is-empty">not imported</span>
                  </td>
                  {withBasis ? <td /> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}

/** How the file was read: encoding, delimiter (delimited text only), columns, duration. */
function describeReading(report: ImportReport): string {
  const parts = [report.encoding];
  if (report.delimiter !== '') parts.push(`delimiter ${describeDelimiter(report.delimiter)}`);
  const mapped = Object.keys(report.columnMapping).length;
  parts.push(`${formatCount(mapped)} ${mapped === 1 ? 'column' : 'columns'} mapped${report.sheets ? ' over the imported sheets' : ''}`);
  if (report.unmappedColumns.length > 0) parts.push(`not used: ${report.unmappedColumns.join(', ')}`);
  parts.push(formatDuration(report.durationMs));
  return parts.join(' · ');
}

/** Every worksheet: its rows when imported, the reason when skipped. */
function SheetTable({ sheets }: { readonly sheets: readonly SheetReport[] }) {
  const skipped = sheets.filter((sheet) => sheet.status === 'skipped').length;
  return (
    <table className="import-report__issues import-report__sheets">
      <caption>
        Sheets ({formatCount(sheets.length - skipped)} imported{skipped > 0 ? `, ${formatCount(skipped)} skipped` : ''})
      </caption>
      <thead>
        <tr>
          <th scope="col">Sheet</th>
          <th scope="col">Status</th>
          <th scope="col" className="is-number">
            Read
          </th>
          <th scope="col" className="is-number">
            Stored
          </th>
          <th scope="col" className="is-number">
            Rejected
          </th>
          <th scope="col">Columns, or why it was skipped</th>
        </tr>
      </thead>
      <tbody>
        {sheets.map((sheet, index) => (
          <tr key={`${sheet.name}-${index}`} className={sheet.status === 'skipped' ? 'is-skipped' : undefined}>
            <th scope="row">{sheet.name}</th>
            <td>{sheet.status === 'imported' ? 'Imported' : 'Skipped'}</td>
            {sheet.status === 'imported' ? (
              <>
                <td className="is-number">{formatCount(sheet.rowsRead)}</td>
                <td className="is-number">{formatCount(sheet.rowsStored)}</td>
                <td className={`is-number${sheet.rowsRejected > 0 ? ' is-rejected' : ''}`}>{formatCount(sheet.rowsRejected)}</td>
                <td>{describeSheetColumns(sheet)}</td>
              </>
            ) : (
              <>
                <td className="is-number">—</td>
                <td className="is-number">—</td>
                <td className="is-number">—</td>
                <td>{sheet.reason ?? 'skipped'}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function describeSheetColumns(sheet: SheetReport): string {
  const mapped = Object.keys(sheet.columnMapping).length;
  const described = `${formatCount(mapped)} ${mapped === 1 ? 'column' : 'columns'} mapped`;
  return sheet.unmappedColumns.length > 0 ? `${described}; not used: ${sheet.unmappedColumns.join(', ')}` : described;
}

/**
 * Issues by row (the spreadsheet row: the header is row 1), column, value and reason; with the
 * worksheet first when any issue names one.
 */
function IssueTable({ caption, issues }: { readonly caption: string; readonly issues: readonly ImportIssue[] }) {
  const withSheet = issues.some((issue) => issue.sheet !== undefined);
  return (
    <table className="import-report__issues">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {withSheet ? <th scope="col">Sheet</th> : null}
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Value</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={`${issue.sheet ?? ''}-${issue.row}-${issue.column ?? ''}-${index}`}>
            {withSheet ? <td>{issue.sheet ?? '—'}</td> : null}
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
