import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoManifestFileName, demoOutcomesFileName, demoWatchlistFileName, demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import type { AppSession } from './support/appSession';
import { foreignRequests, screenshotDir, startAppSession } from './support/appSession';

/**
 * The demo workspace in the built renderer, in Chromium on a fresh profile: it opens by itself on
 * the first start (with its progress in the status bar), not on the second, and from the
 * sidebar entry (the browser build's stand-in for the native menu), asking first when there are
 * unsaved changes. The table shows every line its import stored, under OFFICIAL-SENSITIVE, and
 * the page talks to no other origin and logs no errors. Timings are printed.
 */
const pageSize = 100;
/** Generous: the demo loads in about two seconds on a developer machine. */
const demoLoadBudgetMs = 15_000;

let session: AppSession;
let page: Page;

const numberFormat = new Intl.NumberFormat('en-GB');
const count = (value: number) => numberFormat.format(value);
const parseCount = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

/** Resolves once the demo workspace's first page of shipments is in the table (checked every frame). */
async function waitForDemoTable(): Promise<void> {
  await page.waitForFunction(
    ({ name, rows }) =>
      document.querySelector('.toolbar__workspace')?.textContent === name &&
      document.querySelectorAll('table[aria-label="Shipments"] tbody tr[aria-selected]').length === rows &&
      /^\d{1,3}(,\d{3})+ lines$/.test(document.querySelector('.view-header__count')?.textContent ?? ''),
    { name: demoWorkspaceName, rows: pageSize },
    { polling: 'raf', timeout: 30_000 },
  );
}

async function taskLabelsSeen(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __taskLabels: string[] }).__taskLabels);
}

async function openDemoFromSidebar(): Promise<void> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Open demo workspace' }).click();
}

async function expectMarking(marking: string): Promise<void> {
  for (const position of ['top', 'bottom']) {
    const banner = page.getByRole('note', { name: `Protective marking, ${position}` });
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toBe(marking);
  }
}

beforeAll(async () => {
  session = await startAppSession({ firstStartDone: false });
  page = session.page;
  // Every label the status bar's running task shows, however briefly.
  await session.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __taskLabels: string[] }).__taskLabels = seen;
    new MutationObserver(() => {
      const label = document.querySelector('.status-bar__task-label')?.textContent;
      if (label && seen[seen.length - 1] !== label) seen.push(label);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
});

afterAll(async () => {
  await session?.close();
});

