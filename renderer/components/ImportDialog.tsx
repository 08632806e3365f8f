import { useState } from 'react';
import { formatBytes, formatCount } from '../format/format';
import type { ImportRun } from '../hooks/useWorkstation';
import { ImportReportView } from './ImportReportView';
import { ManifestDropZone } from './ManifestDropZone';
import { Modal } from './Modal';
import './ImportDialog.css';

export interface ImportDialogProps {
  readonly run: ImportRun | null;
  readonly onImport: (files: readonly File[]) => void;
  readonly onCancelImport: () => void;
  readonly onClose: () => void;
}

const manifestExtension = /\.csv$/i;

/**
 * Import manifests: pick or drop CSV files, follow the progress of each, and read each file's
 * report. Closing the dialog does not stop a running import; the status bar keeps its progress.
 */
export function ImportDialog({ run, onImport, onCancelImport, onClose }: ImportDialogProps) {
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  const running = run !== null && run.phase !== 'done';

  const onFiles = (files: readonly File[]) => {
    setSkipped(files.filter((file) => !manifestExtension.test(file.name)).map((file) => file.name));
    onImport(files.filter((file) => manifestExtension.test(file.name)));
  };

  return (
    <Modal
      title="Import manifests"
      onClose={onClose}
      width="wide"
      footer={
        <>
          {running ? (
            <button type="button" className="button" onClick={onCancelImport} disabled={run.phase === 'cancelling'}>
              {run.phase === 'cancelling' ? 'Cancelling…' : 'Cancel import'}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {running ? 'Continue in background' : 'Close'}
          </button>
        </>
      }
    >
      <ManifestDropZone disabled={running} onFiles={onFiles} />
      {skipped.length > 0 ? (
        <p className="import-dialog__skipped" role="alert">
          Not imported (only .csv files are accepted): {skipped.join(', ')}
        </p>
      ) : null}
      {run && running ? <ImportProgressView run={run} /> : null}
      {run?.error ? (
        <p className="import-dialog__error" role="alert">
          {run.error}
        </p>
      ) : null}
      {run && run.reports.length > 0 ? (
        <section className="import-dialog__reports" aria-label="Import reports">
          {run.reports.map((report, index) => (
            <ImportReportView key={`${report.fileName}-${index}`} report={report} />
          ))}
        </section>
      ) : null}
    </Modal>
  );
}

function ImportProgressView({ run }: { readonly run: ImportRun }) {
  const file = run.files[run.currentIndex];
  const { progress } = run;
  const byteLength = progress?.byteLength ?? file?.size ?? null;
  const fraction = progress && byteLength ? Math.min(1, progress.bytesRead / byteLength) : null;
  return (
    <div className="import-progress" role="group" aria-label="Import progress">
      <div className="import-progress__label">
        <span>
          {run.phase === 'cancelling' ? 'Cancelling' : 'Importing'} file {run.currentIndex + 1} of {run.files.length}: <strong>{file?.name}</strong>
        </span>
        <span className="import-progress__numbers">
          {progress ? `${formatBytes(progress.bytesRead)}${byteLength ? ` of ${formatBytes(byteLength)}` : ''} · ${formatCount(progress.rowsRead)} rows read` : 'Reading…'}
        </span>
      </div>
      <progress className="import-progress__bar" max={1} value={fraction ?? undefined} aria-label={`Importing ${file?.name ?? ''}`} />
    </div>
  );
}
