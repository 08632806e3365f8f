import type { DragEvent } from 'react';
import { useEffect, useState } from 'react';
import type { ReportDetail, ReportImportSummary, ReportPage, ReportRow, ReportSortColumn, TextSearchResult } from '../../../shared/engine/reportApi';
import { filesOfDrop, filesOfFolderInput, type PickedFiles } from '../../files/droppedFiles';
import { errorMessage, formatCount, plural } from '../../format/format';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import type { WorkerEngineApi } from '../../worker/workerEngineApi';
import { Icon } from '../Icon';
import { ReportFolderImport, type FolderImport } from './ReportFolderImport';
import { selectReportFiles } from './reportFileSelection';
import { ReportViewer } from './ReportViewer';
import { SnippetText } from './SnippetText';
import './ReportsView.css';

export interface ReportsViewProps {
  readonly engine: Pick<WorkerEngineApi, 'listReports' | 'readReport' | 'searchText' | 'reviewMention'>;
  /** Changes whenever the workspace's documents change; the list is then fetched again. */
  readonly documentsVersion: number;
  /** Changes whenever manifests are imported; a search is then run again. */
  readonly dataVersion: number;
  /** Opens the import dialog on its source documents tab; null while commands are unavailable. */
  readonly onImportReports: (() => void) | null;
  /** Shows a mentioned trader in the Network view (its entity id); none: no such action. */
  readonly onShowInNetwork?: ((entityId: string) => void) | null;
  /**
   * Imports report files dropped on the view (folders walked) or chosen with Import folder…;
   * null or absent: the view takes no files.
   */
  readonly onImportReportFiles?: ((files: readonly File[]) => Promise<void>) | null;
  /** What the latest report import did, per file (shown after a drop or folder import). */
  readonly reportImport?: ReportImportSummary | null;
}

const columns: readonly { readonly id: ReportSortColumn; readonly label: string }[] = [
  { id: 'date', label: 'Date' },
  { id: 'reference', label: 'Reference' },
  { id: 'grading', label: 'Grading' },
  { id: 'marking', label: 'Marking' },
  { id: 'handlingCode', label: 'Handling' },
];

type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly value: T } | { readonly state: 'failed'; readonly reason: string };

/**
 * The workspace's intelligence reports: a sortable list (date, reference, grading, marking,
 * handling code), a reader showing the grading, marking and handling code first and the text as
 * text, and a full-text search across the reports and the manifests' goods descriptions whose
 * snippets highlight the words found.
 */
