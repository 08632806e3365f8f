// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App';
import { AuditView, auditPageSize } from '../../renderer/components/AuditView';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { saveAuditedExport } from '../../renderer/host/auditedExport';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * The Audit view over the real trail (FakeAudit: shared/audit over an in-memory store): records
 * newest first and paged, the chain verified OK, then tampered with and shown broken at the first
 * bad record; exports saved through the host recorded, a cancelled save not.
 */
afterEach(cleanup);

async function engineWithRecords(count: number): Promise<FakeEngine> {
  const engine = new FakeEngine([]);
  for (let index = 1; index <= count; index++) {
    await engine.audit.append(
      { actor: index % 2 ? 'R. Patel' : 'analyst', action: index === 2 ? 'entity.merge' : 'manifest.import', objectKind: 'manifest-file', objectId: `file-${index}.csv`, outcome: index === 3 ? 'refused' : 'done', detail: { rowsRead: index, note: '<b>not markup</b>' } },
      new Date(Date.UTC(2026, 2, 2, 9, index)),
    );
  }
  return engine;
}

describe('the Audit view', () => {
  it('lists the records newest first with time, actor, action, object, outcome and detail, as text', async () => {
    const engine = await engineWithRecords(3);
    render(<AuditView engine={engine} dataKey="0" />);
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['3', '2', '1']);
    const cells = within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(2, 7)).toEqual(['R. Patel', 'manifest.import', 'manifest-file file-3.csv', 'refused', 'note: <b>not markup</b>; rowsRead: 3']);
    expect(table.querySelector('b')).toBeNull();
    expect(screen.getByText('3 records')).toBeTruthy();
  });

  it('pages through a long trail', async () => {
    const engine = await engineWithRecords(auditPageSize + 5);
    render(<AuditView engine={engine} dataKey="0" />);
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    expect(within(table).getAllByRole('row')).toHaveLength(auditPageSize + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Audit trail' })).getAllByRole('row')).toHaveLength(6));
    expect(within(screen.getByRole('table', { name: 'Audit trail' })).getAllByRole('row')[1]?.textContent).toMatch(/^5/);
  });

  it('verifies the chain: OK, then broken at the first edited record with the reason', async () => {
    const engine = await engineWithRecords(4);
    render(<AuditView engine={engine} dataKey="0" />);
    await screen.findByRole('table', { name: 'Audit trail' });
    fireEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect((await screen.findByText(/^Chain OK/)).textContent).toMatch(/^Chain OK: 4 records verified, head [0-9a-f]{16}…$/);

    const store = await engine.audit.store();
    store.run('DROP TRIGGER audit_record_no_update');
    store.run("UPDATE audit_record SET actor = 'someone else' WHERE sequence = 2");
    fireEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    const alert = await screen.findByText(/^Chain broken/);
    expect(alert.textContent).toMatch(/^Chain broken at record 2: record 2 was changed: its content hashes to [0-9a-f]{12}…, not the stored [0-9a-f]{12}…$/);
    await waitFor(() => expect(screen.getByRole('cell', { name: 'someone else' }).closest('tr')?.className).toBe('audit-table__row--broken'));
  });

  it('opens from the sidebar of the workstation', async () => {
    localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
    const engine = await engineWithRecords(2);
    render(<App engine={engine} host={new FakeHost()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Audit' }));
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Audit' }).getAttribute('aria-current')).toBe('page');
    localStorage.clear();
  });

  it('says when nothing has been recorded', async () => {
    render(<AuditView engine={new FakeEngine([])} dataKey="0" />);
    expect(await screen.findByText('Nothing has been recorded in this workspace yet.')).toBeTruthy();
  });
});

describe('exports saved through the host', () => {
  it('are recorded with the name saved as; a cancelled save is not', async () => {
    const engine = new FakeEngine([]);
    const host = new FakeHost();
    await saveAuditedExport(host, engine, 'targets', { format: 'csv', suggestedName: 'targets.csv', bytes: new Uint8Array(12) }, { rows: 2 });
    host.exportOutcome = 'cancelled';
    await saveAuditedExport(host, engine, 'network', { format: 'png', suggestedName: 'n.png', bytes: new Uint8Array(3) });
    expect(engine.audit.exports).toEqual([{ what: 'targets', format: 'csv', fileName: 'targets.csv', outcome: 'done', detail: { rows: 2, bytes: 12 } }]);
    const page = await engine.auditTrail();
    expect(page.records.map((record) => [record.action, record.objectKind, record.objectId, record.outcome])).toEqual([['targets.export', 'csv-file', 'targets.csv', 'done']]);
  });

  it('record a failed save as failed and throw its error on', async () => {
    const engine = new FakeEngine([]);
    const host = { saveExport: () => Promise.reject(new Error('disk full')) };
    await expect(saveAuditedExport(host, engine, 'targets', { format: 'csv', suggestedName: 'targets.csv', bytes: new Uint8Array(1) })).rejects.toThrow('disk full');
    expect((await engine.auditTrail()).records[0]).toMatchObject({ action: 'targets.export', outcome: 'failed', detail: { reason: 'disk full' } });
  });
});
