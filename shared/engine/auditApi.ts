import type { AuditRecord, AuditTrailPage, AuditVerification } from '../audit/auditTrail';

export type { AuditRecord, AuditTrailPage, AuditVerification } from '../audit/auditTrail';

/** A page of the audit trail (EngineApi.auditTrail), newest first. */
export interface AuditTrailQuery {
  readonly offset?: number;
  /** At most 500 records a page; 50 when not given. */
  readonly limit?: number;
}

/**
 * An export the UI saved through the host (the engine does not see the save): recorded in the
 * trail as `<what>.export`, e.g. 'targets.export'. A save the analyst cancelled is not an export
 * and is not recorded.
 */
export interface ExportAuditInput {
  /** What was exported, a lower-case id: 'targets', 'network', 'import-profile', 'entities', ... */
  readonly what: string;
  /** The file format: 'csv', 'png', 'json', ... */
  readonly format: string;
  /** The name the file was saved as (no path), or the name suggested when the save failed. */
  readonly fileName: string;
  /** 'done': the host saved it; 'failed': the save failed (reason in detail). */
  readonly outcome: 'done' | 'failed';
  /** Counts, the marking it carries, the reason of a failure. */
  readonly detail?: Readonly<Record<string, string | number | boolean | null>>;
  readonly analyst?: string;
}

/** The workspace's audit trail (issue 10; shared/audit/auditTrail). */
export interface AuditEngineApi {
  /** A page of the trail, newest first, with the total. */
  auditTrail(query?: AuditTrailQuery): Promise<AuditTrailPage>;
  /** Walks the whole hash chain: OK, or the first record that does not hold and why. */
  verifyAuditTrail(): Promise<AuditVerification>;
  /** Records an export the UI saved (or failed to save) through the host. */
  recordExport(input: ExportAuditInput): Promise<AuditRecord>;
}