export function ReportsView({ engine, documentsVersion, dataVersion, onImportReports, onShowInNetwork = null, onImportReportFiles = null, reportImport = null }: ReportsViewProps) {
  const [sort, setSort] = useState<{ readonly by: ReportSortColumn; readonly direction: 'asc' | 'desc' }>({ by: 'date', direction: 'desc' });
  const [page, setPage] = useState<Loaded<ReportPage>>({ state: 'loading' });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [report, setReport] = useState<Loaded<ReportDetail> | null>(null);
  const [searchText, setSearchText] = useState('');
  const query = useDebouncedValue(searchText.trim(), 250);
  const [search, setSearch] = useState<Loaded<TextSearchResult> | null>(null);
  const [dragging, setDragging] = useState(false);
  const [folderImport, setFolderImport] = useState<FolderImport | null>(null);

  // Dropped or chosen files: report files imported, every other file listed with its reason.
  const importPicked = async (picked: Promise<PickedFiles> | PickedFiles) => {
    if (onImportReportFiles === null) return;
    let selection;
    try {
      selection = selectReportFiles(await picked);
    } catch (reason) {
      setFolderImport({ phase: 'done', files: 0, skipped: [], error: `The dropped files could not be read: ${errorMessage(reason)}` });
      return;
    }
    setFolderImport({ phase: selection.accepted.length === 0 ? 'done' : 'running', files: selection.accepted.length, skipped: selection.skipped, error: null });
    if (selection.accepted.length === 0) return;
    try {
      await onImportReportFiles(selection.accepted.map((entry) => entry.file));
      setFolderImport((current) => current && { ...current, phase: 'done' });
    } catch (reason) {
      setFolderImport((current) => current && { ...current, phase: 'done', error: `Importing the reports failed: ${errorMessage(reason)}` });
    }
  };
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (onImportReportFiles === null || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (onImportReportFiles === null) return;
    event.preventDefault();
    setDragging(false);
    void importPicked(filesOfDrop(event.dataTransfer));
  };

  useEffect(() => {
    let current = true;
    engine
      .listReports({ sortBy: sort.by, sortDirection: sort.direction, limit: 500 })
      .then((value) => current && setPage({ state: 'loaded', value }))
      .catch((reason: unknown) => current && setPage({ state: 'failed', reason: errorMessage(reason) }));
    return () => {
      current = false;
    };
  }, [engine, sort, documentsVersion]);

  useEffect(() => {
    if (selectedId === null) return undefined;
    let current = true;
    setReport({ state: 'loading' });
    engine
      .readReport(selectedId)
      .then((value) => current && setReport({ state: 'loaded', value }))
      .catch((reason: unknown) => current && setReport({ state: 'failed', reason: errorMessage(reason) }));
    return () => {
      current = false;
    };
  }, [engine, selectedId]);

  useEffect(() => {
    if (query === '') {
      setSearch(null);
      return undefined;
    }
    let current = true;
    setSearch({ state: 'loading' });
    engine
      .searchText({ text: query })
      .then((value) => current && setSearch({ state: 'loaded', value }))
      .catch((reason: unknown) => current && setSearch({ state: 'failed', reason: errorMessage(reason) }));
    return () => {
      current = false;
    };
  }, [engine, query, documentsVersion, dataVersion]);

  const sortBy = (column: ReportSortColumn) =>
    setSort((previous) => ({ by: column, direction: previous.by === column ? (previous.direction === 'asc' ? 'desc' : 'asc') : column === 'date' ? 'desc' : 'asc' }));
  const rows = page.state === 'loaded' ? page.value.rows : [];

  return (
    <section
      className={`reports-view${dragging ? ' is-dragging' : ''}`}
      aria-labelledby="reports-title"
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="view-header">
        <h1 id="reports-title" className="view-header__title">
          Reports
        </h1>
        <span className="view-header__count">{page.state === 'loaded' ? plural(page.value.total, 'report') : ''}</span>
        <div className="view-header__spacer" />
        <label className="reports-view__search">
          <Icon name="search" />
          <input
            type="search"
            value={searchText}
            placeholder='Search reports and goods: words, "phrases", prefix*, -exclude, OR'
            aria-label="Search reports and goods descriptions"
            onChange={(event) => setSearchText(event.target.value)}
          />
        </label>
        {onImportReports ? (
          <button type="button" className="button" onClick={onImportReports}>
            <Icon name="import" />
            Import reports…
          </button>
        ) : null}
        {onImportReportFiles ? (
          <label className={`button${folderImport?.phase === 'running' ? ' is-disabled' : ''}`} title="Import every report file of a folder and its subfolders; other files are listed, not imported">
            <Icon name="import" />
            Import folder…
            <input
              className="visually-hidden"
              type="file"
              multiple
              disabled={folderImport?.phase === 'running'}
              ref={(input) => input?.setAttribute('webkitdirectory', '')}
              aria-label="Import a folder of reports"
              onChange={(event) => {
                const picked = filesOfFolderInput(event.target.files ?? []);
                event.target.value = '';
                void importPicked(picked);
              }}
            />
          </label>
        ) : null}
      </div>
      {dragging ? <p className="reports-view__drop-hint">Drop report files or folders to import them: .txt, .md, .eml, .docx and .pdf are read, other files listed.</p> : null}
      {folderImport !== null ? <ReportFolderImport run={folderImport} summary={folderImport.phase === 'done' && folderImport.files > 0 ? reportImport : null} onDismiss={() => setFolderImport(null)} /> : null}
      {page.state === 'failed' ? (
        <p className="reports-view__error" role="alert">
          The reports could not be listed: {page.reason}
        </p>
      ) : null}
      <div className="reports-view__body">
        <div className="reports-view__list">
          {search !== null ? (
            <SearchResults search={search} onOpenReport={setSelectedId} selectedId={selectedId} />
          ) : page.state === 'loaded' && rows.length === 0 ? (
            <p className="reports-view__empty">No intelligence reports in this workspace. Import .txt, .md, .eml, .docx or .pdf reports from Import › Source documents.</p>
          ) : (
            <ReportTable rows={rows} sort={sort} onSort={sortBy} selectedId={selectedId} onSelect={setSelectedId} />
          )}
        </div>
        <div className="reports-view__reader">
          {report === null ? (
            <p className="reports-view__empty">Select a report to read it.</p>
          ) : report.state === 'loading' ? (
            <p className="reports-view__empty">Reading the report…</p>
          ) : report.state === 'failed' ? (
            <p className="reports-view__error" role="alert">
              The report could not be read: {report.reason}
            </p>
          ) : (
            <ReportViewer key={report.value.reportId} report={report.value} onReviewMention={(mentionId, decision) => engine.reviewMention(mentionId, decision)} onShowInNetwork={onShowInNetwork} />
          )}
        </div>
      </div>
    </section>
  );
}

