import type { SourceDocumentKind } from '../documents/sourceDocumentKinds';
import type { ProtectiveMarking } from '../markings/protectiveMarking';
import type { ImportProgress, ImportReport } from '../ingest/importReport';

/**
 * The engine's public API: what the renderer calls on the Web Worker through the typed RPC
 * (renderer/worker), and what the CLI and tests call directly in Node. Plain data in and out
 * (structured-clone safe); no SQL crosses this boundary.
 */
export interface EngineInfo {
  readonly sqliteVersion: string;
  readonly schemaVersion: number;
}

export interface DatasetSummary {
  readonly batchId: number;
  readonly sourceFile: string;
  readonly importedAt: string;
  readonly rowsRead: number;
  readonly rowsStored: number;
  readonly rowsRejected: number;
}

export interface WorkspaceSummary {
  readonly name: string;
  readonly marking: ProtectiveMarking;
  readonly schemaVersion: number;
  readonly datasets: readonly DatasetSummary[];
  readonly counts: {
    readonly billsOfLading: number;
    readonly manifestLines: number;
    readonly partyOccurrences: number;
    readonly containers: number;
    readonly sourceDocuments: number;
  };
}

/** Columns of the shipments table the analyst can sort on. */
export const shipmentSortColumns = [
  'billOfLadingNumber',
  'arrivalDate',
  'vesselName',
  'portOfLoading',
  'portOfDischarge',
  'shipperName',
  'consigneeName',
  'hsCode',
  'grossWeightKg',
  'declaredValueUsd',
] as const;
export type ShipmentSortColumn = (typeof shipmentSortColumns)[number];

export interface ShipmentQuery {
  /** Case-insensitive text filter over B/L number, parties, goods, container, vessel. */
  readonly text?: string;
  readonly sortBy?: ShipmentSortColumn;
  readonly sortDirection?: 'asc' | 'desc';
  readonly offset?: number;
  /** At most 500 rows a page. */
  readonly limit?: number;
}

export interface ShipmentRow {
  readonly lineId: number;
  readonly billOfLadingNumber: string;
  readonly arrivalDate: string | null;
  readonly vesselName: string | null;
  readonly vesselImo: string | null;
  readonly voyageNumber: string | null;
  readonly portOfLoading: string | null;
  readonly portOfDischarge: string | null;
  readonly countryOfOrigin: string | null;
  readonly shipperName: string | null;
  readonly consigneeName: string | null;
  readonly notifyPartyName: string | null;
  readonly containerNumber: string | null;
  readonly hsCode: string | null;
  readonly goodsDescription: string | null;
  readonly packages: number | null;
  readonly grossWeightKg: number | null;
  readonly declaredValueUsd: number | null;
  readonly sourceFile: string;
  readonly sourceRow: number;
}

export interface ShipmentPage {
  readonly rows: readonly ShipmentRow[];
  readonly total: number;
  readonly offset: number;
}

export interface ManifestImportSource {
  /** File name as the analyst knows it (no path), used in every rejection reason. */
  readonly fileName: string;
  /** Size in bytes, when known, for the progress bar. */
  readonly byteLength?: number;
  readonly chunks: AsyncIterable<Uint8Array>;
}

export interface EngineApi {
  info(): Promise<EngineInfo>;
  newWorkspace(name: string, marking?: ProtectiveMarking): Promise<WorkspaceSummary>;
  openWorkspace(name: string, image: Uint8Array): Promise<WorkspaceSummary>;
  /** The workspace file image (see shared/workspace/workspaceFile). */
  saveWorkspace(): Promise<Uint8Array>;
  setMarking(marking: ProtectiveMarking): Promise<WorkspaceSummary>;
  summary(): Promise<WorkspaceSummary>;
  /**
   * Imports one manifest file, whatever its format: delimited text (CSV/TSV), an XLSX workbook
   * (every sheet with a bill-of-lading column), JSON or JSON Lines; detected from its content.
   * A table file of the US AMS release is imported as a release of one file (see importAmsRelease).
   */
  importManifest(source: ManifestImportSource, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
  /**
   * Imports a set of US AMS table files (header, billgen, consignee, shipper, notifyparty,
   * container, cargodesc, tariff, marksnumbers, hazmat, hazmatclass: any of them, in any order) as
   * one release joined on `identifier`, in one transaction. Returns one report per source, in the
   * order given, each accounting for its own rows (read = stored + rejected; orphan rows are
   * rejected with the reason). Progress is reported per file; cancelImport rolls the release back.
   *
   * Optional in this interface so that hosts wrapping the engine (the renderer's worker) keep
   * compiling until they expose it; the engine from createManifestEngine always has it
   * (ManifestEngineApi).
   */
  importAmsRelease?(sources: readonly ManifestImportSource[], onProgress?: (progress: ImportProgress) => void): Promise<readonly ImportReport[]>;
  /** Cancels the running import, if any; the import then rolls back and reports 'cancelled'. */
  cancelImport(): Promise<void>;
  listShipments(query: ShipmentQuery): Promise<ShipmentPage>;
  /**
   * Keeps source documents (intelligence reports, watchlists, examination outcomes) in the
   * workspace byte for byte. A document whose content is already kept is not added again.
   */
  addSourceDocuments(documents: readonly SourceDocumentInput[]): Promise<readonly SourceDocumentReceipt[]>;
  listSourceDocuments(): Promise<readonly SourceDocumentSummary[]>;
  /** The document's text, decoded as imports decode (UTF-8, else Windows-1252). */
  readSourceDocument(documentId: number): Promise<SourceDocumentText>;
}

export interface SourceDocumentInput {
  readonly kind: SourceDocumentKind;
  /** File name only, no path. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface SourceDocumentReceipt {
  readonly fileName: string;
  readonly status: 'added' | 'already-present';
  readonly documentId: number;
}

export interface SourceDocumentSummary {
  readonly documentId: number;
  readonly kind: SourceDocumentKind;
  readonly fileName: string;
  readonly byteLength: number;
  readonly contentSha256: string;
  readonly addedAt: string;
}

export interface SourceDocumentText extends SourceDocumentSummary {
  readonly text: string;
  readonly encoding: string;
}

/** The engine as createManifestEngine makes it: the EngineApi with every optional capability present. */
export type ManifestEngineApi = EngineApi & Required<Pick<EngineApi, 'importAmsRelease'>>;
