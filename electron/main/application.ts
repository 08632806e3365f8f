import { app, session } from 'electron';
import { registerAppSchemeAsPrivileged, serveRendererBundle } from './appProtocol';
import { installApplicationMenu } from './applicationMenu';
import type { BundleLayout } from './bundleLayout';
import { registerIpcHandlers } from './ipcHandlers';
import { engineV8Flags } from './engineV8Flags';
import { createMainWindow } from './secureWindow';
import { hardenSession } from './sessionHardening';
import { claimSingleInstance } from './singleInstance';
import { TrustedWindows } from './trustedWindows';
import { hardenEveryWebContents } from './webContentsHardening';

/**
 * Boots the main process. Everything that Electron accepts only before 'ready' (the sandbox
 * switch, the privileged scheme, the web-contents hook) happens synchronously here; the protocol
 * handler, IPC, menu and window follow once the app is ready.
 */
export function startApplication(layout: BundleLayout): void {
  app.enableSandbox();
  app.commandLine.appendSwitch('js-flags', engineV8Flags.join(' '));
  const trustedWindows = new TrustedWindows();
  if (!claimSingleInstance(() => focusLatestWindow(trustedWindows))) {
    app.quit();
    return;
  }
  registerAppSchemeAsPrivileged();
  hardenEveryWebContents(app);

  const openWindow = () => createMainWindow({ preloadPath: layout.preloadPath, title: app.getName(), trustedWindows });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  app.on('activate', () => {
    if (app.isReady() && trustedWindows.latest() === undefined) {
      openWindow();
    }
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      serveRendererBundle(layout.rendererRoot);
      registerIpcHandlers(trustedWindows);
      installApplicationMenu(trustedWindows);
      openWindow();
    })
    .catch((error: unknown) => {
      console.error('Manifest Lens failed to start:', error);
      app.exit(1);
    });
}

function focusLatestWindow(trustedWindows: TrustedWindows): void {
  const window = trustedWindows.latest();
  if (window === undefined) {
    return;
  }
  if (window.isMinimized()) {
    window.restore();
  }
  window.focus();
}
