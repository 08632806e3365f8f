import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace, demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import type { GraphNodeView } from '../../shared/engine/graphApi';
import { newEngine } from '../support/engineHarness';
import type { AppSession } from './support/appSession';
import { startAppSession } from './support/appSession';
import { scoreAndAddTopTarget, sidebarButton } from './support/workstationSteps';

/**
 * Offline proof (issue 10): the built app in Chromium goes through every main feature on the demo
 * workspace (load the demo; filter and page the shipments; a network with another layout, a path
 * and a PNG export; a decision on a trader; reports read, searched and a mention reviewed; risks
 * scored, a target added and approved, the list exported; the audit trail read and verified)
 * while every request of the page, its workers and the browser context is recorded (Playwright's
 * request events and a route on every URL, plus every WebSocket). Nothing may go to any origin
 * but the app's own: requests elsewhere are aborted by the route and fail the test.
 */
let session: AppSession;
let page: Page;
/** Every URL requested, by whom it was seen (the route sees what the events may not). */
const requested: { readonly url: string; readonly seenBy: string }[] = [];
const webSockets: string[] = [];
let pathEnds: { from: GraphNodeView; to: GraphNodeView };

const parseCount = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** URLs outside the app's origin; data: and blob: URLs are the page's own. */
function foreign(): string[] {
  return requested
    .filter(({ url }) => {
      const { protocol, origin } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && origin !== session.appOrigin;
    })
    .map(({ url, seenBy }) => `${seenBy}: ${url}`);
}

