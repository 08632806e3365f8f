import type { RiskReportMention } from '../risk/riskModel';
import { currentTargetKey, currentTargetKind, currentTraderJoins, latestReviewJoin } from './mentionStore';
import type { WorkspaceStore } from './workspaceStore';

/**
 * What intelligence corroboration (shared/risk/rules/intelligenceCorroboration.ts) reads: every
 * report mention whose target in force (the analyst's re-link, else the extractor's; trader keys
 * followed through merges and splits) is a trader of the stored resolution and that is not
 * rejected, with its report's reference, date and grading. One scan of the mentions, which are few
 * beside the manifests.
 */
export function readCorroborationInputs(store: WorkspaceStore): RiskReportMention[] {
  const rows = store.all<{
    entityId: string; reportId: number; reference: string | null; fileName: string; date: string | null; source: string | null; credibility: number | null;
    decision: string | null; confidence: number; kind: string; text: string;
  }>(
    `SELECT ${currentTargetKey} AS entityId, m.report_id AS reportId, r.reference AS reference, d.file_name AS fileName, r.report_date AS date,
            r.source_reliability AS source, r.information_credibility AS credibility, v.decision AS decision, m.confidence AS confidence,
            m.kind AS kind, m.mention_text AS text
       FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins}
       JOIN intelligence_report AS r ON r.id = m.report_id JOIN source_document AS d ON d.id = r.document_id
      WHERE coalesce(v.decision, '') <> 'reject' AND ${currentTargetKind} = 'trader'
        AND ${currentTargetKey} IN (SELECT entity_id FROM trader_entity)
      ORDER BY m.report_id, m.start_offset, m.end_offset`,
  );
  return rows.map((row) => ({
    entityId: String(row.entityId),
    reportId: Number(row.reportId),
    reference: row.reference ?? String(row.fileName),
    date: row.date,
    sourceReliability: row.source,
    informationCredibility: row.credibility === null ? null : Number(row.credibility),
    status: row.decision === 'accept' ? 'accepted' : row.decision === 'relink' ? 'relinked' : 'proposed',
    confidence: Number(row.confidence),
    kind: String(row.kind),
    text: String(row.text),
  }));
}
