import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import type { AppSession } from './support/appSession';
import { foreignRequests, screenshotDir, startAppSession } from './support/appSession';

/**
 * The Targets view on the real engine in its Web Worker, in Chromium: in the demo workspace the
 * analyst scores the risks, reads the top shipment's reasons, adds it to the target list, approves
 * it and exports the list as CSV (a download in the browser host), marked and formula-safe.
 */
let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await startAppSession({ firstStartDone: false });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('targets in the demo workspace', () => {
  it('scores, adds the top shipment, approves it and exports the list', async () => {
    await page.goto(`${session.appOrigin}/`);
    await page.waitForFunction((name) => document.querySelector('.toolbar__workspace')?.textContent === name, demoWorkspaceName, { timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: /^Targets/ }).click();
    await page.getByRole('heading', { name: 'Targets', exact: true }).waitFor();

    // The demo opens unscored: the view offers to score.
    await page.getByRole('tabpanel').getByRole('button', { name: 'Score risks' }).click();
    const risks = page.getByRole('table', { name: 'Ranked risks' });
    const top = risks.locator('tbody tr[data-ref]').first();
    await top.waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Score again' }).waitFor();
    const ref = (await top.getAttribute('data-ref')) ?? '';
    const score = Number(await top.locator('td').nth(3).textContent());
    expect(ref).not.toBe('');
    expect(score).toBeGreaterThanOrEqual(3);

    await top.getByRole('button', { expanded: false }).click();
    const reasons = risks.getByRole('list', { name: 'Reasons' });
    const points = (await reasons.locator('.risk-reason__points').allTextContents()).map((text) => Number(text.replace('+', '')));
    expect(points.length).toBeGreaterThan(0);
    expect(points.reduce((sum, value) => sum + value, 0)).toBeCloseTo(score, 1);

    await risks.getByRole('button', { name: `Add ${ref} to targets` }).click();
    const list = page.getByRole('table', { name: 'Target list' });
    const entry = list.locator(`tbody tr[data-ref="${ref}"]`);
    await entry.waitFor();
    await expect.poll(async () => risks.getByRole('button', { name: `Add ${ref} to targets` }).textContent()).toBe('On the list');

    await list.getByRole('combobox', { name: `Status of ${ref}` }).selectOption('approved');
    await list.getByRole('combobox', { name: `Priority of ${ref}` }).selectOption('1');
    const agency = list.getByRole('textbox', { name: `Agency of ${ref}` });
    await agency.fill('Border Force');
    await agency.press('Enter');
    const notes = list.getByRole('textbox', { name: `Notes on ${ref}` });
    await notes.fill('=HYPERLINK("http://x")');
    await notes.press('Enter');
    await risks.getByRole('button', { expanded: true }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshotDir, 'targets.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`OFFICIAL-SENSITIVE - ${demoWorkspaceName} - targets.csv`);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('OFFICIAL-SENSITIVE');
    expect(lines[1]).toMatch(/^rank,kind,ref,name,priority,status,agency,notes,/);
    expect(lines[2]).toContain(`1,shipment,${ref},`);
    expect(lines[2]).toContain(',high,approved,Border Force,"\'=HYPERLINK(""http://x"")",');
    // The marking on the first and the last line (shared/exports/targetListCsv.ts).
    expect(lines.filter((line) => line !== '')).toHaveLength(4);
    expect(lines.at(-2)).toBe('OFFICIAL-SENSITIVE');

    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 180_000);
});
