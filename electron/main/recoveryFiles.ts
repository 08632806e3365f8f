import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import { maxHostFileBytes, type RecoveryFile } from '../../shared/host/hostApi';
import { writeFileAtomic } from '../node/atomicFile';
import { readFileWithinLimit } from './boundedFileRead';

/**
 * The autosave (recovery) file: one per installation, in the app's userData folder
 * (`recovery/workspace.mlens`, beside `recovery/recovery.json` that says which workspace it is and
 * when it was written). The renderer autosaves only an encrypted workspace, so this file is
 * encrypted like any save. Both files are written atomically (temp file, fsync, rename), so a crash
 * during an autosave leaves the previous autosave whole. It is offered on the next start when it is
 * newer than the workspace file it was autosaved from (or that workspace was never saved).
 */
const recoveryFolderName = 'recovery';
const imageFileName = 'workspace.mlens';
const recordFileName = 'recovery.json';

interface RecoveryRecord {
  readonly workspaceName: string;
  readonly savedAt: string;
  /** The workspace file the session last opened or saved; null for a workspace never saved. */
  readonly workspacePath: string | null;
}

/** The workspace file the analyst last opened or saved in this session (main process state). */
let currentWorkspacePath: string | null = null;

/** Called when a workspace file is opened or saved: a later autosave belongs to it. */
export function noteWorkspaceFile(filePath: string | null): void {
  currentWorkspacePath = filePath;
}

function recoveryFolder(): string {
  return path.join(app.getPath('userData'), recoveryFolderName);
}

/** A workspace name as the renderer gives it: text, not a path; at most 200 characters, no control characters. */
export function requireWorkspaceName(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200 || [...value].some((character) => character.charCodeAt(0) < 0x20)) {
    throw new Error('The workspace name must be 1 to 200 characters of text.');
  }
  return value;
}

export async function writeRecoveryFile(parts: readonly Uint8Array[], workspaceName: string, now: Date = new Date()): Promise<boolean> {
  const folder = recoveryFolder();
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await writeFileAtomic(path.join(folder, imageFileName), parts);
  const record: RecoveryRecord = { workspaceName, savedAt: now.toISOString(), workspacePath: currentWorkspacePath };
  await writeFileAtomic(path.join(folder, recordFileName), new TextEncoder().encode(`${JSON.stringify(record)}\n`));
  return true;
}

/**
 * The recovery file, when there is one and it is newer than its workspace file; a stale one (its
 * workspace saved since) is deleted. A damaged record is treated as no recovery and deleted.
 */
export async function findRecoveryFile(): Promise<RecoveryFile | null> {
  const folder = recoveryFolder();
  let record: RecoveryRecord;
  try {
    record = parseRecord(await readFile(path.join(folder, recordFileName), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    await discardRecoveryFile();
    return null;
  }
  if (record.workspacePath !== null) {
    const workspaceModified = await stat(record.workspacePath).then(
      (info) => info.mtimeMs,
      () => null,
    );
    if (workspaceModified !== null && workspaceModified >= Date.parse(record.savedAt)) {
      await discardRecoveryFile();
      return null;
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFileWithinLimit(path.join(folder, imageFileName), maxHostFileBytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      await discardRecoveryFile();
      return null;
    }
    throw error;
  }
  return { workspaceName: record.workspaceName, savedAt: record.savedAt, bytes };
}

export async function discardRecoveryFile(): Promise<void> {
  const folder = recoveryFolder();
  await rm(path.join(folder, recordFileName), { force: true });
  await rm(path.join(folder, imageFileName), { force: true });
}

function parseRecord(text: string): RecoveryRecord {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) throw new Error('recovery record is not an object');
  const { workspaceName, savedAt, workspacePath } = value as Record<string, unknown>;
  if (typeof workspaceName !== 'string' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) throw new Error('recovery record is incomplete');
  if (workspacePath !== null && typeof workspacePath !== 'string') throw new Error('recovery record has a bad workspace path');
  return { workspaceName, savedAt, workspacePath };
}
