import type { SqlValue } from 'sql.js';
import type { ShipmentPage, ShipmentQuery, ShipmentRow, ShipmentSortColumn } from '../engine/engineApi';
import { shipmentSortColumns } from '../engine/engineApi';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The shipments table: one row per manifest line with its B/L, parties and provenance. A bill can
 * name several parties of one role (the AMS release lists every consignee row); the row shows the
 * first recorded, so a line is never repeated. Sorting is by a whitelisted column; the text filter
 * is a bound parameter. No SQL is built from user input.
 */
const sortExpressions: Readonly<Record<ShipmentSortColumn, string>> = {
  billOfLadingNumber: 'bill.bill_of_lading_number',
  arrivalDate: 'bill.arrival_date',
  vesselName: 'bill.vessel_name',
  portOfLoading: 'bill.port_of_loading',
  portOfDischarge: 'bill.port_of_discharge',
  shipperName: 'shipper.raw_name',
  consigneeName: 'consignee.raw_name',
  hsCode: 'line.hs_code',
  grossWeightKg: 'line.gross_weight_kg',
  declaredValueUsd: 'line.declared_value_usd',
};

const fromClause = `
  FROM manifest_line AS line
  JOIN bill_of_lading AS bill ON bill.id = line.bill_of_lading_id
  JOIN import_batch AS batch ON batch.id = line.batch_id
  LEFT JOIN party_occurrence AS shipper ON shipper.id = (SELECT min(id) FROM party_occurrence WHERE bill_of_lading_id = bill.id AND role = 'shipper')
  LEFT JOIN party_occurrence AS consignee ON consignee.id = (SELECT min(id) FROM party_occurrence WHERE bill_of_lading_id = bill.id AND role = 'consignee')
  LEFT JOIN party_occurrence AS notify ON notify.id = (SELECT min(id) FROM party_occurrence WHERE bill_of_lading_id = bill.id AND role = 'notify_party')`;

const textFilter = `
  WHERE (? IS NULL OR bill.bill_of_lading_number LIKE ?1 ESCAPE '\\' OR shipper.raw_name LIKE ?1 ESCAPE '\\'
    OR consignee.raw_name LIKE ?1 ESCAPE '\\' OR notify.raw_name LIKE ?1 ESCAPE '\\' OR line.goods_description LIKE ?1 ESCAPE '\\'
    OR line.container_number LIKE ?1 ESCAPE '\\' OR bill.vessel_name LIKE ?1 ESCAPE '\\' OR line.hs_code LIKE ?1 ESCAPE '\\')`;

export const maxShipmentPageSize = 500;

export function listShipments(store: WorkspaceStore, query: ShipmentQuery): ShipmentPage {
  const sortBy: ShipmentSortColumn = shipmentSortColumns.includes(query.sortBy as ShipmentSortColumn) ? (query.sortBy as ShipmentSortColumn) : 'billOfLadingNumber';
  const direction = query.sortDirection === 'desc' ? 'DESC' : 'ASC';
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), maxShipmentPageSize);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const text = query.text?.trim() ? `%${query.text.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  const filterParams: SqlValue[] = [text];
  const total = Number(store.scalar(`SELECT count(*) ${fromClause} ${textFilter}`, filterParams) ?? 0);
  const rows = store.all(
    `SELECT line.id AS lineId, bill.bill_of_lading_number AS billOfLadingNumber, bill.arrival_date AS arrivalDate,
       bill.vessel_name AS vesselName, bill.vessel_imo AS vesselImo, bill.voyage_number AS voyageNumber,
       bill.port_of_loading AS portOfLoading, bill.port_of_discharge AS portOfDischarge, bill.country_of_origin AS countryOfOrigin,
       shipper.raw_name AS shipperName, consignee.raw_name AS consigneeName, notify.raw_name AS notifyPartyName,
       line.container_number AS containerNumber, line.hs_code AS hsCode, line.goods_description AS goodsDescription,
       line.packages AS packages, line.gross_weight_kg AS grossWeightKg, line.declared_value_usd AS declaredValueUsd,
       batch.source_file AS sourceFile, line.source_row AS sourceRow
     ${fromClause} ${textFilter}
     ORDER BY ${sortExpressions[sortBy]} ${direction} NULLS LAST, line.id ${direction}
     LIMIT ? OFFSET ?`,
    [...filterParams, limit, offset],
  ) as unknown as ShipmentRow[];
  return { rows, total, offset };
}
