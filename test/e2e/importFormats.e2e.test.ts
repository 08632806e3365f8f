import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from './support/appSession';
import { foreignRequests, repoRoot, screenshotDir, startAppSession } from './support/appSession';

/**
 * The import dialog in the built renderer, in Chromium, on the real engine in its Web Worker: an
 * XLSX workbook reports every sheet (one skipped, with the reason), the tables of a US AMS release
 * import together, and an intelligence report added as a source document reads in the Documents
 * view as plain text, its markup inert. No request leaves the app's origin; nothing is logged as
 * an error.
 */
const workbookPath = path.join(repoRoot, 'test/fixtures/ingest/openpyxl-two-manifest-sheets.xlsx');
const amsDir = path.join(repoRoot, 'test/fixtures/ingest/ams');

let session: AppSession;
let page: Page;

const parseCount = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

async function reportCount(report: Locator, label: string): Promise<number> {
  return parseCount(await report.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').textContent());
}

async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
}

async function openImportDialog(): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.waitFor();
  return dialog;
}

beforeAll(async () => {
  session = await startAppSession({ firstStartDone: true });
  page = session.page;
  await page.goto(`${session.appOrigin}/`);
  await page.getByRole('status').filter({ hasText: 'Engine ready' }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await session?.close();
});

describe('importing every manifest format in the browser', () => {
  it('imports an XLSX workbook and reports every sheet: rows read, stored and rejected, and the skipped sheet with its reason', async () => {
    const dialog = await openImportDialog();
    await dialog.locator('input[type="file"]').setInputFiles(workbookPath);
    const preview = dialog.getByRole('region', { name: 'Column mapping of openpyxl-two-manifest-sheets.xlsx' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getByRole('table').count()).toBe(3);
    await preview.getByRole('button', { name: 'Import' }).click();
    const report = dialog.getByRole('article', { name: 'Import report for openpyxl-two-manifest-sheets.xlsx' });
    await report.waitFor({ timeout: 30_000 });

    expect(await report.locator('.import-report__header .badge').textContent()).toBe('Imported');
    expect(await report.getByText('XLSX workbook', { exact: true }).isVisible()).toBe(true);
    const [read, stored, rejected] = [await reportCount(report, 'Rows read'), await reportCount(report, 'Rows stored'), await reportCount(report, 'Rows rejected')];
    expect([read, stored, rejected]).toEqual([5, 4, 1]);
    // A workbook has no delimiter: the report does not name one.
    const meta = await report.locator('.import-report__meta').textContent();
    expect(meta).toMatch(/^utf-8 · 15 columns mapped over the imported sheets · /);
    expect(meta).not.toContain('delimiter');

    const sheets = report.locator('table').filter({ has: page.locator('caption', { hasText: /^Sheets/ }) });
    expect(await sheets.locator('caption').textContent()).toBe('Sheets (2 imported, 1 skipped)');
    expect(await tableRows(sheets)).toEqual([
      ['Bills A', 'Imported', '3', '2', '1', '8 columns mapped'],
      ['Bills B', 'Imported', '2', '2', '0', '7 columns mapped'],
      ['Notes', 'Skipped', '—', '—', '—', 'no column for the bill-of-lading number (headers: Prepared by, Desk 4)'],
    ]);
    const rejections = report.locator('table').filter({ has: page.locator('caption', { hasText: /^Rejected rows/ }) });
    expect(await rejections.locator('thead th').allTextContents()).toEqual(['Sheet', 'Row', 'Column', 'Value', 'Reason']);
    expect(await tableRows(rejections)).toEqual([['Bills A', '4', 'B/L No.', 'empty', 'bill-of-lading number is empty']]);
    await page.screenshot({ path: path.join(screenshotDir, 'app-import-xlsx.png') });

    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.locator('table[aria-label="Shipments"] tbody tr[aria-selected]').count()).toBe(stored);
    expect(await page.getByRole('list', { name: 'Import batches' }).textContent()).toContain('openpyxl-two-manifest-sheets.xlsx');
  });

  it('imports the tables of a US AMS release together, each file with its table and its own accounting', async () => {
    const files = (await readdir(amsDir)).filter((name) => name.endsWith('.csv')).sort();
    expect(files).toHaveLength(11);
    const dialog = await openImportDialog();
    await dialog.locator('input[type="file"]').setInputFiles(files.map((name) => path.join(amsDir, name)));
    const reports = dialog.getByRole('region', { name: 'Import reports' });
    await expect.poll(() => reports.getByRole('article').count(), { timeout: 30_000 }).toBe(files.length);

    expect(await reports.getByText('US AMS release: 11 table files imported together, joined on their identifier.').isVisible()).toBe(true);
    for (const name of files) {
      const report = reports.getByRole('article', { name: `Import report for ${name}` });
      const table = /^ams__([a-z]+)_/.exec(name)?.[1];
      expect(await report.locator('.import-report__ams-table').textContent()).toBe(`US AMS table ${table}`);
      expect(await report.locator('.import-report__header .badge').textContent()).toBe('Imported');
      const [read, stored, rejected] = [await reportCount(report, 'Rows read'), await reportCount(report, 'Rows stored'), await reportCount(report, 'Rows rejected')];
      expect(read).toBe(stored + rejected);
      expect(read).toBeGreaterThan(0);
    }
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await page.getByRole('list', { name: 'Import batches' }).getByRole('listitem').count()).toBe(1 + files.length);
  });
});

