import { protocol } from 'electron';
import { appScheme } from './appOrigin';
import { createBundleRequestHandler } from './bundleFileResponder';

/**
 * Declares app:// a standard, secure scheme before the app is ready (Electron only accepts this
 * once, before 'ready'). `corsEnabled` is deliberately absent: nothing outside app://bundle may
 * read the bundle's responses cross-origin.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** Serves dist/renderer on app://bundle/; call once the app is ready. */
export function serveRendererBundle(rendererRoot: string): void {
  protocol.handle(appScheme, createBundleRequestHandler(rendererRoot));
}
