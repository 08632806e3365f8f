import type { ShipmentRow, ShipmentSortColumn } from '../../shared/engine/engineApi';
import { formatDecimal } from '../format/format';
import type { RecordColumn } from './RecordTable';

export interface ShipmentColumn {
  readonly id: keyof ShipmentRow;
  readonly label: string;
  /** The engine's sort key, when the column can be sorted on. */
  readonly sortKey: ShipmentSortColumn | null;
  readonly kind: 'code' | 'text' | 'number' | 'date';
  readonly format: (row: ShipmentRow) => string;
}

const text = (id: keyof ShipmentRow) => (row: ShipmentRow) => {
  const value = row[id];
  return value === null ? '' : String(value);
};

/** The columns of the shipments table, in display order: who and what first, then the voyage. */
export const shipmentColumns: readonly ShipmentColumn[] = [
  { id: 'billOfLadingNumber', label: 'B/L No.', sortKey: 'billOfLadingNumber', kind: 'code', format: text('billOfLadingNumber') },
  { id: 'arrivalDate', label: 'Arrival', sortKey: 'arrivalDate', kind: 'date', format: text('arrivalDate') },
  { id: 'shipperName', label: 'Shipper', sortKey: 'shipperName', kind: 'text', format: text('shipperName') },
  { id: 'consigneeName', label: 'Consignee', sortKey: 'consigneeName', kind: 'text', format: text('consigneeName') },
  { id: 'goodsDescription', label: 'Goods', sortKey: null, kind: 'text', format: text('goodsDescription') },
  { id: 'hsCode', label: 'HS code', sortKey: 'hsCode', kind: 'code', format: text('hsCode') },
  { id: 'containerNumber', label: 'Container', sortKey: null, kind: 'code', format: text('containerNumber') },
  { id: 'grossWeightKg', label: 'Gross wt (kg)', sortKey: 'grossWeightKg', kind: 'number', format: (row) => formatDecimal(row.grossWeightKg) },
  { id: 'declaredValueUsd', label: 'Value (USD)', sortKey: 'declaredValueUsd', kind: 'number', format: (row) => formatDecimal(row.declaredValueUsd) },
  { id: 'vesselName', label: 'Vessel', sortKey: 'vesselName', kind: 'text', format: text('vesselName') },
  { id: 'portOfLoading', label: 'Port of loading', sortKey: 'portOfLoading', kind: 'text', format: text('portOfLoading') },
  { id: 'portOfDischarge', label: 'Port of discharge', sortKey: 'portOfDischarge', kind: 'text', format: text('portOfDischarge') },
];

/** Long values show in full as the cell's tooltip. */
const tooltipFrom = 24;

/** The shipment columns as the record table draws them. */
export const shipmentTableColumns: readonly RecordColumn<ShipmentRow, ShipmentSortColumn>[] = shipmentColumns.map((column) => ({
  id: column.id,
  label: column.label,
  sortKey: column.sortKey,
  kind: column.kind,
  cell: column.format,
  title: (row) => {
    const value = column.format(row);
    return value.length > tooltipFrom ? value : undefined;
  },
}));
