import { isProtectiveMarking } from '../../markings/protectiveMarking';
import { gradingCode } from '../../reports/reportHeader';
import { currentTargetKey, currentTargetKind, currentTraderJoins, latestReviewJoin } from '../../store/mentionStore';
import type { WorkspaceStore } from '../../store/workspaceStore';
import { billFilterSql } from '../billFilters';
import type { NetworkEdge, NetworkEdgeKind, NetworkFilters, NetworkGraph, NetworkNode, NetworkNodeKind } from '../networkGraph';
import { readStoredRiskScores } from '../storedRiskScores';
import { readTraderNodes } from '../traderNetworkSource';
import type { GraphViewDefinition } from './graphView';
import { reportNodeId } from './tradersAndReportsView';

/**
 * Node ids of the full network, by natural key (the keys report mentions and screening hits
 * use): "B:<B/L number>", "K:<container number, letters and digits only>", "V:<IMO number, else
 * vessel name>", "P:<UN/LOCODE>", "W:<watchlist entry row id>"; traders "T:…", reports "R:…".
 */
export const fullNetworkIds = {
  shipment: (billNumber: string) => `B:${billNumber}`,
  container: (number: string) => `K:${compactContainerNumber(number)}`,
  vessel: (key: string) => `V:${key}`,
  port: (code: string) => `P:${code}`,
  watchlistEntry: (rowId: number | string) => `W:${rowId}`,
} as const;

