import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, maxHostFileBytes } from '../../shared/host/hostApi';
import { readFileWithinLimit } from '../../electron/main/boundedFileRead';
import { registerIpcHandlers } from '../../electron/main/ipcHandlers';
import { createMainWindow } from '../../electron/main/secureWindow';
import { TrustedWindows } from '../../electron/main/trustedWindows';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeSession,
  FakeWebContents,
  type FakeWebFrame,
  invokeHandler,
  ipcMain,
  resetFakeElectron,
} from './fakeElectron';

import { invokeChannels } from './support/invokeChannels';

vi.mock('electron', () => import('./fakeElectron'));

interface FakeInvokeEvent {
  readonly sender: FakeWebContents;
  readonly senderFrame: FakeWebFrame | null;
}

const bytes = new TextEncoder().encode('workspace image');
/** A workspace file as the engine hands it over: parts written one after the other. */
const parts = [new TextEncoder().encode('workspace'), new TextEncoder().encode(' image')];

/** Arguments each channel accepts, so sender checks are exercised with otherwise valid calls. */
const validArguments: Record<string, unknown[]> = {
  [ipcChannels.openWorkspace]: [],
  [ipcChannels.saveWorkspace]: [parts, 'case-42'],
  [ipcChannels.saveExport]: [{ format: 'csv', suggestedName: 'shipments', bytes }],
  [ipcChannels.appInfo]: [],
  [ipcChannels.writeRecovery]: [parts, 'Operation Harbour'],
  [ipcChannels.findRecovery]: [],
  [ipcChannels.discardRecovery]: [],
};

let directory: string;
let window: FakeBrowserWindow;

function eventFromAppWindow(): FakeInvokeEvent {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

function call(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
  return invokeHandler(channel)(event, ...args);
}

beforeEach(async () => {
  resetFakeElectron();
  directory = await mkdtemp(path.join(os.tmpdir(), 'mlens-ipc-'));
  app.getPath.mockReturnValue(directory);
  const trustedWindows = new TrustedWindows();
  createMainWindow({ preloadPath: '/dist/electron/preload.cjs', title: 'Manifest Lens', trustedWindows });
  window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
  registerIpcHandlers(trustedWindows);
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('registration', () => {
  it('handles every invoke channel with ipcMain.handle and listens on nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(ipcMain.handlers.has(ipcChannels.menuCommand)).toBe(false);
    expect(ipcMain.on).not.toHaveBeenCalled();
  });
});

describe.each(invokeChannels)('sender validation on %s', (channel) => {
  const rejectsWithoutSideEffects = async (event: FakeInvokeEvent, message: RegExp) => {
    await expect(call(channel, event, ...(validArguments[channel] ?? []))).rejects.toThrow(message);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  };

  it('rejects a frame on a foreign origin', async () => {
    window.webContents.mainFrame.url = 'https://evil.example/';
    await rejectsWithoutSideEffects(eventFromAppWindow(), /not the app bundle/);
  });

  it('rejects app:// on another host, and file://', async () => {
    for (const url of ['app://evil/index.html', 'file:///tmp/index.html']) {
      window.webContents.mainFrame.url = url;
      await rejectsWithoutSideEffects(eventFromAppWindow(), /not the app bundle/);
    }
  });

  it('rejects a subframe, even one on app://bundle', async () => {
    const subframe = window.webContents.mainFrame.child('app://bundle/index.html');
    await rejectsWithoutSideEffects({ sender: window.webContents, senderFrame: subframe }, /only the main frame/);
  });

  it('rejects a frame that has gone away', async () => {
    await rejectsWithoutSideEffects({ sender: window.webContents, senderFrame: null }, /no longer exists/);
  });

  it('rejects a webContents the app did not create, even on app://bundle', async () => {
    const stranger = new FakeWebContents(new FakeSession());
    stranger.mainFrame.url = 'app://bundle/index.html';
    await rejectsWithoutSideEffects({ sender: stranger, senderFrame: stranger.mainFrame }, /not a window created by the app/);
  });

  it('rejects a window that has been closed', async () => {
    window.close();
    await rejectsWithoutSideEffects(eventFromAppWindow(), /not a window created by the app/);
  });

  it('rejects a call with one argument too many', async () => {
    await expect(call(channel, eventFromAppWindow(), ...(validArguments[channel] ?? []), 'extra')).rejects.toThrow(
      /expected \d argument\(s\)/,
    );
  });
});

describe('openWorkspace', () => {
  it('shows a *.mlens open dialog on the window and returns the file name and bytes', async () => {
    const file = path.join(directory, 'case 42.mlens');
    await writeFile(file, bytes);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const result = (await call(ipcChannels.openWorkspace, eventFromAppWindow())) as { name: string; bytes: Uint8Array };
    expect(result.name).toBe('case 42.mlens');
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(result.bytes).equals(Buffer.from(bytes))).toBe(true);
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, { filters: unknown; properties: string[] }];
    expect(parent).toBe(window);
    expect(options.filters).toEqual([{ name: 'Manifest Lens workspace', extensions: ['mlens'] }]);
    expect(options.properties).toEqual(['openFile']);
  });

  it('returns null when the analyst cancels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(call(ipcChannels.openWorkspace, eventFromAppWindow())).resolves.toBeNull();
  });

  it('refuses a directory chosen as the workspace', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [directory] });
    await expect(call(ipcChannels.openWorkspace, eventFromAppWindow())).rejects.toThrow(/not a regular file/);
  });
});

