import { useState } from 'react';
import type { EntityRow, EntitySortColumn } from '../../shared/engine/entityApi';
import { plural } from '../format/format';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { usePagedQuery } from '../hooks/usePagedQuery';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { Icon } from './Icon';
import { Pager } from './Pager';
import type { TraderSort } from './TradersTable';
import { TradersTable } from './TradersTable';

export const traderPageSize = 100;
export const traderFilterDebounceMs = 250;
/** The busiest traders first: where an analyst starts. */
const initialSort: TraderSort = { column: 'occurrences', direction: 'desc' };

export interface TradersListProps {
  readonly engine: Pick<WorkerEngineApi, 'listEntities'>;
  /** Changes whenever the stored traders change; the page is then fetched again. */
  readonly entitiesVersion: number;
  readonly selectedEntityId: string | null;
  readonly onSelect: (row: EntityRow) => void;
  /** False before the first resolution: the list then says so instead of "no traders". */
  readonly resolved: boolean;
}

/**
 * The traders, paged, sorted and filtered by the engine: a text filter over every raw name
 * (applied once typing pauses), and toggles for traders written with several names and traders
 * with watchlist hits (usePagedQuery pages and ignores late answers).
 */
export function TradersList({ engine, entitiesVersion, selectedEntityId, onSelect, resolved }: TradersListProps) {
  const [filterText, setFilterText] = useState('');
  const [onlyWithVariants, setOnlyWithVariants] = useState(false);
  const [onlyWithWatchlistHits, setOnlyWithWatchlistHits] = useState(false);
  const [sort, setSort] = useState<TraderSort>(initialSort);
  const appliedFilter = useDebouncedValue(filterText.trim(), traderFilterDebounceMs);
  const { page, offset, setOffset, loading, error } = usePagedQuery(
    (pageOffset, limit) =>
      engine.listEntities({
        text: appliedFilter === '' ? undefined : appliedFilter,
        onlyWithVariants: onlyWithVariants || undefined,
        onlyWithWatchlistHits: onlyWithWatchlistHits || undefined,
        sortBy: sort.column,
        sortDirection: sort.direction,
        offset: pageOffset,
        limit,
      }),
    [appliedFilter, onlyWithVariants, onlyWithWatchlistHits, sort.column, sort.direction].join('\u0000'),
    engine,
    entitiesVersion,
    traderPageSize,
  );

  const onSort = (column: EntitySortColumn) => {
    // Counts read best largest first; names alphabetically.
    const firstDirection = column === 'displayName' ? 'asc' : 'desc';
    setSort((previous) =>
      previous.column === column ? { column, direction: previous.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: firstDirection },
    );
  };

  const total = page?.total ?? 0;
  const filtered = appliedFilter !== '' || onlyWithVariants || onlyWithWatchlistHits;
  const emptyState = !resolved ? (
    <>The traders have not been resolved yet: use “Resolve traders” above.</>
  ) : filtered ? (
    <>No traders match the filter.</>
  ) : (
    <>This workspace has no traders: import manifests first.</>
  );

  return (
    <div className="traders-list">
      <div className="traders-list__toolbar">
        <label className="search-field">
          <Icon name="search" size={14} />
          <span className="visually-hidden">Filter traders</span>
          <input
            type="search"
            value={filterText}
            onChange={(event) => setFilterText(event.target.value)}
            placeholder="Filter: any name the trader was written with"
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <label className="toggle">
          <input type="checkbox" checked={onlyWithVariants} onChange={(event) => setOnlyWithVariants(event.target.checked)} />
          Only with variants
        </label>
        <label className="toggle">
          <input type="checkbox" checked={onlyWithWatchlistHits} onChange={(event) => setOnlyWithWatchlistHits(event.target.checked)} />
          Only with watchlist hits
        </label>
        <span className="view-header__count" aria-live="polite">
          {page ? plural(total, filtered ? 'matching trader' : 'trader') : ''}
        </span>
        <div className="view-header__spacer" />
        <Pager offset={page?.offset ?? offset} pageSize={traderPageSize} total={total} onOffsetChange={setOffset} />
      </div>
      {error ? (
        <div className="traders-view__error" role="alert">
          The traders could not be loaded: {error}
        </div>
      ) : null}
      <TradersTable
        rows={page?.rows ?? []}
        sort={sort}
        loading={loading}
        selectedEntityId={selectedEntityId}
        onSort={onSort}
        onSelect={onSelect}
        emptyState={emptyState}
      />
    </div>
  );
}
