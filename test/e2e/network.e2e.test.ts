import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceName, loadDemoWorkspace } from '../../shared/engine/demoWorkspace';
import type { GraphNodeView } from '../../shared/engine/graphApi';
import { newEngine } from '../support/engineHarness';
import type { AppSession } from './support/appSession';
import { foreignRequests, screenshotDir, startAppSession } from './support/appSession';

/**
 * The Network view on the real engine in its Web Worker, in Chromium: the demo workspace opens
 * with its traders resolved; the trader network is drawn at the positions the worker computed
 * (ForceAtlas2), with its counts and timings; the analyst finds two traders by name and the path
 * between them, which is highlighted; the picture is exported as PNG. Screenshots of the network
 * and of the path go to artifacts/screenshots. The two traders are chosen from the same demo
 * loaded in Node: the two farthest apart in the largest component.
 */
let session: AppSession;
let page: Page;
let ends: { from: GraphNodeView; to: GraphNodeView; hops: number; through: string[] };

const parseCount = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

function sidebarButton(name: RegExp) {
  return page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name });
}

async function selectTrader(label: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Find a trader' }).fill(label);
  await page.getByRole('list', { name: 'Matching traders' }).getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('region', { name: 'Selected trader' }).getByRole('heading', { name: label, exact: true }).waitFor();
}