export function compactContainerNumber(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const partyEdgeKinds: Readonly<Record<string, NetworkEdgeKind>> = { shipper: 'bill-shipper', consignee: 'bill-consignee', notify_party: 'bill-notify-party' };

export const mentionNodeIds: Readonly<Record<string, (key: string) => string>> = {
  trader: (key) => key,
  'bill-of-lading': fullNetworkIds.shipment,
  container: fullNetworkIds.container,
  vessel: fullNetworkIds.vessel,
  port: fullNetworkIds.port,
  'watchlist-entry': fullNetworkIds.watchlistEntry,
};

/**
 * Everything the manifests, resolution, screening and reports tie together: each bill of lading
 * (within the filters) is a node linked to its traders (shipper → B/L → consignee, B/L → notify
 * party), its containers, the vessel it arrived on (the voyage on the edge), its ports of loading
 * and discharge; each report to what it mentions (rejected mentions left out) and each watchlist
 * entry to the traders and vessels it hit. Shipments and traders carry their stored risk scores.
 */
export function buildFullNetwork(store: WorkspaceStore, filters: NetworkFilters): NetworkGraph {
  const window = billFilterSql(filters, 'b');
  const risk = readStoredRiskScores(store, ['trader', 'shipment']);
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const addNode = (id: string, kind: NetworkNodeKind, label: string, facts: Record<string, string>, extra: Partial<NetworkNode> = {}): void => {
    if (!nodes.has(id)) nodes.set(id, { id, label, kind, roles: [], countries: [], occurrences: 0, watchlistHits: 0, facts, ...extra });
  };
  const addEdge = (kind: NetworkEdgeKind, source: string, target: string, extra: Partial<NetworkEdge> = {}): void => {
    // Every edge is one bill's (or one hit's): the same container written twice on a bill is one edge.
    const id = `${kind}:${source}>${target}`;
    if (edges.has(id)) return;
    edges.set(id, { id, source, target, kind, directed: true, bills: 0, totalDeclaredValueUsd: null, firstArrivalDate: null, lastArrivalDate: null, sharedValues: [], ...extra });
  };

  // Bills within the filters, with their vessel call and ports.
  const bills = new Map<number, string>();
  const billRows = store.all<{
    id: number;
    number: string;
    arrival: string | null;
    vessel: string | null;
    imo: string | null;
    voyage: string | null;
    loading: string | null;
    discharge: string | null;
    origin: string | null;
    value: number | null;
  }>(
    `SELECT b.id AS id, b.bill_of_lading_number AS number, b.arrival_date AS arrival, b.vessel_name AS vessel, b.vessel_imo AS imo, b.voyage_number AS voyage,
            b.port_of_loading AS loading, b.port_of_discharge AS discharge, b.country_of_origin AS origin,
            (SELECT sum(l.declared_value_usd) FROM manifest_line AS l WHERE l.bill_of_lading_id = b.id) AS value
       FROM bill_of_lading AS b WHERE ${window.sql} ORDER BY b.id`,
    window.params,
  );
  for (const row of billRows) {
    const billId = fullNetworkIds.shipment(row.number);
    bills.set(Number(row.id), billId);
    const facts: Record<string, string> = { 'B/L number': row.number };
    if (row.arrival) facts['Arrival date'] = row.arrival;
    if (row.origin) facts['Country of origin'] = row.origin;
    if (row.value !== null) facts['Declared value (USD)'] = String(Math.round(Number(row.value) * 100) / 100);
    addNode(billId, 'shipment', row.number, facts, { riskScore: risk.score('shipment', row.number) });
    const dated = { bills: 1, firstArrivalDate: row.arrival, lastArrivalDate: row.arrival };
    const vesselName = row.vessel?.trim() ?? '';
    const imo = row.imo?.trim() ?? '';
    if (vesselName !== '' || imo !== '') {
      const vesselId = fullNetworkIds.vessel(imo !== '' ? imo : vesselName);
      addNode(vesselId, 'vessel', vesselName !== '' ? vesselName : `IMO ${imo}`, { ...(vesselName !== '' ? { Vessel: vesselName } : {}), ...(imo !== '' ? { 'IMO number': imo } : {}) });
      addEdge('bill-vessel-call', billId, vesselId, { ...dated, sharedValues: row.voyage?.trim() ? [`voyage ${row.voyage.trim()}`] : [] });
    }
    for (const [code, kind] of [
      [row.loading, 'bill-loaded-at'],
      [row.discharge, 'bill-discharged-at'],
    ] as const) {
      const port = code?.trim().toUpperCase() ?? '';
      if (port === '') continue;
      addNode(fullNetworkIds.port(port), 'port', port, { 'UN/LOCODE': port });
      addEdge(kind, billId, fullNetworkIds.port(port), dated);
    }
  }
  const billOf = (id: number): string | undefined => bills.get(Number(id));

  // Containers: as the lines and the container records of the bills wrote them.
  const containers = store.all<{ billId: number; number: string }>(
    `SELECT l.bill_of_lading_id AS billId, l.container_number AS number FROM manifest_line AS l WHERE coalesce(trim(l.container_number), '') <> ''
     UNION
     SELECT c.bill_of_lading_id AS billId, c.container_number AS number FROM shipping_container AS c WHERE coalesce(trim(c.container_number), '') <> ''`,
  );
  for (const row of containers) {
    const billId = billOf(row.billId);
    const compact = compactContainerNumber(row.number);
    if (!billId || compact === '') continue;
    const id = fullNetworkIds.container(compact);
    addNode(id, 'container', compact, { 'Container number': compact });
    addEdge('bill-container', billId, id, { bills: 1 });
  }

  // Traders: shipper → B/L, B/L → consignee, B/L → notify party (resolved occurrences only).
  const parties = store.all<{ billId: number; role: string; entityId: string }>(
    `SELECT DISTINCT p.bill_of_lading_id AS billId, p.role AS role, m.entity_id AS entityId
       FROM party_occurrence AS p JOIN entity_member AS m ON m.occurrence_id = p.id
      WHERE m.entity_id IS NOT NULL`,
  );
  const traderIds = new Set<string>();
  const partyEdges: [NetworkEdgeKind, string, string][] = [];
  for (const row of parties) {
    const billId = billOf(row.billId);
    const kind = partyEdgeKinds[row.role];
    if (!billId || !kind) continue;
    traderIds.add(row.entityId);
    partyEdges.push(kind === 'bill-shipper' ? [kind, row.entityId, billId] : [kind, billId, row.entityId]);
  }
  for (const trader of readTraderNodes(store, traderIds).values()) nodes.set(trader.id, { ...trader, riskScore: risk.score('trader', trader.id) });
  for (const [kind, source, target] of partyEdges) addEdge(kind, source, target, { bills: 1 });

  // Watchlist entries, to the traders and vessels of the view they hit.
  const hits = store.all<{ subjectKind: string; subjectKey: string; entryRow: number; entryId: string; listName: string; name: string; score: number }>(
    `SELECT h.subject_kind AS subjectKind, h.subject_key AS subjectKey, e.id AS entryRow, e.entry_id AS entryId, e.list_name AS listName, e.name AS name, max(h.score) AS score
       FROM screening_hit AS h JOIN watchlist_entry AS e ON e.id = h.watchlist_entry_id
      GROUP BY h.subject_kind, h.subject_key, e.id ORDER BY e.id, h.subject_key`,
  );
  for (const hit of hits) {
    const subject = hit.subjectKind === 'vessel' ? fullNetworkIds.vessel(hit.subjectKey) : hit.subjectKey;
    if (!nodes.has(subject)) continue;
    const id = fullNetworkIds.watchlistEntry(hit.entryRow);
    addNode(id, 'watchlist-entry', hit.name, { List: hit.listName, 'Entry id': hit.entryId, 'Listed name': hit.name });
    addEdge('watchlist-hit', id, subject, { sharedValues: [`${hit.listName} ${hit.entryId}, score ${Math.round(Number(hit.score) * 100) / 100}`] });
  }

  // Reports, to whatever of the view they mention (mentions not rejected; trader keys as resolved now).
  const mentions = store.all<{ reportId: number; kind: string; key: string; mentions: number; reference: string | null; title: string; fileName: string; date: string | null; source: string | null; credibility: number | null; marking: string | null }>(
    `WITH mention AS (
        SELECT m.report_id AS report_id, ${currentTargetKind} AS target_kind, ${currentTargetKey} AS target_key
          FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins}
         WHERE coalesce(v.decision, '') <> 'reject'
      )
      SELECT mention.report_id AS reportId, mention.target_kind AS kind, mention.target_key AS key, count(*) AS mentions, r.reference AS reference, r.title AS title,
             d.file_name AS fileName, r.report_date AS date, r.source_reliability AS source, r.information_credibility AS credibility, r.marking AS marking
        FROM mention
        JOIN intelligence_report AS r ON r.id = mention.report_id
        JOIN source_document AS d ON d.id = r.document_id
       WHERE mention.target_kind IS NOT NULL
       GROUP BY mention.report_id, mention.target_kind, mention.target_key
       ORDER BY mention.report_id, mention.target_kind, mention.target_key`,
  );
  for (const row of mentions) {
    const target = mentionNodeIds[row.kind]?.(String(row.key));
    if (!target || !nodes.has(target)) continue;
    const id = reportNodeId(Number(row.reportId));
    const grading = gradingCode(row.source, row.credibility === null ? null : Number(row.credibility));
    const count = Number(row.mentions);
    const existing = nodes.get(id);
    if (existing) nodes.set(id, { ...existing, occurrences: existing.occurrences + count });
    else
      nodes.set(id, {
        id,
        label: row.reference ?? String(row.title),
        kind: 'report',
        roles: [],
        countries: [],
        occurrences: count,
        watchlistHits: 0,
        report: { reportId: Number(row.reportId), reference: row.reference, title: String(row.title), fileName: String(row.fileName), date: row.date, grading, marking: isProtectiveMarking(row.marking) ? row.marking : null },
      });
    edges.set(`mention:${id}>${target}`, {
      id: `mention:${id}>${target}`,
      source: id,
      target,
      kind: 'report-mention',
      directed: true,
      bills: 0,
      totalDeclaredValueUsd: null,
      firstArrivalDate: null,
      lastArrivalDate: null,
      sharedValues: [],
      mentions: count,
      grading,
      reference: row.reference,
    });
  }

  const notes = filters.minimumBills !== undefined && filters.minimumBills > 1 ? ['The minimum bills per edge does not apply to the full network: each bill is drawn.'] : [];
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId), notes };
}

/** Every kind of thing the workspace holds, as one network. */
export const fullNetworkView: GraphViewDefinition = {
  id: 'full-network',
  title: 'Full network',
  description:
    'Traders, bills of lading, containers, vessels, ports, intelligence reports and watchlist entries: shipper → B/L → consignee and notify party, B/L in container, on a vessel call, loaded and discharged at ports, reports mentioning any of them, watchlist hits.',
  build: (store, filters) => buildFullNetwork(store, filters),
};
