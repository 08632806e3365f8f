import type { WorkspaceFileParts } from '../workspace/workspaceFile';
import type { ExportFormatId } from './exportFormats';

/**
 * What the renderer may ask of its host. In Electron the preload script exposes exactly these
 * intent-level functions on `window.manifestLens` (never ipcRenderer); in a plain browser tab the
 * renderer uses a browser implementation of the same interface (file input, download).
 */
export interface HostFile {
  /** File name only, never a path. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type SaveOutcome =
  | { readonly status: 'saved'; readonly fileName: string }
  | { readonly status: 'cancelled' };

export interface ExportSaveRequest {
  readonly format: ExportFormatId;
  /** A file name without directories; the host forces the format's extension. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
}

/** The autosaved workspace a session left behind (HostApi.findRecovery). */
export interface RecoveryFile {
  /** The workspace's name when it was autosaved. */
  readonly workspaceName: string;
  /** When it was autosaved (ISO 8601). */
  readonly savedAt: string;
  /** The workspace file, encrypted like any save. */
  readonly bytes: Uint8Array;
}

export interface AppInfo {
  readonly productName: string;
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly platform: string;
  readonly versions: Readonly<Record<string, string>>;
}

/** Commands the native menu sends to the renderer. */
export const menuCommands = ['open-workspace', 'save-workspace', 'new-workspace', 'open-demo-workspace', 'import-manifests', 'toggle-theme'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

export interface HostApi {
  /** Shows an open dialog for a workspace file; null when the analyst cancels. */
  openWorkspace(): Promise<HostFile | null>;
  /**
   * Saves the workspace file, atomically where the host can. The file is given as its parts
   * (EngineApi.saveWorkspace), written one after the other, never joined into one copy.
   */
  saveWorkspace(parts: WorkspaceFileParts, suggestedName: string): Promise<SaveOutcome>;
  /** Saves an export through the native save dialog (Electron) or a download (browser). */
  saveExport(request: ExportSaveRequest): Promise<SaveOutcome>;
  /**
   * Autosave: writes the workspace file (encrypted, as EngineApi.saveWorkspace gives it) to the
   * host's one recovery file, atomically, replacing the previous one. False when the host keeps
   * no recovery file (a browser tab).
   */
  writeRecovery(parts: WorkspaceFileParts, workspaceName: string): Promise<boolean>;
  /** The recovery file a session left, when it is newer than the workspace file it was autosaved from; null otherwise. */
  findRecovery(): Promise<RecoveryFile | null>;
  /** Deletes the recovery file (after a save, or when the analyst declines to restore it). */
  discardRecovery(): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The name under which the preload exposes the HostApi in the renderer's main world. */
export const hostBridgeName = 'manifestLens';

/** IPC channel names, shared by preload and main so neither can drift. */
export const ipcChannels = {
  openWorkspace: 'workspace:open',
  saveWorkspace: 'workspace:save',
  saveExport: 'export:save',
  writeRecovery: 'recovery:write',
  findRecovery: 'recovery:find',
  discardRecovery: 'recovery:discard',
  appInfo: 'app:info',
  menuCommand: 'menu:command',
} as const;

/** Largest file the host will read or write in one call (2 GiB, the sql.js image ceiling). */
export const maxHostFileBytes = 2 * 1024 * 1024 * 1024;

/** Most parts a file may be handed to the host in (a workspace file has three). */
export const maxHostFileParts = 16;

/** Validates a suggested file name: a plain name, no directory parts, no control characters. */
export function isPlainFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 200 &&
    !/[/\\:*?"<>|]/.test(name) &&
    ![...name].some((character) => character.charCodeAt(0) < 0x20) &&
    name !== '.' &&
    name !== '..'
  );
}
