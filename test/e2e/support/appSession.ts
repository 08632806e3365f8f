import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { preview } from 'vite';
import { firstStartStorageKey } from '../../../renderer/hooks/firstStart';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const screenshotDir = path.join(repoRoot, 'artifacts/screenshots');
const chromiumPath = '/usr/bin/chromium';

export interface AppSession {
  readonly appOrigin: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** A fresh browser profile, removed by close(). */
  readonly userDataDir: string;
  /** Every URL the page and its workers requested. */
  readonly requestedUrls: Set<string>;
  /** Console errors and uncaught exceptions, of the page and of its workers. */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

export interface AppSessionOptions {
  /**
   * Records the first start as done before any page loads, so the app opens an empty workspace
   * instead of the demo (the flows that start from an empty workspace need this).
   */
  readonly firstStartDone: boolean;
}

/**
 * The built renderer (dist/renderer, from `npm run build:renderer`) served by Vite's preview server
 * under the app's security headers, and Debian's Chromium on a fresh profile that records every
 * request and every console error.
 */
export async function startAppSession(options: AppSessionOptions): Promise<AppSession> {
  if (!existsSync(path.join(repoRoot, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` before the e2e tests');
  }
  await mkdir(screenshotDir, { recursive: true });
  const server: PreviewServer = await preview({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    root: path.join(repoRoot, 'renderer'),
    logLevel: 'warn',
    preview: { port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');

  const userDataDir = await mkdtemp(path.join(tmpdir(), 'manifest-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  if (options.firstStartDone) {
    await context.addInitScript((key) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, 'e2e');
    }, firstStartStorageKey);
  }
  const requestedUrls = new Set<string>();
  const consoleErrors: string[] = [];
  context.on('request', (request) => requestedUrls.add(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => requestedUrls.add(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  page.on('worker', (worker) => {
    requestedUrls.add(worker.url());
    worker.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`worker console: ${message.text()}`);
    });
  });

  return {
    appOrigin: new URL(url).origin,
    context,
    page,
    userDataDir,
    requestedUrls,
    consoleErrors,
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The requested URLs outside the app's origin (data: and blob: URLs are the page's own). */
export function foreignRequests(session: Pick<AppSession, 'appOrigin' | 'requestedUrls'>): string[] {
  return [...session.requestedUrls].filter((url) => {
    const { protocol, origin } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && origin !== session.appOrigin;
  });
}
