import type { KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import type { SourceDocumentKind } from '../../shared/documents/sourceDocumentKinds';
import { maxSourceDocumentBytes, sourceDocumentKinds } from '../../shared/documents/sourceDocumentKinds';
import { errorMessage, formatBytes, formatCount } from '../format/format';
import { countDocuments } from '../format/sourceDocumentNouns';
import type { DocumentRun, ImportRun } from '../hooks/useWorkstation';
import type { ManifestImportChoices, ManifestPreview } from '../../shared/engine/engineApi';
import { FileDropZone } from './FileDropZone';
import { MappingPreview } from './MappingPreview';
import { ImportReportView } from './ImportReportView';
import { Modal } from './Modal';
import { WatchlistImportReportView } from './WatchlistImportReportView';
import { ReportImportTable } from './reports/ReportImportTable';
import './ImportDialog.css';

export type ImportTab = 'manifests' | 'documents';

export interface ImportDialogProps {
  readonly run: ImportRun | null;
  readonly documentRun: DocumentRun | null;
  /** The tab shown when the dialog opens. */
  readonly initialTab?: ImportTab;
  /** Imports the files; `choices` carries the analyst's mapping (and profile name) for a previewed file. */
  readonly onImport: (files: readonly File[], choices?: ManifestImportChoices) => void;
  /**
   * The mapping preview of a single file the analyst picked; when given, one non-AMS manifest is
   * previewed (columns, samples, proposed fields) before it is imported.
   */
  readonly onPreview?: (file: File) => Promise<ManifestPreview>;
  /** Opens the import profiles (saved column mappings: delete, export, import a profile file). */
  readonly onManageProfiles?: () => void;
  readonly onCancelImport: () => void;
  readonly onAddDocuments: (kind: SourceDocumentKind, files: readonly File[]) => void;
  readonly onClose: () => void;
}

/** Manifest files the importer reads: delimited text, workbooks, JSON and JSON Lines. */
export const manifestExtensions = ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'json', 'jsonl', 'ndjson'] as const;

const tabs: readonly { readonly id: ImportTab; readonly label: string }[] = [
  { id: 'manifests', label: 'Manifests' },
  { id: 'documents', label: 'Source documents' },
];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function listExtensions(extensions: readonly string[]): string {
  return extensions.map((extension) => `.${extension}`).join(', ');
}

/**
 * Import: manifests (pick or drop files, follow the progress of each, read each file's report)
 * and source documents (intelligence reports, watchlists, examination outcomes, kept as they
 * are). Closing the dialog does not stop a running import; the status bar keeps its progress.
 */
