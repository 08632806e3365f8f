import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { appendAuditEvent, auditActor, readAuditTrail, verifyAuditTrail, type AuditEvent, type AuditRecord, type AuditTrailPage, type AuditVerification } from '../../../shared/audit/auditTrail';
import type { AuditTrailQuery, ExportAuditInput } from '../../../shared/engine/auditApi';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';

/**
 * The audit part of the fake engine: the real trail (shared/audit/auditTrail) over an in-memory
 * store of its own, recording the exports the UI reports. A test may append events or tamper
 * with the store to see what the viewer shows.
 */
export class FakeAudit {
  readonly exports: ExportAuditInput[] = [];
  private readonly storeReady: Promise<WorkspaceStore> = loadSqlJsForNode().then((sqlJs) => WorkspaceStore.create(sqlJs));

  store(): Promise<WorkspaceStore> {
    return this.storeReady;
  }

  async append(event: AuditEvent, at?: Date): Promise<AuditRecord> {
    return appendAuditEvent(await this.storeReady, event, at);
  }

  async auditTrail(query: AuditTrailQuery = {}): Promise<AuditTrailPage> {
    return readAuditTrail(await this.storeReady, query.offset ?? 0, query.limit ?? 50);
  }

  async verifyAuditTrail(): Promise<AuditVerification> {
    return verifyAuditTrail(await this.storeReady);
  }

  async recordExport(input: ExportAuditInput): Promise<AuditRecord> {
    this.exports.push(input);
    const store = await this.storeReady;
    return appendAuditEvent(store, { actor: auditActor(store, input.analyst), action: `${input.what}.export`, objectKind: `${input.format}-file`, objectId: input.fileName, outcome: input.outcome, detail: { ...(input.detail ?? {}), format: input.format } });
  }
}
