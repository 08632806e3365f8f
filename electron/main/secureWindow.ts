import { BrowserWindow, type WebPreferences } from 'electron';
import { appEntryUrl } from './appOrigin';
import type { TrustedWindows } from './trustedWindows';

/**
 * The webPreferences of every window, per the Electron security checklist: isolated, sandboxed,
 * no Node anywhere, web security on, no webview tag. Spellcheck is off because Chromium would
 * otherwise download dictionaries from the network.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
}

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly title: string;
  readonly trustedWindows: TrustedWindows;
}

/** Creates the workstation window, registers it as trusted and loads app://bundle/index.html. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: options.title,
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  options.trustedWindows.add(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error(`Could not load ${appEntryUrl}:`, error);
  });
  return window;
}
