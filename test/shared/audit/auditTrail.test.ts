import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { appendAuditEvent, auditActor, genesisHash, readAuditTrail, verifyAuditTrail, type AuditEvent } from '../../../shared/audit/auditTrail';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';

const events: AuditEvent[] = [
  { actor: 'R. Patel', action: 'manifest.import', objectKind: 'manifest-file', objectId: 'felixstowe.csv', outcome: 'done', detail: { rowsRead: 3, rowsStored: 3 } },
  { actor: 'R. Patel', action: 'entity.merge', objectKind: 'trader', objectId: 'T:4', outcome: 'done', detail: { occurrenceIds: ['4', '9'], decisionId: 'd-1' } },
  { actor: 'analyst', action: 'targets.export', objectKind: 'target-list', objectId: 'targets.csv', outcome: 'refused', detail: { reason: 'nothing to export' } },
  { actor: 'R. Patel', action: 'mention.review', objectKind: 'report', objectId: 'R-2026-014', outcome: 'done' },
  { actor: 'R. Patel', action: 'risk.score', objectKind: 'workspace', objectId: 'risk-run', outcome: 'failed', detail: { reason: 'no manifests' } },
];

async function trailOf(count = events.length): Promise<{ store: WorkspaceStore; sqlJs: Awaited<ReturnType<typeof loadSqlJsForNode>> }> {
  const sqlJs = await loadSqlJsForNode();
  const store = WorkspaceStore.create(sqlJs);
  events.slice(0, count).forEach((event, index) => appendAuditEvent(store, event, new Date(Date.UTC(2026, 2, 2, 9, index))));
  return { store, sqlJs };
}

/**
 * Tampering as someone with the SQLite image would: export it, drop the guarding triggers in a raw
 * sql.js database, change it, and open the result as a workspace again.
 */
async function tampered(sql: string): Promise<WorkspaceStore> {
  const { store, sqlJs } = await trailOf();
  const raw = new sqlJs.Database(store.exportImage());
  store.close();
  raw.exec(`DROP TRIGGER audit_record_no_update; DROP TRIGGER audit_record_no_delete; DROP TRIGGER audit_record_extends_head;
    DROP TRIGGER audit_record_moves_head; DROP TRIGGER audit_head_moves_forward; DROP TRIGGER audit_head_no_delete; ${sql}`);
  const image = raw.export();
  raw.close();
  return WorkspaceStore.open(sqlJs, image);
}

