import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostApi } from '../../shared/host/hostApi';
import { fieldLabel } from '../../shared/ingest/columnMapping';
import type { ColumnMappingTable } from '../../shared/ingest/columnMapping';
import type { SavedImportProfile } from '../../shared/store/importProfileStore';
import { errorMessage, formatTimestamp, plural } from '../format/format';
import { importPickedFile } from '../files/fileImport';
import { useDialogAction } from '../hooks/useDialogAction';
import type { ActionOutcome } from '../hooks/useDialogAction';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { saveAuditedExport } from '../host/auditedExport';
import { ActionOutcomeMessage } from './ActionOutcomeMessage';
import { FileImportButton } from './FileImportButton';
import { Modal } from './Modal';
import './ImportProfiles.css';

/** What the dialog asks of the engine: the saved profiles, and deleting, exporting and importing one. */
export type ImportProfilesEngine = Pick<WorkerEngineApi, 'listImportProfiles' | 'deleteImportProfile' | 'exportImportProfile' | 'importImportProfile' | 'recordExport'>;

export interface ImportProfilesDialogProps {
  readonly engine: ImportProfilesEngine;
  readonly host: Pick<HostApi, 'saveExport'>;
  /** The workspace's profiles changed (one deleted or imported): the workspace has unsaved changes. */
  readonly onProfilesChanged: () => void;
  /** Back to the import dialog, when the dialog was opened from there. */
  readonly onBack?: () => void;
  readonly onClose: () => void;
}

/** A profile file is a few kilobytes; anything much larger is not one. */
export const maxProfileFileBytes = 1024 * 1024;

/**
 * The workspace's import profiles: each with its layout (every column and the field it is read
 * into) and when it was saved; a profile can be exported to a JSON file (through the host's save
 * dialog), deleted (after asking), and a profile file exported elsewhere imported.
 */
