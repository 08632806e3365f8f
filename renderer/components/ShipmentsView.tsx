import { useState } from 'react';
import type { ShipmentRow, ShipmentSortColumn } from '../../shared/engine/engineApi';
import { plural } from '../format/format';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { usePagedQuery } from '../hooks/usePagedQuery';
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
 * the filter is applied once typing pauses (usePagedQuery pages and ignores late answers).
 */
export function ShipmentsView({ engine, dataVersion, selectedLineId, onSelect, onImportManifests }: ShipmentsViewProps) {
  const [filterText, setFilterText] = useState('');
  const [sort, setSort] = useState<ShipmentSort>(initialSort);
  const appliedFilter = useDebouncedValue(filterText.trim(), filterDebounceMs);
  const { page, offset, setOffset, loading, error } = usePagedQuery(
    (pageOffset, limit) =>
      engine.listShipments({
        text: appliedFilter === '' ? undefined : appliedFilter,
        sortBy: sort.column,
        sortDirection: sort.direction,
        offset: pageOffset,
        limit,
      }),
    `${appliedFilter}\u0000${sort.column}\u0000${sort.direction}`,
    engine,
    dataVersion,
    shipmentPageSize,
  );

  const onSort = (column: ShipmentSortColumn) => {
    setSort((previous) =>
      previous.column === column ? { column, direction: previous.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' },
    );
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
