import { open, stat } from 'node:fs/promises';
import path from 'node:path';

/** Node reads at most 2 GiB - 1 bytes per call; the file is read in slices well below that. */
const readSliceBytes = 64 * 1024 * 1024;

/**
 * Reads a regular file of at most `maxBytes`. The size is checked on the open handle before any
 * byte is read, so a huge file is refused without being loaded, and devices, FIFOs and
 * directories are refused outright (a FIFO would block, /dev/zero would never end).
 */
export async function readFileWithinLimit(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const name = path.basename(filePath);
  if (!(await stat(filePath)).isFile()) {
    throw new Error(`"${name}" is not a regular file.`);
  }
  const handle = await open(filePath, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new Error(`"${name}" is not a regular file.`);
    }
    if (info.size > maxBytes) {
      throw new Error(`"${name}" is ${info.size} bytes, over the ${maxBytes}-byte limit.`);
    }
    const bytes = new Uint8Array(info.size);
    let offset = 0;
    while (offset < bytes.byteLength) {
      const length = Math.min(readSliceBytes, bytes.byteLength - offset);
      const { bytesRead } = await handle.read(bytes, offset, length, offset);
      if (bytesRead === 0) {
        throw new Error(`"${name}" changed while it was being read.`);
      }
      offset += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