describe('the audit trail', () => {
  it('appends records chained by SHA-256 over their canonical serialisation and pages them newest first', async () => {
    const { store } = await trailOf();
    const page = readAuditTrail(store, 0, 2);
    expect(page.total).toBe(5);
    expect(page.records.map((record) => record.sequence)).toEqual([5, 4]);
    const all = readAuditTrail(store, 0, 50).records.slice().reverse();
    expect(all[0]).toMatchObject({ sequence: 1, at: '2026-03-02T09:00:00.000Z', actor: 'R. Patel', action: 'manifest.import', objectId: 'felixstowe.csv', outcome: 'done', detail: { rowsRead: 3, rowsStored: 3 }, previousHash: genesisHash });
    expect(all[3]?.detail).toBeUndefined();
    // The hash is recomputable from the documented serialisation alone (detail keys sorted).
    const first = all[0]!;
    const serialised = JSON.stringify(['manifest-lens-audit/1', 1, first.at, 'R. Patel', 'manifest.import', 'manifest-file', 'felixstowe.csv', 'done', '{"rowsRead":3,"rowsStored":3}', genesisHash]);
    expect(first.hash).toBe(bytesToHex(sha256(utf8ToBytes(serialised))));
    for (let index = 1; index < all.length; index++) expect(all[index]?.previousHash).toBe(all[index - 1]?.hash);
    expect(verifyAuditTrail(store)).toEqual({ ok: true, records: 5, headHash: all[4]?.hash, firstBadSequence: null, reason: null });
  });

  it('stores the detail canonically: key order does not change the hash', async () => {
    const a = WorkspaceStore.create(await loadSqlJsForNode());
    const b = WorkspaceStore.create(await loadSqlJsForNode());
    const at = new Date('2026-03-02T10:00:00Z');
    const left = appendAuditEvent(a, { ...events[0]!, detail: { b: 1, a: { d: [1, 2], c: 'x' } } }, at);
    const right = appendAuditEvent(b, { ...events[0]!, detail: { a: { c: 'x', d: [1, 2] }, b: 1 } }, at);
    expect(left.hash).toBe(right.hash);
    expect(a.scalar('SELECT detail FROM audit_record')).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
  });

  it('refuses updates, deletes and records that do not extend the head', async () => {
    const { store } = await trailOf(2);
    expect(() => store.run("UPDATE audit_record SET actor = 'someone else' WHERE sequence = 1")).toThrow('the audit trail is append-only');
    expect(() => store.run('DELETE FROM audit_record WHERE sequence = 2')).toThrow('the audit trail is append-only');
    expect(() => store.run('UPDATE audit_head SET sequence = 1')).toThrow('the audit trail is append-only');
    expect(() => store.run('DELETE FROM audit_head')).toThrow('the audit trail is append-only');
    expect(() =>
      store.run(`INSERT INTO audit_record (sequence, at, actor, action, object_kind, object_id, outcome, detail, previous_hash, hash)
        VALUES (7, '2026-03-02T00:00:00Z', 'x', 'y', 'z', 'w', 'done', NULL, '${genesisHash}', 'ff')`),
    ).toThrow('an audit record must extend the head of the audit trail');
    expect(() => appendAuditEvent(store, { ...events[0]!, outcome: 'maybe' as 'done' })).toThrow('audit outcome must be one of done, refused, failed, not maybe');
    expect(() => appendAuditEvent(store, { ...events[0]!, actor: ' ' })).toThrow('an audit event needs a non-empty actor');
    expect(verifyAuditTrail(store)).toMatchObject({ ok: true, records: 2 });
  });

  it('keeps the record only when the action\'s transaction commits', async () => {
    const { store } = await trailOf(1);
    store.begin();
    appendAuditEvent(store, events[1]!);
    store.rollback();
    expect(readAuditTrail(store).total).toBe(1);
    expect(verifyAuditTrail(store)).toMatchObject({ ok: true, records: 1 });
  });

  it('records actions for the given analyst, else the workspace\'s analyst, else "analyst"', async () => {
    const { store } = await trailOf(0);
    expect(auditActor(store)).toBe('analyst');
    store.setSetting('analyst', 'J. Okafor');
    expect(auditActor(store)).toBe('J. Okafor');
    expect(auditActor(store, ' M. Lind ')).toBe('M. Lind');
  });

  describe('detects tampering with the image and names the first bad record', () => {
    it('an edited field', async () => {
      const store = await tampered("UPDATE audit_record SET object_id = 'other.csv' WHERE sequence = 3");
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 3, reason: expect.stringMatching(/^record 3 was changed: its content hashes to [0-9a-f]{12}…, not the stored/) });
    });

    it('an edited detail', async () => {
      const store = await tampered(`UPDATE audit_record SET detail = '{"rowsRead":3,"rowsStored":2}' WHERE sequence = 1`);
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 1, reason: expect.stringContaining('record 1 was changed') });
    });

    it('an edited record with its hash recomputed breaks the next link', async () => {
      const { store: original } = await trailOf();
      const third = readAuditTrail(original).records.find((record) => record.sequence === 3)!;
      const forged = bytesToHex(sha256(utf8ToBytes(JSON.stringify(['manifest-lens-audit/1', 3, third.at, third.actor, third.action, third.objectKind, third.objectId, 'done', '{"reason":"nothing to export"}', third.previousHash]))));
      const store = await tampered(`UPDATE audit_record SET outcome = 'done', hash = '${forged}' WHERE sequence = 3`);
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 4, reason: expect.stringContaining('record 4 does not follow record 3') });
    });

    it('a removed record', async () => {
      const store = await tampered('DELETE FROM audit_record WHERE sequence = 2');
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 3, reason: 'record 2 is missing: the trail goes from 1 to 3' });
    });

    it('the newest records removed', async () => {
      const store = await tampered('DELETE FROM audit_record WHERE sequence >= 4');
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 4, reason: 'records 4–5 are missing: the trail ends at 3 but its head says 5' });
    });

    it('the newest records removed and the head set back', async () => {
      const store = await tampered(`DELETE FROM audit_record WHERE sequence = 5; UPDATE audit_head SET sequence = 4`);
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 4, reason: expect.stringContaining("the trail's head (sequence 4") });
    });

    it('a removed record with the later ones renumbered', async () => {
      const store = await tampered('DELETE FROM audit_record WHERE sequence = 2; UPDATE audit_record SET sequence = sequence - 1 WHERE sequence > 2');
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 2, reason: expect.stringContaining('record 2 does not follow record 1') });
    });

    it('two records reordered', async () => {
      const store = await tampered('UPDATE audit_record SET sequence = -sequence WHERE sequence IN (2, 3); UPDATE audit_record SET sequence = 3 WHERE sequence = -2; UPDATE audit_record SET sequence = 2 WHERE sequence = -3');
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 2, reason: expect.stringContaining('record 2 does not follow record 1') });
    });

    it('an inserted record', async () => {
      const { store: original } = await trailOf();
      const second = readAuditTrail(original).records.find((record) => record.sequence === 2)!;
      const store = await tampered(`UPDATE audit_record SET sequence = sequence + 10 WHERE sequence > 2; UPDATE audit_record SET sequence = sequence - 9 WHERE sequence > 10;
        INSERT INTO audit_record (sequence, at, actor, action, object_kind, object_id, outcome, detail, previous_hash, hash)
        VALUES (3, '2026-03-02T09:01:30.000Z', 'intruder', 'entity.split', 'trader', 'T:4', 'done', NULL, '${second.hash}', '${'a'.repeat(64)}')`);
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 3, reason: expect.stringContaining('record 3 was changed') });
    });

    it('a record appended past the head', async () => {
      const { store: original } = await trailOf();
      const fifth = readAuditTrail(original).records[0]!;
      const store = await tampered(`INSERT INTO audit_record (sequence, at, actor, action, object_kind, object_id, outcome, detail, previous_hash, hash)
        VALUES (6, '2026-03-02T10:00:00.000Z', 'intruder', 'targets.export', 'target-list', 'x', 'done', NULL, '${fifth.hash}', '${'b'.repeat(64)}')`);
      expect(verifyAuditTrail(store)).toMatchObject({ ok: false, firstBadSequence: 6, reason: expect.stringContaining('record 6 was changed') });
    });

    it('an empty trail verifies; an untouched image reopened verifies', async () => {
      expect(verifyAuditTrail((await trailOf(0)).store)).toEqual({ ok: true, records: 0, headHash: genesisHash, firstBadSequence: null, reason: null });
      expect(verifyAuditTrail(await tampered('SELECT 1'))).toMatchObject({ ok: true, records: 5 });
    });
  });
});
