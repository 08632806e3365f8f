import type { TargetListEntry } from '../engine/riskApi';
import { targetPriorityNames } from '../engine/riskApi';

/**
 * The analyst's target list as a table, shared by the CSV and XLSX exports: one row per target in
 * list order. Columns: rank, kind, ref, name, priority (high | medium | low), status, agency,
 * notes, score_when_added, current_score, reasons (as added, each "[+points] reason", strongest
 * first, " | "-separated), added_at, added_by, updated_at. Numbers are numbers (rank, scores
 * rounded to 2 places), everything else text; null is an empty cell.
 */
export const targetListColumns = ['rank', 'kind', 'ref', 'name', 'priority', 'status', 'agency', 'notes', 'score_when_added', 'current_score', 'reasons', 'added_at', 'added_by', 'updated_at'] as const;

export type TargetListCell = string | number | null;

export function targetListRows(entries: readonly TargetListEntry[]): TargetListCell[][] {
  return entries.map((entry, index): TargetListCell[] => [
    index + 1,
    entry.kind,
    entry.ref,
    entry.name,
    targetPriorityNames[entry.priority],
    entry.status,
    entry.agency,
    entry.notes,
    entry.scoreWhenAdded === null ? null : roundScore(entry.scoreWhenAdded),
    entry.currentScore === null ? null : roundScore(entry.currentScore),
    entry.reasonsWhenAdded.map((reason) => `[+${reason.points.toFixed(2)}] ${reason.reason}`).join(' | '),
    entry.addedAt,
    entry.addedBy,
    entry.updatedAt,
  ]);
}

export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A name for the file: control characters and characters no file system takes become "_". */
export function plainFileNamePart(text: string, fallback: string): string {
  return [...text].map((character) => (character.charCodeAt(0) < 0x20 || '/\\:*?"<>|'.includes(character) ? '_' : character)).join('').trim().slice(0, 120) || fallback;
}
