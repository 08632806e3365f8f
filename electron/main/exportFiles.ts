import path from 'node:path';
import type { BrowserWindow } from 'electron';
import type { SaveOutcome } from '../../shared/host/hostApi';
import { writeFileAtomic } from '../node/atomicFile';
import type { ValidExportRequest } from './ipcArguments';
import { chooseSavePath } from './savePath';

/** Save dialog filtered to the export format, its extension forced, then an atomic write. */
export async function saveExportFile(window: BrowserWindow, request: ValidExportRequest): Promise<SaveOutcome> {
  const extension = request.format.extensions[0];
  if (extension === undefined) {
    throw new Error(`Export format ${request.format.id} declares no file extension.`);
  }
  const target = await chooseSavePath(window, {
    title: `Export ${request.format.label}`,
    suggestedName: request.suggestedName,
    filterName: request.format.label,
    extension,
  });
  if (target === null) {
    return { status: 'cancelled' };
  }
  await writeFileAtomic(target, request.bytes);
  return { status: 'saved', fileName: path.basename(target) };
}
