import type { ReportImportSummary } from '../../../shared/engine/reportApi';

const statusLabels = { imported: 'Read', 'already-present': 'Already in the workspace', failed: 'Not read' } as const;

/** What importing report files did, per file: its reference and grading as read, and what was flagged. */
export function ReportImportTable({ summary }: { readonly summary: ReportImportSummary }) {
  return (
    <table className="import-report__issues report-import" aria-label="Reports read">
      <caption>Intelligence reports read</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Result</th>
          <th scope="col">Reference</th>
          <th scope="col">Grading</th>
          <th scope="col">Flagged</th>
        </tr>
      </thead>
      <tbody>
        {summary.files.map((file, index) => (
          <tr key={`${file.fileName}-${index}`}>
            <td className="is-code">{file.fileName}</td>
            <td>{statusLabels[file.status]}</td>
            <td className="is-code">{file.reference ?? '—'}</td>
            <td className="is-code">{file.grading ?? '—'}</td>
            <td>{file.failure ?? (file.flags.length === 0 ? '—' : file.flags.map((flag) => flag.reason).join('; '))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
