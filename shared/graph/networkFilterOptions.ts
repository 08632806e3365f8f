import type { WorkspaceStore } from '../store/workspaceStore';

/** A value the analyst can filter the networks by, with the bills carrying it. */
export interface FilterChoice {
  readonly code: string;
  readonly bills: number;
}

/** What the network filters can be set to in this workspace: the codes its bills carry. */
export interface NetworkFilterOptions {
  /** HS chapters (two digits) of the manifest lines. */
  readonly hsChapters: readonly FilterChoice[];
  /** UN/LOCODEs written as place of receipt, port of loading or port of discharge. */
  readonly ports: readonly FilterChoice[];
  /** ISO alpha-2 countries of origin and of ports of loading. */
  readonly countries: readonly FilterChoice[];
  /** Whether the risk rules have scored the workspace (a minimum risk score means something). */
  readonly riskScored: boolean;
  /** The highest shipment score stored, for the risk filter's range; null when none. */
  readonly maxRiskScore: number | null;
}

/** The choices of the network filters, most bills first (then by code). */
export function readNetworkFilterOptions(store: WorkspaceStore): NetworkFilterOptions {
  const choices = (sql: string): FilterChoice[] => store.all<{ code: string; bills: number }>(sql).map((row) => ({ code: String(row.code), bills: Number(row.bills) }));
  const hsChapters = choices(
    `SELECT substr(hs_code, 1, 2) AS code, count(DISTINCT bill_of_lading_id) AS bills FROM manifest_line
      WHERE hs_code GLOB '[0-9][0-9]*' GROUP BY code ORDER BY bills DESC, code`,
  );
  const ports = choices(
    `SELECT code, count(DISTINCT id) AS bills FROM (
        SELECT id, port_of_loading AS code FROM bill_of_lading
        UNION ALL SELECT id, port_of_discharge FROM bill_of_lading
        UNION ALL SELECT id, place_of_receipt FROM bill_of_lading)
      WHERE code GLOB '[A-Z][A-Z][A-Z0-9][A-Z0-9][A-Z0-9]' GROUP BY code ORDER BY bills DESC, code`,
  );
  const countries = choices(
    `SELECT code, count(DISTINCT id) AS bills FROM (
        SELECT id, country_of_origin AS code FROM bill_of_lading
        UNION ALL SELECT id, substr(port_of_loading, 1, 2) FROM bill_of_lading WHERE port_of_loading GLOB '[A-Z][A-Z][A-Z0-9][A-Z0-9][A-Z0-9]')
      WHERE code GLOB '[A-Z][A-Z]' GROUP BY code ORDER BY bills DESC, code`,
  );
  const riskScored = Number(store.scalar('SELECT count(*) FROM risk_run')) > 0;
  const max = store.scalar("SELECT max(score) FROM risk_target WHERE kind = 'shipment'");
  return { hsChapters, ports, countries, riskScored, maxRiskScore: max === null || max === undefined ? null : Number(max) };
}
