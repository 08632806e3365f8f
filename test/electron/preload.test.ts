import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostBridgeName, ipcChannels, type HostApi } from '../../shared/host/hostApi';
import { contextBridge, ipcRenderer } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

/** Every HostApi member; `satisfies` makes this fail to compile if the contract gains or loses one. */
const hostApiMembers = Object.keys({
  openWorkspace: true,
  saveWorkspace: true,
  saveExport: true,
  writeRecovery: true,
  findRecovery: true,
  discardRecovery: true,
  appInfo: true,
  onMenuCommand: true,
} satisfies Record<keyof HostApi, true>).sort();

let exposedName: unknown;
let api: HostApi;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [exposedName, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, HostApi];
});

beforeEach(() => {
  ipcRenderer.invoke.mockClear();
});

describe('what the preload exposes', () => {
  it('exposes one object under the shared bridge name', () => {
    expect(exposedName).toBe(hostBridgeName);
  });

  it('exposes exactly the HostApi functions', () => {
    expect(Object.keys(api).sort()).toEqual(hostApiMembers);
    for (const member of hostApiMembers) {
      expect(typeof (api as unknown as Record<string, unknown>)[member], member).toBe('function');
    }
  });

  it('never exposes ipcRenderer or any of its methods', () => {
    const exposedValues = Object.values(api);
    expect(exposedValues).not.toContain(ipcRenderer);
    for (const method of [ipcRenderer.invoke, ipcRenderer.on, ipcRenderer.send, ipcRenderer.sendSync, ipcRenderer.removeListener]) {
      expect(exposedValues).not.toContain(method);
    }
  });
});

describe('invoke calls', () => {
  it('maps each call onto its shared channel', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    ipcRenderer.invoke.mockResolvedValueOnce({ name: 'a.mlens', bytes });
    await expect(api.openWorkspace()).resolves.toEqual({ name: 'a.mlens', bytes });
    await api.saveWorkspace([bytes, bytes], 'case');
    await api.appInfo();
    await api.writeRecovery([bytes], 'Operation Harbour');
    await api.findRecovery();
    await api.discardRecovery();
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [ipcChannels.openWorkspace],
      [ipcChannels.saveWorkspace, [bytes, bytes], 'case'],
      [ipcChannels.appInfo],
      [ipcChannels.writeRecovery, [bytes], 'Operation Harbour'],
      [ipcChannels.findRecovery],
      [ipcChannels.discardRecovery],
    ]);
  });

  it('forwards only the documented fields of an export request', async () => {
    const bytes = new Uint8Array([9]);
    const request = { format: 'csv', suggestedName: 'rows', bytes, toString: () => 'x', extra: { path: '/etc' } } as const;
    await api.saveExport(request);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannels.saveExport, { format: 'csv', suggestedName: 'rows', bytes });
  });
});

describe('menu commands', () => {
  it('delivers valid commands without the IPC event, and drops anything else', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const event = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit(ipcChannels.menuCommand, event, 'open-workspace');
    ipcRenderer.emit(ipcChannels.menuCommand, event, 'rm -rf');
    ipcRenderer.emit(ipcChannels.menuCommand, event, { command: 'open-workspace' });
    ipcRenderer.emit(ipcChannels.menuCommand, event);
    expect(listener.mock.calls).toEqual([['open-workspace']]);
    unsubscribe();
  });

  it('unsubscribes the listener it added, and only that one', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onMenuCommand(first);
    const unsubscribeSecond = api.onMenuCommand(second);
    expect(ipcRenderer.listenerCount(ipcChannels.menuCommand)).toBe(2);
    unsubscribeFirst();
    expect(ipcRenderer.listenerCount(ipcChannels.menuCommand)).toBe(1);
    ipcRenderer.emit(ipcChannels.menuCommand, {}, 'toggle-theme');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('toggle-theme');
    unsubscribeSecond();
    expect(ipcRenderer.listenerCount(ipcChannels.menuCommand)).toBe(0);
  });
});
