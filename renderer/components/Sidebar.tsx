import type { DatasetSummary } from '../../shared/engine/engineApi';
import { formatCount, formatTimestamp } from '../format/format';
import { Icon } from './Icon';
import './Sidebar.css';

export interface SidebarProps {
  readonly datasets: readonly DatasetSummary[];
  readonly manifestLines: number;
}

/** The workspace's views (only those that work today) and its datasets, one per import batch. */
export function Sidebar({ datasets, manifestLines }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Workspace">
      <section className="sidebar__section" aria-labelledby="sidebar-views">
        <h2 id="sidebar-views" className="sidebar__heading">
          Views
        </h2>
        <ul className="sidebar__list">
          <li>
            <a className="sidebar__view" href="#shipments" aria-current="page">
              <Icon name="table" />
              <span className="sidebar__view-name">Shipments</span>
              <span className="sidebar__count">{formatCount(manifestLines)}</span>
            </a>
          </li>
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
    </nav>
  );
}