describe('readFileWithinLimit', () => {
  it('refuses a file over the limit before reading it', async () => {
    const file = path.join(directory, 'big.mlens');
    await writeFile(file, new Uint8Array(1025));
    await expect(readFileWithinLimit(file, 1024)).rejects.toThrow(/1025 bytes, over the 1024-byte limit/);
    await expect(readFileWithinLimit(file, 1025)).resolves.toHaveLength(1025);
  });

  it('reads an empty file as zero bytes', async () => {
    const file = path.join(directory, 'empty.mlens');
    await writeFile(file, '');
    await expect(readFileWithinLimit(file, maxHostFileBytes)).resolves.toHaveLength(0);
  });
});

describe('saveWorkspace', () => {
  it('rejects contents that are not an array of Uint8Array parts', async () => {
    for (const notParts of ['text', bytes, { length: 3 }, null, new ArrayBuffer(4), [], Array.from({ length: 17 }, () => bytes)]) {
      await expect(call(ipcChannels.saveWorkspace, eventFromAppWindow(), notParts, 'case')).rejects.toThrow(/array of 1 to 16 Uint8Array parts/);
    }
    for (const badPart of [[1, 2, 3], [bytes, 'text'], [bytes, new ArrayBuffer(4)], [null]]) {
      await expect(call(ipcChannels.saveWorkspace, eventFromAppWindow(), badPart, 'case')).rejects.toThrow(/must be a Uint8Array/);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects parts over the host file limit together', async () => {
    const half = new Uint8Array(1);
    Object.defineProperty(half, 'byteLength', { value: maxHostFileBytes / 2 + 1 });
    await expect(call(ipcChannels.saveWorkspace, eventFromAppWindow(), [half, half], 'case')).rejects.toThrow(/exceed the/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects names with directories or special characters', async () => {
    for (const name of ['../case', 'a/b', 'a\\b', 'C:evil', '..', '', 'x'.repeat(201), 'bell\u0007', 42]) {
      await expect(call(ipcChannels.saveWorkspace, eventFromAppWindow(), parts, name)).rejects.toThrow(/plain file name/);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects a missing name argument', async () => {
    await expect(call(ipcChannels.saveWorkspace, eventFromAppWindow(), parts)).rejects.toThrow(/expected 2 argument/);
  });

  it('saves atomically to the chosen path, forcing .mlens, and reports the file name', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(directory, 'case-42') });
    const outcome = await call(ipcChannels.saveWorkspace, eventFromAppWindow(), parts, 'case-42');
    expect(outcome).toEqual({ status: 'saved', fileName: 'case-42.mlens' });
    expect(await readFile(path.join(directory, 'case-42.mlens'), 'utf8')).toBe('workspace image');
    expect(await readdir(directory)).toEqual(['case-42.mlens']);
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: unknown }];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(path.join(directory, 'case-42.mlens'));
    expect(options.filters).toEqual([{ name: 'Manifest Lens workspace', extensions: ['mlens'] }]);
  });

  it('writes nothing when the analyst cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(call(ipcChannels.saveWorkspace, eventFromAppWindow(), parts, 'case')).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(directory)).toEqual([]);
  });

  it('refuses to replace a file the dialog never confirmed', async () => {
    await writeFile(path.join(directory, 'case.mlens'), 'precious');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(directory, 'case') });
    await expect(call(ipcChannels.saveWorkspace, eventFromAppWindow(), parts, 'case')).rejects.toThrow(/already exists/);
    expect(await readFile(path.join(directory, 'case.mlens'), 'utf8')).toBe('precious');
  });

  it('replaces a file the analyst chose by its full name', async () => {
    await writeFile(path.join(directory, 'case.mlens'), 'old');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(directory, 'case.mlens') });
    await call(ipcChannels.saveWorkspace, eventFromAppWindow(), parts, 'case');
    expect(await readFile(path.join(directory, 'case.mlens'), 'utf8')).toBe('workspace image');
  });
});