export function ImportDialog({ run, documentRun, initialTab = 'manifests', onImport, onPreview, onManageProfiles, onCancelImport, onAddDocuments, onClose }: ImportDialogProps) {
  const [tab, setTab] = useState<ImportTab>(initialTab);
  const tabsId = useId();
  const importing = run !== null && run.phase !== 'done';
  const adding = documentRun !== null && documentRun.phase === 'running';

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = tabs.findIndex((candidate) => candidate.id === tab);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    const nextTab = tabs[next];
    if (!nextTab) return;
    setTab(nextTab.id);
    document.getElementById(`${tabsId}-${nextTab.id}-tab`)?.focus();
  };

  return (
    <Modal
      title="Import"
      onClose={onClose}
      width="wide"
      footer={
        <>
          {importing ? (
            <button type="button" className="button" onClick={onCancelImport} disabled={run.phase === 'cancelling'}>
              {run.phase === 'cancelling' ? 'Cancelling…' : 'Cancel import'}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {importing || adding ? 'Continue in background' : 'Close'}
          </button>
        </>
      }
    >
      <div className="import-tabs" role="tablist" aria-label="What to import">
        {tabs.map((candidate) => (
          <button
            key={candidate.id}
            id={`${tabsId}-${candidate.id}-tab`}
            type="button"
            role="tab"
            className="import-tabs__tab"
            aria-selected={tab === candidate.id}
            aria-controls={`${tabsId}-${candidate.id}-panel`}
            tabIndex={tab === candidate.id ? 0 : -1}
            onClick={() => setTab(candidate.id)}
            onKeyDown={onTabKeyDown}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div id={`${tabsId}-${tab}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${tab}-tab`} className="import-tabs__panel">
        {tab === 'manifests' ? (
          <ManifestsPanel run={run} busy={importing || adding} autoFocus={initialTab === 'manifests'} onImport={onImport} onPreview={onPreview} onManageProfiles={onManageProfiles} />
        ) : (
          <DocumentsPanel run={documentRun} busy={importing || adding} autoFocus={initialTab === 'documents'} onAddDocuments={onAddDocuments} />
        )}
      </div>
    </Modal>
  );
}

function ManifestsPanel({
  run,
  busy,
  autoFocus,
  onImport,
  onPreview,
  onManageProfiles,
}: {
  readonly run: ImportRun | null;
  readonly busy: boolean;
  readonly autoFocus: boolean;
  readonly onImport: (files: readonly File[], choices?: ManifestImportChoices) => void;
  readonly onPreview: ((file: File) => Promise<ManifestPreview>) | undefined;
  readonly onManageProfiles?: (() => void) | undefined;
}) {
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  // A single manifest is previewed before import; several files are imported with automatic mapping.
  const [previewing, setPreviewing] = useState<{ readonly file: File; readonly preview: ManifestPreview | null; readonly error: string | null } | null>(null);
  const running = run !== null && run.phase !== 'done';

  const onFiles = (files: readonly File[]) => {
    const accepted = (file: File) => (manifestExtensions as readonly string[]).includes(extensionOf(file.name));
    setSkipped(files.filter((file) => !accepted(file)).map((file) => file.name));
    const chosen = files.filter(accepted);
    const single = chosen.length === 1 ? chosen[0] : undefined;
    if (onPreview === undefined || single === undefined) {
      setPreviewing(null);
      onImport(chosen);
      return;
    }
    setPreviewing({ file: single, preview: null, error: null });
    onPreview(single).then(
      (preview) => {
        // A table of the US AMS release has no mapping to choose: it is imported as before.
        if (preview.amsTable !== null) {
          setPreviewing(null);
          onImport([single]);
        } else setPreviewing((current) => (current?.file === single ? { file: single, preview, error: null } : current));
      },
      (error: unknown) => setPreviewing((current) => (current?.file === single ? { file: single, preview: null, error: errorMessage(error) } : current)),
    );
  };

  return (
    <>
      <FileDropZone
        disabled={busy}
        accept={listExtensions(manifestExtensions)}
        prompt="Drop manifest files here, or"
        autoFocus={autoFocus}
        hint={
          <>
            CSV, TSV or TXT (comma, semicolon, tab or pipe delimited), XLSX workbooks (every sheet with a B/L column), JSON and JSON Lines; headers are
            matched to the manifest fields. Tables of the US AMS release are imported together, joined on their identifier.
          </>
        }
        onFiles={onFiles}
      />
      {onManageProfiles ? (
        <div className="import-dialog__profiles">
          <button type="button" className="button button--small" disabled={busy} onClick={onManageProfiles}>
            Import profiles…
          </button>
        </div>
      ) : null}
      {previewing !== null && previewing.preview === null && previewing.error === null ? (
        <p className="import-dialog__previewing" role="status">
          Reading the columns of {previewing.file.name}…
        </p>
      ) : null}
      {previewing?.error ? (
        <p className="import-dialog__error" role="alert">
          Preview of {previewing.file.name} failed: {previewing.error}
        </p>
      ) : null}
      {previewing?.preview ? (
        <MappingPreview
          key={previewing.file.name}
          preview={previewing.preview}
          busy={busy}
          onDiscard={() => setPreviewing(null)}
          onImport={(choices) => {
            const file = previewing.file;
            setPreviewing(null);
            onImport([file], choices);
          }}
        />
      ) : null}
      {skipped.length > 0 ? (
        <p className="import-dialog__skipped" role="alert">
          Not imported (manifests are {listExtensions(manifestExtensions)} files): {skipped.join(', ')}
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
          {run.releaseFiles > 0 ? (
            <p className="import-dialog__release">
              US AMS release: {formatCount(run.releaseFiles)} table {run.releaseFiles === 1 ? 'file' : 'files'} imported together, joined on their identifier.
            </p>
          ) : null}
          {run.reports.map((report, index) => (
            <ImportReportView key={`${report.fileName}-${index}`} report={report} />
          ))}
        </section>
      ) : null}
    </>
  );
}

function ImportProgressView({ run }: { readonly run: ImportRun }) {
  const file = run.files[run.currentIndex];
  const { progress } = run;
  const byteLength = progress?.byteLength ?? file?.size ?? null;
  const fraction = progress && byteLength ? Math.min(1, progress.bytesRead / byteLength) : null;
  const inRelease = run.identified && run.currentIndex < run.releaseFiles;
  return (
    <div className="import-progress" role="group" aria-label="Import progress">
      <div className="import-progress__label">
        {run.identified ? (
          <span>
            {run.phase === 'cancelling' ? 'Cancelling' : 'Importing'} file {run.currentIndex + 1} of {run.files.length}
            {inRelease ? ` (AMS release, ${file?.amsTable ?? ''} table)` : ''}: <strong>{file?.name}</strong>
          </span>
        ) : (
          <span>Looking at {run.files.length === 1 ? 'the file' : `${formatCount(run.files.length)} files`}…</span>
        )}
        <span className="import-progress__numbers">
          {progress ? `${formatBytes(progress.bytesRead)}${byteLength ? ` of ${formatBytes(byteLength)}` : ''} · ${formatCount(progress.rowsRead)} rows read` : 'Reading…'}
        </span>
      </div>
      <progress className="import-progress__bar" max={1} value={fraction ?? undefined} aria-label={`Importing ${file?.name ?? ''}`} />
    </div>
  );
}

function DocumentsPanel({
  run,
  busy,
  autoFocus,
  onAddDocuments,
}: {
  readonly run: DocumentRun | null;
  readonly busy: boolean;
  readonly autoFocus: boolean;
  readonly onAddDocuments: (kind: SourceDocumentKind, files: readonly File[]) => void;
}) {
  const [kindId, setKindId] = useState<SourceDocumentKind>(run?.kind ?? 'intelligence-report');
  const [skipped, setSkipped] = useState<readonly { readonly name: string; readonly reason: string }[]>([]);
  const kind = sourceDocumentKinds.find((candidate) => candidate.id === kindId) ?? sourceDocumentKinds[0];
  const extensions: readonly string[] = kind.extensions;

  const onFiles = (files: readonly File[]) => {
    const refusal = (file: File): string | null => {
      if (!extensions.includes(extensionOf(file.name))) return `${kind.pluralLabel.toLowerCase()} are ${listExtensions(extensions)} files`;
      if (file.size > maxSourceDocumentBytes) return `${formatBytes(file.size)}, above the ${formatBytes(maxSourceDocumentBytes)} limit`;
      return null;
    };
    setSkipped(files.flatMap((file) => {
      const reason = refusal(file);
      return reason === null ? [] : [{ name: file.name, reason }];
    }));
    onAddDocuments(kind.id, files.filter((file) => refusal(file) === null));
  };

  return (
    <>
      <fieldset className="document-kinds" disabled={busy}>
        <legend className="document-kinds__legend">Kind of document</legend>
        {sourceDocumentKinds.map((candidate) => (
          <label key={candidate.id} className={`document-kinds__option${candidate.id === kind.id ? ' is-selected' : ''}`}>
            <input type="radio" name="source-document-kind" value={candidate.id} checked={candidate.id === kind.id} onChange={() => setKindId(candidate.id)} />
            <span className="document-kinds__label">{candidate.label}</span>
            <span className="document-kinds__extensions">{listExtensions(candidate.extensions)}</span>
          </label>
        ))}
      </fieldset>
      <FileDropZone
        disabled={busy}
        accept={listExtensions(extensions)}
        prompt={`Drop ${kind.pluralLabel.toLowerCase()} here, or`}
        autoFocus={autoFocus}
        hint={
          kind.id === 'watchlist'
            ? 'Read as a watchlist CSV, an OFAC SDN file or FollowTheMoney JSON Lines (detected), kept byte for byte, and every trader and vessel screened against it; each file gets its report.'
            : kind.id === 'intelligence-report'
              ? 'Kept byte for byte and read into the Reports view: reference, date, grading, handling code and marking from the header (what cannot be read is flagged), the text searchable. PDFs are read from their text layer.'
              : 'Kept in the workspace exactly as they are (byte for byte, with their SHA-256) and readable in the Documents view. A file already kept is not added again.'
        }
        onFiles={onFiles}
      />
      {skipped.length > 0 ? (
        <p className="import-dialog__skipped" role="alert">
          Not added: {skipped.map((entry) => `${entry.name} (${entry.reason})`).join('; ')}
        </p>
      ) : null}
      {run && run.phase === 'running' ? (
        <div className="import-progress" role="group" aria-label="Adding documents">
          <div className="import-progress__label">
            <span>
              {run.kind === 'watchlist' ? 'Importing and screening' : 'Adding'} {countDocuments(run.files.length, run.kind)}: <strong>{run.files.map((file) => file.name).join(', ')}</strong>
            </span>
          </div>
          <progress className="import-progress__bar" max={1} aria-label="Adding documents" />
        </div>
      ) : null}
      {run?.error ? (
        <p className="import-dialog__error" role="alert">
          {run.error}
        </p>
      ) : null}
      {run && run.receipts.length > 0 ? <ReceiptTable run={run} /> : null}
      {run?.reportImport ? <ReportImportTable summary={run.reportImport} /> : null}
      {run && run.watchlistImports.length > 0 ? (
        <section className="import-dialog__reports" aria-label="Watchlist import reports">
          {run.watchlistImports.map((outcome, index) => (
            <WatchlistImportReportView key={`${outcome.fileName}-${index}`} outcome={outcome} />
          ))}
        </section>
      ) : null}
    </>
  );
}

function ReceiptTable({ run }: { readonly run: DocumentRun }) {
  const kindLabel = sourceDocumentKinds.find((candidate) => candidate.id === run.kind)?.label ?? run.kind;
  return (
    <table className="import-report__issues document-receipts" aria-label="Documents added">
      <caption>Documents added as {kindLabel.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col" className="is-number">
            Size
          </th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {run.receipts.map((receipt, index) => (
          <tr key={`${receipt.documentId}-${index}`}>
            <td className="is-code">{receipt.fileName}</td>
            <td className="is-number">{formatBytes(run.files[index]?.size ?? 0)}</td>
            <td>
              {receipt.status === 'added' ? (
                <span className="badge badge--completed">Added</span>
              ) : (
                <span className="badge badge--already-imported">Already in the workspace</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