describe('the demo workspace in the browser', () => {
  it('opens by itself on the first start, with its progress in the status bar', async () => {
    const started = Date.now();
    await page.goto(`${session.appOrigin}/`);
    await waitForDemoTable();
    console.log(`demo e2e: first start, navigation to the demo's table filled: ${Date.now() - started} ms`);

    expect(await page.getByRole('banner').locator('.toolbar__workspace').textContent()).toBe(demoWorkspaceName);
    await expectMarking('OFFICIAL-SENSITIVE');
    const notice = page.getByRole('note', { name: 'Synthetic demo data' });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/^Synthetic demo data\. The traders, shipments and intelligence in this workspace are generated, not real; \d+ smuggling schemes are planted among its [\d,]+ manifest lines\./);
    expect(await page.getByRole('status').filter({ hasText: /^Opened the demo workspace: synthetic data, [\d,]+ manifest lines with \d+ planted smuggling schemes\.$/ }).count()).toBe(1);

    const labels = await taskLabelsSeen();
    expect(labels).toContain('Opening the demo workspace…');
    expect(labels.some((label) => new RegExp(`^Opening the demo workspace: importing ${demoManifestFileName} · [\\d,]+ rows$`).test(label))).toBe(true);
    expect(await page.getByRole('contentinfo').getByRole('group', { name: 'Running task' }).count()).toBe(0);

    await page.locator('table[aria-label="Shipments"] tbody tr[aria-selected]').nth(2).click();
    await page.getByRole('complementary', { name: /^B\/L / }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'app-demo.png') });
  });

  it("keeps the demo's reports, watchlist and outcomes as documents, and reads a report as plain text", async () => {
    // The demo is the same generated world on every machine: the test knows its reports.
    const dataset = generateDemoDataset();
    const reportNames = dataset.reports.map((report) => report.fileName).sort();
    const expectedCount = reportNames.length + 2;
    const documentsView = page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: /^Documents/ });
    expect(await documentsView.textContent()).toBe(`Documents${expectedCount}`);
    await documentsView.click();
    expect(await documentsView.getAttribute('aria-current')).toBe('page');

    const list = page.getByRole('region', { name: 'Source documents' });
    expect(await list.locator('h2').allTextContents()).toEqual([`Intelligence reports ${reportNames.length}`, 'Watchlists 1', 'Examination outcomes 1']);
    expect(await list.getByRole('list', { name: 'Intelligence reports' }).locator('.document-list__name').allTextContents()).toEqual(reportNames);
    expect(await list.getByRole('list', { name: 'Watchlists' }).locator('.document-list__name').allTextContents()).toEqual([demoWatchlistFileName]);
    expect(await list.getByRole('list', { name: 'Examination outcomes' }).locator('.document-list__name').allTextContents()).toEqual([demoOutcomesFileName]);

    // A report whose grading is written out on its own line ("Grading: B2", "Source evaluation: ..." and so on).
    const report = dataset.reports.find((candidate) => candidate.text.split('\n').some((line) => /grad|evaluation/i.test(line)));
    if (!report) throw new Error('the demo has no report with a written-out grading');
    const gradingLine = report.text.split('\n').find((line) => /grad|evaluation/i.test(line)) ?? '';
    const grading = dataset.truth.reports[report.fileName]?.grading ?? '';
    expect(gradingLine.toUpperCase()).toContain(grading.slice(0, 1));
    expect(gradingLine).toContain(grading.slice(1));

    await list.getByRole('button', { name: new RegExp(`^${report.fileName.replace(/\./g, '\\.')}`) }).click();
    const text = page.getByLabel(`Text of ${report.fileName}`);
    await text.waitFor();
    expect(await text.textContent()).toBe(report.text);
    expect(await text.getByText(gradingLine, { exact: false }).isVisible()).toBe(true);
    expect(await text.evaluate((element) => element.childElementCount)).toBe(0);
    await expectMarking('OFFICIAL-SENSITIVE');
    await page.screenshot({ path: path.join(screenshotDir, 'app-documents.png') });

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: /^Shipments/ }).click();
    await waitForDemoTable();
  });

  it('shows every line its import stored: the total from the report equals the rows stored and listed', async () => {
    await page.getByRole('note', { name: 'Synthetic demo data' }).getByRole('button', { name: 'About the demo…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Demo workspace' });
    const report = dialog.getByRole('article', { name: `Import report for ${demoManifestFileName}` });
    const reportCount = async (label: string) => parseCount(await report.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').textContent());
    const [read, stored, rejected] = [await reportCount('Rows read'), await reportCount('Rows stored'), await reportCount('Rows rejected')];
    expect(await report.getByText('Imported', { exact: true }).isVisible()).toBe(true);
    expect(read).toBe(stored + rejected);
    expect(stored).toBeGreaterThanOrEqual(1_000);
    const fact = async (label: string) => dialog.getByLabel('Demo world').locator('div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd').textContent();
    expect(parseCount(await fact('Manifest lines'))).toBe(read);
    for (const label of ['Intelligence reports', 'Watchlist entries', 'Examination outcomes', 'Planted schemes']) expect(parseCount(await fact(label))).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshotDir, 'app-demo-about.png') });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    expect(await page.locator('.view-header__count').textContent()).toBe(`${count(stored)} lines`);
    expect(await page.getByRole('group', { name: 'Pages' }).locator('.pager__range').textContent()).toBe(`1–${pageSize} of ${count(stored)}`);
    expect(await page.getByRole('contentinfo').getByLabel('Workspace counts').textContent()).toContain(`${count(stored)} lines`);
    const dataset = page.getByRole('list', { name: 'Import batches' }).getByRole('listitem');
    expect(await dataset.count()).toBe(1);
    expect(await dataset.textContent()).toContain(demoManifestFileName);
    expect(await dataset.textContent()).toContain(`Read${count(read)}Stored${count(stored)}Rejected${count(rejected)}`);

    // The last page holds the rest: every stored line can be listed.
    await page.getByRole('button', { name: 'Last page' }).click();
    const lastOffset = Math.floor((stored - 1) / pageSize) * pageSize;
    await expect.poll(() => page.getByRole('group', { name: 'Pages' }).locator('.pager__range').textContent()).toBe(`${count(lastOffset + 1)}–${count(stored)} of ${count(stored)}`);
    await expect.poll(() => page.locator('table[aria-label="Shipments"] tbody tr[aria-selected]').count()).toBe(stored - lastOffset);
  });

  it('does not open by itself on the second start', async () => {
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Engine ready' }).waitFor({ timeout: 30_000 });
    await page.getByText('This workspace has no manifest lines yet.').waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('banner').locator('.toolbar__workspace').textContent()).toBe('Untitled workspace');
    expect(await page.getByText('This workspace has no manifest lines yet.').isVisible()).toBe(true);
    expect(await page.getByRole('note', { name: 'Synthetic demo data' }).count()).toBe(0);
    expect((await taskLabelsSeen()).filter((label) => label.includes('demo'))).toEqual([]);
    await expectMarking('OFFICIAL');
  });

  it('opens from the sidebar entry, in reasonable time', async () => {
    const clicked = Date.now();
    await openDemoFromSidebar();
    await waitForDemoTable();
    const elapsed = Date.now() - clicked;
    console.log(`demo e2e: click on "Open demo workspace" to the demo's table filled: ${elapsed} ms`);
    expect(elapsed).toBeLessThan(demoLoadBudgetMs);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectMarking('OFFICIAL-SENSITIVE');
    expect(await page.getByRole('note', { name: 'Synthetic demo data' }).isVisible()).toBe(true);
  });

  it('asks before it replaces a workspace with unsaved changes', async () => {
    await page.getByRole('button', { name: 'Workspace settings…' }).click();
    const settings = page.getByRole('dialog', { name: 'Workspace settings' });
    await settings.getByLabel('Protective marking').selectOption('SECRET');
    await settings.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByRole('note', { name: 'Protective marking, top' }).textContent()).toBe('SECRET');

    await openDemoFromSidebar();
    const confirm = page.getByRole('dialog', { name: 'Open the demo workspace?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('note', { name: 'Protective marking, top' }).textContent()).toBe('SECRET');

    await openDemoFromSidebar();
    const confirmed = Date.now();
    await confirm.getByRole('button', { name: 'Discard changes and open the demo' }).click();
    await page.getByRole('note', { name: 'Protective marking, top' }).filter({ hasText: /^OFFICIAL-SENSITIVE$/ }).waitFor();
    await waitForDemoTable();
    console.log(`demo e2e: confirm to the demo's table filled (replacing a workspace): ${Date.now() - confirmed} ms`);
    await expectMarking('OFFICIAL-SENSITIVE');
  });

  it('talked to no origin but its own, fetched the generator from it, and logged no errors', () => {
    expect(foreignRequests(session)).toEqual([]);
    const urls = [...session.requestedUrls];
    expect(urls.some((url) => url.startsWith(`${session.appOrigin}/assets/demoWorkspace-`) && url.endsWith('.js'))).toBe(true);
    expect(urls.some((url) => /\/assets\/engine\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });
});
