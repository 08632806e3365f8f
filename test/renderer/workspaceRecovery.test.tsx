// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/components/App';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { autosaveIntervalMs } from '../../renderer/hooks/useWorkstation';
import { encodeEncryptedWorkspaceFileParts } from '../../shared/workspace/encryptedWorkspaceFile';
import { derivePassphraseKey } from '../../shared/workspace/passphraseKey';
import { joinWorkspaceFileParts } from '../../shared/workspace/workspaceFile';
import { FakeEngine, shipmentRow } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

async function renderApp(engine: FakeEngine, host: FakeHost) {
  render(<App engine={engine} host={host} />);
  await screen.findByText('Engine ready');
}

async function encryptedFile(passphrase: string): Promise<Uint8Array> {
  const key = await derivePassphraseKey(passphrase, { memoryKiB: 64, iterations: 1, parallelism: 1 });
  return joinWorkspaceFileParts(await encodeEncryptedWorkspaceFileParts(new Uint8Array(64), key));
}

/** Changes the marking through Workspace settings: the workspace then has unsaved changes. */
async function makeAChange(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: /Workspace settings/ }));
  const dialog = screen.getByRole('dialog', { name: 'Workspace settings' });
  fireEvent.change(within(dialog).getByLabelText('Protective marking'), { target: { value: 'SECRET' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
  await waitFor(() => expect(screen.getByRole('note', { name: 'Protective marking, top' }).textContent).toBe('SECRET'));
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('recovery on start', () => {
  it('offers an autosave newer than its file, asks its passphrase and restores it with unsaved changes', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    const host = new FakeHost();
    host.recovery = { workspaceName: 'Operation Kestrel', savedAt: '2026-03-02T09:30:00.000Z', bytes: await encryptedFile(engine.filePassphrase) };
    const opened = vi.spyOn(engine, 'openWorkspace');
    await renderApp(engine, host);
    const offer = await screen.findByRole('dialog', { name: 'Restore the autosaved workspace?' });
    expect(offer.textContent).toContain('“Operation Kestrel” was autosaved at');
    expect(offer.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T09:30:00.000Z');
    fireEvent.click(within(offer).getByRole('button', { name: 'Restore' }));
    const prompt = await screen.findByRole('dialog', { name: 'Encrypted workspace' });
    expect(prompt.textContent).toContain('“Operation Kestrel (autosaved)” is encrypted.');
    fireEvent.change(within(prompt).getByLabelText('Passphrase'), { target: { value: engine.filePassphrase } });
    fireEvent.click(within(prompt).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('Operation Kestrel', host.recovery?.bytes ?? expect.anything()));
    expect(await screen.findByText(/^Restored “Operation Kestrel” as autosaved at .*: save it to keep it\.$/)).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toMatch(/unsaved/i);
    expect(screen.queryByRole('dialog')).toBeNull();
    // Kept until the restored workspace is saved.
    expect(host.recoveryDiscards).toBe(0);
  });

  it('deletes the autosave when the analyst declines it, and opens no demo instead of it', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    const host = new FakeHost();
    host.recovery = { workspaceName: 'Scratch', savedAt: '2026-03-02T09:30:00.000Z', bytes: await encryptedFile('x') };
    localStorage.clear(); // a first start: the demo would open, but the autosave is offered instead
    await renderApp(engine, host);
    const offer = await screen.findByRole('dialog', { name: 'Restore the autosaved workspace?' });
    fireEvent.click(within(offer).getByRole('button', { name: 'Delete autosave' }));
    expect(await screen.findByText('The autosaved workspace was deleted.')).toBeTruthy();
    expect(host.recoveryDiscards).toBe(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('banner').textContent).toContain('Untitled workspace');
  });
});

describe('autosave', () => {
  it('writes an encrypted workspace with unsaved changes to the recovery file, and a save deletes it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const engine = new FakeEngine([shipmentRow(1)]);
    engine.encrypted = true;
    const host = new FakeHost();
    await renderApp(engine, host);
    // Nothing unsaved: nothing autosaved.
    await act(() => vi.advanceTimersByTimeAsync(autosaveIntervalMs));
    expect(host.recoveryWrites).toEqual([]);
    await makeAChange();
    await act(() => vi.advanceTimersByTimeAsync(autosaveIntervalMs));
    await waitFor(() => expect(host.recoveryWrites).toHaveLength(1));
    expect(host.recoveryWrites[0]?.workspaceName).toBe('Untitled workspace');
    expect(new TextDecoder().decode(host.recoveryWrites[0]?.bytes)).toBe('workspace:Untitled workspace');
    fireEvent.click(screen.getByRole('button', { name: 'Save workspace' }));
    await waitFor(() => expect(host.savedWorkspaces).toHaveLength(1));
    await waitFor(() => expect(host.recoveryDiscards).toBe(1));
    await act(() => vi.advanceTimersByTimeAsync(autosaveIntervalMs));
    expect(host.recoveryWrites).toHaveLength(1);
  });

  it('never autosaves a workspace that has no passphrase: nothing reaches the disk unencrypted', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const engine = new FakeEngine([shipmentRow(1)]);
    const host = new FakeHost();
    await renderApp(engine, host);
    await makeAChange();
    await act(() => vi.advanceTimersByTimeAsync(3 * autosaveIntervalMs));
    expect(host.recoveryWrites).toEqual([]);
  });
});
