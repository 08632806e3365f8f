import type { App, WebContents } from 'electron';
import { isAppEntryUrl } from './appOrigin';
import { hardenSession } from './sessionHardening';

/**
 * Keeps a webContents on the app's own page: no navigation away from app://bundle/index.html, no
 * popups, no <webview> guests. Programmatic loads by the main process are unaffected.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppEntryUrl(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAppEntryUrl(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * Applies the webContents and session hardening to every webContents the app ever creates
 * (windows, DevTools, anything a future feature adds), not only to the windows this code opens.
 */
export function hardenEveryWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    hardenSession(contents.session);
  });
}