describe('saveExport', () => {
  it('rejects an unknown format, a bad name, bad bytes and a non-object request', async () => {
    const event = eventFromAppWindow();
    await expect(call(ipcChannels.saveExport, event, { format: 'exe', suggestedName: 'x', bytes })).rejects.toThrow(/Unknown export format: "exe"/);
    await expect(call(ipcChannels.saveExport, event, { format: 'toString', suggestedName: 'x', bytes })).rejects.toThrow(/Unknown export format/);
    await expect(call(ipcChannels.saveExport, event, { format: 7, suggestedName: 'x', bytes })).rejects.toThrow(/Unknown export format/);
    await expect(call(ipcChannels.saveExport, event, { format: 'csv', suggestedName: '../../x', bytes })).rejects.toThrow(/plain file name/);
    await expect(call(ipcChannels.saveExport, event, { format: 'csv', suggestedName: 'x', bytes: 'a,b' })).rejects.toThrow(/Uint8Array/);
    for (const request of [null, 'csv', [], undefined]) {
      await expect(call(ipcChannels.saveExport, event, request)).rejects.toThrow(/must be an object/);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('filters the dialog to the format, forces its extension and writes the bytes', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(directory, 'shipments') });
    const csv = new TextEncoder().encode('id,port\n1,Rotterdam\n');
    const outcome = await call(ipcChannels.saveExport, eventFromAppWindow(), { format: 'csv', suggestedName: 'shipments', bytes: csv });
    expect(outcome).toEqual({ status: 'saved', fileName: 'shipments.csv' });
    expect(await readFile(path.join(directory, 'shipments.csv'), 'utf8')).toBe('id,port\n1,Rotterdam\n');
    const [, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: unknown }];
    expect(options.filters).toEqual([{ name: 'CSV table', extensions: ['csv'] }]);
    expect(options.defaultPath).toBe(path.join(directory, 'shipments.csv'));
  });

  it('uses the format extension, not the one in the chosen name', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(directory, 'entities.json') });
    const outcome = await call(ipcChannels.saveExport, eventFromAppWindow(), { format: 'ftm-jsonl', suggestedName: 'entities', bytes });
    expect(outcome).toEqual({ status: 'saved', fileName: 'entities.json.jsonl' });
    expect(await readdir(directory)).toEqual(['entities.json.jsonl']);
  });

  it('keeps an extension already present, whatever its case', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(directory, 'GRAPH.GEXF') });
    const outcome = await call(ipcChannels.saveExport, eventFromAppWindow(), { format: 'gexf', suggestedName: 'graph', bytes });
    expect(outcome).toEqual({ status: 'saved', fileName: 'GRAPH.GEXF' });
  });

  it('reports a cancelled export', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(call(ipcChannels.saveExport, eventFromAppWindow(), { format: 'pdf', suggestedName: 'r', bytes })).resolves.toEqual({
      status: 'cancelled',
    });
  });

  it('leaves an existing directory in place when the write fails', async () => {
    await mkdir(path.join(directory, 'taken.csv'));
    await writeFile(path.join(directory, 'taken.csv', 'keep.txt'), 'keep');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(directory, 'taken.csv') });
    await expect(call(ipcChannels.saveExport, eventFromAppWindow(), { format: 'csv', suggestedName: 'taken', bytes })).rejects.toThrow();
    expect(await readdir(directory)).toEqual(['taken.csv']);
    expect(await readFile(path.join(directory, 'taken.csv', 'keep.txt'), 'utf8')).toBe('keep');
  });
});

describe('appInfo', () => {
  it('describes the Electron host', async () => {
    const info = (await call(ipcChannels.appInfo, eventFromAppWindow())) as Record<string, unknown>;
    expect(info).toEqual({
      productName: 'Manifest Lens',
      version: '0.1.0',
      host: 'electron',
      platform: process.platform,
      versions: expect.objectContaining({ node: process.versions.node, v8: process.versions.v8 }),
    });
    const reported = Object.keys(info.versions as object);
    expect(reported.every((name) => ['electron', 'chrome', 'node', 'v8'].includes(name))).toBe(true);
  });
});
