// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/components/App';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { encodeEncryptedWorkspaceFileParts } from '../../shared/workspace/encryptedWorkspaceFile';
import { derivePassphraseKey } from '../../shared/workspace/passphraseKey';
import { joinWorkspaceFileParts } from '../../shared/workspace/workspaceFile';
import { FakeEngine, shipmentRow } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

async function renderApp(engine = new FakeEngine([shipmentRow(1)]), host = new FakeHost()) {
  render(<App engine={engine} host={host} />);
  await screen.findByText('Engine ready');
  return { engine, host };
}

/** A real encrypted workspace file (cheap KDF parameters): the UI reads its header to know it must ask. */
async function encryptedFile(passphrase: string): Promise<Uint8Array> {
  const key = await derivePassphraseKey(passphrase, { memoryKiB: 64, iterations: 1, parallelism: 1 });
  return joinWorkspaceFileParts(await encodeEncryptedWorkspaceFileParts(new Uint8Array(64), key));
}

function typeInto(dialog: HTMLElement, label: string, value: string): void {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});

afterEach(() => cleanup());

describe('opening an encrypted workspace', () => {
  it('asks for the passphrase, says when it is wrong and asks again, then opens the file', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    const host = new FakeHost();
    host.fileToOpen = { name: 'Operation Harbour.mlens', bytes: await encryptedFile(engine.filePassphrase) };
    const opened = vi.spyOn(engine, 'openWorkspace');
    await renderApp(engine, host);
    act(() => host.sendMenuCommand('open-workspace'));
    const prompt = await screen.findByRole('dialog', { name: 'Encrypted workspace' });
    expect(prompt.textContent).toContain('“Operation Harbour.mlens” is encrypted.');
    expect((within(prompt).getByLabelText('Passphrase') as HTMLInputElement).type).toBe('password');

    typeInto(prompt, 'Passphrase', 'correct horse battery stapler');
    fireEvent.click(within(prompt).getByRole('button', { name: 'Unlock' }));
    expect(await within(prompt).findByRole('alert')).toHaveProperty('textContent', 'Wrong passphrase: the workspace could not be unlocked with it.');
    expect((within(prompt).getByLabelText('Passphrase') as HTMLInputElement).value).toBe('');
    expect(opened).not.toHaveBeenCalled();

    typeInto(prompt, 'Passphrase', engine.filePassphrase);
    fireEvent.click(within(prompt).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('banner').textContent).toContain('Operation Harbour'));
    expect(engine.passphrases.map((entry) => entry.action)).toEqual(['unlock', 'unlock']);
    // The passphrase was checked on the file's first bytes; the file is opened with the key the engine kept.
    expect(opened).toHaveBeenCalledTimes(1);
    expect(opened.mock.calls[0]).toHaveLength(2);
    expect(screen.getByText('Opened Operation Harbour.mlens: 1 manifest line.')).toBeTruthy();
  });

  it('keeps the current workspace when the analyst cancels the passphrase', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    const host = new FakeHost();
    host.fileToOpen = { name: 'Kestrel.mlens', bytes: await encryptedFile('whatever it was') };
    await renderApp(engine, host);
    act(() => host.sendMenuCommand('open-workspace'));
    const prompt = await screen.findByRole('dialog', { name: 'Encrypted workspace' });
    fireEvent.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Kestrel.mlens was not opened.')).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Untitled workspace');
    expect(engine.passphrases).toEqual([]);
  });

  it('says a file from a newer version cannot be opened, before asking anything', async () => {
    const host = new FakeHost();
    const bytes = await encryptedFile('x');
    bytes[8] = 7;
    host.fileToOpen = { name: 'Future.mlens', bytes };
    await renderApp(undefined, host);
    act(() => host.sendMenuCommand('open-workspace'));
    expect((await screen.findByRole('alert')).textContent).toContain('Opening Future.mlens failed: workspace file format version 7 is newer than this build supports (2)');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('setting the passphrase', () => {
  it('refuses a short passphrase and two that differ, and saves nothing when the analyst declines', async () => {
    const { engine, host } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Save workspace' }));
    const prompt = await screen.findByRole('dialog', { name: 'Set a workspace passphrase' });
    expect(prompt.textContent).toContain('nobody can recover it');
    typeInto(prompt, 'Passphrase', 'short');
    typeInto(prompt, 'Passphrase again', 'short');
    fireEvent.click(within(prompt).getByRole('button', { name: 'Set passphrase' }));
    expect((await within(prompt).findByRole('alert')).textContent).toContain('Use at least 10 characters');
    typeInto(prompt, 'Passphrase', 'harbour lights at dawn');
    typeInto(prompt, 'Passphrase again', 'harbour lights at dusk');
    fireEvent.click(within(prompt).getByRole('button', { name: 'Set passphrase' }));
    expect((await within(prompt).findByRole('alert')).textContent).toBe('The two passphrases differ.');
    fireEvent.click(within(prompt).getByRole('button', { name: 'Not now' }));
    expect(await screen.findByText('Not saved: a workspace is saved encrypted, with a passphrase.')).toBeTruthy();
    expect(engine.passphrases).toEqual([]);
    expect(host.savedWorkspaces).toEqual([]);
  });

  it('asks for the passphrase of a new workspace, and later saves without asking again', async () => {
    const { engine, host } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    const dialog = screen.getByRole('dialog', { name: 'New workspace' });
    typeInto(dialog, 'Name', 'Operation Kestrel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    const prompt = await screen.findByRole('dialog', { name: 'Set a workspace passphrase' });
    expect(prompt.textContent).toContain('“Operation Kestrel” is saved encrypted');
    typeInto(prompt, 'Passphrase', 'kestrel over the quay');
    typeInto(prompt, 'Passphrase again', 'kestrel over the quay');
    fireEvent.click(within(prompt).getByRole('button', { name: 'Set passphrase' }));
    expect(await screen.findByText('New workspace “Operation Kestrel” (OFFICIAL): it will be saved encrypted with its passphrase.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save workspace' }));
    await waitFor(() => expect(host.savedWorkspaces).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(engine.passphrases).toEqual([{ action: 'set', passphrase: 'kestrel over the quay' }]);
  });
});
