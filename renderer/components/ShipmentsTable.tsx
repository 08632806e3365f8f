import type { ReactNode } from 'react';
import type { ShipmentRow, ShipmentSortColumn } from '../../shared/engine/engineApi';
import { RecordTable, type TableSort } from './RecordTable';
import { shipmentTableColumns } from './shipmentColumns';

export type ShipmentSort = TableSort<ShipmentSortColumn>;

export interface ShipmentsTableProps {
  readonly rows: readonly ShipmentRow[];
  readonly sort: ShipmentSort | null;
  readonly loading: boolean;
  readonly selectedLineId: number | null;
  readonly onSort: (column: ShipmentSortColumn) => void;
  readonly onSelect: (row: ShipmentRow) => void;
  readonly emptyState: ReactNode;
}

const lineIdOf = (row: ShipmentRow): number => row.lineId;

/** One page of manifest lines (see RecordTable for sorting and keyboard selection). */
export function ShipmentsTable({ rows, sort, loading, selectedLineId, onSort, onSelect, emptyState }: ShipmentsTableProps) {
  return (
    <RecordTable
      label="Shipments"
      columns={shipmentTableColumns}
      rows={rows}
      rowKey={lineIdOf}
      sort={sort}
      loading={loading}
      selectedKey={selectedLineId}
      onSort={onSort}
      onSelect={onSelect}
      emptyState={emptyState}
    />
  );
}
