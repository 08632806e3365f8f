import type { EngineApi } from '../../shared/engine/engineApi';
import type { ImportProgress, ImportReport } from '../../shared/ingest/importReport';

/**
 * The engine as the Web Worker exposes it over the typed RPC (Comlink). It is the EngineApi with
 * one difference: an AsyncIterable cannot cross postMessage, so instead of `importManifest` the
 * worker takes the file itself (a Blob, which crosses without copying its bytes) and reads it
 * there as a stream of chunks. The renderer's UI depends on this interface only.
 */
export interface WorkerEngineApi extends Omit<EngineApi, 'importManifest'> {
  /**
   * Imports one manifest file. `fileName` is the name the analyst knows (no path); progress
   * arrives through `onProgress`, which the client passes as a Comlink proxy.
   */
  importManifestFile(file: Blob, fileName: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
}