function ReportTable({
  rows,
  sort,
  onSort,
  selectedId,
  onSelect,
}: {
  readonly rows: readonly ReportRow[];
  readonly sort: { readonly by: ReportSortColumn; readonly direction: 'asc' | 'desc' };
  readonly onSort: (column: ReportSortColumn) => void;
  readonly selectedId: number | null;
  readonly onSelect: (reportId: number) => void;
}) {
  return (
    <table className="reports-table" aria-label="Intelligence reports">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col" aria-sort={sort.by === column.id ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              <button type="button" className="reports-table__sort" onClick={() => onSort(column.id)}>
                {column.label}
                {sort.by === column.id ? <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span> : null}
              </button>
            </th>
          ))}
          <th scope="col">Title</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reportId} className={row.reportId === selectedId ? 'is-selected' : undefined} aria-selected={row.reportId === selectedId}>
            <td className="is-code">{row.date ?? '—'}</td>
            <td className="is-code">
              <button type="button" className="reports-table__open" onClick={() => onSelect(row.reportId)}>
                {row.reference ?? row.fileName}
              </button>
            </td>
            <td className="is-code">{row.grading ?? '—'}</td>
            <td>{row.marking ?? '—'}</td>
            <td className="is-code">{row.handlingCode ?? '—'}</td>
            <td className="reports-table__title">
              {row.title}
              {row.flagCount > 0 ? <span className="reports-table__flags" title="Header fields flagged">{plural(row.flagCount, 'flag')}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SearchResults({ search, onOpenReport, selectedId }: { readonly search: Loaded<TextSearchResult>; readonly onOpenReport: (reportId: number) => void; readonly selectedId: number | null }) {
  if (search.state === 'loading') return <p className="reports-view__empty">Searching…</p>;
  if (search.state === 'failed') {
    return (
      <p className="reports-view__error" role="alert">
        The search failed: {search.reason}
      </p>
    );
  }
  const { value } = search;
  if (value.message !== null) return <p className="reports-view__empty">{value.message}</p>;
  return (
    <div className="search-results">
      <section aria-label="Reports found">
        <h2 className="search-results__heading">
          Reports <span className="search-results__count">{formatCount(value.reports.total)}</span>
        </h2>
        {value.reports.hits.length === 0 ? <p className="reports-view__empty">No report holds these words.</p> : null}
        <ol className="search-results__list">
          {value.reports.hits.map((hit) => (
            <li key={hit.reportId} className={hit.reportId === selectedId ? 'search-hit is-selected' : 'search-hit'}>
              <button type="button" className="search-hit__open" onClick={() => onOpenReport(hit.reportId)}>
                <span className="search-hit__title">{hit.reference ?? hit.fileName}</span>
                <span className="search-hit__meta">
                  {[hit.date, hit.grading, hit.marking].filter((part) => part !== null).join(' · ')}
                </span>
              </button>
              <p className="search-hit__snippet">
                <SnippetText segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-label="Goods descriptions found">
        <h2 className="search-results__heading">
          Goods descriptions <span className="search-results__count">{formatCount(value.goods.total)}</span>
        </h2>
        {value.goods.hits.length === 0 ? <p className="reports-view__empty">No goods description holds these words.</p> : null}
        <ol className="search-results__list">
          {value.goods.hits.map((hit) => (
            <li key={hit.lineId} className="search-hit">
              <span className="search-hit__title is-code">{hit.billOfLadingNumber}</span>
              <span className="search-hit__meta">{[hit.arrivalDate, hit.hsCode === null ? null : `HS ${hit.hsCode}`, hit.containerNumber].filter((part) => part !== null).join(' · ')}</span>
              <p className="search-hit__snippet">
                <SnippetText segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
