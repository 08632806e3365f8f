import type { SqlValue } from 'sql.js';
import type { NetworkFilters } from './networkGraph';

/**
 * The network filters as a SQL condition on a bill_of_lading row (alias given), with its bound
 * parameters: every value the analyst chose travels as a parameter, never as SQL text. Filters
 * are always applied here, in the engine, before edges are aggregated: an edge's bills, value and
 * dates depend on which bills are in, so a loaded graph cannot be re-filtered exactly.
 *
 * - dateFrom / dateTo: arrival date in the window (inclusive); a bill without a date is out of any window.
 * - hsChapter: at least one manifest line whose HS code starts with the two digits.
 * - port: the UN/LOCODE as place of receipt, port of loading or port of discharge.
 * - country: country of origin, or the country of the port of loading (a UN/LOCODE's first two letters).
 * - minimumRiskScore: the bill's shipment score in the latest risk run (risk_target) at least this.
 */
export interface BillFilterSql {
  readonly sql: string;
  readonly params: SqlValue[];
}

export function billFilterSql(filters: NetworkFilters, alias: string, options: { readonly dates?: boolean } = {}): BillFilterSql {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (options.dates !== false) {
    if (filters.dateFrom) {
      clauses.push(`${alias}.arrival_date >= ?`);
      params.push(filters.dateFrom);
    }
    if (filters.dateTo) {
      clauses.push(`${alias}.arrival_date <= ?`);
      params.push(filters.dateTo);
    }
  }
  if (filters.hsChapter) {
    // Uncorrelated IN: SQLite reads the subquery once into a temporary index.
    clauses.push(`${alias}.id IN (SELECT hs.bill_of_lading_id FROM manifest_line AS hs WHERE substr(hs.hs_code, 1, 2) = ?)`);
    params.push(filters.hsChapter);
  }
  if (filters.port) {
    clauses.push(`(${alias}.port_of_loading = ? OR ${alias}.port_of_discharge = ? OR ${alias}.place_of_receipt = ?)`);
    params.push(filters.port, filters.port, filters.port);
  }
  if (filters.country) {
    clauses.push(`(${alias}.country_of_origin = ? OR substr(${alias}.port_of_loading, 1, 2) = ?)`);
    params.push(filters.country, filters.country);
  }
  if (filters.minimumRiskScore !== undefined) {
    clauses.push(`${alias}.id IN (SELECT risk.bill_id FROM risk_target AS risk WHERE risk.kind = 'shipment' AND risk.score >= ?)`);
    params.push(filters.minimumRiskScore);
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

/** Whether any filter narrows the bills (beyond the minimum bills per edge). */
export function narrowsBills(filters: NetworkFilters): boolean {
  return billFilterSql(filters, 'b').params.length > 0;
}

/**
 * The filters checked and tidied, for the engine's answers and cache keys: RangeError naming the
 * filter and the value when one cannot be applied. Empty values are dropped; codes upper-cased.
 */
export function cleanNetworkFilters(filters: NetworkFilters | undefined): NetworkFilters {
  const isoDate = (value: string | undefined, name: string): string | undefined => {
    if (value === undefined || value === '') return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`${name} must be a date as YYYY-MM-DD, not '${value}'`);
    return value;
  };
  const code = (value: string | undefined, name: string, pattern: RegExp, form: string): string | undefined => {
    const text = value?.trim().toUpperCase() ?? '';
    if (text === '') return undefined;
    if (!pattern.test(text)) throw new RangeError(`${name} must be ${form}, not '${value}'`);
    return text;
  };
  const dateFrom = isoDate(filters?.dateFrom, 'dateFrom');
  const dateTo = isoDate(filters?.dateTo, 'dateTo');
  if (dateFrom && dateTo && dateFrom > dateTo) throw new RangeError(`dateFrom (${dateFrom}) is after dateTo (${dateTo})`);
  const minimumBills = filters?.minimumBills !== undefined && filters.minimumBills > 1 ? Math.floor(filters.minimumBills) : undefined;
  const hsChapter = code(filters?.hsChapter, 'hsChapter', /^\d{2}$/, 'an HS chapter of two digits ("61")');
  const port = code(filters?.port, 'port', /^[A-Z]{2}[A-Z0-9]{3}$/, 'a UN/LOCODE of five characters ("GBFXT")');
  const country = code(filters?.country, 'country', /^[A-Z]{2}$/, 'an ISO 3166 alpha-2 country code ("CN")');
  const risk = filters?.minimumRiskScore;
  if (risk !== undefined && !Number.isFinite(risk)) throw new RangeError(`minimumRiskScore must be a number, not '${String(risk)}'`);
  const minimumRiskScore = risk !== undefined && risk > 0 ? risk : undefined;
  return {
    ...(minimumBills ? { minimumBills } : {}),
    ...(dateFrom ? { dateFrom } : {}),
    ...(dateTo ? { dateTo } : {}),
    ...(hsChapter ? { hsChapter } : {}),
    ...(port ? { port } : {}),
    ...(country ? { country } : {}),
    ...(minimumRiskScore !== undefined ? { minimumRiskScore } : {}),
  };
}

/** A key of cleaned filters for caches: equal filters, equal keys. */
export function networkFiltersKey(filters: NetworkFilters): string {
  return [filters.minimumBills ?? 1, filters.dateFrom ?? '', filters.dateTo ?? '', filters.hsChapter ?? '', filters.port ?? '', filters.country ?? '', filters.minimumRiskScore ?? ''].join('|');
}
