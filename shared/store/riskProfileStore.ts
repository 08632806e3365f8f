import type { RiskProfileAction, RiskProfileHistoryEntry, SavedRiskProfile } from '../engine/riskProfileApi';
import type { RiskProfile } from '../risk/riskModel';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The workspace's risk profiles (risk_profile, migration 12) and their append-only history
 * (risk_profile_history). Saving under a name in use makes the profile's next version; at most one
 * profile is active. Every change is written with its history entry in one transaction. A stored
 * profile and a history entry are read as the engine's contract gives them (shared/engine/riskProfileApi.ts).
 */

export interface ProfileAudit {
  readonly analyst: string;
  readonly recordedAt: string;
  readonly note?: string;
}

type ProfileRow = { name: string; definition: string; version: number; active: number; createdAt: string; updatedAt: string };
const profileSelect = 'SELECT name, definition, version, active, created_at AS createdAt, updated_at AS updatedAt FROM risk_profile';

/** Inside the caller's transaction: writes a checked profile as a new version (1 for a new name); returns it as stored. */
export function writeRiskProfile(store: WorkspaceStore, profile: RiskProfile, action: 'save' | 'import' | 'learn', audit: ProfileAudit): SavedRiskProfile {
  const existing = findRiskProfile(store, profile.name);
  const version = (existing?.version ?? 0) + 1;
  const definition = JSON.stringify(profile);
  if (existing) store.run('UPDATE risk_profile SET definition = ?, version = ?, updated_at = ? WHERE name = ?', [definition, version, audit.recordedAt, profile.name]);
  else store.run('INSERT INTO risk_profile (name, definition, version, active, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)', [profile.name, definition, version, audit.recordedAt, audit.recordedAt]);
  appendHistory(store, profile.name, version, action, definition, audit);
  return findRiskProfile(store, profile.name) as SavedRiskProfile;
}

/** Inside the caller's transaction: makes the named profile the active one (null: none, scoring uses the built-in default). */
export function setActiveRiskProfile(store: WorkspaceStore, name: string | null, audit: ProfileAudit): void {
  const before = activeRiskProfile(store);
  if (name === null) {
    if (!before) return;
    store.run('UPDATE risk_profile SET active = 0 WHERE active = 1');
    appendHistory(store, before.profile.name, null, 'deactivate', null, audit);
    return;
  }
  const target = findRiskProfile(store, name);
  if (!target) throw new RangeError(`no risk profile named '${name}' in this workspace`);
  if (before?.profile.name === name) return;
  store.run('UPDATE risk_profile SET active = 0 WHERE active = 1');
  store.run('UPDATE risk_profile SET active = 1 WHERE name = ?', [name]);
  appendHistory(store, name, target.version, 'activate', null, audit);
}

export function listRiskProfiles(store: WorkspaceStore): SavedRiskProfile[] {
  return store.all<ProfileRow>(`${profileSelect} ORDER BY name`).map(toStored);
}

export function findRiskProfile(store: WorkspaceStore, name: string): SavedRiskProfile | undefined {
  const [row] = store.all<ProfileRow>(`${profileSelect} WHERE name = ?`, [name]);
  return row === undefined ? undefined : toStored(row);
}

export function activeRiskProfile(store: WorkspaceStore): SavedRiskProfile | undefined {
  const [row] = store.all<ProfileRow>(`${profileSelect} WHERE active = 1`);
  return row === undefined ? undefined : toStored(row);
}

/** Oldest first; of one profile when a name is given. */
export function readRiskProfileHistory(store: WorkspaceStore, name?: string): RiskProfileHistoryEntry[] {
  const select = 'SELECT seq, profile_name AS profileName, version, action, definition, note, analyst, recorded_at AS recordedAt FROM risk_profile_history';
  type Row = { seq: number; profileName: string; version: number | null; action: RiskProfileAction; definition: string | null; note: string; analyst: string; recordedAt: string };
  const rows = name === undefined ? store.all<Row>(`${select} ORDER BY seq`) : store.all<Row>(`${select} WHERE profile_name = ? ORDER BY seq`, [name]);
  return rows.map((row) => ({ ...row, definition: row.definition === null ? null : (JSON.parse(row.definition) as RiskProfile) }));
}

function appendHistory(store: WorkspaceStore, name: string, version: number | null, action: RiskProfileAction, definition: string | null, audit: ProfileAudit): void {
  store.run('INSERT INTO risk_profile_history (profile_name, version, action, definition, note, analyst, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    name,
    version,
    action,
    definition,
    audit.note ?? '',
    audit.analyst,
    audit.recordedAt,
  ]);
}

function toStored(row: ProfileRow): SavedRiskProfile {
  return { profile: JSON.parse(row.definition) as RiskProfile, version: row.version, active: row.active === 1, createdAt: row.createdAt, updatedAt: row.updatedAt };
}
