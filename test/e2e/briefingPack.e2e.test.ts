import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import { loadExcelJs, targetListSheetName } from '../../shared/exports/targetListXlsx';
import type { AppSession } from './support/appSession';
import { foreignRequests, screenshotDir, startAppSession } from './support/appSession';
import { downloadBytes, scoreAndAddTopTarget, sidebarButton } from './support/workstationSteps';

/**
 * Issue 9's exports on the real engine in its Web Worker, in Chromium (the browser host: saves are
 * downloads): the XLSX workbook (exceljs bundled by Vite into the worker's chunk), the briefing
 * pack PDF (pdfmake and its fonts, likewise) with the Network view's picture kept for the pack,
 * the FollowTheMoney entities and a workspace for a partner agency. Every file carries the
 * workspace's marking; no request leaves the app.
 */
const run = promisify(execFile);
let session: AppSession;
let page: Page;
let directory: string;

beforeAll(async () => {
  session = await startAppSession({ firstStartDone: false });
  page = session.page;
  directory = await mkdtemp(path.join(tmpdir(), 'mlens-e2e-briefing-'));
});

afterAll(async () => {
  await session?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('exports of the demo workspace', () => {
  it('saves the target list as XLSX and a briefing pack PDF with the network picture, marked', async () => {
    await page.goto(`${session.appOrigin}/`);
    await page.waitForFunction((name) => document.querySelector('.toolbar__workspace')?.textContent === name, demoWorkspaceName, { timeout: 60_000 });

    await sidebarButton(page, /^Network/).click();
    const keep = page.getByRole('button', { name: 'Use in briefing pack' });
    await expect.poll(async () => keep.isEnabled(), { timeout: 90_000 }).toBe(true);
    await keep.click();
    await page.getByText(/Kept this picture for the next briefing pack/).waitFor();

    await sidebarButton(page, /^Targets/).click();
    const { ref } = await scoreAndAddTopTarget(page);

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export XLSX' }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`OFFICIAL-SENSITIVE - ${demoWorkspaceName} - targets.xlsx`);
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadBytes(xlsx)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(targetListSheetName);
    expect(sheet?.getCell(1, 1).value).toBe('OFFICIAL-SENSITIVE');
    expect(sheet?.getCell(3, 3).value).toBe(ref);
    expect(sheet?.getCell(4, 1).value).toBe('OFFICIAL-SENSITIVE');

    await page.getByRole('button', { name: 'Briefing pack…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Briefing pack' });
    await dialog.getByLabel('Operation').fill('Operation Harbour Light');
    await dialog.getByLabel('Author').fill('J. Analyst');
    await dialog.getByLabel('Distribution (one a line)').fill('NCA Maritime Desk');
    await expect.poll(async () => dialog.getByLabel(/Kept from the Network view/).isChecked()).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'briefing-pack-dialog.png') });
    const pdfDownload = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe('OFFICIAL-SENSITIVE - Operation Harbour Light - briefing pack.pdf');
    const pdfPath = path.join(directory, 'pack.pdf');
    await writeFile(pdfPath, await downloadBytes(pdf));
    const pages = Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [pdfPath])).stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    const text = (await run('pdftotext', ['-layout', pdfPath, '-'])).stdout;
    expect(text).toContain('Operation Harbour Light');
    expect(text).toContain(ref);
    expect(text).toContain(`${demoWorkspaceName}: trader-network`);
    for (let number = 1; number <= pages; number += 1) {
      const lines = (await run('pdftotext', ['-layout', '-f', String(number), '-l', String(number), pdfPath, '-'])).stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '' && line !== '\f');
      expect(lines[0]).toBe('OFFICIAL-SENSITIVE');
      expect(lines.at(-1)).toBe('OFFICIAL-SENSITIVE');
      expect(lines.at(-2)).toMatch(new RegExp(`Page ${number} of ${pages}$`));
    }

    // Entities for Aleph and a workspace for a partner agency, made in the worker too.
    const ftmDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export entities (FtM)' }).click();
    const ftm = await ftmDownload;
    expect(ftm.suggestedFilename()).toBe(`OFFICIAL-SENSITIVE - ${demoWorkspaceName} - entities.ftm.jsonl`);
    const ftmLines = (await downloadBytes(ftm)).toString('utf8').trimEnd().split('\n');
    expect(ftmLines.length).toBeGreaterThan(1000);
    const first = JSON.parse(ftmLines[0] ?? '{}') as { id?: string; schema?: string; properties?: { publisher?: string[] } };
    expect(first.id).toMatch(/^ml-/);
    expect(first.properties?.publisher?.[0]).toMatch(/^OFFICIAL-SENSITIVE \| Manifest Lens workspace/);

    await page.getByRole('button', { name: 'For a partner…' }).click();
    const partnerDialog = page.getByRole('dialog', { name: 'Workspace for a partner agency' });
    await partnerDialog.getByLabel('Agency').fill('NCA');
    const partnerDownload = page.waitForEvent('download', { timeout: 120_000 });
    await partnerDialog.getByRole('button', { name: 'Save workspace' }).click();
    const partner = await partnerDownload;
    expect(partner.suggestedFilename()).toBe(`OFFICIAL-SENSITIVE - ${demoWorkspaceName} for NCA.mlens`);
    expect((await downloadBytes(partner)).byteLength).toBeGreaterThan(10_000);

    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);
});
