import * as Comlink from 'comlink';
import type { EngineApi } from '../../shared/engine/engineApi';
import type { ImportProgress } from '../../shared/ingest/importReport';
import type { WorkerEngineApi } from './workerEngineApi';

/** Progress is forwarded to the UI at most this often; the final report supersedes it. */
const progressIntervalMs = 50;

/**
 * Adapts the engine to the worker-side RPC surface. `engineReady` is the engine still being
 * created (sql.js compiles its WebAssembly first): the API is exposed at once so no early call is
 * lost, and every call waits for the engine, or fails with the reason it could not start.
 */
export function createWorkerEngine(engineReady: Promise<EngineApi>): WorkerEngineApi {
  return {
    info: async () => (await engineReady).info(),
    newWorkspace: async (name, marking) => (await engineReady).newWorkspace(name, marking),
    openWorkspace: async (name, image) => (await engineReady).openWorkspace(name, image),
    async saveWorkspace() {
      const image = await (await engineReady).saveWorkspace();
      const owned = ownsWholeBuffer(image) ? image : image.slice();
      return transferable(owned);
    },
    setMarking: async (marking) => (await engineReady).setMarking(marking),
    summary: async () => (await engineReady).summary(),
    async importManifestFile(file, fileName, onProgress) {
      const engine = await engineReady;
      try {
        return await engine.importManifest(
          { fileName, byteLength: file.size, chunks: blobChunks(file) },
          onProgress ? throttledProgress(onProgress) : undefined,
        );
      } finally {
        releaseRemoteCallback(onProgress);
      }
    },
    cancelImport: async () => (await engineReady).cancelImport(),
    listShipments: async (query) => (await engineReady).listShipments(query),
  };
}

/** Reads a Blob as a sequence of byte chunks; stops reading when the consumer stops early. */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = blob.stream().getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Marks a byte array's buffer for transfer (moved, not copied) when it is returned over RPC. */
export function transferable(bytes: Uint8Array): Uint8Array {
  return bytes.buffer instanceof ArrayBuffer ? Comlink.transfer(bytes, [bytes.buffer]) : bytes;
}

function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

function throttledProgress(onProgress: (progress: ImportProgress) => void): (progress: ImportProgress) => void {
  let lastSent = -Infinity;
  return (progress) => {
    const now = Date.now();
    if (now - lastSent < progressIntervalMs) return;
    lastSent = now;
    // Over RPC the callback is a Comlink proxy returning a promise; progress is fire-and-forget.
    Promise.resolve(onProgress(progress) as unknown).catch(() => undefined);
  };
}

function releaseRemoteCallback(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const release = (callback as Partial<Comlink.ProxyMethods>)[Comlink.releaseProxy];
  if (typeof release === 'function') release.call(callback);
}
