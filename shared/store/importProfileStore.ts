import type { ColumnMappingTable } from '../ingest/columnMapping';
import { checkImportProfile, profileSignature } from '../ingest/importProfile';
import type { ImportProfile } from '../ingest/importProfile';
import type { WorkspaceStore } from './workspaceStore';

/** A saved import profile as listed: the profile, its layout signature and when it was saved. */
export interface SavedImportProfile extends ImportProfile {
  readonly signature: string;
  readonly savedAt: string;
}

/**
 * Import profiles kept in the workspace (table import_profile). Saving a profile under a name
 * already used replaces it; a layout's most recently saved profile is the one re-used.
 */
export function saveImportProfile(store: WorkspaceStore, profile: ImportProfile, now: Date = new Date()): SavedImportProfile {
  const checked = checkImportProfile(profile);
  const signature = profileSignature(checked);
  const savedAt = now.toISOString();
  store.run(
    `INSERT INTO import_profile (name, signature, definition, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET signature = excluded.signature, definition = excluded.definition, saved_at = excluded.saved_at`,
    [checked.name, signature, JSON.stringify(checked.tables), savedAt],
  );
  return { ...checked, signature, savedAt };
}

export function listImportProfiles(store: WorkspaceStore): SavedImportProfile[] {
  return store.all<{ name: string; signature: string; definition: string; savedAt: string }>('SELECT name, signature, definition, saved_at AS savedAt FROM import_profile ORDER BY name').map(toProfile);
}

export function findImportProfile(store: WorkspaceStore, name: string): SavedImportProfile | undefined {
  const [row] = store.all<{ name: string; signature: string; definition: string; savedAt: string }>('SELECT name, signature, definition, saved_at AS savedAt FROM import_profile WHERE name = ?', [name.trim()]);
  return row === undefined ? undefined : toProfile(row);
}

/** The profile saved for a layout signature (the latest saved, when several), if any. */
export function findImportProfileForLayout(store: WorkspaceStore, signature: string): SavedImportProfile | undefined {
  const [row] = store.all<{ name: string; signature: string; definition: string; savedAt: string }>(
    'SELECT name, signature, definition, saved_at AS savedAt FROM import_profile WHERE signature = ? ORDER BY saved_at DESC, id DESC LIMIT 1',
    [signature],
  );
  return row === undefined ? undefined : toProfile(row);
}

export function deleteImportProfile(store: WorkspaceStore, name: string): boolean {
  const before = store.totalChanges();
  store.run('DELETE FROM import_profile WHERE name = ?', [name.trim()]);
  return store.totalChanges() > before;
}

function toProfile(row: { name: string; signature: string; definition: string; savedAt: string }): SavedImportProfile {
  return { name: row.name, tables: JSON.parse(row.definition) as ColumnMappingTable[], signature: row.signature, savedAt: row.savedAt };
}
