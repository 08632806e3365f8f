import type { SqlValue } from 'sql.js';
import type { EntityMention, MentionReview, ReportMention } from '../engine/reportApi';
import { isProtectiveMarking } from '../markings/protectiveMarking';
import { gradingCode } from '../reports/reportHeader';
import type { FoundMention, MentionKind, MentionTarget } from '../reports/extraction/mention';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Mentions found in reports (migration 8) and the analyst's reviews of them. Mentions are
 * replaced on re-extraction, matched by span (report, offsets, kind) so a mention found again keeps
 * its id; a span the analyst accepted or re-linked is kept even when extraction no longer finds it.
 * Reviews are an append-only log (triggers refuse updates and deletes); the latest of a span is in
 * force, so a rejected mention stays rejected when it is found again.
 */

export const latestReviewJoin = `LEFT JOIN mention_review AS v ON v.seq = (
    SELECT max(w.seq) FROM mention_review AS w
    WHERE w.report_id = m.report_id AND w.start_offset = m.start_offset AND w.end_offset = m.end_offset AND w.kind = m.kind)`;

const mentionColumns = `m.id AS mentionId, m.report_id AS reportId, m.start_offset AS start, m.end_offset AS end, m.mention_text AS text, m.kind AS kind,
  m.target_kind AS targetKind, m.target_key AS targetKey, m.target_label AS targetLabel, m.confidence AS confidence, m.reason AS reason,
  v.decision AS decision, v.target_kind AS reviewTargetKind, v.target_key AS reviewTargetKey, v.target_label AS reviewTargetLabel,
  v.analyst AS analyst, v.recorded_at AS recordedAt, v.note AS note,
  ft.entity_id AS foundTraderKey, ft.display_name AS foundTraderLabel, rt.entity_id AS relinkTraderKey, rt.display_name AS relinkTraderLabel`;

/**
 * The trader a stored trader key names now. A trader key "T:<n>" is kept as the trader holding
 * party occurrence n: an entity id is "T:" and its smallest occurrence, and a re-link is stored
 * against the member occurrence the report's words name (shared/store/traderMemberKey.ts). Merge
 * and split decisions regroup and renumber entities but never occurrences, so a mention follows
 * its trader through them. A key whose occurrence holds no trader now keeps its stored value.
 * Needs `latestReviewJoin` (v) before it.
 */
export const currentTraderJoins = `
  LEFT JOIN entity_member AS fm ON m.target_kind = 'trader' AND fm.occurrence_id = CAST(substr(m.target_key, 3) AS INTEGER)
  LEFT JOIN trader_entity AS ft ON ft.entity_id = fm.entity_id
  LEFT JOIN entity_member AS rm ON v.decision = 'relink' AND v.target_kind = 'trader' AND rm.occurrence_id = CAST(substr(v.target_key, 3) AS INTEGER)
  LEFT JOIN trader_entity AS rt ON rt.entity_id = rm.entity_id`;

/** A mention's target kind and key as in force now (the re-link's, else the extractor's), trader keys resolved by `currentTraderJoins`. */
export const currentTargetKind = `(CASE WHEN v.decision = 'relink' THEN v.target_kind ELSE m.target_kind END)`;
export const currentTargetKey = `(CASE WHEN v.decision = 'relink' THEN coalesce(rt.entity_id, v.target_key) ELSE coalesce(ft.entity_id, m.target_key) END)`;

/** Stored signature of the lookups each report was last extracted with. */
export function extractionSignatures(store: WorkspaceStore): Map<number, string> {
  return new Map(store.all<{ reportId: number; inputs: string }>('SELECT report_id AS reportId, inputs_seen AS inputs FROM report_extraction').map((row) => [Number(row.reportId), row.inputs]));
}

