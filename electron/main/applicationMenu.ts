import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { ipcChannels, type MenuCommand } from '../../shared/host/hostApi';
import type { TrustedWindows } from './trustedWindows';

export interface MenuEnvironment {
  readonly productName: string;
  readonly platform: NodeJS.Platform;
  /** DevTools appear in the View menu only for unpackaged (development) runs. */
  readonly isPackaged: boolean;
  readonly sendCommand: (command: MenuCommand) => void;
}

/**
 * The native menu. Items that act on the workspace send a MenuCommand to the renderer, which owns
 * the workspace; window-level items use Electron roles. On macOS the application menu comes first
 * and holds Quit, as the platform expects; elsewhere Quit closes the File menu.
 */
export function applicationMenuTemplate(env: MenuEnvironment): MenuItemConstructorOptions[] {
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => env.sendCommand(menuCommand),
  });
  const isMac = env.platform === 'darwin';
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New workspace', 'new-workspace', 'CmdOrCtrl+N'),
      command('Open workspace…', 'open-workspace', 'CmdOrCtrl+O'),
      command('Save workspace…', 'save-workspace', 'CmdOrCtrl+S'),
      { type: 'separator' },
      command('Import manifests…', 'import-manifests', 'CmdOrCtrl+I'),
      command('Open demo workspace', 'open-demo-workspace'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Toggle theme', 'toggle-theme', 'CmdOrCtrl+Shift+L'),
      { role: 'togglefullscreen', label: 'Toggle full screen' },
      ...(env.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${env.productName}` }],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    fileMenu,
    { role: 'editMenu' },
    viewMenu,
    helpMenu,
  ];
}

/**
 * Delivers a menu command to the focused window, or to the latest window when none is focused
 * (macOS keeps the menu bar with every window in the background). Only trusted windows receive it.
 */
export function sendMenuCommand(trustedWindows: TrustedWindows, command: MenuCommand): void {
  const focused = BrowserWindow.getFocusedWindow();
  const target = (focused === null ? undefined : trustedWindows.ownerOf(focused.webContents)) ?? trustedWindows.latest();
  target?.webContents.send(ipcChannels.menuCommand, command);
}

export function installApplicationMenu(trustedWindows: TrustedWindows): void {
  const productName = app.getName();
  app.setAboutPanelOptions({ applicationName: productName, applicationVersion: app.getVersion() });
  const template = applicationMenuTemplate({
    productName,
    platform: process.platform,
    isPackaged: app.isPackaged,
    sendCommand: (command) => sendMenuCommand(trustedWindows, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
