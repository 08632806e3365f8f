import type { ExportFormatId } from '../host/exportFormats';
import type { TargetKey } from './riskApi';

/**
 * Exports made by the engine (issue 9): the file's bytes with the name to suggest and the marking
 * it carries. The UI saves them through the host's save-export intent (Electron's save dialog, a
 * download in a browser tab) and records the save in the audit trail (renderer/host/
 * auditedExport.ts: `what`, the format, the name saved as and `detail`).
 */
export interface ExportFile {
  readonly format: ExportFormatId;
  /** A plain file name (no directory), the marking's classification and descriptors first. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  /** The full protective marking the file carries, canonical text. */
  readonly marking: string;
  /** What it is, for the audit trail: 'targets', 'briefing-pack', 'ftm-entities', 'partner-workspace'. */
  readonly what: string;
  /** Counts and facts worth recording with the export. */
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

export interface BriefingPackRequest {
  readonly operationName: string;
  readonly author: string;
  /** yyyy-mm-dd. */
  readonly date: string;
  /** Who receives the pack, one entry each. */
  readonly distribution: readonly string[];
  readonly summary: string;
  /** The targets to include, in target-list order; every target on the list when absent. */
  readonly targets?: readonly TargetKey[];
  /** A snapshot of the chosen network view (a PNG as the Network view exports it) and its caption. */
  readonly graph?: { readonly png: Uint8Array; readonly caption: string } | null;
}

export interface PartnerWorkspaceRequest {
  /** The agency it is for: must be among the marking's releasability when the marking states one. */
  readonly agency: string;
  /** The targets to include, in target-list order; every target on the list when absent. */
  readonly targets?: readonly TargetKey[];
  /** Who makes it; else the workspace's analyst setting. */
  readonly analyst?: string;
}

export interface ExportEngineApi {
  /** The target list as spreadsheet-safe CSV or XLSX, marked (shared/exports/targetListCsv.ts, targetListXlsx.ts). */
  exportTargetList(format: 'csv' | 'xlsx'): Promise<ExportFile>;
  /** The briefing pack PDF for the chosen targets (shared/exports/briefingPack). */
  exportBriefingPack(request: BriefingPackRequest): Promise<ExportFile>;
  /** The resolved traders, addresses, vessels, bills and their relations as FollowTheMoney JSON lines (shared/exports/followTheMoney). */
  exportFollowTheMoney(): Promise<ExportFile>;
  /**
   * A new workspace file holding the chosen targets and their evidence (bills, lines, parties,
   * reports whose handling code allows it) for a partner agency, marked (shared/engine/
   * partnerWorkspaceService.ts); `detail` lists the reports kept back.
   */
  exportPartnerWorkspace(request: PartnerWorkspaceRequest): Promise<ExportFile>;
}
