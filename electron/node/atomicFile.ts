import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Error codes with which a platform declines to fsync a directory; durability is best effort there. */
const unsupportedDirectorySyncCodes: ReadonlySet<string> = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EACCES', 'EBADF']);

/**
 * Replaces `targetPath` with `bytes` (one array, or parts written one after the other, never
 * joined: a workspace file is its header, image and digest) so that a reader, or the disk after a crash, sees either the
 * old file or the complete new one, never a mix: the bytes go to a uniquely named temp file in the
 * same directory, are fsynced, renamed over the target, and the directory is fsynced so the rename
 * itself is durable (skipped on Windows, which cannot open directories). An existing target's
 * permission bits are kept. On any failure the temp file is removed and the old target is intact.
 */
export async function writeFileAtomic(targetPath: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const directory = path.dirname(targetPath);
  await removeOrphanedTempFiles(targetPath);
  const tempPath = path.join(directory, `.${path.basename(targetPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const existingMode = await modeOf(targetPath);
  try {
    const handle = await open(tempPath, 'wx', existingMode ?? 0o666);
    try {
      if (bytes instanceof Uint8Array) {
        await handle.writeFile(bytes);
      } else {
        for (const part of bytes) {
          await handle.writeFile(part);
        }
      }
      if (existingMode !== undefined) {
        await handle.chmod(existingMode);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, targetPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/**
 * Removes the temp files an earlier writer of `targetPath` left when it was killed mid-save (its
 * process is gone). They were never renamed, so they never were the target; this only reclaims
 * their space. Temp files of live writers (this process included) are left alone. Best effort: a
 * directory that cannot be listed is not an error here. Returns the names removed.
 */
export async function removeOrphanedTempFiles(targetPath: string): Promise<string[]> {
  const directory = path.dirname(targetPath);
  const prefix = `.${path.basename(targetPath)}.`;
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || processIsAlive(pid)) continue;
    await rm(path.join(directory, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function modeOf(filePath: string): Promise<number | undefined> {
  try {
    return (await stat(filePath)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') {
    return;
  }
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!unsupportedDirectorySyncCodes.has((error as NodeJS.ErrnoException).code ?? '')) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}
