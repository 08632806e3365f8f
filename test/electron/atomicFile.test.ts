import type * as FsPromises from 'node:fs/promises';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/node/atomicFile';

/** Failure injection and an operation log, wrapped around the real node:fs/promises. */
const fsProbe = vi.hoisted(() => ({
  log: [] as string[],
  renameError: null as Error | null,
  writeError: null as Error | null,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const realSync = handle.sync.bind(handle);
      const realWriteFile = handle.writeFile.bind(handle);
      handle.sync = async () => {
        fsProbe.log.push(`sync ${String(args[0])}`);
        return realSync();
      };
      handle.writeFile = async (...writeArgs: Parameters<typeof handle.writeFile>) => {
        if (fsProbe.writeError !== null) {
          throw fsProbe.writeError;
        }
        return realWriteFile(...writeArgs);
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      if (fsProbe.renameError !== null) {
        throw fsProbe.renameError;
      }
      fsProbe.log.push(`rename ${from} -> ${to}`);
      return actual.rename(from, to);
    },
  };
});

let directory: string;
let target: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'mlens-atomic-'));
  target = path.join(directory, 'case.mlens');
  fsProbe.log.length = 0;
  fsProbe.renameError = null;
  fsProbe.writeError = null;
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates the file with exactly the given bytes and leaves no temp file', async () => {
    const bytes = new Uint8Array(256 * 1024).map((_, index) => (index * 31) % 256);
    await writeFileAtomic(target, bytes);
    expect(Buffer.from(await readFile(target)).equals(Buffer.from(bytes))).toBe(true);
    expect(await readdir(directory)).toEqual(['case.mlens']);
  });

  it('writes parts one after the other into exactly the bytes they make together (a workspace file: header, image, digest)', async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 7).map((_, index) => (index * 31) % 251);
    await writeFile(target, 'a longer old file that the new one must replace entirely'.repeat(200_000));
    await writeFileAtomic(target, [bytes.subarray(0, 20), bytes.subarray(20, 20), bytes.subarray(20, bytes.length - 32), bytes.subarray(bytes.length - 32)]);
    expect(Buffer.from(await readFile(target)).equals(Buffer.from(bytes))).toBe(true);
    expect(await readdir(directory)).toEqual(['case.mlens']);
  });

  it('replaces an existing file, including with an empty one', async () => {
    await writeFile(target, 'old contents');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    await writeFileAtomic(target, new Uint8Array(0));
    expect(await readFile(target, 'utf8')).toBe('');
    expect(await readdir(directory)).toEqual(['case.mlens']);
  });

  it('writes a temp file beside the target, fsyncs it, renames it over the target, then fsyncs the directory', async () => {
    await writeFileAtomic(target, new TextEncoder().encode('x'));
    const [syncTemp, renameStep, syncDirectory] = fsProbe.log;
    const tempPath = syncTemp?.replace(/^sync /, '') ?? '';
    expect(path.dirname(tempPath)).toBe(directory);
    expect(path.basename(tempPath)).toMatch(/^\.case\.mlens\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(renameStep).toBe(`rename ${tempPath} -> ${target}`);
    if (process.platform === 'win32') {
      expect(syncDirectory).toBeUndefined();
    } else {
      expect(syncDirectory).toBe(`sync ${directory}`);
    }
  });

  it('keeps the old file and removes the temp file when the rename fails', async () => {
    await writeFile(target, 'old contents');
    fsProbe.renameError = Object.assign(new Error('EXDEV: injected rename failure'), { code: 'EXDEV' });
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'))).rejects.toThrow('injected rename failure');
    expect(await readFile(target, 'utf8')).toBe('old contents');
    expect(await readdir(directory)).toEqual(['case.mlens']);
  });

  it('keeps the old file and removes the temp file when the write fails', async () => {
    await writeFile(target, 'old contents');
    fsProbe.writeError = Object.assign(new Error('ENOSPC: injected write failure'), { code: 'ENOSPC' });
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'))).rejects.toThrow('injected write failure');
    expect(await readFile(target, 'utf8')).toBe('old contents');
    expect(await readdir(directory)).toEqual(['case.mlens']);
  });

  it('fails without damage when the target is a directory', async () => {
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep');
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'))).rejects.toThrow();
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
    expect(await readdir(directory)).toEqual(['case.mlens']);
  });

  it('fails when the directory does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(path.join(directory, 'missing', 'x.mlens'), new Uint8Array(1))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(directory)).toEqual([]);
  });

  it('gives concurrent writers distinct temp files, so the result is one complete version', async () => {
    const versions = Array.from({ length: 16 }, (_, index) => `version ${index} `.repeat(1000));
    await Promise.all(versions.map((text) => writeFileAtomic(target, new TextEncoder().encode(text))));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(directory)).toEqual(['case.mlens']);
  });

  it('removes the temp files of a writer that died mid-save, and leaves live writers and other files alone', async () => {
    // Above Linux's largest pid (2^22): no process has it.
    const deadWriter = `.case.mlens.${2 ** 22 + 1}.0123456789ab.tmp`;
    const liveWriter = `.case.mlens.${process.pid}.ba9876543210.tmp`;
    const otherTarget = `.other.mlens.${2 ** 22 + 1}.0123456789ab.tmp`;
    for (const name of [deadWriter, liveWriter, otherTarget, '.case.mlens.notes.tmp']) await writeFile(path.join(directory, name), 'partial');
    await writeFileAtomic(target, new TextEncoder().encode('complete'));
    expect((await readdir(directory)).sort()).toEqual(['.case.mlens.notes.tmp', liveWriter, otherTarget, 'case.mlens'].sort());
    expect(await readFile(target, 'utf8')).toBe('complete');
  });

  it.skipIf(process.platform === 'win32')('keeps the permission bits of the file it replaces', async () => {
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });
});
