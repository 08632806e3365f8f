import type { ExportAuditInput } from '../../shared/engine/auditApi';
import type { ExportSaveRequest, HostApi, SaveOutcome } from '../../shared/host/hostApi';
import type { WorkerEngineApi } from '../worker/workerEngineApi';

/**
 * Saves an export through the host and records it in the workspace's audit trail: 'done' with the
 * name it was saved as, 'failed' with the reason when the save fails (the error is thrown on). A
 * save the analyst cancelled exported nothing and is not recorded.
 */
export async function saveAuditedExport(
  host: Pick<HostApi, 'saveExport'>,
  engine: Pick<WorkerEngineApi, 'recordExport'>,
  what: ExportAuditInput['what'],
  request: ExportSaveRequest,
  detail: NonNullable<ExportAuditInput['detail']> = {},
): Promise<SaveOutcome> {
  let outcome: SaveOutcome;
  try {
    outcome = await host.saveExport(request);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await engine.recordExport({ what, format: request.format, fileName: request.suggestedName, outcome: 'failed', detail: { ...detail, bytes: request.bytes.byteLength, reason } }).catch(() => undefined);
    throw error;
  }
  if (outcome.status === 'saved') await engine.recordExport({ what, format: request.format, fileName: outcome.fileName, outcome: 'done', detail: { ...detail, bytes: request.bytes.byteLength } });
  return outcome;
}
