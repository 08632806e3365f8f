import { useEffect, useState } from 'react';
import { sourceDocumentKinds } from '../../shared/documents/sourceDocumentKinds';
import type { SourceDocumentSummary, SourceDocumentText } from '../../shared/engine/engineApi';
import { errorMessage, formatBytes, formatTimestamp, plural } from '../format/format';
import { useEngineValue } from '../hooks/useEngineValue';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { Icon } from './Icon';
import './DocumentsView.css';

export interface DocumentsViewProps {
  readonly engine: Pick<WorkerEngineApi, 'listSourceDocuments' | 'readSourceDocument'>;
  /** Changes whenever the engine's source documents change; the list is then fetched again. */
  readonly documentsVersion: number;
  /** Opens the import dialog on its source documents tab; null while commands are unavailable. */
  readonly onAddDocuments: (() => void) | null;
}

type Reading =
  | { readonly state: 'loading'; readonly documentId: number }
  | { readonly state: 'loaded'; readonly document: SourceDocumentText }
  | { readonly state: 'failed'; readonly documentId: number; readonly reason: string };

/**
 * The workspace's source documents, grouped by kind, and a reader for the selected one. The text
 * is shown exactly as kept, as plain text: whatever markup a document holds is never interpreted.
 */
export function DocumentsView({ engine, documentsVersion, onAddDocuments }: DocumentsViewProps) {
  const { value: documents, error: listError } = useEngineValue(() => engine.listSourceDocuments(), engine, documentsVersion);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);


  useEffect(() => {
    if (selectedId === null) return undefined;
    let current = true;
    setReading({ state: 'loading', documentId: selectedId });
    engine
      .readSourceDocument(selectedId)
      .then((document) => {
        if (current) setReading({ state: 'loaded', document });
      })
      .catch((reason: unknown) => {
        if (current) setReading({ state: 'failed', documentId: selectedId, reason: errorMessage(reason) });
      });
    return () => {
      current = false;
    };
  }, [engine, selectedId]);

  const groups = sourceDocumentKinds
    .map((kind) => ({ kind, documents: (documents ?? []).filter((document) => document.kind === kind.id) }))
    .filter((group) => group.documents.length > 0);
  const selected = documents?.find((document) => document.documentId === selectedId) ?? null;

  return (
    <section className="documents-view" aria-labelledby="documents-title">
      <div className="view-header">
        <h1 id="documents-title" className="view-header__title">
          Documents
        </h1>
        <span className="view-header__count">{documents ? plural(documents.length, 'document') : ''}</span>
        <div className="view-header__spacer" />
        {onAddDocuments ? (
          <button type="button" className="button" onClick={onAddDocuments}>
            <Icon name="import" size={14} />
            Add documents…
          </button>
        ) : null}
      </div>
      {listError ? (
        <div className="documents-view__error" role="alert">
          The documents could not be listed: {listError}
        </div>
      ) : null}
      <div className="documents-view__body">
        <div className="document-list" role="region" aria-label="Source documents">
          {documents !== null && groups.length === 0 ? <p className="document-list__empty">This workspace keeps no source documents.</p> : null}
          {groups.map(({ kind, documents: ofKind }) => (
            <section key={kind.id} className="document-list__group" aria-labelledby={`document-kind-${kind.id}`}>
              <h2 id={`document-kind-${kind.id}`} className="document-list__heading">
                {kind.pluralLabel} <span className="document-list__heading-count">{ofKind.length}</span>
              </h2>
              <ul className="document-list__items" aria-label={kind.pluralLabel}>
                {ofKind.map((document) => (
                  <li key={document.documentId}>
                    <button
                      type="button"
                      className="document-list__item"
                      aria-current={document.documentId === selectedId ? 'true' : undefined}
                      onClick={() => setSelectedId(document.documentId)}
                    >
                      <span className="document-list__name">{document.fileName}</span>
                      <span className="document-list__meta">
                        <span>{formatBytes(document.byteLength)}</span>
                        <span>Added {formatTimestamp(document.addedAt)}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <DocumentReader selected={selected} reading={reading} />
      </div>
    </section>
  );
}

function DocumentReader({ selected, reading }: { readonly selected: SourceDocumentSummary | null; readonly reading: Reading | null }) {
  if (selected === null) {
    return (
      <div className="document-reader document-reader--empty">
        <p>Select a document to read it.</p>
      </div>
    );
  }
  const kindLabel = sourceDocumentKinds.find((kind) => kind.id === selected.kind)?.label ?? selected.kind;
  const loaded = reading?.state === 'loaded' && reading.document.documentId === selected.documentId ? reading.document : null;
  const failed = reading?.state === 'failed' && reading.documentId === selected.documentId ? reading.reason : null;
  return (
    <article className="document-reader" aria-label={`Document ${selected.fileName}`}>
      <header className="document-reader__header">
        <h2 className="document-reader__title">{selected.fileName}</h2>
        <span className="document-reader__kind">{kindLabel}</span>
      </header>
      <dl className="document-reader__facts">
        <div>
          <dt>Size</dt>
          <dd>{formatBytes(selected.byteLength)}</dd>
        </div>
        <div>
          <dt>Encoding</dt>
          <dd>{loaded ? loaded.encoding : '…'}</dd>
        </div>
        <div>
          <dt>Added</dt>
          <dd>{formatTimestamp(selected.addedAt)}</dd>
        </div>
        <div className="document-reader__hash">
          <dt>SHA-256</dt>
          <dd title={selected.contentSha256}>{selected.contentSha256}</dd>
        </div>
      </dl>
      {failed !== null ? (
        <p className="document-reader__error" role="alert">
          The document could not be read: {failed}
        </p>
      ) : loaded ? (
        // Plain text in a text node: markup in a document is shown, never interpreted.
        <pre className="document-reader__text" aria-label={`Text of ${selected.fileName}`} tabIndex={0}>
          {loaded.text}
        </pre>
      ) : (
        <p className="document-reader__loading">Reading…</p>
      )}
    </article>
  );
}