export function writeMentions(store: WorkspaceStore, reportId: number, found: readonly FoundMention[], signature: string, extractedAt: string): void {
  const reviewed = new Set(
    store
      .all<{ start: number; end: number; kind: string }>(
        `SELECT m.start_offset AS start, m.end_offset AS end, m.kind AS kind FROM report_mention AS m ${latestReviewJoin}
         WHERE m.report_id = ? AND v.decision IN ('accept', 'relink')`,
        [reportId],
      )
      .map((row) => `${row.start}/${row.end}/${row.kind}`),
  );
  const keep = new Set(found.map((mention) => `${mention.start}/${mention.end}/${mention.kind}`));
  for (const row of store.all<{ id: number; start: number; end: number; kind: string }>('SELECT id, start_offset AS start, end_offset AS end, kind FROM report_mention WHERE report_id = ?', [reportId])) {
    const key = `${row.start}/${row.end}/${row.kind}`;
    if (!keep.has(key) && !reviewed.has(key)) store.run('DELETE FROM report_mention WHERE id = ?', [row.id]);
  }
  const statement = store.database.prepare(
    `INSERT INTO report_mention (report_id, start_offset, end_offset, mention_text, kind, target_kind, target_key, target_label, confidence, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (report_id, start_offset, end_offset, kind) DO UPDATE SET mention_text = excluded.mention_text, target_kind = excluded.target_kind,
       target_key = excluded.target_key, target_label = excluded.target_label, confidence = excluded.confidence, reason = excluded.reason`,
  );
  try {
    for (const mention of found) {
      statement.run([reportId, mention.start, mention.end, mention.text, mention.kind, mention.target?.kind ?? null, mention.target?.key ?? null,
        mention.target?.label ?? null, mention.confidence, mention.reason]);
    }
  } finally {
    statement.free();
  }
  store.run(
    `INSERT INTO report_extraction (report_id, extracted_at, inputs_seen) VALUES (?, ?, ?)
     ON CONFLICT (report_id) DO UPDATE SET extracted_at = excluded.extracted_at, inputs_seen = excluded.inputs_seen`,
    [reportId, extractedAt, signature],
  );
}

function targetOf(kind: SqlValue, key: SqlValue, label: SqlValue, traderKey: SqlValue = null, traderLabel: SqlValue = null): MentionTarget | null {
  if (kind === null || key === null) return null;
  if (kind === 'trader' && traderKey !== null) return { kind: 'trader', key: String(traderKey), label: traderLabel === null ? String(traderKey) : String(traderLabel) };
  return { kind: String(kind) as MentionTarget['kind'], key: String(key), label: label === null ? String(key) : String(label) };
}

const statusOf: Record<string, ReportMention['status']> = { accept: 'accepted', reject: 'rejected', relink: 'relinked' };

function toMention(row: Record<string, SqlValue>): ReportMention {
  const extractedTarget = targetOf(row.targetKind ?? null, row.targetKey ?? null, row.targetLabel ?? null, row.foundTraderKey ?? null, row.foundTraderLabel ?? null);
  const decision = row.decision === null || row.decision === undefined ? null : (String(row.decision) as MentionReview['decision']);
  const review: MentionReview | null = decision === null ? null : { decision, analyst: String(row.analyst), recordedAt: String(row.recordedAt), note: String(row.note ?? '') };
  return {
    mentionId: Number(row.mentionId),
    reportId: Number(row.reportId),
    start: Number(row.start),
    end: Number(row.end),
    text: String(row.text),
    kind: String(row.kind) as MentionKind,
    target: decision === 'relink' ? targetOf(row.reviewTargetKind ?? null, row.reviewTargetKey ?? null, row.reviewTargetLabel ?? null, row.relinkTraderKey ?? null, row.relinkTraderLabel ?? null) : extractedTarget,
    extractedTarget,
    confidence: Number(row.confidence),
    reason: String(row.reason),
    status: decision === null ? 'proposed' : (statusOf[decision] ?? 'proposed'),
    review,
  };
}

