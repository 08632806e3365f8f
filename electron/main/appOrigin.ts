/**
 * The one origin the renderer is served from: app://bundle/. Every trust decision in the main
 * process (protocol handler, navigation guard, request filter, IPC sender check) parses URLs
 * through here, so they cannot disagree about what "our page" is.
 */
export const appScheme = 'app';
export const appHost = 'bundle';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryPath = '/index.html';
export const appEntryUrl = `${appOrigin}${appEntryPath}`;

/**
 * Parses `url` and returns it only when it is exactly on app://bundle: no port, no credentials.
 * Node's WHATWG URL reports origin "null" for non-special schemes, so protocol and host are
 * compared rather than `URL.origin`.
 */
export function parseAppBundleUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const onBundle =
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === '';
  return onBundle ? parsed : null;
}

export function isAppBundleUrl(url: string): boolean {
  return parseAppBundleUrl(url) !== null;
}

/** True for the app's own page (app://bundle/ or app://bundle/index.html, any query or hash). */
export function isAppEntryUrl(url: string): boolean {
  const parsed = parseAppBundleUrl(url);
  return parsed !== null && (parsed.pathname === '' || parsed.pathname === '/' || parsed.pathname === appEntryPath);
}
