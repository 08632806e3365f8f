import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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