beforeAll(async () => {
  const engine = await newEngine();
  await loadDemoWorkspace(engine);
  const view = await engine.graphView({ view: 'trader-network' });
  const largest = view.nodes.filter((node) => node.metrics.component === 0 && !view.nodes.some((other) => other !== node && other.label === node.label));
  let best: typeof ends | null = null;
  for (const from of largest) {
    for (const to of largest) {
      if (from.id >= to.id) continue;
      const found = await engine.findPath(from.id, to.id);
      if (found.found && (best === null || (found.hops ?? 0) > best.hops)) {
        best = { from, to, hops: found.hops ?? 0, through: found.nodes.slice(1, -1).map((id) => view.nodes.find((node) => node.id === id)?.label ?? id) };
      }
    }
  }
  if (!best) throw new Error('the demo trader network has no path of two traders');
  ends = best;
  session = await startAppSession({ firstStartDone: false });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('the network workspace on the demo', () => {
  it('draws the trader network with positions computed in the worker', async () => {
    await page.goto(`${session.appOrigin}/`);
    await page.waitForFunction((name) => document.querySelector('.toolbar__workspace')?.textContent === name, demoWorkspaceName, { timeout: 60_000 });
    await expect.poll(async () => parseCount(await sidebarButton(/^Traders/).locator('.sidebar__count').textContent()), { timeout: 60_000 }).toBeGreaterThan(0);
    const started = Date.now();
    await sidebarButton(/^Network/).click();
    const counts = page.getByTestId('network-counts');
    await counts.waitFor({ timeout: 60_000 });
    const shownMs = Date.now() - started;
    const text = (await counts.textContent()) ?? '';
    expect(text).toMatch(/^[\d,]+ traders · [\d,]+ edges · [\d,]+ communities · [\d,]+ components$/);
    const traders = parseCount(/^([\d,]+) traders/.exec(text)?.[1] ?? '');
    expect(traders).toBeGreaterThan(100);
    const timing = (await page.locator('.network-status__timing').textContent()) ?? '';
    console.log(`network e2e: ${text}; ${timing}; click to counts shown ${shownMs} ms`);
    // Cytoscape draws on its canvases; the legend explains them.
    expect(await page.locator('[data-testid="network-canvas"] canvas').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Legend').textContent()).toContain('Shipments (shipper → consignee)');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshotDir, 'network-traders.png') });
  });

  it('finds and highlights the path between two traders', async () => {
    await selectTrader(ends.from.label);
    await page.getByRole('button', { name: 'Path from selected' }).click();
    await selectTrader(ends.to.label);
    await page.getByRole('button', { name: 'Path to selected' }).click();
    await page.getByRole('button', { name: 'Find path' }).click();
    const result = page.getByTestId('path-result');
    await result.waitFor();
    expect(await result.locator('p').first().textContent()).toBe(`${ends.hops} hops through ${ends.hops - 1} trader${ends.hops === 2 ? '' : 's'}`);
    expect(await result.getByRole('listitem').allTextContents()).toEqual([ends.from.label, ...ends.through, ends.to.label]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshotDir, 'network-path.png') });
    console.log(`network e2e: path ${ends.from.label} → ${ends.to.label}: ${ends.hops} hops through ${ends.through.join(', ')}`);
  });

  describe('graph operations: ego network, expand and undo, the time bar', () => {
    /** What the operations must show, from the same demo loaded in Node. */
    let expected: {
      egoTraders: number;
      expandFrom: GraphNodeView;
      expandedTraders: number;
      wholeTraders: number;
      window: { from: number; to: number; dateFrom: string; dateTo: string; traders: number };
    };
    const traders = async () => parseCount(/^([\d,]+) traders/.exec((await page.getByTestId('network-counts').textContent()) ?? '')?.[1] ?? '');

    beforeAll(async () => {
      const engine = await newEngine();
      await loadDemoWorkspace(engine);
      const whole = await engine.graphView({ view: 'trader-network' });
      const ego = await engine.egoNetwork(ends.from.id, 1);
      const egoIds = ego.nodes.map((node) => node.id);
      const unique = (node: GraphNodeView) => whole.nodes.filter((other) => other.label === node.label).length === 1;
      let best: { node: GraphNodeView; added: number } | null = null;
      for (const node of ego.nodes) {
        if (node.id === ends.from.id || !unique(node)) continue;
        const page = await engine.graphNeighbours({ view: 'trader-network', id: node.id, hops: 1, known: egoIds, limit: 25 });
        if (page.nodes.length > 0 && (best === null || page.nodes.length > best.added)) best = { node, added: page.nodes.length };
      }
      if (!best) throw new Error(`no neighbour of ${ends.from.label} has neighbours of its own to expand`);
      const timeline = await engine.graphTimeline({});
      const from = Math.floor(timeline.buckets.length / 3);
      const to = Math.floor(timeline.buckets.length / 2);
      const dateFrom = timeline.buckets[from]?.start as string;
      const last = timeline.buckets[to]?.start as string;
      const dateTo = timeline.bucket === 'week' ? new Date(Date.parse(`${last}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10) : last;
      const windowed = await engine.graphView({ view: 'trader-network', filters: { dateFrom, dateTo } });
      expected = {
        egoTraders: ego.nodes.length,
        expandFrom: best.node,
        expandedTraders: ego.nodes.length + best.added,
        wholeTraders: whole.nodes.length,
        window: { from, to, dateFrom, dateTo, traders: windowed.nodes.length },
      };
      expect(expected.window.traders).toBeLessThan(expected.wholeTraders);
    }, 120_000);

    it('shows the ego network of a trader, expands a neighbour, and undoes the expansion with Ctrl+Z', async () => {
      await page.getByRole('button', { name: 'Clear path' }).click();
      await selectTrader(ends.from.label);
      await page.getByRole('button', { name: 'Show ego network' }).click();
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.egoTraders);
      expect(await page.getByTestId('ego-state').textContent()).toContain(`Ego network of ${ends.from.label}, radius 1`);
      await selectTrader(expected.expandFrom.label);
      await page.getByRole('button', { name: 'Expand', exact: true }).click();
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.expandedTraders);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(screenshotDir, 'network-expanded.png') });
      // Ctrl+Z on the canvas (not in a field) undoes the expansion; the redo button brings it back; undo again.
      await page.getByTestId('network-canvas').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.egoTraders);
      await page.getByRole('button', { name: 'Redo' }).click();
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.expandedTraders);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.egoTraders);
      await page.getByRole('button', { name: 'Back to the whole view' }).click();
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.wholeTraders);
    });

    it('filters the network to a window dragged on the time bar, and undoes it', async () => {
      const bucket = (index: number) => page.locator(`[data-testid="time-bar"] [data-bucket="${index}"]`);
      const centre = async (index: number) => {
        const box = await bucket(index).boundingBox();
        if (!box) throw new Error(`time bar bucket ${index} is not drawn`);
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const start = await centre(expected.window.from);
      const end = await centre(expected.window.to);
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(end.x, end.y, { steps: 8 });
      // The chart stays put under the pointer while the window's text changes.
      expect(await centre(expected.window.to)).toEqual(end);
      await page.mouse.up();
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.window.traders);
      expect(await page.getByLabel('Arrivals from').inputValue()).toBe(expected.window.dateFrom);
      expect(await page.getByLabel('Arrivals to').inputValue()).toBe(expected.window.dateTo);
      expect(await page.getByTestId('time-window').textContent()).toContain(`${expected.window.dateFrom} – ${expected.window.dateTo}`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(screenshotDir, 'network-time-window.png') });
      console.log(`network e2e: ego ${expected.egoTraders} → expanded ${expected.expandedTraders} traders; window ${expected.window.dateFrom} – ${expected.window.dateTo}: ${expected.window.traders} of ${expected.wholeTraders} traders`);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(traders, { timeout: 60_000 }).toBe(expected.wholeTraders);
      expect(await page.getByLabel('Arrivals from').inputValue()).toBe('');
    });
  });

  it('exports the picture as a PNG, and talks to no other origin', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('draws the full network (traders, bills, containers, vessels, ports, reports, watchlist entries) and exports it as SVG marked at top and bottom', async () => {
    await page.getByRole('combobox', { name: 'Network view' }).selectOption('full-network');
    const kinds = page.getByTestId('network-kind-counts');
    await kinds.waitFor({ timeout: 120_000 });
    const text = (await kinds.textContent()) ?? '';
    const aggregated = await page.getByTestId('network-aggregated').count();
    console.log(`network e2e: full network: ${text}${aggregated > 0 ? `; ${await page.getByTestId('network-aggregated').textContent()}` : ''}`);
    expect(text).toMatch(aggregated > 0 ? /communities drawn as one node each/ : /bills of lading/);
    expect(await page.getByLabel('Legend').textContent()).toContain(aggregated > 0 ? 'Community (aggregate' : 'Bill of lading (round rectangle)');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshotDir, 'network-full.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^OFFICIAL-SENSITIVE - .* - Full network\.svg$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const svg = Buffer.concat(chunks).toString('utf8');
    const errors: string[] = [];
    const document = new DOMParser({ errorHandler: (level: string, message: unknown) => void (level !== 'warning' && errors.push(String(message))) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(document.documentElement?.nodeName).toBe('svg');
    const banners = Array.from(document.getElementsByTagName('g')).filter((group) => /^marking-(top|bottom)$/.test(group.getAttribute('id') ?? ''));
    expect(banners.map((group) => [group.getAttribute('id'), group.getElementsByTagName('text')[0]?.textContent])).toEqual([
      ['marking-top', 'OFFICIAL-SENSITIVE'],
      ['marking-bottom', 'OFFICIAL-SENSITIVE'],
    ]);
    expect(document.getElementsByTagName('script').length).toBe(0);
    expect(svg.length).toBeGreaterThan(10_000);

    // The graph files, written by the bundled writers, with the marking in their metadata.
    for (const [button, extension, marking] of [
      ['Export GEXF', 'gexf', '<marking>OFFICIAL-SENSITIVE</marking>'],
      ['Export GraphML', 'graphml', '<desc>OFFICIAL-SENSITIVE: '],
    ] as const) {
      const saved = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const graphFile = await saved;
      expect(graphFile.suggestedFilename()).toMatch(new RegExp(`^OFFICIAL-SENSITIVE - .* - Full network\\.${extension}$`));
      const parts: Buffer[] = [];
      for await (const chunk of await graphFile.createReadStream()) parts.push(chunk as Buffer);
      const text = Buffer.concat(parts).toString('utf8');
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text).toContain(marking);
      const graphErrors: string[] = [];
      new DOMParser({ errorHandler: (level: string, message: unknown) => void (level !== 'warning' && graphErrors.push(String(message))) }).parseFromString(text, 'text/xml');
      expect(graphErrors).toEqual([]);
    }
    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
