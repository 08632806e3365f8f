import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { maxHostFileBytes, type HostFile, type SaveOutcome } from '../../shared/host/hostApi';
import { writeFileAtomic } from '../node/atomicFile';
import { readFileWithinLimit } from './boundedFileRead';
import { noteWorkspaceFile } from './recoveryFiles';
import { chooseSavePath } from './savePath';

export const workspaceExtension = 'mlens';
const workspaceFilterName = 'Manifest Lens workspace';

/** Open dialog for a *.mlens workspace; the file's name (never its path) and bytes, or null. */
export async function openWorkspaceFile(window: BrowserWindow): Promise<HostFile | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open workspace',
    properties: ['openFile'],
    filters: [{ name: workspaceFilterName, extensions: [workspaceExtension] }],
  });
  const filePath = result.canceled ? undefined : result.filePaths[0];
  if (filePath === undefined) {
    return null;
  }
  const bytes = await readFileWithinLimit(filePath, maxHostFileBytes);
  noteWorkspaceFile(filePath);
  return { name: path.basename(filePath), bytes };
}

/** Save dialog for the workspace file (its parts, written in order), then an atomic write (the old file survives a failure). */
export async function saveWorkspaceFile(window: BrowserWindow, parts: readonly Uint8Array[], suggestedName: string): Promise<SaveOutcome> {
  const target = await chooseSavePath(window, {
    title: 'Save workspace',
    suggestedName,
    filterName: workspaceFilterName,
    extension: workspaceExtension,
  });
  if (target === null) {
    return { status: 'cancelled' };
  }
  await writeFileAtomic(target, parts);
  noteWorkspaceFile(target);
  return { status: 'saved', fileName: path.basename(target) };
}
