import { useEffect, useState } from 'react';
import type { ShipmentPage, ShipmentRow, ShipmentSortColumn } from '../../shared/engine/engineApi';
import { errorMessage, plural } from '../format/format';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { Icon } from './Icon';
import { Pager } from './Pager';
import type { ShipmentSort } from './ShipmentsTable';
import { ShipmentsTable } from './ShipmentsTable';
import './ShipmentsView.css';

export const shipmentPageSize = 100;
export const filterDebounceMs = 250;
/** The engine's own default order, shown as such. */
const initialSort: ShipmentSort = { column: 'billOfLadingNumber', direction: 'asc' };

export interface ShipmentsViewProps {
  readonly engine: Pick<WorkerEngineApi, 'listShipments'>;
  /** Changes whenever the engine's shipments change; the page is then fetched again. */
  readonly dataVersion: number;
  readonly selectedLineId: number | null;
  readonly onSelect: (row: ShipmentRow) => void;
  readonly onImportManifests: (() => void) | null;
}

/**
 * The shipments view: the engine sorts, filters and pages (one page of 100 lines at a time);
 * the filter is applied once typing pauses, and a late answer to an older request is ignored.
 */
export function ShipmentsView({ engine, dataVersion, selectedLineId, onSelect, onImportManifests }: ShipmentsViewProps) {
  const [filterText, setFilterText] = useState('');
  const [sort, setSort] = useState<ShipmentSort>(initialSort);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ShipmentPage | null>(null);
  // Loading from the first render: an empty table before the first answer would claim "no lines".
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const appliedFilter = useDebouncedValue(filterText.trim(), filterDebounceMs);
  const [pagedFilter, setPagedFilter] = useState(appliedFilter);

  // A new filter starts again at the first page.
  if (pagedFilter !== appliedFilter) {
    setPagedFilter(appliedFilter);
    setOffset(0);
  }

  useEffect(() => {
    let current = true;
    setLoading(true);
    engine
      .listShipments({
        text: appliedFilter === '' ? undefined : appliedFilter,
        sortBy: sort.column,
        sortDirection: sort.direction,
        offset,
        limit: shipmentPageSize,
      })
      .then((result) => {
        if (!current) return;
        setError(null);
        if (result.rows.length === 0 && offset > 0) {
          // The data shrank under the current page (another workspace, a narrower filter).
          setOffset(result.total === 0 ? 0 : Math.floor((result.total - 1) / shipmentPageSize) * shipmentPageSize);
          return;
        }
        setPage(result);
      })
      .catch((reason: unknown) => {
        if (current) setError(errorMessage(reason));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [engine, dataVersion, appliedFilter, sort, offset]);

  const onSort = (column: ShipmentSortColumn) => {
    setSort((previous) =>
      previous.column === column ? { column, direction: previous.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' },
    );
    setOffset(0);
  };

  const total = page?.total ?? 0;
  const filtered = appliedFilter !== '';
  const emptyState = filtered ? (
    <>No manifest lines match “{appliedFilter}”.</>
  ) : (
    <div className="shipments-view__empty">
      <p>This workspace has no manifest lines yet.</p>
      {onImportManifests ? (
        <button type="button" className="button button--primary" onClick={onImportManifests}>
          <Icon name="import" />
          Import manifests…
        </button>
      ) : null}
    </div>
  );

  return (
    <section className="shipments-view" aria-labelledby="shipments-title">
      <div className="view-header">
        <h1 id="shipments-title" className="view-header__title">
          Shipments
        </h1>
        <span className="view-header__count" aria-live="polite">
          {page ? plural(total, filtered ? 'matching line' : 'line') : ''}
        </span>
        <label className="search-field">
          <Icon name="search" size={14} />
          <span className="visually-hidden">Filter shipments</span>
          <input
            type="search"
            value={filterText}
            onChange={(event) => setFilterText(event.target.value)}
            placeholder="Filter: B/L, party, goods, container, vessel"
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <div className="view-header__spacer" />
        <Pager offset={page?.offset ?? offset} pageSize={shipmentPageSize} total={total} onOffsetChange={setOffset} />
      </div>
      {error ? (
        <div className="shipments-view__error" role="alert">
          The shipments could not be loaded: {error}
        </div>
      ) : null}
      <ShipmentsTable
        rows={page?.rows ?? []}
        sort={sort}
        loading={loading}
        selectedLineId={selectedLineId}
        onSort={onSort}
        onSelect={onSelect}
        emptyState={emptyState}
      />
    </section>
  );
}
