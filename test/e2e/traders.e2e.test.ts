import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import type { AppSession } from './support/appSession';
import { foreignRequests, screenshotDir, startAppSession } from './support/appSession';

/**
 * The Traders view on the real engine in its Web Worker, in Chromium: the demo workspace opens on
 * the first start with its traders resolved and its watchlist screened; the analyst lists the
 * traders written with several names, opens one and reads why its members are linked, records a
 * review-queue decision and undoes it (the audit log keeps both), and reads the watchlist hits.
 */
let session: AppSession;
let page: Page;

const parseCount = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

function sidebarButton(name: RegExp) {
  return page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name });
}

function tab(name: RegExp) {
  return page.getByRole('tab', { name });
}

async function resolutionText(): Promise<string> {
  return (await page.getByLabel('Trader resolution').textContent()) ?? '';
}

beforeAll(async () => {
  session = await startAppSession({ firstStartDone: false });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('traders in the demo workspace', () => {
  it('lists the resolved traders, with variants, under the marking banners', async () => {
    await page.goto(`${session.appOrigin}/`);
    await page.waitForFunction((name) => document.querySelector('.toolbar__workspace')?.textContent === name, demoWorkspaceName, { timeout: 60_000 });
    // The demo resolves its traders as it opens: the sidebar counts them.
    await expect.poll(async () => parseCount(await sidebarButton(/^Traders/).locator('.sidebar__count').textContent()), { timeout: 60_000 }).toBeGreaterThan(0);
    await sidebarButton(/^Traders/).click();
    expect(await sidebarButton(/^Traders/).getAttribute('aria-current')).toBe('page');

    const table = page.getByRole('table', { name: 'Traders' });
    await table.locator('tbody tr[aria-selected]').first().waitFor();
    const summary = await resolutionText();
    expect(summary).toMatch(/^[\d,]+ traders? from [\d,]+ party occurrences/);
    expect(summary).not.toContain('Out of date');
    const withVariants = Number(/([\d,]+) with variants/.exec(summary)?.[1]?.replace(/,/g, ''));
    expect(withVariants).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: 'Only with variants' }).check();
    await expect.poll(async () => page.locator('.traders-list .view-header__count').textContent()).toBe(`${withVariants.toLocaleString('en-GB')} matching trader${withVariants === 1 ? '' : 's'}`);
    const variantCounts = await table.locator('tbody tr[aria-selected] td:nth-child(3)').allTextContents();
    expect(variantCounts.length).toBeGreaterThan(0);
    for (const variants of variantCounts) expect(parseCount(variants)).toBeGreaterThan(1);

    for (const position of ['top', 'bottom']) {
      expect(await page.getByRole('note', { name: `Protective marking, ${position}` }).textContent()).toBe('OFFICIAL-SENSITIVE');
    }
  });

  it('opens a trader with variants and explains the links holding it together', async () => {
    const table = page.getByRole('table', { name: 'Traders' });
    const first = table.locator('tbody tr[aria-selected]').first();
    const name = (await first.locator('td').first().textContent()) ?? '';
    await first.click();
    const detail = page.getByRole('complementary', { name: 'Trader' });
    await detail.getByRole('heading', { name, exact: true }).waitFor();
    expect(await detail.getByRole('region', { name: 'Names' }).locator('li').count()).toBeGreaterThan(1);
    expect(await detail.getByRole('table', { name: 'Members' }).locator('tbody tr').count()).toBeGreaterThan(1);

    const links = detail.getByRole('region', { name: 'Links' });
    const firstLink = links.locator('li').first();
    if ((await firstLink.locator('details').count()) > 0 && (await firstLink.locator('details').getAttribute('open')) === null) {
      await firstLink.locator('summary').click();
    }
    const explanation = links.getByRole('table', { name: /^Why .* are linked$/ }).first();
    await explanation.waitFor();
    const features = await explanation.locator('tbody th').allTextContents();
    expect(features).toContain('name');
    const total = await explanation.locator('tfoot tr > *').allTextContents();
    expect(total[0]).toBe('Total');
    expect(total[1]).toMatch(/^(Same trader|Uncertain|Different traders)$/);
    expect(total[2]).toMatch(/^[+−]\d+\.\d$|^0\.0$/);
    await page.screenshot({ path: path.join(screenshotDir, 'app-traders.png') });
  });

  it('records a review-queue decision, shows it in the audit log, and undoes it', async () => {
    const before = await resolutionText();
    const inForceBefore = Number(/([\d,]+) decisions? in force/.exec(before)?.[1]);
    expect(inForceBefore).toBe(0);
    await tab(/^Review queue/).click();
    const item = page.getByRole('article', { name: 'Link under review' });
    await item.waitFor();
    const sideBySide = item.getByRole('table', { name: 'The two occurrences side by side' });
    const occurrences = await sideBySide.locator('tr', { has: page.locator('th', { hasText: /^Occurrence$/ }) }).locator('td').allTextContents();
    expect(occurrences).toHaveLength(2);
    expect(await item.getByRole('table', { name: 'Explanation of the link under review' }).locator('tfoot th').textContent()).toBe('Total');
    await page.screenshot({ path: path.join(screenshotDir, 'app-review-queue.png') });

    await item.getByRole('button', { name: 'Same trader S' }).click();
    await expect.poll(resolutionText, { timeout: 30_000 }).toContain('1 decision in force');
    await tab(/^Decisions/).click();
    const log = page.getByRole('table', { name: 'Decision log' });
    await log.locator('tbody tr').first().waitFor();
    const merged = await log.locator('tbody tr').first().locator('td').allTextContents();
    expect(merged[3]).toBe('merge');
    expect(merged[6]).toBe('In force');
    expect(await log.locator('tbody tr').count()).toBe(1);

    // Ctrl+Z in the view undoes the decision; the undo is an audited entry itself.
    await page.keyboard.press('Control+z');
    await expect.poll(resolutionText, { timeout: 30_000 }).toContain('0 decisions in force');
    await expect.poll(() => log.locator('tbody tr').count()).toBe(2);
    const rows = await Promise.all([0, 1].map((index) => log.locator('tbody tr').nth(index).locator('td').allTextContents()));
    expect(rows[0]?.[3]).toBe('undo');
    expect(rows[0]?.[4]).toContain(merged[0] ?? '');
    expect(rows[1]?.[0]).toBe(merged[0]);
    expect(rows[1]?.[6]).toBe('Undone');
    expect(await page.getByRole('banner').textContent()).toContain('(unsaved changes)');
    // Nothing left to undo; the merge can be redone, and the buttons say so.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await expect.poll(() => redo.isEnabled()).toBe(true);
    expect(await undo.isDisabled()).toBe(true);
    expect(await undo.getAttribute('title')).toBe('Nothing to undo: no decision is in force');
    expect(await redo.getAttribute('title')).toBe(`Redo decision ${merged[0]}, the last undone (Ctrl+Shift+Z)`);
  });

  it('marks a link of a trader not the same, and follows the trader through the split', async () => {
    await tab(/^All traders/).click();
    const table = page.getByRole('table', { name: 'Traders' });
    await table.locator('tbody tr[aria-selected]').first().click();
    const detail = page.getByRole('complementary', { name: 'Trader' });
    const entityId = (await detail.locator('.trader-detail__id').textContent()) ?? '';
    const occurrencesBefore = parseCount(await detail.getByRole('region', { name: 'Members' }).locator('.trader-detail__count').textContent());
    expect(occurrencesBefore).toBeGreaterThan(1);
    // The action sits under the link's explanation: opened first where the trader has many links.
    const lastLink = detail.getByRole('region', { name: 'Links' }).locator('li').last();
    if ((await lastLink.locator('details').count()) > 0 && (await lastLink.locator('details').getAttribute('open')) === null) await lastLink.locator('summary').click();
    const notTheSame = lastLink.getByRole('button', { name: /^Not the same: / });
    expect(await notTheSame.getAttribute('title')).toMatch(/^Record that these two occurrences are not the same trader/);
    const tradersBefore = Number(/^([\d,]+) traders?/.exec(await resolutionText())?.[1]?.replace(/,/g, ''));
    await notTheSame.click();
    await expect.poll(resolutionText, { timeout: 30_000 }).toContain('1 decision in force');
    expect(Number(/^([\d,]+) traders?/.exec(await resolutionText())?.[1]?.replace(/,/g, ''))).toBeGreaterThan(tradersBefore);
    // The detail still shows the trader holding its first member, now smaller, with the decision on it.
    await expect.poll(async () => parseCount(await detail.getByRole('region', { name: 'Members' }).locator('.trader-detail__count').textContent()), { timeout: 30_000 }).toBeLessThan(occurrencesBefore);
    expect(await detail.locator('.trader-detail__id').textContent()).toBe(entityId);
    expect(await detail.getByRole('table', { name: 'Decisions on the trader' }).locator('tbody tr').first().locator('td').nth(3).textContent()).toBe('not the same');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(resolutionText, { timeout: 30_000 }).toContain('0 decisions in force');
    await expect.poll(async () => parseCount(await detail.getByRole('region', { name: 'Members' }).locator('.trader-detail__count').textContent()), { timeout: 30_000 }).toBe(occurrencesBefore);
  });

  it('lists the watchlist hits with their explanations', async () => {
    await tab(/^Watchlist hits/).click();
    const hits = page.getByRole('table', { name: 'Watchlist hits' });
    await hits.locator('tbody tr').first().waitFor();
    expect(await hits.locator('tbody tr').count()).toBeGreaterThan(0);
    const cells = await hits.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toMatch(/^(trader|vessel)$/);
    expect(cells[6]?.length ?? 0).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(screenshotDir, 'app-watchlist-hits.png') });
  });

  it('talked to no origin but its own and logged no errors', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
