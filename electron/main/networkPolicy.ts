import { isAppBundleUrl } from './appOrigin';

/**
 * The app works offline: the renderer loads only its own bundle, so the session lets through
 * app://bundle/ and the in-memory data: and blob: URLs the page creates for itself (plus the
 * DevTools front end, which exists only in unpackaged builds). Everything else is cancelled:
 * http:, https:, ws:, wss:, ftp:, file: and any scheme not named here.
 */
const inMemorySchemes: ReadonlySet<string> = new Set(['data:', 'blob:', 'devtools:']);

export function isAllowedRequestUrl(url: string): boolean {
  if (isAppBundleUrl(url)) {
    return true;
  }
  try {
    return inMemorySchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
