import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { securityHeaders } from '../../shared/security/contentSecurityPolicy';
import { registerAppSchemeAsPrivileged, serveRendererBundle } from '../../electron/main/appProtocol';
import { createBundleRequestHandler, resolveInsideRoot, type BundleRequestHandler } from '../../electron/main/bundleFileResponder';
import { protocol, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const secretText = 'TOP SECRET: outside the renderer root';
let workDirectory: string;
let rendererRoot: string;
let handler: BundleRequestHandler;

const bundleFiles: Record<string, string> = {
  'index.html': '<!doctype html><title>Manifest Lens</title>',
  'assets/app.js': 'export const app = 1;',
  'assets/worker.mjs': 'self.onmessage = () => {};',
  'assets/style.css': 'body { margin: 0 }',
  'assets/sql-wasm.wasm': '\u0000asm',
  'assets/data.json': '{}',
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/logo.png': 'png',
  'assets/font.woff2': 'woff2',
  'assets/app.js.map': '{"version":3}',
};

beforeAll(async () => {
  workDirectory = await mkdtemp(path.join(os.tmpdir(), 'mlens-protocol-'));
  rendererRoot = path.join(workDirectory, 'renderer');
  for (const [relativePath, content] of Object.entries(bundleFiles)) {
    await mkdir(path.dirname(path.join(rendererRoot, relativePath)), { recursive: true });
    await writeFile(path.join(rendererRoot, relativePath), content);
  }
  // Siblings of the root that a traversal would reach.
  await writeFile(path.join(workDirectory, 'secret.txt'), secretText);
  await mkdir(path.join(workDirectory, 'renderer-evil'));
  await writeFile(path.join(workDirectory, 'renderer-evil', 'secret.txt'), secretText);
  handler = createBundleRequestHandler(rendererRoot);
});

afterAll(async () => {
  await rm(workDirectory, { recursive: true, force: true });
});

beforeEach(() => {
  resetFakeElectron();
});

function get(url: string, method = 'GET'): Promise<Response> {
  return handler(new Request(url, { method }));
}

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

describe('app:// scheme registration', () => {
  it('registers app as a standard, secure, fetch- and stream-capable scheme, without CORS or CSP bypass', () => {
    registerAppSchemeAsPrivileged();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });

  it('installs a protocol.handle handler for app that serves the renderer root', async () => {
    serveRendererBundle(rendererRoot);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, installed] = protocol.handle.mock.calls[0] as [string, BundleRequestHandler];
    expect(scheme).toBe('app');
    const response = await installed(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(bundleFiles['index.html']);
    expect(response.headers.get('Content-Security-Policy')).toBe(securityHeaders['Content-Security-Policy']);
  });
});

describe('bundle file responses', () => {
  it('serves index.html with the CSP and every other security header', async () => {
    const response = await get('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(bundleFiles['index.html']);
  });

  it('serves index.html for the bare origin', async () => {
    for (const url of ['app://bundle/', 'app://bundle']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe(bundleFiles['index.html']);
    }
  });

  it.each([
    ['assets/sql-wasm.wasm', 'application/wasm'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/style.css', 'text/css; charset=utf-8'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (file, contentType) => {
    const response = await get(`app://bundle/${file}?v=1#frag`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(bundleFiles[file]);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://bundle/index.html', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });

  it('returns 404, with the security headers, for missing files, directories and other hosts', async () => {
    for (const url of ['app://bundle/missing.js', 'app://bundle/assets', 'app://bundle/assets/', 'app://other/index.html', 'app://bundle:8080/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expectSecurityHeaders(response);
    }
  });
});

describe('path traversal', () => {
  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E/%2e%2e/etc/passwd',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/%2e%2e%5csecret.txt',
    'app://bundle/..%2frenderer-evil%2fsecret.txt',
    'app://bundle/%252e%252e%252fsecret.txt',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/index.html%00.png',
    'app://bundle/%E0%A4%A',
  ])('refuses %s with 404 and never leaks the file', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('resolves only paths strictly inside the root', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveInsideRoot(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
    expect(resolveInsideRoot(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveInsideRoot(root, '/..%5c..%5cwindows')).toBeNull();
    expect(resolveInsideRoot(root, '/%2e%2e')).toBeNull();
    expect(resolveInsideRoot(root, '/assets//app.js')).toBeNull();
    expect(resolveInsideRoot(root, '/..%2Frenderer-evil/x')).toBeNull();
  });
});
