import path from 'node:path';
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
});
