import type { ManifestImportSource } from '../engine/engineApi';

export interface PeekedSource {
  /** The file's first `length` bytes (all of it when shorter). */
  readonly head: Uint8Array;
  /** The same file again, from its first byte: the chunks read for the head, then the rest. */
  readonly source: ManifestImportSource;
}

/**
 * Reads the beginning of an import source without consuming it, to sniff its format. The
 * chunks read ahead are replayed as they were, so chunk boundaries are unchanged.
 */
export async function peekSource(source: ManifestImportSource, length: number): Promise<PeekedSource> {
  const iterator = source.chunks[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let bufferedLength = 0;
  let exhausted = false;
  while (bufferedLength < length) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    buffered.push(next.value);
    bufferedLength += next.value.length;
  }
  const head = new Uint8Array(Math.min(length, bufferedLength));
  let offset = 0;
  for (const chunk of buffered) {
    if (offset >= head.length) break;
    const part = chunk.subarray(0, head.length - offset);
    head.set(part, offset);
    offset += part.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    let finished = exhausted;
    try {
      yield* buffered;
      if (!exhausted) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      finished = true;
    } finally {
      // A consumer that stops early (cancel, failure) releases the underlying reader too.
      if (!finished) await iterator.return?.();
    }
  }
  return { head, source: { ...source, chunks: replay() } };
}
