import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { discardRecoveryFile, findRecoveryFile, noteWorkspaceFile, requireWorkspaceName, writeRecoveryFile } from '../../electron/main/recoveryFiles';
import { registerIpcHandlers } from '../../electron/main/ipcHandlers';
import { createMainWindow } from '../../electron/main/secureWindow';
import { TrustedWindows } from '../../electron/main/trustedWindows';
import { ipcChannels } from '../../shared/host/hostApi';
import { encodeEncryptedWorkspaceFileParts } from '../../shared/workspace/encryptedWorkspaceFile';
import { derivePassphraseKey } from '../../shared/workspace/passphraseKey';
import { joinWorkspaceFileParts } from '../../shared/workspace/workspaceFile';
import { app, FakeBrowserWindow, invokeHandler, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let userData: string;
let parts: Uint8Array[];

beforeEach(async () => {
  resetFakeElectron();
  userData = await mkdtemp(path.join(os.tmpdir(), 'mlens-recovery-'));
  app.getPath.mockImplementation((name: string) => {
    if (name !== 'userData') throw new Error(`unexpected app.getPath(${name})`);
    return userData;
  });
  noteWorkspaceFile(null);
  const key = await derivePassphraseKey('recovery test passphrase', { memoryKiB: 64, iterations: 1, parallelism: 1 });
  parts = [...(await encodeEncryptedWorkspaceFileParts(new TextEncoder().encode('SQLite format 3 ... consignee HARBOURLINE IMPORTS'), key))];
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('the recovery file', () => {
  it('is written atomically under userData/recovery, as the encrypted parts given, and found again', async () => {
    expect(await writeRecoveryFile(parts, 'Operation Kestrel', new Date('2026-03-02T09:30:00Z'))).toBe(true);
    const folder = path.join(userData, 'recovery');
    expect((await readdir(folder)).sort()).toEqual(['recovery.json', 'workspace.mlens']);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    const onDisk = new Uint8Array(await readFile(path.join(folder, 'workspace.mlens')));
    expect(onDisk).toEqual(joinWorkspaceFileParts(parts));
    expect(new TextDecoder('latin1').decode(onDisk)).not.toContain('HARBOURLINE');
    const found = await findRecoveryFile();
    expect(found).toEqual({ workspaceName: 'Operation Kestrel', savedAt: '2026-03-02T09:30:00.000Z', bytes: onDisk });
  });

  it('is offered for a workspace never saved, and for one whose file is older than the autosave', async () => {
    const workspace = path.join(userData, 'Kestrel.mlens');
    await writeFile(workspace, 'saved earlier');
    await utimes(workspace, new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T09:00:00Z'));
    noteWorkspaceFile(workspace);
    await writeRecoveryFile(parts, 'Kestrel', new Date('2026-03-02T09:30:00Z'));
    expect((await findRecoveryFile())?.workspaceName).toBe('Kestrel');
    const record = JSON.parse(await readFile(path.join(userData, 'recovery', 'recovery.json'), 'utf8'));
    expect(record).toEqual({ workspaceName: 'Kestrel', savedAt: '2026-03-02T09:30:00.000Z', workspacePath: workspace });
  });

  it('is deleted, not offered, once its workspace file was saved after it', async () => {
    const workspace = path.join(userData, 'Kestrel.mlens');
    await writeFile(workspace, 'saved later');
    await utimes(workspace, new Date('2026-03-02T10:00:00Z'), new Date('2026-03-02T10:00:00Z'));
    noteWorkspaceFile(workspace);
    await writeRecoveryFile(parts, 'Kestrel', new Date('2026-03-02T09:30:00Z'));
    expect(await findRecoveryFile()).toBeNull();
    expect(await readdir(path.join(userData, 'recovery'))).toEqual([]);
  });

  it('reads a damaged record as no recovery (and removes it), and is gone after discard', async () => {
    await writeRecoveryFile(parts, 'Kestrel');
    await writeFile(path.join(userData, 'recovery', 'recovery.json'), '{"workspaceName": 3');
    expect(await findRecoveryFile()).toBeNull();
    expect(await readdir(path.join(userData, 'recovery'))).toEqual([]);
    await writeRecoveryFile(parts, 'Kestrel');
    await discardRecoveryFile();
    expect(await findRecoveryFile()).toBeNull();
    await discardRecoveryFile();
  });

  it('takes a workspace name as text only', () => {
    expect(requireWorkspaceName('Operation Harbour – Felixstowe/Tilbury')).toBe('Operation Harbour – Felixstowe/Tilbury');
    for (const bad of ['', 'a\nb', 'x'.repeat(201), 42, null]) expect(() => requireWorkspaceName(bad)).toThrow(/1 to 200 characters/);
  });

  it('is reached over IPC only from the trusted window, with its arguments validated', async () => {
    const trustedWindows = new TrustedWindows();
    createMainWindow({ preloadPath: '/dist/electron/preload.cjs', title: 'Manifest Lens', trustedWindows });
    registerIpcHandlers(trustedWindows);
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(invokeHandler(ipcChannels.writeRecovery)(event, 'not parts', 'Kestrel')).rejects.toThrow(/array of 1 to 16 Uint8Array parts/);
    await expect(invokeHandler(ipcChannels.writeRecovery)(event, parts, '')).rejects.toThrow(/workspace name/);
    expect(await invokeHandler(ipcChannels.writeRecovery)(event, parts, 'Kestrel')).toBe(true);
    expect(await invokeHandler(ipcChannels.findRecovery)(event)).toMatchObject({ workspaceName: 'Kestrel' });
    await invokeHandler(ipcChannels.discardRecovery)(event);
    expect(await invokeHandler(ipcChannels.findRecovery)(event)).toBeNull();
    window.webContents.mainFrame.url = 'https://evil.example/';
    await expect(invokeHandler(ipcChannels.findRecovery)(event)).rejects.toThrow(/not the app bundle/);
  });
});
