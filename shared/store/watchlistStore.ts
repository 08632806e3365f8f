import type { WatchlistEntry, WatchlistFormat, WatchlistParse, WatchlistRejection } from '../watchlist/watchlistEntry';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Watchlists read into the workspace: per source document (the list file kept byte for byte), how
 * it was read (format; rows read = entries + rejected, enforced by a CHECK) and its entries, each
 * with the document it came from.
 */

export interface StoredWatchlistImport {
  readonly documentId: number;
  readonly fileName: string;
  readonly format: WatchlistFormat;
  readonly importedAt: string;
  readonly rowsRead: number;
  readonly entries: number;
  readonly rejected: number;
  readonly rejections: readonly WatchlistRejection[];
}

/** Rejections kept with the import, at most. */
export const keptWatchlistRejections = 200;

export function findWatchlistImport(store: WorkspaceStore, documentId: number): StoredWatchlistImport | undefined {
  const [row] = store.all<{ documentId: number; fileName: string; format: string; importedAt: string; rowsRead: number; entries: number; rejected: number; rejections: string }>(
    `SELECT document_id AS documentId, file_name AS fileName, format, imported_at AS importedAt, rows_read AS rowsRead, entries, rejected, rejections
      FROM watchlist_import WHERE document_id = ?`,
    [documentId],
  );
  if (!row) return undefined;
  return { ...row, format: row.format as WatchlistFormat, rejections: JSON.parse(row.rejections) as WatchlistRejection[] };
}

/** Stores the list's accounting and its entries; inside the caller's transaction. */
export function storeWatchlist(store: WorkspaceStore, documentId: number, fileName: string, parse: WatchlistParse, importedAt: string): StoredWatchlistImport {
  const imported: StoredWatchlistImport = {
    documentId,
    fileName,
    format: parse.format,
    importedAt,
    rowsRead: parse.rowsRead,
    entries: parse.entries.length,
    rejected: parse.rejections.length,
    rejections: parse.rejections.slice(0, keptWatchlistRejections),
  };
  store.run(
    `INSERT INTO watchlist_import (document_id, file_name, format, imported_at, rows_read, entries, rejected, rejections) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [documentId, fileName, imported.format, importedAt, imported.rowsRead, imported.entries, imported.rejected, JSON.stringify(imported.rejections)],
  );
  const statement = store.database.prepare('INSERT INTO watchlist_entry (document_id, entry_id, list_name, subject, name, entry) VALUES (?, ?, ?, ?, ?, ?)');
  try {
    for (const entry of parse.entries) statement.run([documentId, entry.entryId, entry.listName, entry.subject, entry.name, JSON.stringify(entry)]);
  } finally {
    statement.free();
  }
  return imported;
}

export interface StoredWatchlist {
  readonly documentId: number;
  readonly entries: readonly WatchlistEntry[];
  /** watchlist_entry row id of each entry id. */
  readonly rowIdOf: ReadonlyMap<string, number>;
}

/** Every stored list with its entries, in the order they were imported. */
export function readWatchlists(store: WorkspaceStore): StoredWatchlist[] {
  const lists = new Map<number, { entries: WatchlistEntry[]; rowIdOf: Map<string, number> }>();
  const statement = store.database.prepare('SELECT document_id, id, entry FROM watchlist_entry ORDER BY document_id, id');
  try {
    while (statement.step()) {
      const [documentId, rowId, json] = statement.get() as [number, number, string];
      let list = lists.get(documentId);
      if (!list) lists.set(documentId, (list = { entries: [], rowIdOf: new Map() }));
      const entry = JSON.parse(json) as WatchlistEntry;
      list.entries.push(entry);
      list.rowIdOf.set(entry.entryId, rowId);
    }
  } finally {
    statement.free();
  }
  return [...lists].map(([documentId, list]) => ({ documentId, ...list }));
}
