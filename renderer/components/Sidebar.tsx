import type { DatasetSummary } from '../../shared/engine/engineApi';
import { formatCount, formatTimestamp } from '../format/format';
import { Icon } from './Icon';
import './Sidebar.css';
import './Demo.css';

export type WorkspaceView = 'shipments' | 'documents' | 'traders' | 'network' | 'reports' | 'targets' | 'audit';

export interface SidebarProps {
  readonly datasets: readonly DatasetSummary[];
  readonly manifestLines: number;
  /** Source documents kept in the workspace; the Documents view is offered only when there are some. */
  readonly sourceDocuments: number;
  /** Traders resolved from the party occurrences; null before the first resolution. */
  readonly traders: number | null;
  /** Links waiting in the review queue (shown beside the traders); 0 when none. */
  readonly tradersToReview: number;
  readonly view: WorkspaceView;
  readonly onViewChange: (view: WorkspaceView) => void;
  /** Opens the demo workspace; null while workspace commands are unavailable. */
  readonly onOpenDemo: (() => void) | null;
}

/**
 * The workspace's views (only those that work today), its datasets, one per import batch, and
 * the demo workspace (the browser build has no native menu to offer it).
 */
export function Sidebar({ datasets, manifestLines, sourceDocuments, traders, tradersToReview, view, onViewChange, onOpenDemo }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Workspace">
      <section className="sidebar__section" aria-labelledby="sidebar-views">
        <h2 id="sidebar-views" className="sidebar__heading">
          Views
        </h2>
        <ul className="sidebar__list">
          <li>
            <button type="button" className="sidebar__view" aria-current={view === 'shipments' ? 'page' : undefined} onClick={() => onViewChange('shipments')}>
              <Icon name="table" />
              <span className="sidebar__view-name">Shipments</span>
              <span className="sidebar__count">{formatCount(manifestLines)}</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="sidebar__view"
              aria-current={view === 'traders' ? 'page' : undefined}
              onClick={() => onViewChange('traders')}
              title={tradersToReview > 0 ? `${formatCount(tradersToReview)} uncertain links to review` : undefined}
            >
              <Icon name="traders" />
              <span className="sidebar__view-name">Traders</span>
              {tradersToReview > 0 ? <span className="sidebar__flag">{formatCount(tradersToReview)} to review</span> : null}
              <span className="sidebar__count">{traders === null ? '' : formatCount(traders)}</span>
            </button>
          </li>
          <li>
            <button type="button" className="sidebar__view" aria-current={view === 'network' ? 'page' : undefined} onClick={() => onViewChange('network')}>
              <Icon name="network" />
              <span className="sidebar__view-name">Network</span>
            </button>
          </li>
          <li>
            <button type="button" className="sidebar__view" aria-current={view === 'reports' ? 'page' : undefined} onClick={() => onViewChange('reports')}>
              <Icon name="document" />
              <span className="sidebar__view-name">Reports</span>
            </button>
          </li>
          <li>
            <button type="button" className="sidebar__view" aria-current={view === 'targets' ? 'page' : undefined} onClick={() => onViewChange('targets')}>
              <Icon name="target" />
              <span className="sidebar__view-name">Targets</span>
            </button>
          </li>
          <li>
            <button type="button" className="sidebar__view" aria-current={view === 'audit' ? 'page' : undefined} onClick={() => onViewChange('audit')}>
              <Icon name="audit" />
              <span className="sidebar__view-name">Audit</span>
            </button>
          </li>
          {sourceDocuments > 0 ? (
            <li>
              <button type="button" className="sidebar__view" aria-current={view === 'documents' ? 'page' : undefined} onClick={() => onViewChange('documents')}>
                <Icon name="document" />
                <span className="sidebar__view-name">Documents</span>
                <span className="sidebar__count">{formatCount(sourceDocuments)}</span>
              </button>
            </li>
          ) : null}
        </ul>
      </section>
      <section className="sidebar__section sidebar__section--fill" aria-labelledby="sidebar-datasets">
        <h2 id="sidebar-datasets" className="sidebar__heading">
          Datasets <span className="sidebar__heading-count">{datasets.length}</span>
        </h2>
        {datasets.length === 0 ? (
          <p className="sidebar__empty">No manifests imported yet.</p>
        ) : (
          <ul className="sidebar__list" aria-label="Import batches">
            {datasets.map((dataset) => (
              <li key={dataset.batchId} className="dataset">
                <div className="dataset__name" title={dataset.sourceFile}>
                  <Icon name="dataset" size={14} />
                  <span>{dataset.sourceFile}</span>
                </div>
                <div className="dataset__meta">Imported {formatTimestamp(dataset.importedAt)}</div>
                <dl className="dataset__counts">
                  <div>
                    <dt>Read</dt>
                    <dd>{formatCount(dataset.rowsRead)}</dd>
                  </div>
                  <div>
                    <dt>Stored</dt>
                    <dd>{formatCount(dataset.rowsStored)}</dd>
                  </div>
                  <div className={dataset.rowsRejected > 0 ? 'dataset__rejected' : undefined}>
                    <dt>Rejected</dt>
                    <dd>{formatCount(dataset.rowsRejected)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="sidebar__section" aria-labelledby="sidebar-demo">
        <h2 id="sidebar-demo" className="sidebar__heading">
          Demo
        </h2>
        <p className="sidebar-demo__text">A small generated workspace of synthetic data, to try the app out.</p>
        <div className="sidebar-demo__action">
          <button type="button" className="button" onClick={onOpenDemo ?? undefined} disabled={onOpenDemo === null}>
            <Icon name="flask" size={14} />
            Open demo workspace
          </button>
        </div>
      </section>
    </nav>
  );
}
