import { FileUnusableError } from '../ingest/formats/importFormat';
import { ReportFormatError } from '../reports/reportText';
import type { WorkspaceStore } from '../store/workspaceStore';
import { TextDecodingError } from '../watchlist/textDecoding';
import { WatchlistFileError } from '../watchlist/watchlistFileError';
import { appendAuditEvent, auditActor, type AuditOutcome } from './auditTrail';

/** What an action is recorded as: its verb, the object acted on and, when given, who. */
export interface AuditSubject {
  readonly action: string;
  readonly objectKind: string;
  readonly objectId: string;
  /** The analyst named by the request; else the workspace's analyst, else "analyst" (auditActor). */
  readonly actor?: string | undefined;
}

export type AuditDetail = Readonly<Record<string, unknown>>;

/** What the action's result says: the outcome ('done' unless given) and the detail to keep. */
export interface AuditResultNote {
  readonly outcome?: AuditOutcome;
  readonly objectId?: string;
  readonly detail?: AuditDetail;
}

/**
 * 'refused' when the engine declined the request as given, before changing anything: an invalid
 * argument (RangeError, TypeError) or a file it cannot read as what it was given as. 'failed' for
 * anything else.
 */
export function outcomeOfError(error: unknown): AuditOutcome {
  return error instanceof RangeError ||
    error instanceof TypeError ||
    error instanceof WatchlistFileError ||
    error instanceof TextDecodingError ||
    error instanceof FileUnusableError ||
    error instanceof ReportFormatError
    ? 'refused'
    : 'failed';
}

/** Appends the record of an action that did not happen: refused or failed, with the error's message. */
export function auditError(store: WorkspaceStore, subject: AuditSubject, error: unknown, detail: AuditDetail = {}): void {
  const reason = error instanceof Error ? error.message : String(error);
  appendAuditEvent(store, {
    actor: auditActor(store, subject.actor),
    action: subject.action,
    objectKind: subject.objectKind,
    objectId: subject.objectId,
    outcome: outcomeOfError(error),
    detail: { ...detail, reason: reason.slice(0, 2000) },
  });
}

/**
 * Runs an action that changes or exports data and appends its audit record to the workspace it
 * ran on: 'done' (or what `noteOf` says) with `noteOf`'s detail when it returns, refused or failed
 * with the reason when it throws (the error is thrown on). The record is appended after the
 * action's own transaction; the workspace is one in-memory database saved whole, so both are kept
 * or lost together.
 */
export async function audited<T>(store: () => WorkspaceStore, subject: AuditSubject, work: () => Promise<T> | T, noteOf?: (result: T) => AuditResultNote): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    auditError(store(), subject, error);
    throw error;
  }
  const note = noteOf?.(result) ?? {};
  // A request that replaced the workspace (a new one) records on the one it opened.
  const current = store();
  appendAuditEvent(current, {
    actor: auditActor(current, subject.actor),
    action: subject.action,
    objectKind: subject.objectKind,
    objectId: note.objectId ?? subject.objectId,
    outcome: note.outcome ?? 'done',
    ...(note.detail === undefined ? {} : { detail: note.detail }),
  });
  return result;
}
