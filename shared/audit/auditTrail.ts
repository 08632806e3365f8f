import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { WorkspaceStore } from '../store/workspaceStore';
import { canonicalJson } from './canonicalJson';

/**
 * The workspace's audit trail (migration 11): every action that changes or exports data appends a
 * record (who, what, when, on what, with what outcome) to `audit_record`, an append-only table
 * (triggers refuse updates and deletes) whose records are chained by SHA-256: each record's hash
 * covers its own fields and the hash of the record before it, so editing, removing, reordering or
 * inserting a record breaks the chain from that record on. `audit_head` (one row, kept by a trigger)
 * holds the last sequence and hash, so removing the newest records is detected too.
 *
 * What the chain proves: the records were appended in this order and not changed since by anyone
 * who did not also recompute every later hash. The hashes are not keyed: someone with the SQLite
 * image and the will to recompute the whole chain can forge one; the workspace file's own checksum
 * (and its encryption, where used) is what guards the image as a whole.
 */

export type AuditOutcome = 'done' | 'refused' | 'failed';

export interface AuditEvent {
  /** Who: the analyst's name (see auditActor). */
  readonly actor: string;
  /** What, as a dotted verb: 'manifest.import', 'entity.merge', 'targets.export', ... */
  readonly action: string;
  /** The kind of object acted on: 'manifest-file', 'trader', 'target', 'workspace', ... */
  readonly objectKind: string;
  /** Which one: a file name, an entity id, a B/L number, ... */
  readonly objectId: string;
  readonly outcome: AuditOutcome;
  /** Anything more worth keeping (counts, reasons, parameters); stored as canonical JSON. */
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface AuditRecord extends AuditEvent {
  /** 1, 2, 3, ... in the order appended. */
  readonly sequence: number;
  /** When, UTC ISO 8601. */
  readonly at: string;
  /** The hash of the record before (64 zeros for the first), lower-case hex. */
  readonly previousHash: string;
  /** SHA-256 of the record's canonical serialisation (see recordDigestInput), lower-case hex. */
  readonly hash: string;
}

/** The previous hash of the first record. */
export const genesisHash = '0'.repeat(64);

/** The actor when the workspace names no analyst (workspace setting 'analyst') and none is given. */
export const defaultAuditActor = 'analyst';

/**
 * Who an action is recorded for: the name given, else the workspace's analyst setting, else
 * "analyst" (the same rule as the decision log and the target history).
 */
export function auditActor(store: WorkspaceStore, given?: string): string {
  return given?.trim() || store.getSetting('analyst')?.trim() || defaultAuditActor;
}

interface StoredFields {
  readonly sequence: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly objectKind: string;
  readonly objectId: string;
  readonly outcome: string;
  /** The canonical JSON text as stored, or null. */
  readonly detail: string | null;
  readonly previousHash: string;
}

/**
 * The bytes a record's hash is taken over: a JSON array of its fields in a fixed order, the detail
 * as its stored canonical JSON text, and the previous hash. JSON strings escape every separator, so
 * two different records never serialise alike.
 */
export function recordDigestInput(fields: StoredFields): string {
  return JSON.stringify(['manifest-lens-audit/1', fields.sequence, fields.at, fields.actor, fields.action, fields.objectKind, fields.objectId, fields.outcome, fields.detail, fields.previousHash]);
}

export function recordHash(fields: StoredFields): string {
  return bytesToHex(sha256(utf8ToBytes(recordDigestInput(fields))));
}

const outcomes: readonly AuditOutcome[] = ['done', 'refused', 'failed'];

/**
 * Appends an event to the trail and returns the record as stored. Runs inside the caller's
 * transaction when there is one (the record is then kept only if the action is), else on its own.
 */
export function appendAuditEvent(store: WorkspaceStore, event: AuditEvent, now: Date = new Date()): AuditRecord {
  if (!outcomes.includes(event.outcome)) throw new Error(`audit outcome must be one of ${outcomes.join(', ')}, not ${String(event.outcome)}`);
  for (const [name, value] of [['actor', event.actor], ['action', event.action], ['object kind', event.objectKind]] as const) {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`an audit event needs a non-empty ${name}`);
  }
  const head = store.all<{ sequence: number; hash: string }>('SELECT sequence, hash FROM audit_head WHERE id = 1')[0] ?? { sequence: 0, hash: genesisHash };
  const fields: StoredFields = {
    sequence: head.sequence + 1,
    at: now.toISOString(),
    actor: event.actor,
    action: event.action,
    objectKind: event.objectKind,
    objectId: event.objectId,
    outcome: event.outcome,
    detail: event.detail === undefined ? null : canonicalJson(event.detail),
    previousHash: head.hash,
  };
  const hash = recordHash(fields);
  store.run(
    `INSERT INTO audit_record (sequence, at, actor, action, object_kind, object_id, outcome, detail, previous_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [fields.sequence, fields.at, fields.actor, fields.action, fields.objectKind, fields.objectId, fields.outcome, fields.detail, fields.previousHash, hash],
  );
  return toRecord(fields, hash);
}

interface AuditRow {
  sequence: number;
  at: string;
  actor: string;
  action: string;
  objectKind: string;
  objectId: string;
  outcome: string;
  detail: string | null;
  previousHash: string;
  hash: string;
  [column: string]: string | number | null;
}

const selectRecord = `SELECT sequence, at, actor, action, object_kind AS objectKind, object_id AS objectId, outcome, detail,
  previous_hash AS previousHash, hash FROM audit_record`;

function toRecord(fields: StoredFields, hash: string): AuditRecord {
  let detail: Record<string, unknown> | undefined;
  if (fields.detail !== null) {
    try {
      const parsed: unknown = JSON.parse(fields.detail);
      detail = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed };
    } catch {
      detail = { unreadable: fields.detail };
    }
  }
  return {
    sequence: fields.sequence,
    at: fields.at,
    actor: fields.actor,
    action: fields.action,
    objectKind: fields.objectKind,
    objectId: fields.objectId,
    outcome: fields.outcome as AuditOutcome,
    ...(detail === undefined ? {} : { detail }),
    previousHash: fields.previousHash,
    hash,
  };
}

export interface AuditTrailPage {
  /** Records of the page, newest first. */
  readonly records: readonly AuditRecord[];
  /** Records in the trail. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/** A page of the trail, newest first. */
export function readAuditTrail(store: WorkspaceStore, offset = 0, limit = 50): AuditTrailPage {
  const safeOffset = Math.max(0, Math.floor(offset));
  const safeLimit = Math.min(500, Math.max(1, Math.floor(limit)));
  const total = Number(store.scalar('SELECT count(*) FROM audit_record') ?? 0);
  const records = store
    .all<AuditRow>(`${selectRecord} ORDER BY sequence DESC LIMIT ? OFFSET ?`, [safeLimit, safeOffset])
    .map((row) => toRecord(row, row.hash));
  return { records, total, offset: safeOffset, limit: safeLimit };
}

/** What verifyAuditTrail found: ok with the head's hash, or the first bad record and why. */
export interface AuditVerification {
  readonly ok: boolean;
  /** Records read (up to and including the first bad one). */
  readonly records: number;
  /** The hash of the last record (64 zeros for an empty trail) when ok, else null. */
  readonly headHash: string | null;
  /** The sequence of the first record that does not hold, null when ok. */
  readonly firstBadSequence: number | null;
  /** Why it does not hold, in plain words; null when ok. */
  readonly reason: string | null;
}

/**
 * Walks the whole chain in sequence order and reports the first record that does not hold: a
 * sequence out of order or missing (a removed or inserted record), a previous hash that is not the
 * hash of the record before (removed, inserted or reordered), a hash that is not the record's own
 * (an edited field), or a head that is not the last record (the newest records removed).
 */
export function verifyAuditTrail(store: WorkspaceStore): AuditVerification {
  const statement = store.database.prepare(`${selectRecord} ORDER BY sequence`);
  let expectedSequence = 1;
  let previousHash = genesisHash;
  let count = 0;
  const bad = (sequence: number, reason: string): AuditVerification => ({ ok: false, records: count, headHash: null, firstBadSequence: sequence, reason });
  try {
    while (statement.step()) {
      const row = statement.getAsObject() as AuditRow;
      count++;
      if (row.sequence !== expectedSequence) {
        return bad(
          row.sequence,
          row.sequence > expectedSequence
            ? `record ${expectedSequence}${row.sequence - expectedSequence > 1 ? `–${row.sequence - 1}` : ''} is missing: the trail goes from ${expectedSequence - 1} to ${row.sequence}`
            : `sequence ${row.sequence} appears where ${expectedSequence} was expected`,
        );
      }
      if (row.previousHash !== previousHash) {
        return bad(row.sequence, `record ${row.sequence} does not follow record ${row.sequence - 1}: its previous hash ${short(row.previousHash)} is not ${short(previousHash)} (a record before it was removed, inserted, reordered or changed)`);
      }
      const computed = recordHash(row);
      if (computed !== row.hash) {
        return bad(row.sequence, `record ${row.sequence} was changed: its content hashes to ${short(computed)}, not the stored ${short(row.hash)}`);
      }
      previousHash = row.hash;
      expectedSequence++;
    }
  } finally {
    statement.free();
  }
  const head = store.all<{ sequence: number; hash: string }>('SELECT sequence, hash FROM audit_head WHERE id = 1')[0];
  if (!head) return bad(expectedSequence, 'the trail\'s head (audit_head) is missing');
  if (head.sequence !== expectedSequence - 1 || head.hash !== previousHash) {
    return head.sequence > expectedSequence - 1
      ? bad(expectedSequence, `records ${expectedSequence}–${head.sequence} are missing: the trail ends at ${expectedSequence - 1} but its head says ${head.sequence}`)
      : bad(head.sequence, `the trail's head (sequence ${head.sequence}, ${short(head.hash)}) is not its last record (${expectedSequence - 1}, ${short(previousHash)})`);
  }
  return { ok: true, records: count, headHash: previousHash, firstBadSequence: null, reason: null };
}

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}
