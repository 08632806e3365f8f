import type { KeyboardEvent, ReactNode } from 'react';
import { useRef } from 'react';
import type { EntityRow, EntitySortColumn } from '../../shared/engine/entityApi';
import { formatCount } from '../format/format';
import { formatRoles } from '../format/traderFormat';
import './ShipmentsTable.css';

export interface TraderSort {
  readonly column: EntitySortColumn;
  readonly direction: 'asc' | 'desc';
}

export interface TradersTableProps {
  readonly rows: readonly EntityRow[];
  readonly sort: TraderSort;
  readonly loading: boolean;
  readonly selectedEntityId: string | null;
  readonly onSort: (column: EntitySortColumn) => void;
  readonly onSelect: (row: EntityRow) => void;
  readonly emptyState: ReactNode;
}

interface TraderColumn {
  readonly id: string;
  readonly label: string;
  readonly sortKey?: EntitySortColumn;
  readonly kind: 'text' | 'number' | 'code';
  readonly cell: (row: EntityRow) => ReactNode;
  readonly title?: (row: EntityRow) => string;
}

const columns: readonly TraderColumn[] = [
  { id: 'name', label: 'Trader', sortKey: 'displayName', kind: 'text', cell: (row) => row.displayName, title: (row) => `${row.displayName} (${row.entityId})` },
  {
    id: 'hits',
    label: 'Watchlist',
    sortKey: 'watchlistHits',
    kind: 'number',
    cell: (row) =>
      row.watchlistHits > 0 ? (
        <span className="hit-badge" title={`${formatCount(row.watchlistHits)} watchlist ${row.watchlistHits === 1 ? 'hit' : 'hits'}`}>
          {formatCount(row.watchlistHits)} {row.watchlistHits === 1 ? 'hit' : 'hits'}
        </span>
      ) : (
        ''
      ),
  },
  { id: 'variants', label: 'Variants', sortKey: 'variants', kind: 'number', cell: (row) => formatCount(row.variants) },
  { id: 'occurrences', label: 'Occurrences', sortKey: 'occurrences', kind: 'number', cell: (row) => formatCount(row.occurrences) },
  { id: 'roles', label: 'Roles', kind: 'text', cell: (row) => formatRoles(row.roles) },
  { id: 'countries', label: 'Countries', kind: 'code', cell: (row) => row.countries.join(' '), title: (row) => row.countries.join(', ') },
];

/**
 * One page of traders. Sortable headers are buttons; rows are selected by click or keyboard
 * (arrow keys, Home, End, Page Up and Down; one row at a time is in the Tab order).
 */
export function TradersTable({ rows, sort, loading, selectedEntityId, onSort, onSelect, emptyState }: TradersTableProps) {
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const selectedIndex = rows.findIndex((row) => row.entityId === selectedEntityId);
  const tabStopIndex = selectedIndex >= 0 ? selectedIndex : 0;

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    onSelect(row);
    rowRefs.current.get(row.entityId)?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: EntityRow) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1, PageDown: index + 20, PageUp: index - 20 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(row);
    }
  };

  return (
    <div className="shipments-table__scroller">
      <table className="shipments-table traders-table" aria-label="Traders" aria-busy={loading}>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = column.sortKey === sort.column ? sort.direction : null;
              const { sortKey } = column;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={`shipments-table__header shipments-table__cell--${column.kind}`}
                  aria-sort={sortKey ? (direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none') : undefined}
                >
                  {sortKey ? (
                    <button type="button" className="shipments-table__sort" onClick={() => onSort(sortKey)}>
                      <span>{column.label}</span>
                      <span className={`shipments-table__sort-indicator${direction ? ' is-active' : ''}`} aria-hidden="true">
                        {direction === 'desc' ? '▼' : '▲'}
                      </span>
                    </button>
                  ) : (
                    <span className="shipments-table__label">{column.label}</span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="shipments-table__empty" colSpan={columns.length}>
                {loading ? 'Loading…' : emptyState}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => {
              const selected = row.entityId === selectedEntityId;
              return (
                <tr
                  key={row.entityId}
                  ref={(element) => {
                    if (element) rowRefs.current.set(row.entityId, element);
                    else rowRefs.current.delete(row.entityId);
                  }}
                  className={`${selected ? 'is-selected' : ''}${row.watchlistHits > 0 ? ' has-hits' : ''}`}
                  aria-selected={selected}
                  tabIndex={index === tabStopIndex ? 0 : -1}
                  onClick={() => onSelect(row)}
                  onKeyDown={(event) => onRowKeyDown(event, index, row)}
                >
                  {columns.map((column) => (
                    <td key={column.id} className={`shipments-table__cell--${column.kind}`} title={column.title?.(row)}>
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
