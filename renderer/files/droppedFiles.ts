/**
 * The files of a drop or a folder chooser, folders walked: each file with its path inside what was
 * dropped ("reports/2026/IR-0042.txt"). A folder dropped on the page arrives as a
 * FileSystemDirectoryEntry (DataTransferItem.webkitGetAsEntry, Chromium and every current browser)
 * whose entries are read in batches until an empty one; what cannot be read (a folder the
 * system refuses, a file that vanished) is returned as a problem with its path, never dropped.
 */

export interface PickedFile {
  readonly file: File;
  /** Path inside the dropped or chosen folder, "/"-separated; the file name for a loose file. */
  readonly path: string;
}

export interface UnreadEntry {
  readonly path: string;
  readonly reason: string;
}

export interface PickedFiles {
  readonly files: readonly PickedFile[];
  readonly unread: readonly UnreadEntry[];
}

/** Most files taken from one drop: a drop of a whole disk is refused past it with a problem. */
export const maxPickedFiles = 5000;

/** The files of a drop: folders walked; without entry support, the drop's plain file list. */
export async function filesOfDrop(dataTransfer: Pick<DataTransfer, 'items' | 'files'>): Promise<PickedFiles> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  const items = dataTransfer.items === undefined || dataTransfer.items === null ? [] : [...dataTransfer.items];
  for (const item of items) {
    if (item.kind !== 'file') continue;
    // Taken synchronously: the items are emptied once the drop event returns.
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry !== null) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file !== null) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) return { files: [...dataTransfer.files].map((file) => ({ file, path: file.name })), unread: [] };
  const files: PickedFile[] = loose.map((file) => ({ file, path: file.name }));
  const unread: UnreadEntry[] = [];
  for (const entry of entries) await walk(entry, entry.name, files, unread);
  return { files, unread };
}

/** The files of an `<input type="file" webkitdirectory>`: their paths as the chooser gives them. */
export function filesOfFolderInput(list: FileList | readonly File[]): PickedFiles {
  return { files: [...list].map((file) => ({ file, path: file.webkitRelativePath || file.name })), unread: [] };
}

async function walk(entry: FileSystemEntry, path: string, files: PickedFile[], unread: UnreadEntry[]): Promise<void> {
  if (files.length >= maxPickedFiles) {
    unread.push({ path, reason: `not read: a drop takes at most ${maxPickedFiles.toLocaleString('en-GB')} files` });
    return;
  }
  if (isFile(entry)) {
    try {
      files.push({ file: await new Promise<File>((resolve, reject) => entry.file(resolve, reject)), path });
    } catch (error) {
      unread.push({ path, reason: `the file could not be read: ${describe(error)}` });
    }
    return;
  }
  if (!isDirectory(entry)) {
    unread.push({ path, reason: 'neither a file nor a folder' });
    return;
  }
  const reader = entry.createReader();
  const children: FileSystemEntry[] = [];
  try {
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      children.push(...batch);
    }
  } catch (error) {
    unread.push({ path, reason: `the folder could not be read: ${describe(error)}` });
  }
  children.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  for (const child of children) await walk(child, `${path}/${child.name}`, files, unread);
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile && typeof (entry as FileSystemFileEntry).file === 'function';
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory && typeof (entry as FileSystemDirectoryEntry).createReader === 'function';
}

function describe(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
}
