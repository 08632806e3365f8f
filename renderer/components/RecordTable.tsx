import type { KeyboardEvent, ReactNode } from 'react';
import { useRef } from 'react';
import './ShipmentsTable.css';

export interface TableSort<SortKey extends string> {
  readonly column: SortKey;
  readonly direction: 'asc' | 'desc';
}

/** One column of a record table: its header, how a row shows in it, and the engine's sort key if it sorts. */
export interface RecordColumn<Row, SortKey extends string> {
  readonly id: string;
  readonly label: string;
  readonly sortKey?: SortKey | null;
  readonly kind: 'code' | 'text' | 'number' | 'date';
  readonly cell: (row: Row) => ReactNode;
  readonly title?: (row: Row) => string | undefined;
}

export interface RecordTableProps<Row, Key extends string | number, SortKey extends string> {
  readonly label: string;
  readonly className?: string;
  readonly columns: readonly RecordColumn<Row, SortKey>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => Key;
  readonly rowClassName?: (row: Row) => string | undefined;
  readonly sort: TableSort<SortKey> | null;
  readonly loading: boolean;
  readonly selectedKey: Key | null;
  readonly onSort: (column: SortKey) => void;
  readonly onSelect: (row: Row) => void;
  readonly emptyState: ReactNode;
}

const pageJump = 20;

/**
 * One page of records from the engine. Sortable headers are buttons with `aria-sort`; rows are
 * selected by click or keyboard (arrow keys, Home, End, Page Up and Down; Enter or Space selects
 * the focused row; one row at a time is in the Tab order).
 */
export function RecordTable<Row, Key extends string | number, SortKey extends string>({
  label,
  className,
  columns,
  rows,
  rowKey,
  rowClassName,
  sort,
  loading,
  selectedKey,
  onSort,
  onSelect,
  emptyState,
}: RecordTableProps<Row, Key, SortKey>) {
  const rowRefs = useRef(new Map<Key, HTMLTableRowElement>());
  const selectedIndex = selectedKey === null ? -1 : rows.findIndex((row) => rowKey(row) === selectedKey);
  const tabStopIndex = selectedIndex >= 0 ? selectedIndex : 0;

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (row === undefined) return;
    onSelect(row);
    rowRefs.current.get(rowKey(row))?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + pageJump,
      PageUp: index - pageJump,
    };
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
      <table className={className ? `shipments-table ${className}` : 'shipments-table'} aria-label={label} aria-busy={loading}>
        <thead>
          <tr>
            {columns.map((column) => {
              const { sortKey } = column;
              const direction = sort && sortKey === sort.column ? sort.direction : null;
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
              const key = rowKey(row);
              const selected = key === selectedKey;
              const extraClass = rowClassName?.(row);
              const rowClass = [selected ? 'is-selected' : '', extraClass ?? ''].filter(Boolean).join(' ');
              return (
                <tr
                  key={key}
                  ref={(element) => {
                    if (element) rowRefs.current.set(key, element);
                    else rowRefs.current.delete(key);
                  }}
                  className={rowClass === '' ? undefined : rowClass}
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
