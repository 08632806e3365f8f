import { describe, expect, it } from 'vitest';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { appendDecision, nextDecisionId, readDecisionLog, readDecisions } from '../../../shared/store/entityDecisionStore';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';

describe('the entity decision log in the store', () => {
  it('keeps every entry with its audit fields, numbers them in order and refuses changes and removals', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    expect(nextDecisionId(store)).toBe('d-1');
    appendDecision(store, { kind: 'split', decisionId: 'd-1', occurrenceIds: ['4'], apartFrom: ['5', '6'], analyst: 'R. Patel', recordedAt: '2026-03-02T09:30:00.000Z', note: 'other premises' });
    appendDecision(store, { kind: 'undo', decisionId: nextDecisionId(store), undoes: 'd-1', analyst: 'R. Patel', recordedAt: '2026-03-02T09:31:00.000Z' });
    expect(readDecisions(store)).toEqual([
      { seq: 1, decision: { kind: 'split', decisionId: 'd-1', occurrenceIds: ['4'], apartFrom: ['5', '6'], analyst: 'R. Patel', recordedAt: '2026-03-02T09:30:00.000Z', note: 'other premises' } },
      { seq: 2, decision: { kind: 'undo', decisionId: 'd-2', undoes: 'd-1', analyst: 'R. Patel', recordedAt: '2026-03-02T09:31:00.000Z', note: '' } },
    ]);
    expect(readDecisionLog(store).entries.map((entry) => entry.kind)).toEqual(['split', 'undo']);
    expect(() => store.run("UPDATE entity_decision SET analyst = 'someone else'")).toThrow('the entity decision log is append-only');
    expect(() => store.run('DELETE FROM entity_decision')).toThrow('the entity decision log is append-only');
    expect(() => appendDecision(store, { kind: 'merge', decisionId: 'd-1', occurrenceIds: ['1', '2'], analyst: 'x', recordedAt: '2026-03-02T09:32:00.000Z' })).toThrow(/UNIQUE/);
    expect(readDecisions(store)).toHaveLength(2);
  });

  it('refuses a watchlist import whose rows are not all accounted for', async () => {
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    store.run("INSERT INTO source_document (kind, file_name, content, byte_length, content_sha256, added_at) VALUES ('watchlist', 'l.csv', x'00', 1, 'abc', '2026-03-02')");
    expect(() =>
      store.run("INSERT INTO watchlist_import (document_id, file_name, format, imported_at, rows_read, entries, rejected, rejections) VALUES (1, 'l.csv', 'watchlist csv', '2026-03-02', 3, 2, 0, '[]')"),
    ).toThrow(/CHECK constraint failed/);
  });
});