beforeAll(async () => {
  // Two traders of the demo network joined by a path of two hops or more, found on the same engine.
  const engine = await newEngine();
  await loadDemoWorkspace(engine);
  const view = await engine.graphView({ view: 'trader-network' });
  const unique = view.nodes.filter((node) => node.metrics.component === 0 && !view.nodes.some((other) => other !== node && other.label === node.label));
  search: for (const from of unique) {
    for (const to of unique) {
      if (from.id >= to.id) continue;
      const found = await engine.findPath(from.id, to.id);
      if (found.found && (found.hops ?? 0) >= 2) {
        pathEnds = { from, to };
        break search;
      }
    }
  }
  if (!pathEnds) throw new Error('the demo trader network has no path of two hops');

  session = await startAppSession({ firstStartDone: false });
  page = session.page;
  const record = (seenBy: string) => (request: { url(): string }) => requested.push({ url: request.url(), seenBy });
  session.context.on('request', record('context'));
  page.on('request', record('page'));
  page.on('worker', (worker) => requested.push({ url: worker.url(), seenBy: 'worker' }));
  page.on('websocket', (socket) => webSockets.push(socket.url()));
  await session.context.route('**/*', async (route) => {
    const url = route.request().url();
    requested.push({ url, seenBy: 'route' });
    if (new URL(url).origin === session.appOrigin) await route.continue();
    else await route.abort('blockedbyclient');
  });
  await session.context.routeWebSocket(/.*/, (socket) => {
    webSockets.push(socket.url());
    void socket.close();
  });

  // The recorder sees what it must: a foreign fetch from a page and from a dedicated worker, and a
  // WebSocket, made from a blank page of the same context; then the record starts afresh.
  const probe = await session.context.newPage();
  await probe.evaluate(async () => {
    await fetch('http://probe-page.invalid/').catch(() => undefined);
    const worker = new Worker(URL.createObjectURL(new Blob(["fetch('http://probe-worker.invalid/').catch(() => undefined).finally(() => postMessage('done'))"], { type: 'text/javascript' })));
    await new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }));
    const socket = new WebSocket('ws://probe-socket.invalid/');
    await new Promise((resolve) => {
      socket.addEventListener('close', resolve, { once: true });
      socket.addEventListener('error', resolve, { once: true });
    });
  });
  await probe.close();
  expect(requested.filter(({ seenBy }) => seenBy === 'route').map(({ url }) => url)).toEqual(expect.arrayContaining(['http://probe-page.invalid/', 'http://probe-worker.invalid/']));
  expect(webSockets).toEqual(['ws://probe-socket.invalid/']);
  requested.length = 0;
  webSockets.length = 0;
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('the app works offline: every main feature, no request to any other origin', () => {
  it('loads the demo workspace and filters and pages the shipments', async () => {
    await page.goto(`${session.appOrigin}/`);
    await page.waitForFunction((name) => document.querySelector('.toolbar__workspace')?.textContent === name, demoWorkspaceName, { timeout: 60_000 });
    const table = page.getByRole('table', { name: 'Shipments' });
    await table.locator('tbody tr[aria-selected]').first().waitFor({ timeout: 30_000 });
    const all = parseCount(await page.locator('.view-header__count').textContent());
    expect(all).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(async () => (await page.locator('.pager__range').textContent()) ?? '').toMatch(/^101–200 of/);
    await page.getByRole('searchbox').fill('container');
    await expect.poll(async () => (await page.locator('.view-header__count').textContent()) ?? '', { timeout: 15_000 }).toMatch(/matching line/);
    await page.getByRole('searchbox').fill('');
    await expect.poll(() => sidebarButton(page, /^Traders/).locator('.sidebar__count').textContent().then(parseCount), { timeout: 60_000 }).toBeGreaterThan(0);
  }, 120_000);

  it('draws the network, changes its layout, finds a path and exports it as PNG', async () => {
    await sidebarButton(page, /^Network/).click();
    await page.getByTestId('network-counts').waitFor({ timeout: 60_000 });
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await page.waitForTimeout(300);
    for (const [end, button] of [
      [pathEnds.from, 'Path from selected'],
      [pathEnds.to, 'Path to selected'],
    ] as const) {
      await page.getByRole('searchbox', { name: 'Find a trader' }).fill(end.label);
      await page.getByRole('list', { name: 'Matching traders' }).getByRole('button', { name: end.label, exact: true }).click();
      await page.getByRole('region', { name: 'Selected trader' }).getByRole('heading', { name: end.label, exact: true }).waitFor();
      await page.getByRole('button', { name: button }).click();
    }
    await page.getByRole('button', { name: 'Find path' }).click();
    expect(await page.getByTestId('path-result').locator('p').first().textContent()).toMatch(/^\d+ hops through \d+ traders?$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
  }, 120_000);

  it('records a decision on two traders from the review queue', async () => {
    await sidebarButton(page, /^Traders/).click();
    await page.getByRole('tab', { name: /^Review queue/ }).click();
    const item = page.getByRole('article', { name: 'Link under review' });
    await item.waitFor({ timeout: 30_000 });
    await item.getByRole('button', { name: 'Same trader S' }).click();
    await expect.poll(async () => (await page.getByLabel('Trader resolution').textContent()) ?? '', { timeout: 30_000 }).toContain('1 decision in force');
  }, 120_000);

  it('reads, searches and reviews intelligence reports', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Reports' }).click();
    const table = page.getByRole('table', { name: 'Intelligence reports' });
    await table.waitFor({ timeout: 30_000 });
    await page.getByRole('searchbox', { name: 'Search reports and goods descriptions' }).fill('cigarettes');
    await page.getByRole('region', { name: 'Reports found' }).locator('mark').first().waitFor({ timeout: 30_000 });
    await page.getByRole('searchbox', { name: 'Search reports and goods descriptions' }).fill('');
    await table.locator('tbody tr').first().getByRole('button').first().click();
    const reader = page.getByRole('article', { name: /^Report / });
    const mention = reader.locator('mark[data-mention-kind]').first();
    await mention.waitFor({ timeout: 30_000 });
    await mention.getByRole('button').click();
    const panel = reader.getByRole('region', { name: 'Selected mention' });
    await panel.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(async () => (await panel.getByTestId('mention-status').textContent()) ?? '', { timeout: 15_000 }).toMatch(/^Accepted by /);
  }, 120_000);

  it('scores the risks, adds and approves a target and exports the target list', async () => {
    await sidebarButton(page, /^Targets/).click();
    const { ref, list } = await scoreAndAddTopTarget(page);
    await list.getByRole('combobox', { name: `Status of ${ref}` }).selectOption('approved');
    await expect.poll(() => list.getByRole('combobox', { name: `Status of ${ref}` }).inputValue()).toBe('approved');
    await page.waitForTimeout(300);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/targets\.csv$/);
  }, 180_000);

  it('shows every action in the audit trail, and the chain verifies', async () => {
    await sidebarButton(page, /^Audit/).click();
    const table = page.getByRole('table', { name: 'Audit trail' });
    await table.waitFor({ timeout: 30_000 });
    const actions = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    // An export is recorded once the host saved it, which may come after the next action.
    expect(actions.slice().sort()).toEqual(
      ['manifest.import', 'documents.add', 'watchlist.import', 'network.export', 'entity.merge', 'mention.accept', 'risk.score', 'target.add', 'target.status', 'targets.export'].sort(),
    );
    expect(actions.slice(-3).reverse()).toEqual(['manifest.import', 'documents.add', 'watchlist.import']);
    expect(new Set(await table.locator('tbody tr td:nth-child(6)').allTextContents())).toEqual(new Set(['done']));
    await page.getByRole('button', { name: 'Verify chain' }).click();
    expect(await page.getByText(/^Chain OK/).textContent()).toMatch(/^Chain OK: 10 records verified, head [0-9a-f]{16}…$/);
  });

  it('made no request to any origin but its own, and opened no WebSocket', () => {
    expect(requested.filter(({ seenBy }) => seenBy === 'route').length).toBeGreaterThan(5);
    expect(foreign()).toEqual([]);
    expect(webSockets).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
