import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders } from '../../shared/security/contentSecurityPolicy';
import { appEntryPath, parseAppBundleUrl } from './appOrigin';
import { contentTypeFor } from './mimeTypes';

/** What `protocol.handle` expects: a Fetch-API request in, a response out. */
export type BundleRequestHandler = (request: Request) => Promise<Response>;

/**
 * Serves the files under `rootDir` (dist/renderer) for app://bundle/ URLs. A request that names
 * anything outside the root, by `..` segments, encoded separators or any other spelling, gets the
 * same 404 as a missing file. Every response, errors included, carries the security headers.
 */
export function createBundleRequestHandler(rootDir: string): BundleRequestHandler {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const url = parseAppBundleUrl(request.url);
    const filePath = url === null ? null : resolveInsideRoot(root, url.pathname);
    if (filePath === null) {
      return textResponse(404, 'Not found');
    }
    try {
      const body = await readRegularFile(filePath);
      if (body === null) {
        return textResponse(404, 'Not found');
      }
      const headers = { ...securityHeaders, 'Content-Type': contentTypeFor(filePath) };
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
    } catch (error) {
      console.error(`app:// could not read ${filePath}:`, error);
      return textResponse(500, 'Internal error');
    }
  };
}

/**
 * Maps a URL path to a file path under `root`, or null. Each segment is decoded on its own and
 * must not decode to a separator, a NUL, "." or ".."; the final path must still lie inside root.
 */
export function resolveInsideRoot(root: string, urlPath: string): string | null {
  const effectivePath = urlPath === '' || urlPath === '/' ? appEntryPath : urlPath;
  const segments = effectivePath.split('/').slice(1).map(decodeSegment);
  if (segments.length === 0 || segments.some((segment) => segment === null)) {
    return null;
  }
  const candidate = path.resolve(root, ...(segments as string[]));
  const relative = path.relative(root, candidate);
  const inside = relative !== '' && !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
  return inside ? candidate : null;
}

function decodeSegment(rawSegment: string): string | null {
  let segment: string;
  try {
    segment = decodeURIComponent(rawSegment);
  } catch {
    return null;
  }
  const unsafe = segment === '' || segment === '.' || segment === '..' || /[/\\]/.test(segment) || segment.includes('\0');
  return unsafe ? null : segment;
}

async function readRegularFile(filePath: string): Promise<Uint8Array | null> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? await readFile(filePath) : null;
  } catch (error) {
    if (isMissingFileError(error)) {
      return null;
    }
    throw error;
  }
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function textResponse(status: number, message: string, extraHeaders: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders },
  });
}
