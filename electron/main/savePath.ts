import { access } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

export interface SaveDialogRequest {
  readonly title: string;
  readonly suggestedName: string;
  readonly filterName: string;
  /** Extension without the dot; the chosen path is forced to end with it. */
  readonly extension: string;
}

/** Appends `.extension` unless `fileName` already ends with it (case-insensitively). */
export function withExtension(fileName: string, extension: string): string {
  const suffix = `.${extension}`;
  return fileName.toLowerCase().endsWith(suffix.toLowerCase()) ? fileName : `${fileName}${suffix}`;
}

/**
 * Asks where to save, through the native dialog parented to `window`; null when cancelled. The
 * returned path always carries the extension. When the extension had to be appended and a file
 * of that name exists, it throws instead: the dialog's overwrite confirmation was about another
 * name, so replacing that file silently would destroy data the analyst never agreed to replace.
 */
export async function chooseSavePath(window: BrowserWindow, request: SaveDialogRequest): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: request.title,
    defaultPath: path.join(app.getPath('documents'), withExtension(request.suggestedName, request.extension)),
    filters: [{ name: request.filterName, extensions: [request.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) {
    return null;
  }
  const target = withExtension(result.filePath, request.extension);
  if (target !== result.filePath && (await pathExists(target))) {
    throw new Error(`"${path.basename(target)}" already exists; choose that name in the save dialog to replace it.`);
  }
  return target;
}

async function pathExists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}
