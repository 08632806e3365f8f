import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startApplication } from '../../electron/main/application';
import { bundleLayoutBeside } from '../../electron/main/bundleLayout';
import { createMainWindow, secureWebPreferences } from '../../electron/main/secureWindow';
import { TrustedWindows } from '../../electron/main/trustedWindows';
import { app, FakeBrowserWindow, ipcMain, Menu, protocol, resetFakeElectron, session } from './fakeElectron';
import { invokeChannels } from './support/invokeChannels';

vi.mock('electron', () => import('./fakeElectron'));

const expectedWebPreferences = {
  preload: '/opt/manifest-lens/dist/electron/preload.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
};

const layout = bundleLayoutBeside('/opt/manifest-lens/dist/electron');

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.created).toHaveLength(1);
  return FakeBrowserWindow.created[0] as FakeBrowserWindow;
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  resetFakeElectron();
});

describe('secure window', () => {
  it('uses the checklist webPreferences', () => {
    expect(secureWebPreferences(expectedWebPreferences.preload)).toEqual(expectedWebPreferences);
  });

  it('creates the window with those preferences, trusts it and loads app://bundle/index.html', () => {
    const trustedWindows = new TrustedWindows();
    createMainWindow({ preloadPath: expectedWebPreferences.preload, title: 'Manifest Lens', trustedWindows });
    const window = onlyWindow();
    expect(window.options.webPreferences).toEqual(expectedWebPreferences);
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(trustedWindows.ownerOf(window.webContents as never)).toBe(window);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('stops trusting a window once it is closed', () => {
    const trustedWindows = new TrustedWindows();
    createMainWindow({ preloadPath: expectedWebPreferences.preload, title: 'Manifest Lens', trustedWindows });
    const window = onlyWindow();
    window.close();
    expect(trustedWindows.ownerOf(window.webContents as never)).toBeUndefined();
    expect(trustedWindows.latest()).toBeUndefined();
  });
});

describe('bundle layout', () => {
  it('finds the renderer and preload next to main.cjs', () => {
    expect(layout.rendererRoot).toBe(path.join('/opt/manifest-lens/dist', 'renderer'));
    expect(layout.preloadPath).toBe(path.join('/opt/manifest-lens/dist/electron', 'preload.cjs'));
  });
});

describe('startApplication', () => {
  it('enables the sandbox, registers the privileged scheme and hooks every webContents before ready', () => {
    startApplication(layout);
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    // The engine's V8 settings for the renderer (and its worker), given before ready.
    expect(app.commandLine.appendSwitch.mock.calls).toEqual([['js-flags', '--max-semi-space-size=64']]);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('once ready, serves the bundle, registers IPC and the menu, and opens one hardened window', async () => {
    startApplication(layout);
    app.becomeReady();
    await settle();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const window = onlyWindow();
    expect(window.options.webPreferences).toEqual({ ...expectedWebPreferences, preload: layout.preloadPath });
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(session.defaultSession.isCancelled('https://evil.example/')).toBe(true);
  });

  it('quits without setting anything up when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    startApplication(layout);
    app.becomeReady();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('restores and focuses the existing window when a second instance starts', async () => {
    startApplication(layout);
    app.becomeReady();
    await settle();
    const window = onlyWindow();
    window.minimized = true;
    app.emit('second-instance', {}, ['manifest-lens', '--evil-flag'], '/tmp');
    expect(window.isMinimized()).toBe(false);
    expect(window.focusCount).toBe(1);
    expect(FakeBrowserWindow.created).toHaveLength(1);
  });

  it('reopens a window on activate only when none is left', async () => {
    startApplication(layout);
    app.becomeReady();
    await settle();
    app.emit('activate');
    expect(FakeBrowserWindow.created).toHaveLength(1);
    onlyWindow().close();
    app.emit('activate');
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });
});
