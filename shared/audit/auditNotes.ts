import type { ImportReport } from '../ingest/importReport';
import type { EntityDecisionInput, EntityResolutionSummary, WatchlistImportReport } from '../engine/entityApi';
import type { MentionDecision, ReportImportResult, ReportMention } from '../engine/reportApi';
import type { OutcomesImportReport, RiskScoreSummary, TargetListEntry } from '../engine/riskApi';
import type { SourceDocumentReceipt } from '../engine/engineApi';
import type { AuditEvent, AuditOutcome } from './auditTrail';
import type { AuditDetail, AuditResultNote, AuditSubject } from './auditedAction';

/**
 * What the audit record of each engine request keeps (shared/audit/auditedAction): the subject
 * (action, object) from the request, the outcome and detail from its result. Counts and ids, never
 * the data itself: the trail says who did what to which object, the workspace holds the rest.
 */

/** At most this many ids are listed in a record's detail; the count is always given. */
const listedIds = 20;

function listed(ids: readonly string[]): { ids: string[]; count: number } {
  return { ids: ids.slice(0, listedIds), count: ids.length };
}

export function manifestImportNote(report: ImportReport): AuditResultNote {
  return {
    outcome: report.status === 'completed' ? 'done' : 'failed',
    objectId: report.fileName,
    detail: {
      status: report.status,
      ...(report.failure === undefined ? {} : { reason: report.failure }),
      format: report.format ?? null,
      contentSha256: report.contentSha256,
      rowsRead: report.rowsRead,
      rowsStored: report.rowsStored,
      rowsRejected: report.rowsRejected,
      mapping: report.mapping?.kind ?? null,
    },
  };
}

export function amsReleaseNote(reports: readonly ImportReport[]): AuditResultNote {
  return {
    outcome: reports.every((report) => report.status === 'completed') ? 'done' : 'failed',
    detail: { files: reports.map((report) => ({ fileName: report.fileName, ...manifestImportNote(report).detail })) },
  };
}

const decisionActions: Readonly<Record<EntityDecisionInput['kind'], string>> = { merge: 'entity.merge', split: 'entity.split', 'not the same': 'entity.not-the-same' };

export function entityDecisionSubject(input: EntityDecisionInput): AuditSubject {
  const occurrences = 'occurrenceIds' in input ? input.occurrenceIds : 'left' in input ? input.left : [];
  return {
    action: decisionActions[input.kind] ?? `entity.${String(input.kind)}`,
    objectKind: 'party-occurrences',
    objectId: Array.isArray(occurrences) ? occurrences.slice(0, listedIds).join(',') : '',
    actor: input.analyst,
  };
}

export function entityDecisionDetail(input: EntityDecisionInput): AuditDetail {
  const ids = (value: unknown): ReturnType<typeof listed> | null => (Array.isArray(value) ? listed(value.map(String)) : null);
  switch (input.kind) {
    case 'merge':
      return { occurrences: ids(input.occurrenceIds), note: input.note ?? '' };
    case 'split':
      return { occurrences: ids(input.occurrenceIds), apartFrom: ids(input.apartFrom), note: input.note ?? '' };
    case 'not the same':
      return { left: ids(input.left), right: ids(input.right), note: input.note ?? '' };
    default:
      return {};
  }
}

export function entityDecisionNote(input: EntityDecisionInput, summary: EntityResolutionSummary): AuditResultNote {
  // The decision just appended is the one undo would act on.
  return { detail: { ...entityDecisionDetail(input), decisionId: summary.nextUndo, entities: summary.entities, decisionsInForce: summary.decisionsInForce } };
}

/** Undo or redo: the decision acted on, or refused when there was none. */
export function undoRedoNote(decisionId: string | null, summary: EntityResolutionSummary | null, what: 'undo' | 'redo'): AuditResultNote {
  if (summary === null) return { outcome: 'refused', detail: { reason: `nothing to ${what}` } };
  return { objectId: decisionId ?? '', detail: { entities: summary.entities, decisionsInForce: summary.decisionsInForce } };
}

export function resolutionNote(summary: EntityResolutionSummary): AuditResultNote {
  return { detail: { occurrences: summary.occurrences, entities: summary.entities, reviewItems: summary.reviewItems, decisionsInForce: summary.decisionsInForce, watchlistHits: summary.watchlistHits } };
}

export function watchlistImportNote(report: WatchlistImportReport): AuditResultNote {
  return { detail: { format: report.format, documentId: report.documentId, rowsRead: report.rowsRead, entries: report.entries, rejected: report.rejected, watchlistHits: report.summary.watchlistHits } };
}

/** One record per report file: imported or already present is done, a file that could not be read failed. */
export function reportImportEvent(actor: string, result: ReportImportResult): AuditEvent {
  const outcome: AuditOutcome = result.status === 'failed' ? 'failed' : 'done';
  return {
    actor,
    action: 'report.import',
    objectKind: 'report-file',
    objectId: result.fileName,
    outcome,
    detail: {
      status: result.status,
      reportId: result.reportId,
      documentId: result.documentId,
      format: result.format,
      reference: result.reference,
      grading: result.grading,
      flags: result.flags.length,
      ...(result.failure === null ? {} : { reason: result.failure }),
    },
  };
}

export function mentionReviewSubject(mentionId: number, decision: MentionDecision): AuditSubject {
  return { action: `mention.${String(decision?.decision)}`, objectKind: 'report-mention', objectId: String(mentionId), actor: decision?.analyst };
}

export function mentionReviewNote(decision: MentionDecision, mention: ReportMention): AuditResultNote {
  return {
    detail: {
      reportId: mention.reportId,
      text: mention.text.slice(0, 200),
      kind: mention.kind,
      status: mention.status,
      target: mention.target === null ? null : { kind: mention.target.kind, key: mention.target.key },
      note: typeof decision.note === 'string' ? decision.note.slice(0, 200) : '',
    },
  };
}

export function riskScoringNote(summary: RiskScoreSummary): AuditResultNote {
  return {
    objectId: summary.profile.name,
    detail: {
      profile: { name: summary.profile.name, weights: summary.profile.weights, parameters: summary.profile.parameters, thresholds: summary.profile.thresholds, learned: summary.profile.learning !== undefined },
      billsScored: summary.billsScored,
      shipmentTargets: summary.shipmentTargets,
      traderTargets: summary.traderTargets,
      durationMs: Math.round(summary.durationMs),
    },
  };
}

export function outcomesImportNote(report: OutcomesImportReport): AuditResultNote {
  return { detail: { documentId: report.documentId, rowsRead: report.rowsRead, outcomes: report.outcomes, rejected: report.rejected.length, seizures: report.seizures, noFinds: report.noFinds } };
}

export function sourceDocumentsNote(receipts: readonly SourceDocumentReceipt[]): AuditResultNote {
  return { detail: { documents: receipts.slice(0, listedIds).map((receipt) => ({ fileName: receipt.fileName, status: receipt.status, documentId: receipt.documentId })), count: receipts.length } };
}

/** A target entry's fields as recorded when it is added or after it changed. */
export function targetNote(entry: TargetListEntry, before?: TargetListEntry): AuditResultNote {
  const fields = ['priority', 'status', 'notes', 'agency'] as const;
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    if (before === undefined || before[field] !== entry[field]) changes[field] = { from: before === undefined ? null : before[field], to: entry[field] };
  }
  return { detail: { name: entry.name, changes } };
}
