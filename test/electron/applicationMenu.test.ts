import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, menuCommands, type MenuCommand } from '../../shared/host/hostApi';
import { applicationMenuTemplate, installApplicationMenu, sendMenuCommand, type MenuEnvironment } from '../../electron/main/applicationMenu';
import { createMainWindow } from '../../electron/main/secureWindow';
import { TrustedWindows } from '../../electron/main/trustedWindows';
import { app, FakeBrowserWindow, Menu, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

function environment(overrides: Partial<MenuEnvironment> = {}): MenuEnvironment {
  return { productName: 'Manifest Lens', platform: 'linux', isPackaged: true, sendCommand: vi.fn(), ...overrides };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (menu === undefined || !Array.isArray(menu.submenu)) {
    throw new Error(`No ${label} menu.`);
  }
  return menu.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

function newTrustedWindow(trustedWindows: TrustedWindows): FakeBrowserWindow {
  createMainWindow({ preloadPath: '/p.cjs', title: 'Manifest Lens', trustedWindows });
  return FakeBrowserWindow.created.at(-1) as FakeBrowserWindow;
}

beforeEach(() => {
  resetFakeElectron();
});

describe('menu template', () => {
  it('has File, Edit, View and Help menus, with the File items in order', () => {
    const template = applicationMenuTemplate(environment());
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'editMenu', 'View', 'help']);
    const fileLabels = submenuOf(template, 'File').map((item) => item.label ?? item.type);
    expect(fileLabels).toEqual([
      'New workspace',
      'Open workspace…',
      'Save workspace…',
      'separator',
      'Import manifests…',
      'Open demo workspace',
      'separator',
      'Quit',
    ]);
    expect(submenuOf(template, 'File').at(-1)?.role).toBe('quit');
  });

  it.each([
    ['New workspace', 'new-workspace'],
    ['Open workspace…', 'open-workspace'],
    ['Save workspace…', 'save-workspace'],
    ['Import manifests…', 'import-manifests'],
    ['Open demo workspace', 'open-demo-workspace'],
  ] as const)('File > %s sends %s', (label, command) => {
    const env = environment();
    click(submenuOf(applicationMenuTemplate(env), 'File').find((item) => item.label === label));
    expect(env.sendCommand).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('View has Toggle theme (a command) and Toggle full screen (a role), and no DevTools when packaged', () => {
    const env = environment({ isPackaged: true });
    const view = submenuOf(applicationMenuTemplate(env), 'View');
    click(view.find((item) => item.label === 'Toggle theme'));
    expect(env.sendCommand).toHaveBeenCalledExactlyOnceWith('toggle-theme');
    expect(view.find((item) => item.label === 'Toggle full screen')?.role).toBe('togglefullscreen');
    expect(view.some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('offers DevTools only in unpackaged runs', () => {
    const view = submenuOf(applicationMenuTemplate(environment({ isPackaged: false })), 'View');
    expect(view.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('Help has About', () => {
    const help = submenuOf(applicationMenuTemplate(environment()), 'help');
    expect(help).toEqual([{ role: 'about', label: 'About Manifest Lens' }]);
  });

  it('on macOS puts the application menu first and closes the window from File', () => {
    const template = applicationMenuTemplate(environment({ platform: 'darwin' }));
    expect(template[0]?.role).toBe('appMenu');
    expect(submenuOf(template, 'File').at(-1)?.role).toBe('close');
  });

  it('only ever sends known menu commands', () => {
    const sent: MenuCommand[] = [];
    const template = applicationMenuTemplate(environment({ sendCommand: (command) => sent.push(command) }));
    for (const menu of template) {
      for (const item of Array.isArray(menu.submenu) ? menu.submenu : []) {
        click(item);
      }
    }
    expect(new Set(sent)).toEqual(new Set(menuCommands));
  });
});

describe('menu command delivery', () => {
  it('sends the command on the menu channel to the focused trusted window only', () => {
    const trustedWindows = new TrustedWindows();
    const first = newTrustedWindow(trustedWindows);
    const second = newTrustedWindow(trustedWindows);
    FakeBrowserWindow.focused = first;
    sendMenuCommand(trustedWindows, 'save-workspace');
    expect(first.webContents.sent).toEqual([[ipcChannels.menuCommand, 'save-workspace']]);
    expect(second.webContents.sent).toEqual([]);
  });

  it('falls back to the latest trusted window when nothing (or a stranger) is focused', () => {
    const trustedWindows = new TrustedWindows();
    const first = newTrustedWindow(trustedWindows);
    const latest = newTrustedWindow(trustedWindows);
    sendMenuCommand(trustedWindows, 'open-workspace');
    FakeBrowserWindow.focused = new FakeBrowserWindow({});
    sendMenuCommand(trustedWindows, 'toggle-theme');
    expect(latest.webContents.sent).toEqual([
      [ipcChannels.menuCommand, 'open-workspace'],
      [ipcChannels.menuCommand, 'toggle-theme'],
    ]);
    expect(first.webContents.sent).toEqual([]);
    expect(FakeBrowserWindow.focused.webContents.sent).toEqual([]);
  });

  it('sends nothing when no trusted window is open', () => {
    const trustedWindows = new TrustedWindows();
    const window = newTrustedWindow(trustedWindows);
    window.close();
    sendMenuCommand(trustedWindows, 'new-workspace');
    expect(window.webContents.sent).toEqual([]);
  });

  it('installs the menu as the application menu, wired to the trusted windows', () => {
    app.isPackaged = true;
    const trustedWindows = new TrustedWindows();
    const window = newTrustedWindow(trustedWindows);
    installApplicationMenu(trustedWindows);
    expect(app.setAboutPanelOptions).toHaveBeenCalledWith({ applicationName: 'Manifest Lens', applicationVersion: '0.1.0' });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = (Menu.buildFromTemplate.mock.calls[0] as [MenuItemConstructorOptions[]])[0];
    click(submenuOf(template, 'File').find((item) => item.label === 'Import manifests…'));
    expect(window.webContents.sent).toEqual([[ipcChannels.menuCommand, 'import-manifests']]);
  });
});
