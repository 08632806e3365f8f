import { isProtectiveMarking } from '../../markings/protectiveMarking';
import { gradingCode } from '../../reports/reportHeader';
import { currentTargetKey, currentTargetKind, currentTraderJoins, latestReviewJoin } from '../../store/mentionStore';
import type { WorkspaceStore } from '../../store/workspaceStore';
import type { NetworkEdge, NetworkGraph, NetworkNode } from '../networkGraph';
import { readShipmentFlows } from '../traderNetworkSource';
import type { GraphViewDefinition } from './graphView';
import { graphOfEdges } from './graphView';

/** The id of a report's node: "R:" and the report id. */
export const reportNodeId = (reportId: number): string => `R:${reportId}`;

/**
 * Report → trader edges from the stored mentions (shared/store/mentionStore): a mention counts
 * when its target, as re-linked by the analyst or else as found (the trader holding its member
 * occurrence now, through merges and splits), is a trader and it was not
 * rejected (accepted, re-linked or not yet reviewed). One edge per report and trader with the
 * number of such mentions, the report's grading and reference; one node per report with at least
 * one edge. Reports have no arrival dates or bills: the view's filters narrow the flows only.
 */
export function readReportMentions(store: WorkspaceStore): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const rows = store.all<{
    reportId: number;
    entityId: string;
    mentions: number;
    reference: string | null;
    title: string;
    fileName: string;
    date: string | null;
    source: string | null;
    credibility: number | null;
    marking: string | null;
  }>(
    `WITH mention AS (
        SELECT m.report_id AS report_id, ${currentTargetKind} AS target_kind, ${currentTargetKey} AS target_key
          FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins}
         WHERE coalesce(v.decision, '') <> 'reject'
      )
      SELECT mention.report_id AS reportId, mention.target_key AS entityId, count(*) AS mentions, r.reference AS reference, r.title AS title,
             d.file_name AS fileName, r.report_date AS date, r.source_reliability AS source, r.information_credibility AS credibility, r.marking AS marking
        FROM mention
        JOIN intelligence_report AS r ON r.id = mention.report_id
        JOIN source_document AS d ON d.id = r.document_id
        JOIN trader_entity AS t ON t.entity_id = mention.target_key
       WHERE mention.target_kind = 'trader'
       GROUP BY mention.report_id, mention.target_key
       ORDER BY mention.report_id, mention.target_key`,
  );
  const nodes = new Map<string, NetworkNode & { occurrences: number }>();
  const edges: NetworkEdge[] = [];
  for (const row of rows) {
    const id = reportNodeId(Number(row.reportId));
    const grading = gradingCode(row.source, row.credibility === null ? null : Number(row.credibility));
    const reference = row.reference;
    const mentions = Number(row.mentions);
    const node = nodes.get(id);
    if (node) node.occurrences += mentions;
    else {
      nodes.set(id, {
        id,
        label: reference ?? String(row.title),
        kind: 'report',
        roles: [],
        countries: [],
        occurrences: mentions,
        watchlistHits: 0,
        report: {
          reportId: Number(row.reportId),
          reference,
          title: String(row.title),
          fileName: String(row.fileName),
          date: row.date,
          grading,
          marking: isProtectiveMarking(row.marking) ? row.marking : null,
        },
      });
    }
    edges.push({
      id: `mention:${id}>${row.entityId}`,
      source: id,
      target: String(row.entityId),
      kind: 'report-mention',
      directed: true,
      bills: 0,
      totalDeclaredValueUsd: null,
      firstArrivalDate: null,
      lastArrivalDate: null,
      sharedValues: [],
      mentions,
      grading,
      reference,
    });
  }
  return { nodes: [...nodes.values()], edges };
}

/** The trader network with the intelligence reports that mention its traders. */
export const tradersAndReportsView: GraphViewDefinition = {
  id: 'traders-and-reports',
  title: 'Traders and reports',
  description: 'The trader network with a node per intelligence report mentioning a trader (rejected mentions left out), linked report → trader with the mentions, grading and reference.',
  build(store, filters): NetworkGraph {
    const reports = readReportMentions(store);
    const traders = graphOfEdges(store, [...readShipmentFlows(store, filters), ...reports.edges]);
    return { ...traders, nodes: [...traders.nodes, ...reports.nodes] };
  },
};