describe('source documents in the browser', () => {
  const hostileName = 'IR-2026-0042.txt';
  const hostileText = [
    'OFFICIAL-SENSITIVE',
    '',
    'REF IR-2026-0042    DATE 2026-03-04',
    'Grading: B2    Handling code: 1',
    '',
    '<script>window.__pwned = true</script><img src="x" onerror="window.__pwned = true"><b>Not bold</b>',
    '',
    'OFFICIAL-SENSITIVE',
    '',
  ].join('\n');

  it('previews a file with cryptic headers, lets the analyst correct one column, and stores it in the chosen field', async () => {
    const csvPath = path.join(session.userDataDir, 'felixstowe-cryptic.csv');
    await writeFile(
      csvPath,
      ['COL1,COL2,COL3,Party', 'FELX26000101,MSCU1234566,2026-05-14,QUAYSIDE CORRECTED IMPORTS LTD', 'FELX26000102,MSCU1234566,2026-05-14,QUAYSIDE CORRECTED IMPORTS LTD', 'FELX26000103,MSCU1234566,2026-05-15,QUAYSIDE CORRECTED IMPORTS LTD'].join('\n'),
    );
    const dialog = await openImportDialog();
    await dialog.locator('input[type="file"]').setInputFiles(csvPath);
    const preview = dialog.getByRole('region', { name: 'Column mapping of felixstowe-cryptic.csv' });
    await preview.waitFor({ timeout: 30_000 });
    const row = (header: string) => preview.getByRole('row').filter({ has: page.getByRole('cell', { name: header, exact: true }) });
    expect(await row('COL2').getByRole('combobox').inputValue()).toBe('containerNumber');
    expect(await row('COL2').textContent()).toContain('3 of 3 sample values are ISO 6346 container numbers with valid check digits');
    expect(await row('COL1').getByRole('combobox').inputValue()).toBe('billOfLadingNumber');
    // The analyst reads the party column as the consignee (by name alone it would not be imported).
    expect(await row('Party').getByRole('combobox').inputValue()).toBe('');
    await row('Party').getByRole('combobox').selectOption('consigneeName');
    await preview.getByRole('checkbox', { name: 'Save as profile' }).check();
    await preview.getByLabel('Profile name').fill('Felixstowe cryptic');
    await page.screenshot({ path: path.join(screenshotDir, 'app-import-mapping-preview.png') });
    await preview.getByRole('button', { name: 'Import' }).click();

    const report = dialog.getByRole('article', { name: 'Import report for felixstowe-cryptic.csv' });
    await report.waitFor({ timeout: 30_000 });
    expect([await reportCount(report, 'Rows read'), await reportCount(report, 'Rows stored'), await reportCount(report, 'Rows rejected')]).toEqual([3, 3, 0]);
    expect(await report.locator('.import-report__mapping-headline').textContent()).toBe("Mapping corrected by the analyst, saved as profile 'Felixstowe cryptic'");
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    const shipments = page.locator('table[aria-label="Shipments"]');
    await expect.poll(() => shipments.locator('tbody tr', { hasText: 'FELX26000101' }).count()).toBe(1);
    expect(await shipments.locator('tbody tr', { hasText: 'FELX26000101' }).textContent()).toContain('QUAYSIDE CORRECTED IMPORTS LTD');

    // The same layout again: the preview says it matches the saved profile.
    const next = path.join(session.userDataDir, 'felixstowe-cryptic-2.csv');
    await writeFile(next, ['COL1,COL2,COL3,Party', 'FELX26000201,MSCU1234566,2026-05-16,HARBOUR IMPORTS LTD'].join('\n'));
    const again = await openImportDialog();
    await again.locator('input[type="file"]').setInputFiles(next);
    const secondPreview = again.getByRole('region', { name: 'Column mapping of felixstowe-cryptic-2.csv' });
    await secondPreview.waitFor({ timeout: 30_000 });
    expect(await secondPreview.getByRole('status').textContent()).toBe("Layout matches profile 'Felixstowe cryptic'");

    // The profile exported to a JSON file (a download in the browser), deleted, then imported back.
    await again.getByRole('button', { name: 'Import profiles…' }).click();
    const profiles = page.getByRole('dialog', { name: 'Import profiles' });
    await profiles.waitFor();
    const profileRow = profiles.getByRole('row', { name: /Felixstowe cryptic/ });
    expect(await profileRow.textContent()).toContain('4 columns, 4 imported (COL1, COL2, COL3, Party)');
    const [download] = await Promise.all([page.waitForEvent('download'), profiles.getByRole('button', { name: 'Export Felixstowe cryptic' }).click()]);
    expect(download.suggestedFilename()).toBe('Felixstowe cryptic.json');
    const exportedPath = path.join(session.userDataDir, 'exported-profile.json');
    await download.saveAs(exportedPath);
    expect(JSON.parse(await readFile(exportedPath, 'utf8'))).toEqual({
      format: 'manifest-lens-import-profile',
      version: 1,
      name: 'Felixstowe cryptic',
      tables: [
        {
          sheet: null,
          columns: [
            { header: 'COL1', field: 'billOfLadingNumber' },
            { header: 'COL2', field: 'containerNumber' },
            { header: 'COL3', field: 'arrivalDate' },
            { header: 'Party', field: 'consigneeName' },
          ],
        },
      ],
    });
    await profiles.getByRole('button', { name: 'Delete Felixstowe cryptic' }).click();
    await profiles.getByRole('group', { name: 'Delete the import profile Felixstowe cryptic?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await profiles.getByText(/^No import profiles in this workspace/).waitFor();

    const badPath = path.join(session.userDataDir, 'bad-profile.json');
    await writeFile(badPath, (await readFile(exportedPath, 'utf8')).replace('"consigneeName"', '"consignee"'));
    await profiles.getByLabel('Import profile file').setInputFiles(badPath);
    expect(await profiles.getByRole('alert').textContent()).toBe(
      `Importing the profile file bad-profile.json failed: bad-profile.json: tables[0].columns[3] (header 'Party'): "consignee" is not a manifest field id`,
    );
    await profiles.getByLabel('Import profile file').setInputFiles(exportedPath);
    await profileRow.waitFor();
    expect(await profiles.getByRole('status').textContent()).toBe("Imported the import profile 'Felixstowe cryptic' from exported-profile.json.");
    await page.screenshot({ path: path.join(screenshotDir, 'app-import-profiles.png') });

    // Back in the import dialog, the same layout is mapped by the re-imported profile.
    await profiles.getByRole('button', { name: 'Back to import' }).click();
    const third = page.getByRole('dialog', { name: 'Import' });
    await third.locator('input[type="file"]').setInputFiles(next);
    const thirdPreview = third.getByRole('region', { name: 'Column mapping of felixstowe-cryptic-2.csv' });
    await thirdPreview.waitFor({ timeout: 30_000 });
    expect(await thirdPreview.getByRole('status').textContent()).toBe("Layout matches profile 'Felixstowe cryptic'");
    await thirdPreview.getByRole('button', { name: 'Import' }).click();
    const thirdReport = third.getByRole('article', { name: 'Import report for felixstowe-cryptic-2.csv' });
    await thirdReport.waitFor({ timeout: 30_000 });
    // Imported as proposed, nothing corrected: the report names the profile that mapped it.
    expect(await thirdReport.locator('.import-report__mapping-headline').textContent()).toBe("Mapped by profile 'Felixstowe cryptic'");
    await thirdReport.getByText(/^Columns: 4 mapped/).click();
    expect(await tableRows(thirdReport.getByRole('table', { name: 'Columns of felixstowe-cryptic-2.csv and their fields' }))).toEqual([
      ['COL1', 'B/L No.'],
      ['COL2', 'Container No.'],
      ['COL3', 'Arrival Date'],
      ['Party', 'Consignee Name'],
    ]);
    await third.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('adds an intelligence report through the import dialog and reads it as plain text in the Documents view', async () => {
    const reportPath = path.join(session.userDataDir, hostileName);
    await writeFile(reportPath, hostileText);
    const dialog = await openImportDialog();
    await dialog.getByRole('tab', { name: 'Source documents' }).click();
    await dialog.getByRole('radio', { name: /^Intelligence report/ }).check();
    await dialog.locator('input[type="file"]').setInputFiles(reportPath);
    const receipts = dialog.getByRole('table', { name: 'Documents added' });
    await receipts.waitFor();
    expect(await tableRows(receipts)).toEqual([[hostileName, `${hostileText.length} B`, 'Added']]);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    const documentsView = page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: /^Documents/ });
    expect(await documentsView.textContent()).toBe('Documents1');
    await documentsView.click();
    await page.getByRole('list', { name: 'Intelligence reports' }).getByRole('button', { name: new RegExp(hostileName.replace(/\./g, '\\.')) }).click();
    const text = page.getByLabel(`Text of ${hostileName}`);
    await text.waitFor();
    expect(await text.evaluate((element) => element.tagName)).toBe('PRE');
    expect(await text.textContent()).toBe(hostileText);
    expect(await text.evaluate((element) => element.childElementCount)).toBe(0);
    expect(await text.getByText('Grading: B2    Handling code: 1', { exact: false }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    for (const position of ['top', 'bottom']) {
      expect(await page.getByRole('note', { name: `Protective marking, ${position}` }).textContent()).toBe('OFFICIAL');
    }
  });

  it('talked to no origin but its own and logged no errors', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
