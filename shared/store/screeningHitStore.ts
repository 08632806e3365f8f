import type { WatchlistHitView } from '../engine/entityApi';
import type { ScreeningHit } from '../watchlist/watchlistScreening';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Screening hits of the latest resolution: each names its subject (a trader entity or a vessel),
 * the watchlist entry (and so the list file it came from) and keeps the explained hit.
 */

export interface HitToStore extends WatchlistHitView {
  /** The watchlist_entry row the hit is on. */
  readonly watchlistEntryRowId: number;
}

export function clearScreeningHits(store: WorkspaceStore): void {
  store.run('DELETE FROM screening_hit');
}

/** Inside the caller's transaction, after the previous run's hits are cleared. */
export function writeScreeningHits(store: WorkspaceStore, hits: readonly HitToStore[]): void {
  const statement = store.database.prepare('INSERT INTO screening_hit (subject_kind, subject_key, subject_name, watchlist_entry_id, score, hit) VALUES (?, ?, ?, ?, ?, ?)');
  try {
    for (const hit of hits) statement.run([hit.subjectKind, hit.subjectKey, hit.subjectName, hit.watchlistEntryRowId, hit.hit.score, JSON.stringify(hit.hit)]);
  } finally {
    statement.free();
  }
}

/** Traders and vessels with at least one hit. */
export function countScreenedSubjectsHit(store: WorkspaceStore): number {
  return Number(store.scalar('SELECT count(*) FROM (SELECT DISTINCT subject_kind, subject_key FROM screening_hit)') ?? 0);
}

/** Every hit, traders first, then by subject and best score. */
export function readScreeningHits(store: WorkspaceStore): WatchlistHitView[] {
  return store
    .all<{ subjectKind: string; subjectKey: string; subjectName: string; hit: string }>(
      `SELECT subject_kind AS subjectKind, subject_key AS subjectKey, subject_name AS subjectName, hit FROM screening_hit
        ORDER BY subject_kind, subject_key, score DESC, id`,
    )
    .map((row) => ({ subjectKind: row.subjectKind as WatchlistHitView['subjectKind'], subjectKey: row.subjectKey, subjectName: row.subjectName, hit: JSON.parse(row.hit) as ScreeningHit }));
}

export function readEntityHits(store: WorkspaceStore, entityId: string): ScreeningHit[] {
  return store
    .all<{ hit: string }>(`SELECT hit FROM screening_hit WHERE subject_kind = 'trader' AND subject_key = ? ORDER BY score DESC, id`, [entityId])
    .map((row) => JSON.parse(row.hit) as ScreeningHit);
}
