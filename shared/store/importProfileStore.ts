import type { ColumnMappingTable } from '../ingest/columnMapping';
import { checkImportProfile, profileSignature } from '../ingest/importProfile';
import type { ImportProfile } from '../ingest/importProfile';
import type { WorkspaceStore } from './workspaceStore';

/** A saved import profile as listed: the profile, its layout signature, when it was saved and when imports last used it. */
export interface SavedImportProfile extends ImportProfile {
  readonly signature: string;
  readonly savedAt: string;
  /** When an import last mapped its columns by this profile; null if none has yet. */
  readonly lastUsedAt: string | null;
  /** How many imports mapped their columns by this profile. */
  readonly timesUsed: number;
}

type ProfileRow = {
  readonly name: string;
  readonly signature: string;
  readonly definition: string;
  readonly savedAt: string;
  readonly lastUsedAt: string | null;
  readonly timesUsed: number;
};

const profileColumns = `name, signature, definition, saved_at AS savedAt,
  (SELECT max(imported_at) FROM import_batch WHERE mapping_profile = import_profile.name) AS lastUsedAt,
  (SELECT count(*) FROM import_batch WHERE mapping_profile = import_profile.name) AS timesUsed`;

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
  return findImportProfile(store, checked.name) ?? { ...checked, signature, savedAt, lastUsedAt: null, timesUsed: 0 };
}

export function listImportProfiles(store: WorkspaceStore): SavedImportProfile[] {
  return store.all<ProfileRow>(`SELECT ${profileColumns} FROM import_profile ORDER BY name`).map(toProfile);
}

export function findImportProfile(store: WorkspaceStore, name: string): SavedImportProfile | undefined {
  const [row] = store.all<ProfileRow>(`SELECT ${profileColumns} FROM import_profile WHERE name = ?`, [name.trim()]);
  return row === undefined ? undefined : toProfile(row);
}

/** The profile saved for a layout signature (the latest saved, when several), if any. */
export function findImportProfileForLayout(store: WorkspaceStore, signature: string): SavedImportProfile | undefined {
  const [row] = store.all<ProfileRow>(
    `SELECT ${profileColumns} FROM import_profile WHERE signature = ? ORDER BY saved_at DESC, id DESC LIMIT 1`,
    [signature],
  );
  return row === undefined ? undefined : toProfile(row);
}

export function deleteImportProfile(store: WorkspaceStore, name: string): boolean {
  const before = store.totalChanges();
  store.run('DELETE FROM import_profile WHERE name = ?', [name.trim()]);
  return store.totalChanges() > before;
}

function toProfile(row: ProfileRow): SavedImportProfile {
  return {
    name: row.name,
    tables: JSON.parse(row.definition) as ColumnMappingTable[],
    signature: row.signature,
    savedAt: row.savedAt,
    lastUsedAt: row.lastUsedAt,
    timesUsed: Number(row.timesUsed),
  };
}
