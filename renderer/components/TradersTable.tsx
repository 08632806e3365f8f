import type { ReactNode } from 'react';
import type { EntityRow, EntitySortColumn } from '../../shared/engine/entityApi';
import { formatCount } from '../format/format';
import { formatRoles } from '../format/traderFormat';
import { RecordTable, type RecordColumn, type TableSort } from './RecordTable';

export type TraderSort = TableSort<EntitySortColumn>;

export interface TradersTableProps {
  readonly rows: readonly EntityRow[];
  readonly sort: TraderSort;
  readonly loading: boolean;
  readonly selectedEntityId: string | null;
  readonly onSort: (column: EntitySortColumn) => void;
  readonly onSelect: (row: EntityRow) => void;
  readonly emptyState: ReactNode;
}

const columns: readonly RecordColumn<EntityRow, EntitySortColumn>[] = [
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

const entityIdOf = (row: EntityRow): string => row.entityId;
const hitsClass = (row: EntityRow): string | undefined => (row.watchlistHits > 0 ? 'has-hits' : undefined);

/** One page of traders (see RecordTable for sorting and keyboard selection). */
export function TradersTable({ rows, sort, loading, selectedEntityId, onSort, onSelect, emptyState }: TradersTableProps) {
  return (
    <RecordTable
      label="Traders"
      className="traders-table"
      columns={columns}
      rows={rows}
      rowKey={entityIdOf}
      rowClassName={hitsClass}
      sort={sort}
      loading={loading}
      selectedKey={selectedEntityId}
      onSort={onSort}
      onSelect={onSelect}
      emptyState={emptyState}
    />
  );
}