export function ImportProfilesDialog({ engine, host, onProfilesChanged, onBack, onClose }: ImportProfilesDialogProps) {
  const [profiles, setProfiles] = useState<readonly SavedImportProfile[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { outcome, working, act, mounted } = useDialogAction();
  const bodyRef = useRef<HTMLDivElement>(null);
  const lastConfirming = useRef<string | null>(null);

  // The confirmation's buttons go away when it is answered: focus stays in the dialog, on the
  // profile's Delete button while the profile is listed, else on the file button.
  useEffect(() => {
    if (confirming !== null) {
      lastConfirming.current = confirming;
      return;
    }
    const asked = lastConfirming.current;
    // While the deletion runs its buttons are disabled; focus is placed once it is done.
    if (asked === null || working) return;
    lastConfirming.current = null;
    const body = bodyRef.current;
    if (!body || body.contains(document.activeElement)) return;
    const deleteButton = [...body.querySelectorAll<HTMLButtonElement>('button[aria-label]')].find((button) => button.getAttribute('aria-label') === `Delete ${asked}`);
    (deleteButton ?? body.querySelector<HTMLElement>('input[type="file"]'))?.focus();
  }, [confirming, profiles, working]);

  const refresh = useCallback(async () => {
    try {
      const listed = await engine.listImportProfiles();
      if (!mounted.current) return;
      setProfiles(listed);
      setLoadError(null);
    } catch (error) {
      if (mounted.current) setLoadError(`Reading the import profiles failed: ${errorMessage(error)}`);
    }
  }, [engine, mounted]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const deleteProfile = (name: string) =>
    act(async () => {
      setConfirming(null);
      try {
        const deleted = await engine.deleteImportProfile(name);
        if (deleted) onProfilesChanged();
        await refresh();
        return deleted ? { tone: 'success', message: `Deleted the import profile '${name}'.` } : { tone: 'error', message: `There is no import profile named '${name}' any more.` };
      } catch (error) {
        throw new Error(`Deleting the import profile '${name}' failed: ${errorMessage(error)}`);
      }
    });

  const exportProfile = (name: string) =>
    act(async () => {
      try {
        const text = await engine.exportImportProfile(name);
        const saved = await saveAuditedExport(host, engine, 'import-profile', { format: 'json', suggestedName: profileFileName(name), bytes: new TextEncoder().encode(text) }, { profile: name });
        return saved.status === 'saved' ? { tone: 'success', message: `Exported the import profile '${name}' as ${saved.fileName}.` } : null;
      } catch (error) {
        throw new Error(`Exporting the import profile '${name}' failed: ${errorMessage(error)}`);
      }
    });

  const importProfile = (file: File) =>
    act(() =>
      importPickedFile<ActionOutcome>(file, { maxBytes: maxProfileFileBytes, kind: 'an import profile file', failure: 'Importing the profile file' }, async () => {
        const before = new Set((profiles ?? []).map((profile) => profile.name));
        const saved = await engine.importImportProfile(file.name, await file.text());
        onProfilesChanged();
        await refresh();
        return {
          tone: 'success',
          message: before.has(saved.name)
            ? `Imported the import profile '${saved.name}' from ${file.name}; it replaces the profile of the same name.`
            : `Imported the import profile '${saved.name}' from ${file.name}.`,
        };
      }),
    );

  return (
    <Modal
      title="Import profiles"
      width="wide"
      onClose={onClose}
      footer={
        <>
          {onBack ? (
            <button type="button" className="button" onClick={onBack}>
              Back to import
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <div ref={bodyRef}>
        <p className="import-profiles__intro">
          A profile maps the columns of one file layout to the manifest fields. A file with a profile&apos;s layout is mapped by it without asking. Profiles are kept
          in the workspace; export one to use it in another workspace or with <code>analyze --profile</code>.
        </p>
        <div className="import-profiles__actions">
          <FileImportButton label="Import profile file…" ariaLabel="Import profile file" accept=".json,application/json" disabled={working} onFile={(file) => void importProfile(file)} />
        </div>
        <ActionOutcomeMessage outcome={outcome} />
        {loadError ? (
          <p className="import-profiles__outcome import-profiles__outcome--error" role="alert">
            {loadError}
          </p>
        ) : profiles === null ? (
          <p className="import-profiles__empty">Reading the import profiles…</p>
        ) : profiles.length === 0 ? (
          <p className="import-profiles__empty">
            No import profiles in this workspace. Save one from the column mapping of a manifest you import, or import a profile file.
          </p>
        ) : (
          <table className="import-report__issues import-profiles__table" aria-label="Saved import profiles">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Layout</th>
                <th scope="col">Saved</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {profiles.map((profile) => (
                <tr key={profile.name}>
                  <th scope="row" className="import-profiles__name">
                    {profile.name}
                  </th>
                  <td>
                    <ProfileLayout profile={profile} />
                  </td>
                  <td className="import-profiles__saved">{formatTimestamp(profile.savedAt)}</td>
                  <td className="import-profiles__saved">
                    {profile.lastUsedAt === null ? 'Never' : `${formatTimestamp(profile.lastUsedAt)} (${plural(profile.timesUsed, 'import')})`}
                  </td>
                  <td className="import-profiles__row-actions">
                    {confirming === profile.name ? (
                      <div className="import-profiles__confirm" role="group" aria-label={`Delete the import profile ${profile.name}?`}>
                        <span>Delete it? Files of this layout will be mapped automatically again.</span>
                        <button type="button" className="button button--small" onClick={() => setConfirming(null)} autoFocus>
                          Keep
                        </button>
                        <button type="button" className="button button--small button--danger" disabled={working} onClick={() => void deleteProfile(profile.name)}>
                          Delete
                        </button>
                      </div>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button button--small"
                          disabled={working}
                          aria-label={`Export ${profile.name}`}
                          onClick={() => void exportProfile(profile.name)}
                        >
                          Export…
                        </button>
                        <button
                          type="button"
                          className="button button--small"
                          disabled={working}
                          aria-label={`Delete ${profile.name}`}
                          onClick={() => setConfirming(profile.name)}
                        >
                          Delete…
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Modal>
  );
}

/** A profile's tables: per table (sheet), its columns, and every column's field, collapsible. */
function ProfileLayout({ profile }: { readonly profile: SavedImportProfile }) {
  return (
    <>
      {profile.tables.map((table, index) => (
        <details key={`${index}:${table.sheet ?? ''}`} className="import-profiles__layout">
          <summary>{describeTable(table)}</summary>
          <ul className="import-profiles__columns" aria-label={table.sheet === null ? `Columns of ${profile.name}` : `Columns of ${profile.name}, sheet ${table.sheet}`}>
            {table.columns.map((column, columnIndex) => (
              <li key={`${columnIndex}:${column.header}`} className={column.field === null ? 'is-unused' : undefined}>
                <code>{column.header === '' ? `(column ${columnIndex + 1})` : column.header}</code> →{' '}
                {column.field === null ? <em>not imported</em> : fieldLabel(column.field)}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}

function describeTable(table: ColumnMappingTable): string {
  const imported = table.columns.filter((column) => column.field !== null).length;
  const where = table.sheet === null ? '' : `Sheet “${table.sheet}”: `;
  const headers = table.columns.map((column) => column.header).join(', ');
  return `${where}${plural(table.columns.length, 'column')}, ${imported} imported (${headers})`;
}

/**
 * The suggested file name of a profile's export: its name with the characters no file system
 * accepts replaced (the host refuses a name with directory parts), and ".json".
 */
export function profileFileName(name: string): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|\p{Cc}]+/gu, '_')
    .trim()
    .slice(0, 180)
    .replace(/^\.+$/, '');
  return `${cleaned === '' ? 'import-profile' : cleaned}.json`;
}
