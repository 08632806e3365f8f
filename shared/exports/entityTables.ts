import type { EntityNameRow, WatchlistHitView } from '../engine/entityApi';
import { spreadsheetSafeCsv } from './spreadsheetSafeCsv';

/**
 * The resolved traders and the watchlist hits as CSV tables (the CLI's entities.csv and
 * watchlist-hits.csv), spreadsheet-safe. Lists inside a cell (roles, countries) are joined by "; ".
 */

export const entitiesCsvColumns = ['entity_id', 'kind', 'canonical_name', 'raw_name', 'occurrences', 'roles', 'countries', 'variants_in_entity', 'watchlist_hits'] as const;

export function entitiesCsv(rows: readonly EntityNameRow[]): string {
  return spreadsheetSafeCsv(
    entitiesCsvColumns,
    rows.map((row) => [row.entityId, row.kind, row.canonicalName, row.rawName, row.occurrences, row.roles.join('; '), row.countries.join('; '), row.variantsInEntity, row.watchlistHits]),
  );
}

export const watchlistHitsCsvColumns = ['subject_kind', 'subject_key', 'subject_name', 'list_name', 'entry_id', 'listed_party', 'listed_subject', 'basis', 'score', 'reason', 'explanation'] as const;

export function watchlistHitsCsv(hits: readonly WatchlistHitView[]): string {
  return spreadsheetSafeCsv(
    watchlistHitsCsvColumns,
    hits.map(({ subjectKind, subjectKey, subjectName, hit }) => [
      subjectKind,
      subjectKey,
      subjectName,
      hit.listName,
      hit.entryId,
      hit.listedParty,
      hit.subject,
      hit.basis,
      Math.round(hit.score * 1000) / 1000,
      hit.reason,
      hit.explanation,
    ]),
  );
}
