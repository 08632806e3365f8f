import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import type { AppSession } from './support/appSession';
import { foreignRequests, repoRoot, screenshotDir, startAppSession } from './support/appSession';

/**
 * Intelligence reports in the built renderer, in Chromium: the demo's reports listed in the
 * Reports view with their gradings, one opened, a word searched across reports and goods and
 * highlighted in the snippets; then a PDF, a Word document and an e-mail imported through the
 * import dialog and read in the engine's Web Worker (PDF.js, mammoth and postal-mime loaded
 * from the app's own origin, under its CSP). Screenshots go to artifacts/screenshots.
 */
let session: AppSession;
let page: Page;
const demo = generateDemoDataset();

beforeAll(async () => {
  session = await startAppSession({ firstStartDone: false });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

async function openReportsView(): Promise<void> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Reports' }).click();
  await page.getByRole('table', { name: 'Intelligence reports' }).waitFor();
}

describe('intelligence reports in the browser', () => {
  it('lists the demo reports, opens one and finds a word with a highlighted snippet', async () => {
    await page.goto(`${session.appOrigin}/`);
    await page.waitForFunction((name) => document.querySelector('.toolbar__workspace')?.textContent === name, demoWorkspaceName, { timeout: 30_000 });
    await openReportsView();
    const table = page.getByRole('table', { name: 'Intelligence reports' });
    await page.waitForFunction((count) => document.querySelectorAll('table[aria-label="Intelligence reports"] tbody tr').length === count, demo.reports.length);
    const references = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(references.sort()).toEqual(demo.reports.map((report) => demo.truth.reports[report.fileName]?.reference).sort());

    const first = demo.reports[0]!;
    const truth = demo.truth.reports[first.fileName]!;
    await table.getByRole('button', { name: truth.reference, exact: true }).click();
    const reader = page.getByRole('article', { name: `Report ${truth.reference}` });
    await reader.waitFor();
    expect(await reader.getByTestId('report-grading').textContent()).toBe(truth.grading);
    expect(await reader.getByTestId('report-text').textContent()).toContain(truth.reference);

    await page.getByRole('searchbox', { name: 'Search reports and goods descriptions' }).fill('cigarettes');
    const found = page.getByRole('region', { name: 'Reports found' });
    await found.locator('mark').first().waitFor();
    const marked = await found.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => text.toLowerCase() === 'cigarettes')).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'reports-search.png') });
  });

  it('highlights the mentions of a demo report and shows one with its target, confidence and reason', async () => {
    await page.getByRole('searchbox', { name: 'Search reports and goods descriptions' }).fill('');
    const named = demo.reports.find((report) => demo.truth.reports[report.fileName]?.subjectOf === 'intelligence-named-consignment')!;
    const truth = demo.truth.reports[named.fileName]!;
    const table = page.getByRole('table', { name: 'Intelligence reports' });
    await table.getByRole('button', { name: truth.reference, exact: true }).click();
    const reader = page.getByRole('article', { name: `Report ${truth.reference}` });
    const container = reader.locator('mark[data-mention-kind="container"]').first();
    await container.waitFor({ timeout: 30_000 });
    const kinds = await reader.locator('mark[data-mention-kind]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-mention-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['container', 'vessel', 'trader', 'port']));
    const written = (await container.textContent()) ?? '';
    expect(named.text.includes(written)).toBe(true);
    await container.getByRole('button').click();
    const panel = reader.getByRole('region', { name: 'Selected mention' });
    expect(await panel.getByTestId('mention-target').textContent()).toBe(`${written.replace(/[\s-]/g, '')} (container ${written.replace(/[\s-]/g, '')})`);
    expect(await panel.getByTestId('mention-confidence').textContent()).toBe('98%');
    expect(await panel.getByTestId('mention-reason').textContent()).toMatch(/^container number, check digit agrees; on bill /);
    await page.screenshot({ path: path.join(screenshotDir, 'reports-mentions.png') });
  });

  it('imports a PDF, a Word document and an e-mail, read in the engine worker', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByRole('tab', { name: 'Source documents' }).click();
    await dialog.getByRole('radio', { name: /^Intelligence report/ }).check();
    const formats = path.join(repoRoot, 'test/fixtures/reports/formats');
    await dialog.locator('input[type="file"]').setInputFiles(['report.pdf', 'report.docx', 'report.eml'].map((name) => path.join(formats, name)));
    const readTable = dialog.getByRole('table', { name: 'Reports read' });
    await readTable.waitFor({ timeout: 30_000 });
    const rows = await readTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)));
    expect(rows).toEqual([
      ['report.pdf', 'Read', 'CIU-2026-0077', 'A1'],
      ['report.docx', 'Read', 'IR/2026/0412', 'B2'],
      ['report.eml', 'Read', 'NIR 0413/26', 'B3'],
    ]);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('searchbox', { name: 'Search reports and goods descriptions' }).fill('heroin');
    const found = page.getByRole('region', { name: 'Reports found' });
    await found.getByText('CIU-2026-0077').waitFor();
    await found.getByRole('button', { name: /CIU-2026-0077/ }).click();
    const reader = page.getByRole('article', { name: 'Report CIU-2026-0077' });
    expect(await reader.getByTestId('report-marking').textContent()).toBe('SECRET');
    expect(await reader.getByTestId('report-text').textContent()).toContain('hidden in pallets of ceramic tiles shipped from Mersin.');
    await page.screenshot({ path: path.join(screenshotDir, 'reports-pdf.png') });
    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows a mentioned trader in the network: the view with its reports, the trader selected', async () => {
    await page.getByRole('searchbox', { name: 'Search reports and goods descriptions' }).fill('');
    const named = demo.reports.find((report) => demo.truth.reports[report.fileName]?.subjectOf === 'intelligence-named-consignment')!;
    const truth = demo.truth.reports[named.fileName]!;
    await page.getByRole('table', { name: 'Intelligence reports' }).getByRole('button', { name: truth.reference, exact: true }).click();
    const reader = page.getByRole('article', { name: `Report ${truth.reference}` });
    const trader = reader.locator('mark[data-mention-kind="trader"]').first();
    await trader.waitFor({ timeout: 30_000 });
    await trader.getByRole('button').click();
    const panel = reader.getByRole('region', { name: 'Selected mention' });
    const target = (await panel.getByTestId('mention-target').textContent()) ?? '';
    const [, label, entityId] = /^(.*) \(trader (T:\d+)\)$/.exec(target) ?? [];
    expect(entityId).toMatch(/^T:\d+$/);
    await panel.getByRole('button', { name: 'Show in network' }).click();
    const selected = page.getByRole('region', { name: 'Selected trader' });
    await selected.waitFor({ timeout: 30_000 });
    expect(await selected.getByRole('heading').textContent()).toBe(label);
    expect(await selected.getByText('Trader id').locator('xpath=following-sibling::dd[1]').textContent()).toBe(entityId);
    expect(await page.getByRole('combobox', { name: 'Network view' }).inputValue()).toBe('traders-and-reports');
    expect(await page.getByTestId('network-counts').textContent()).toMatch(/ · [1-9]\d* reports? · /);
    await page.screenshot({ path: path.join(screenshotDir, 'reports-show-in-network.png') });
    expect(session.consoleErrors).toEqual([]);
  });

  it('imports a folder chosen with Import folder… and files dropped on the Reports view, listing those that are not reports', async () => {
    await openReportsView();
    const formats = path.join(repoRoot, 'test/fixtures/reports/formats');
    await page.getByLabel('Import a folder of reports').setInputFiles(formats);
    const panel = page.getByRole('region', { name: 'Reports dropped or chosen' });
    const cells = async (name: string) =>
      (await panel.getByRole('table', { name }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent))))
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    await panel.getByRole('table', { name: 'Reports read' }).waitFor({ timeout: 30_000 });
    expect(await panel.getByRole('status').textContent()).toBe('4 report files read (3 already in the workspace); 1 file not imported.');
    expect(await cells('Files not imported')).toEqual([['formats/makeFormatFixtures.ts', '.ts: not a report format (.txt, .md, .eml, .docx, .pdf)']]);
    // The PDF, Word and e-mail reports were imported by an earlier test: kept once.
    expect(await cells('Reports read')).toEqual([
      ['report.docx', 'Already in the workspace', 'IR/2026/0412', 'B2'],
      ['report.eml', 'Already in the workspace', 'NIR 0413/26', 'B3'],
      ['report.md', 'Read', 'INT-26-0501', 'C3'],
      ['report.pdf', 'Already in the workspace', 'CIU-2026-0077', 'A1'],
    ]);
    await page.getByRole('table', { name: 'Intelligence reports' }).getByRole('button', { name: 'INT-26-0501', exact: true }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'reports-folder-import.png') });
    await panel.getByRole('button', { name: 'Dismiss' }).click();

    // A drop as Chromium builds it from script: loose files (no folder entries), read through getAsFile.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['OFFICIAL\nReference: IR/2026/0990\nDate: 2026-05-09\nGrading: B2\n\nDropped report.\nOFFICIAL\n'], 'IR-0990.txt', { type: 'text/plain' }));
      transfer.items.add(new File(['a,b\n'], 'contacts.csv', { type: 'text/csv' }));
      const view = document.querySelector('section.reports-view') as HTMLElement;
      view.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      view.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await panel.getByText('1 report file read; 1 file not imported.').waitFor({ timeout: 30_000 });
    expect(await cells('Files not imported')).toEqual([['contacts.csv', '.csv: not a report format (.txt, .md, .eml, .docx, .pdf)']]);
    expect(await cells('Reports read')).toEqual([['IR-0990.txt', 'Read', 'IR/2026/0990', 'B2']]);
    expect(session.consoleErrors).toEqual([]);
  });
});
