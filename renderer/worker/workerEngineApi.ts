import type { SourceDocumentKind } from '../../shared/documents/sourceDocumentKinds';
import type { EngineApi, ManifestImportChoices, ManifestPreview, SourceDocumentReceipt, WorkspaceSummary } from '../../shared/engine/engineApi';
import type { AmsTableName } from '../../shared/ingest/ams/amsTables';
import type { ImportProgress, ImportReport } from '../../shared/ingest/importReport';
import type { ReportImportSummary } from '../../shared/engine/reportApi';

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

/** A file the analyst chose, as it crosses to the worker: the Blob (not its bytes) and its name. */
export interface ImportFileSource {
  readonly file: Blob;
  /** The name the analyst knows (no path), used in every report and rejection. */
  readonly fileName: string;
}

/** A file to keep in the workspace as a source document of the given kind. */
export interface SourceDocumentFile extends ImportFileSource {
  readonly kind: SourceDocumentKind;
}

/**
 * The engine as the Web Worker exposes it over the typed RPC (Comlink). It is the EngineApi with
 * these differences: an AsyncIterable cannot cross postMessage, so instead of `importManifest`
 * and `importAmsRelease` the worker takes the files themselves (Blobs, which cross without
 * copying their bytes) and reads them there as streams of chunks; source documents likewise
 * cross as Blobs; and the demo workspace is generated and loaded inside the worker, so only its
 * summary crosses. The renderer's UI depends on this interface only.
 */
export interface WorkerEngineApi extends Omit<EngineApi, 'importManifest' | 'importAmsRelease' | 'addSourceDocuments' | 'previewManifest' | 'importReports'> {
  /**
   * Imports one manifest file (delimited text, XLSX workbook, JSON or JSON Lines, detected from
   * its content). `fileName` is the name the analyst knows (no path); progress arrives through
   * `onProgress`, which the client passes as a Comlink proxy.
   */
  importManifestFile(file: Blob, fileName: string, onProgress?: (progress: ImportProgress) => void, options?: ManifestImportChoices): Promise<ImportReport>;
  /** The mapping preview of one manifest file (EngineApi.previewManifest). */
  previewManifestFile(file: Blob, fileName: string): Promise<ManifestPreview>;
  /**
   * Which of the files are tables of the US AMS release, as the engine recognises them (an exact
   * AMS table header, or an `ams__{table}_…` file name): per file, in the order given, the table or
   * null. Reads only the first bytes of each file.
   */
  identifyAmsTables(files: readonly ImportFileSource[]): Promise<readonly (AmsTableName | null)[]>;
  /**
   * Imports AMS table files as one release joined on `identifier` (EngineApi.importAmsRelease):
   * one report per file, in the order given. Progress names the file being read; cancelImport
   * rolls the whole release back.
   */
  importAmsReleaseFiles(files: readonly ImportFileSource[], onProgress?: (progress: ImportProgress) => void): Promise<readonly ImportReport[]>;
  /**
   * Keeps report files (.txt, .md, .eml, .docx, .pdf) as source documents and reads them into
   * stored reports (EngineApi.importReports); the files cross as Blobs and are read in the worker.
   */
  importReportFiles(files: readonly ImportFileSource[]): Promise<ReportImportSummary>;
  /** Keeps the files in the workspace byte for byte as source documents (EngineApi.addSourceDocuments). */
  addSourceDocumentFiles(documents: readonly SourceDocumentFile[]): Promise<readonly SourceDocumentReceipt[]>;
  /**
   * Replaces the workspace with the demo workspace (synthetic data, see
   * shared/engine/demoWorkspace); `onProgress` follows the import of its manifests.
   */
  openDemoWorkspace(onProgress?: (progress: ImportProgress) => void): Promise<OpenedDemoWorkspace>;
}
