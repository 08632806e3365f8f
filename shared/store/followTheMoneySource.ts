import type { WorkspaceStore } from './workspaceStore';

/**
 * What the FollowTheMoney export reads from the workspace (shared/exports/followTheMoney): the
 * resolved traders with their names, addresses, countries and watchlist hits, and every bill of
 * lading with its vessel, ports, goods and the traders of its parties.
 */
export interface FtmTraderSource {
  readonly entityId: string;
  readonly displayName: string;
  /** ISO alpha-2, upper case. */
  readonly countries: readonly string[];
  /** Raw names, most written first. */
  readonly names: readonly string[];
  /** Raw addresses, most written first. */
  readonly addresses: readonly string[];
  /** One sentence per watchlist hit. */
  readonly watchlistHits: readonly string[];
}

export interface FtmBillSource {
  readonly billOfLadingNumber: string;
  readonly arrivalDate: string | null;
  readonly vesselName: string | null;
  readonly vesselImo: string | null;
  readonly portOfLoading: string | null;
  readonly portOfDischarge: string | null;
  readonly countryOfOrigin: string | null;
  readonly goods: string | null;
  readonly hsCodes: string | null;
  readonly grossWeightKg: number | null;
  readonly declaredValueUsd: number | null;
  readonly shippers: readonly string[];
  readonly consignees: readonly string[];
  readonly notifyParties: readonly string[];
}

export function readFtmTraders(store: WorkspaceStore): FtmTraderSource[] {
  const members = `FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id WHERE m.entity_id IS NOT NULL`;
  const names = groupBy(store.all<{ entityId: string; value: string }>(`SELECT m.entity_id AS entityId, p.raw_name AS value ${members} GROUP BY m.entity_id, p.raw_name ORDER BY m.entity_id, count(*) DESC, p.raw_name`));
  const addresses = groupBy(
    store.all<{ entityId: string; value: string }>(
      `SELECT m.entity_id AS entityId, p.raw_address AS value ${members} AND p.raw_address IS NOT NULL AND trim(p.raw_address) <> ''
       GROUP BY m.entity_id, p.raw_address ORDER BY m.entity_id, count(*) DESC, p.raw_address`,
    ),
  );
  const hits = groupBy(
    store
      .all<{ entityId: string; hit: string }>(`SELECT subject_key AS entityId, hit FROM screening_hit WHERE subject_kind = 'trader' ORDER BY subject_key, score DESC, id`)
      .map((row) => ({ entityId: row.entityId, value: String((JSON.parse(row.hit) as { explanation?: unknown }).explanation ?? '') })),
  );
  return store.all<{ entityId: string; displayName: string; countries: string }>('SELECT entity_id AS entityId, display_name AS displayName, countries FROM trader_entity ORDER BY entity_id').map((row) => ({
    entityId: row.entityId,
    displayName: row.displayName,
    countries: jsonList(row.countries),
    names: names.get(row.entityId) ?? [],
    addresses: addresses.get(row.entityId) ?? [],
    watchlistHits: (hits.get(row.entityId) ?? []).filter((text) => text !== ''),
  }));
}

export function readFtmBills(store: WorkspaceStore): FtmBillSource[] {
  const parties = new Map<number, { shipper: string[]; consignee: string[]; notify_party: string[] }>();
  for (const row of store.all<{ billId: number; role: 'shipper' | 'consignee' | 'notify_party'; entityId: string }>(
    `SELECT p.bill_of_lading_id AS billId, p.role AS role, m.entity_id AS entityId FROM party_occurrence AS p JOIN entity_member AS m ON m.occurrence_id = p.id
     WHERE m.entity_id IS NOT NULL ORDER BY p.bill_of_lading_id, p.id`,
  )) {
    const entry = parties.get(row.billId) ?? { shipper: [], consignee: [], notify_party: [] };
    if (!entry[row.role].includes(row.entityId)) entry[row.role].push(row.entityId);
    parties.set(row.billId, entry);
  }
  return store
    .all<{
      id: number; billOfLadingNumber: string; arrivalDate: string | null; vesselName: string | null; vesselImo: string | null; portOfLoading: string | null;
      portOfDischarge: string | null; countryOfOrigin: string | null; goods: string | null; hsCodes: string | null; grossWeightKg: number | null; declaredValueUsd: number | null;
    }>(
      `SELECT b.id AS id, b.bill_of_lading_number AS billOfLadingNumber, b.arrival_date AS arrivalDate, b.vessel_name AS vesselName, b.vessel_imo AS vesselImo,
         b.port_of_loading AS portOfLoading, b.port_of_discharge AS portOfDischarge, b.country_of_origin AS countryOfOrigin,
         (SELECT group_concat(goods_description, '; ') FROM (SELECT DISTINCT goods_description FROM manifest_line WHERE bill_of_lading_id = b.id AND goods_description IS NOT NULL)) AS goods,
         (SELECT group_concat(hs_code, '; ') FROM (SELECT DISTINCT hs_code FROM manifest_line WHERE bill_of_lading_id = b.id AND hs_code IS NOT NULL)) AS hsCodes,
         (SELECT sum(gross_weight_kg) FROM manifest_line WHERE bill_of_lading_id = b.id) AS grossWeightKg,
         (SELECT sum(declared_value_usd) FROM manifest_line WHERE bill_of_lading_id = b.id) AS declaredValueUsd
       FROM bill_of_lading AS b ORDER BY b.id`,
    )
    .map(({ id, ...bill }) => {
      const found = parties.get(id);
      return { ...bill, shippers: found?.shipper ?? [], consignees: found?.consignee ?? [], notifyParties: found?.notify_party ?? [] };
    });
}

function groupBy(rows: readonly { entityId: string; value: string }[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const list = groups.get(row.entityId) ?? [];
    list.push(row.value);
    groups.set(row.entityId, list);
  }
  return groups;
}

function jsonList(stored: string): string[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
