import type { KeyboardEvent, ReactNode } from 'react';
import { useRef } from 'react';
import type { ShipmentRow, ShipmentSortColumn } from '../../shared/engine/engineApi';
import { shipmentColumns } from './shipmentColumns';
import './ShipmentsTable.css';

export interface ShipmentSort {
  readonly column: ShipmentSortColumn;
  readonly direction: 'asc' | 'desc';
}

export interface ShipmentsTableProps {
  readonly rows: readonly ShipmentRow[];
  readonly sort: ShipmentSort | null;
  readonly loading: boolean;
  readonly selectedLineId: number | null;
  readonly onSort: (column: ShipmentSortColumn) => void;
  readonly onSelect: (row: ShipmentRow) => void;
  readonly emptyState: ReactNode;
}

/**
 * One page of manifest lines. Sortable headers are buttons; rows are selected by click or by
 * keyboard (arrow keys, Home, End move through the page; one row at a time is in the Tab order).
 */
export function ShipmentsTable({ rows, sort, loading, selectedLineId, onSort, onSelect, emptyState }: ShipmentsTableProps) {
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>());
  const selectedIndex = rows.findIndex((row) => row.lineId === selectedLineId);
  const tabStopIndex = selectedIndex >= 0 ? selectedIndex : 0;

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    onSelect(row);
    rowRefs.current.get(row.lineId)?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: ShipmentRow) => {
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
      <table className="shipments-table" aria-label="Shipments" aria-busy={loading}>
        <thead>
          <tr>
            {shipmentColumns.map((column) => {
              const direction = sort && column.sortKey === sort.column ? sort.direction : null;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={`shipments-table__header shipments-table__cell--${column.kind}`}
                  aria-sort={column.sortKey ? (direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none') : undefined}
                >
                  {column.sortKey ? (
                    <button type="button" className="shipments-table__sort" onClick={() => column.sortKey && onSort(column.sortKey)}>
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
              <td className="shipments-table__empty" colSpan={shipmentColumns.length}>
                {loading ? 'Loading…' : emptyState}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => {
              const selected = row.lineId === selectedLineId;
              return (
                <tr
                  key={row.lineId}
                  ref={(element) => {
                    if (element) rowRefs.current.set(row.lineId, element);
                    else rowRefs.current.delete(row.lineId);
                  }}
                  className={selected ? 'is-selected' : undefined}
                  aria-selected={selected}
                  tabIndex={index === tabStopIndex ? 0 : -1}
                  onClick={() => onSelect(row)}
                  onKeyDown={(event) => onRowKeyDown(event, index, row)}
                >
                  {shipmentColumns.map((column) => {
                    const value = column.format(row);
                    return (
                      <td key={column.id} className={`shipments-table__cell--${column.kind}`} title={value.length > 24 ? value : undefined}>
                        {value}
                      </td>
                    );
                  })}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
