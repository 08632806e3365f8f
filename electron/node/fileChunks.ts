import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ManifestImportSource } from '../../shared/engine/engineApi';

/** A file on disk as an import source: streamed in 1 MiB chunks, never loaded whole. */
export async function fileImportSource(path: string): Promise<ManifestImportSource> {
  const { size } = await stat(path);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      yield chunk as Buffer;
    }
  }
  return { fileName: basename(path), byteLength: size, chunks: chunks() };
}

/** The first `length` bytes of a file (fewer when it is shorter), to tell what it holds. */
export async function readFileHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
