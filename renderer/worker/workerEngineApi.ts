import type { EngineApi, WorkspaceSummary } from '../../shared/engine/engineApi';
import type { ImportProgress, ImportReport } from '../../shared/ingest/importReport';

/** A planted smuggling scheme of the demo world (from its ground truth). */
export interface DemoScheme {
  readonly id: string;
  readonly title: string;
  /** Bills of lading of the scheme's consignments. */
  readonly billsOfLading: number;
}

/**
 * What the demo workspace holds, for the UI to say so: counts of the generated world, not the
 * world itself (the dataset and its answer key stay in the worker).
 */
export interface DemoWorkspaceDescription {
  /** The generator's seed: the demo is the same world on every machine and every start. */
  readonly seed: number;
  readonly firstArrivalDate: string;
  readonly lastArrivalDate: string;
  readonly manifestLines: number;
  readonly billsOfLading: number;
  readonly companies: number;
  readonly reports: number;
  readonly watchlistEntries: number;
  readonly examinationOutcomes: number;
  readonly plantedSchemes: readonly DemoScheme[];
  /** Innocent look-alikes planted next to the schemes. */
  readonly decoys: number;
}

export interface OpenedDemoWorkspace {
  readonly summary: WorkspaceSummary;
  /** The report of the demo's manifest import. */
  readonly manifestReport: ImportReport;
  readonly demo: DemoWorkspaceDescription;
}

/**
 * The engine as the Web Worker exposes it over the typed RPC (Comlink). It is the EngineApi with
 * two differences: an AsyncIterable cannot cross postMessage, so instead of `importManifest` the
 * worker takes the file itself (a Blob, which crosses without copying its bytes) and reads it
 * there as a stream of chunks; and the demo workspace is generated and loaded inside the worker,
 * so only its summary crosses. The renderer's UI depends on this interface only.
 */
export interface WorkerEngineApi extends Omit<EngineApi, 'importManifest'> {
  /**
   * Imports one manifest file. `fileName` is the name the analyst knows (no path); progress
   * arrives through `onProgress`, which the client passes as a Comlink proxy.
   */
  importManifestFile(file: Blob, fileName: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
  /**
   * Replaces the workspace with the demo workspace (synthetic data, see
   * shared/engine/demoWorkspace); `onProgress` follows the import of its manifests.
   */
  openDemoWorkspace(onProgress?: (progress: ImportProgress) => void): Promise<OpenedDemoWorkspace>;
}