export function readMentions(store: WorkspaceStore, reportId: number): ReportMention[] {
  return store.all(`SELECT ${mentionColumns} FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins} WHERE m.report_id = ? ORDER BY m.start_offset, m.end_offset`, [reportId]).map(toMention);
}

export function readMention(store: WorkspaceStore, mentionId: number): ReportMention | null {
  const [row] = store.all(`SELECT ${mentionColumns} FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins} WHERE m.id = ?`, [mentionId]);
  return row === undefined ? null : toMention(row);
}

export interface NewMentionReview {
  readonly decision: MentionReview['decision'];
  readonly target: MentionTarget | null;
  readonly analyst: string;
  readonly recordedAt: string;
  readonly note: string;
}

export function appendMentionReview(store: WorkspaceStore, mention: ReportMention, review: NewMentionReview): void {
  store.run(
    `INSERT INTO mention_review (report_id, start_offset, end_offset, kind, decision, target_kind, target_key, target_label, analyst, recorded_at, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [mention.reportId, mention.start, mention.end, mention.kind, review.decision, review.target?.kind ?? null, review.target?.key ?? null,
      review.target?.label ?? null, review.analyst, review.recordedAt, review.note],
  );
}

/** Every mention (not rejected) whose target, re-linked or found, is the trader; best grading first, then newest report. */
export function readEntityMentions(store: WorkspaceStore, entityId: string): (Omit<EntityMention, 'sentence'> & { start: number; end: number; body: string })[] {
  return store
    .all(
      `SELECT ${mentionColumns}, r.reference AS reference, d.file_name AS fileName, r.report_date AS date, r.source_reliability AS sourceReliability,
         r.information_credibility AS informationCredibility, r.marking AS marking, r.body AS body
       FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins}
       JOIN intelligence_report AS r ON r.id = m.report_id JOIN source_document AS d ON d.id = r.document_id
       WHERE coalesce(v.decision, '') <> 'reject' AND ${currentTargetKind} = 'trader' AND ${currentTargetKey} = ?
       ORDER BY r.source_reliability IS NULL, r.source_reliability, r.information_credibility IS NULL, r.information_credibility,
         r.report_date IS NULL, r.report_date DESC, r.id, m.start_offset`,
      [entityId],
    )
    .map((row) => {
      const mention = toMention(row);
      const source = row.sourceReliability === null ? null : (String(row.sourceReliability) as EntityMention['sourceReliability']);
      const credibility = row.informationCredibility === null ? null : (Number(row.informationCredibility) as EntityMention['informationCredibility']);
      return {
        mentionId: mention.mentionId,
        reportId: mention.reportId,
        reference: row.reference === null ? null : String(row.reference),
        fileName: String(row.fileName),
        date: row.date === null ? null : String(row.date),
        grading: gradingCode(source, credibility),
        sourceReliability: source,
        informationCredibility: credibility,
        marking: isProtectiveMarking(row.marking) ? row.marking : null,
        kind: mention.kind,
        text: mention.text,
        confidence: mention.confidence,
        status: mention.status,
        start: mention.start,
        end: mention.end,
        body: String(row.body),
      };
    });
}

/** The sentence of the text around a span: from the end of the previous sentence (. ! ? or a blank line) to the end of this one, at most about 320 characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && from > start - 240) {
    const previous = text[from - 1] as string;
    if (previous === '\n' && text[from - 2] === '\n') break;
    if (/[.!?]/.test(previous) && /\s/.test(text[from] ?? ' ')) break;
    from -= 1;
  }
  let to = end;
  while (to < text.length && to < end + 240) {
    const character = text[to] as string;
    if (character === '\n' && text[to + 1] === '\n') break;
    to += 1;
    if (/[.!?]/.test(character) && /\s/.test(text[to] ?? ' ')) break;
  }
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 && from <= start - 240 ? '…' : ''}${sentence}${to < text.length && to >= end + 240 ? '…' : ''}`;
}
