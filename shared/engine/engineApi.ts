import type { SourceDocumentKind } from '../documents/sourceDocumentKinds';
import type { AuditEngineApi } from './auditApi';
import type { ExportEngineApi } from './exportApi';
import type { EntityEngineApi } from './entityApi';
import type { GraphEngineApi } from './graphApi';
import type { ReportEngineApi } from './reportApi';
import type { RiskEngineApi } from './riskApi';
import type { ProtectiveMarking } from '../markings/protectiveMarking';
import type { MarkingLine } from '../markings/markingLine';
import type { ImportProgress, ImportReport } from '../ingest/importReport';
import type { ColumnMappingTable } from '../ingest/columnMapping';
import type { ImportProfile } from '../ingest/importProfile';
import type { PreviewTable } from '../ingest/manifestPreview';
import type { SavedImportProfile } from '../store/importProfileStore';
import type { WorkspaceFileParts } from '../workspace/workspaceFile';

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
  /**
   * The full marking (classification, descriptors, caveats, releasability; shared/markings/
   * markingLine.ts) that banners and exports show. Optional so that hosts and fakes that predate it
   * keep compiling; the engine always gives it, and without it the marking is the classification alone.
   */
  readonly markingLine?: MarkingLine;
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
  readonly placeOfReceipt?: string | null;
  /**
   * The identifiers import normalises (ports to UN/LOCODE, countries to ISO 3166, HS codes, container
   * and IMO numbers), as the file wrote them where that differs from the stored value ("Rotterdam"
   * for NLRTM); null or absent where the file had the stored value.
   */
  readonly vesselImoAsWritten?: string | null;
  readonly placeOfReceiptAsWritten?: string | null;
  readonly portOfLoadingAsWritten?: string | null;
  readonly portOfDischargeAsWritten?: string | null;
  readonly countryOfOriginAsWritten?: string | null;
  readonly containerNumberAsWritten?: string | null;
  readonly hsCodeAsWritten?: string | null;
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

/** How the analyst (or the CLI) asks a manifest to be mapped. */
export interface ManifestImportChoices {
  /** The mapping confirmed or corrected in the preview: per table, every column's field or null. */
  readonly mapping?: readonly ColumnMappingTable[];
  /** Saves `mapping` as an import profile of this name, re-used for files of the same layout. */
  readonly profileName?: string;
  /**
   * A profile to map the file with whatever the saved profiles say (the CLI's --profile): a
   * file of another layout is mapped by it too, and fails with the reason when it lacks a column
   * the profile maps.
   */
  readonly profile?: ImportProfile;
}

/** The preview of a manifest file (EngineApi.previewManifest). */
export interface ManifestPreview {
  readonly fileName: string;
  readonly format: ImportFormatIdOrAms;
  readonly formatDescription: string;
  /** The US AMS table the file holds; it is then read by the release's own columns (no tables here). */
  readonly amsTable: string | null;
  readonly tables: readonly PreviewTable[];
  readonly signature: string;
  /** The saved profile whose layout the file has; its mapping is the one proposed. */
  readonly matchingProfile: string | null;
  /** One sentence for the analyst: "Layout matches profile 'Port of Felixstowe daily'". */
  readonly message: string;
}

type ImportFormatIdOrAms = NonNullable<ImportReport['format']>;

export interface EngineApi extends EntityEngineApi, GraphEngineApi, ReportEngineApi, RiskEngineApi, AuditEngineApi, ExportEngineApi {
  info(): Promise<EngineInfo>;
  newWorkspace(name: string, marking?: ProtectiveMarking | MarkingLine): Promise<WorkspaceSummary>;
  /**
   * Opens a workspace file: a plain one (version 1), or an encrypted one with the analyst's
   * passphrase (else a WorkspaceFileError: 'passphrase-required', 'wrong-passphrase', 'data-corrupted',
   * ...; shared/workspace). An encrypted file's key is kept for the next saves; a plain file has none.
   */
  openWorkspace(name: string, image: Uint8Array, passphrase?: string): Promise<WorkspaceSummary>;
  /**
   * The workspace file as its parts in order: write them one after the other, without joining them.
   * Encrypted (shared/workspace/encryptedWorkspaceFile) when a passphrase is set for the workspace
   * (opened encrypted, or setWorkspacePassphrase); the plain format otherwise (the UI always sets one
   * first; the CLI writes plain files only when given no passphrase).
   */
  saveWorkspace(): Promise<WorkspaceFileParts>;
  /**
   * Checks a passphrase against an encrypted workspace file's first bytes (shared/workspace:
   * encryptedPreambleLength of them): true when it unlocks the file, and the key is then kept for the
   * next openWorkspace of that file, which needs no passphrase again. False for a wrong passphrase;
   * a damaged or foreign header throws a WorkspaceFileError. Lets the UI ask again without handing
   * a large file over twice.
   */
  unlockWorkspaceFile(fileHead: Uint8Array, passphrase: string): Promise<boolean>;
  /** Sets or changes the passphrase the next saves encrypt with: derived with Argon2id under a new salt and kept as a key; the passphrase itself is not kept. */
  setWorkspacePassphrase(passphrase: string): Promise<void>;
  /** True when saves of the open workspace are encrypted (a passphrase is set). */
  workspaceEncrypted(): Promise<boolean>;
  /** A classification alone keeps the descriptors, caveats and releasability already set; a MarkingLine replaces them all. */
  setMarking(marking: ProtectiveMarking | MarkingLine): Promise<WorkspaceSummary>;
  summary(): Promise<WorkspaceSummary>;
  /**
   * Imports one manifest file, whatever its format: delimited text (CSV/TSV), an XLSX workbook
   * (every sheet with a bill-of-lading column), JSON or JSON Lines; detected from its content.
   * A table file of the US AMS release is imported as a release of one file (see importAmsRelease).
   */
  importManifest(source: ManifestImportSource, onProgress?: (progress: ImportProgress) => void, options?: ManifestImportChoices): Promise<ImportReport>;
  /**
   * What importing the file would do, before it is imported: its format, its tables (a
   * workbook's sheets) with headers, up to 20 sample rows and the field proposed for every
   * column with the basis in plain words, the required fields no column maps, and the saved
   * profile whose layout the file has, if any. Reads only the first 256 KiB of streamed formats.
   */
  previewManifest(source: ManifestImportSource): Promise<ManifestPreview>;
  /** Saved import profiles, by name. */
  listImportProfiles(): Promise<readonly SavedImportProfile[]>;
  /** Saves a profile (replacing one of the same name). */
  saveImportProfile(profile: ImportProfile): Promise<SavedImportProfile>;
  deleteImportProfile(name: string): Promise<boolean>;
  /** A saved profile as the text of its JSON file (see shared/ingest/importProfile). */
  exportImportProfile(name: string): Promise<string>;
  /** Saves the profile a JSON profile file holds; a file that is not one is refused with the reason. */
  importImportProfile(fileName: string, text: string): Promise<SavedImportProfile>;
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
export type ManifestEngineApi = EngineApi & Required<Pick<EngineApi, 'importAmsRelease' | 'listEntityNames'>>;
