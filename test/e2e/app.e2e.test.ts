import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestFields } from '../../shared/ingest/manifestFields';
import type { ManifestFieldId } from '../../shared/ingest/manifestFields';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import type { AppSession } from './support/appSession';
import { foreignRequests, repoRoot, screenshotDir, startAppSession } from './support/appSession';

/**
 * The built renderer (dist/renderer, from `npm run build:renderer`) served by Vite's preview server
 * under the app's security headers, driven in Debian's Chromium: an analyst imports a manifest,
 * sorts, filters, saves and reopens the workspace, and switches theme. Throughout, the page may
 * talk to no origin but its own and must log no errors. The first start is marked as done before
 * the page loads, so the app starts with an empty workspace rather than the demo (see
 * demo.e2e.test.ts for the first start).
 */
const fixturePath = path.join(repoRoot, 'test/fixtures/e2e/manifest-small.csv');

type FixtureLine = Partial<Record<ManifestFieldId, string>> & { readonly fileRow: number };

/** The fixture as the analyst would read it in a spreadsheet: header on row 1, data from row 2. */
async function readFixture(): Promise<FixtureLine[]> {
  const parsed = Papa.parse(await readFile(fixturePath, 'utf8'), { skipEmptyLines: true });
  const [headers, ...records] = parsed.data;
  if (!headers) throw new Error('fixture has no header');
  const fieldByHeader = new Map<string, ManifestFieldId>(manifestFields.map((field) => [field.header, field.id]));
  return records.map((record, index) => {
    const line: Partial<Record<ManifestFieldId, string>> = {};
    headers.forEach((header, column) => {
      const field = fieldByHeader.get(header);
      if (field) line[field] = (record[column] ?? '').trim();
    });
    return { ...line, fileRow: index + 2 };
  });
}

let session: AppSession;
let page: Page;
let appOrigin: string;
let userDataDir: string;
let fixture: FixtureLine[];

function shipmentRows(): Locator {
  return page.locator('table[aria-label="Shipments"] tbody tr[aria-selected]');
}

async function columnValues(label: string): Promise<string[]> {
  const headers = await page.locator('table[aria-label="Shipments"] thead th').allTextContents();
  const column = headers.findIndex((header) => header.includes(label));
  if (column < 0) throw new Error(`no column ${label}`);
  return shipmentRows().locator(`td:nth-child(${column + 1})`).allTextContents();
}

beforeAll(async () => {
  fixture = await readFixture();
  session = await startAppSession({ firstStartDone: true });
  ({ page, appOrigin, userDataDir } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('Manifest Lens in the browser', () => {
  it('serves the app under its Content Security Policy and starts the engine', async () => {
    const response = await page.goto(`${appOrigin}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Engine ready' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => page.getByRole('contentinfo').textContent()).toMatch(/SQLite 3\.\d+\.\d+/);
  });

  it('shows the OFFICIAL marking at the top and the bottom of the empty workspace', async () => {
    for (const position of ['top', 'bottom']) {
      const banner = page.getByRole('note', { name: `Protective marking, ${position}` });
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.textContent()).toBe('OFFICIAL');
    }
    const top = await page.getByRole('note', { name: 'Protective marking, top' }).boundingBox();
    const bottom = await page.getByRole('note', { name: 'Protective marking, bottom' }).boundingBox();
    expect(top?.y).toBe(0);
    expect((bottom?.y ?? 0) + (bottom?.height ?? 0)).toBeCloseTo(900, 0);
    expect(await page.getByText('This workspace has no manifest lines yet.').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'app-empty.png') });
  });

  it('imports a manifest CSV and reports rows read = stored + rejected, with each rejection', async () => {
    const expectedRejected = fixture.filter((line) => !line.billOfLadingNumber);
    expect(fixture).toHaveLength(20);
    expect(expectedRejected).toHaveLength(2);

    await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.locator('input[type="file"]').setInputFiles(fixturePath);
    // A single file is previewed first; its headers all name fields, so the analyst imports as shown.
    await dialog.getByRole('region', { name: 'Column mapping of manifest-small.csv' }).getByRole('button', { name: 'Import' }).click();
    const report = dialog.getByRole('article', { name: 'Import report for manifest-small.csv' });
    await report.waitFor({ timeout: 30_000 });

    const count = async (label: string) => Number((await report.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').textContent())?.replace(/,/g, ''));
    const [read, stored, rejected] = [await count('Rows read'), await count('Rows stored'), await count('Rows rejected')];
    expect(read).toBe(fixture.length);
    expect(rejected).toBe(expectedRejected.length);
    expect(stored).toBe(fixture.length - expectedRejected.length);
    expect(read).toBe(stored + rejected);
    expect(await report.getByText('Imported', { exact: true }).isVisible()).toBe(true);

    const rejectionTable = report.locator('table').filter({ has: page.locator('caption', { hasText: /^Rejected rows/ }) });
    const rejectionRows = await rejectionTable.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    );
    expect(rejectionRows).toEqual(expectedRejected.map((line) => [String(line.fileRow), 'B/L No.', 'empty', 'bill-of-lading number is empty']));

    // A row with an impossible date is kept, with a warning naming the row, column and value.
    const impossibleDate = fixture.find((line) => line.arrivalDate === '2026-02-30');
    await report.getByText(/^Warnings \(\d+\)$/).click();
    const warningRow = report.locator('details table tbody tr').filter({ hasText: '2026-02-30' });
    expect(await warningRow.locator('td').allTextContents()).toEqual([
      String(impossibleDate?.fileRow),
      'Arrival Date',
      '2026-02-30',
      'not a valid calendar date: "2026-02-30"; field left empty',
    ]);
    await page.screenshot({ path: path.join(screenshotDir, 'app-import-report.png') });

    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => shipmentRows().count()).toBe(stored);
    expect(await page.getByRole('main').getByText(`${stored} lines`, { exact: true }).isVisible()).toBe(true);
    const dataset = page.getByRole('list', { name: 'Import batches' }).getByRole('listitem');
    expect(await dataset.count()).toBe(1);
    expect(await dataset.textContent()).toContain('manifest-small.csv');
    expect(await dataset.textContent()).toContain(`Read${read}Stored${stored}Rejected${rejected}`);
    const billsOfLading = new Set(fixture.map((line) => line.billOfLadingNumber).filter(Boolean));
    expect(await page.getByRole('contentinfo').getByLabel('Workspace counts').textContent()).toContain(`${stored} lines${billsOfLading.size} B/Ls`);
  });

  it('shows every field of the selected line with its source file and row', async () => {
    const target = fixture.find((line) => line.billOfLadingNumber === 'MLNSHA2605007' && line.goodsDescription === 'Gear boxes for industrial machinery');
    if (!target) throw new Error('fixture lacks the line under test');
    await shipmentRows().filter({ hasText: 'Gear boxes for industrial machinery' }).click();
    const details = page.getByRole('complementary', { name: 'B/L MLNSHA2605007' });
    await details.waitFor();
    const fieldText = async (label: string) => details.locator('.details__field').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd').textContent();
    expect(await fieldText('Consignee Name')).toBe(target.consigneeName);
    expect(await fieldText('Container No.')).toBe(target.containerNumber);
    expect(await fieldText('HS Code')).toBe(target.hsCode);
    expect(await fieldText('Source file')).toBe('manifest-small.csv');
    expect(await fieldText('Source row')).toBe(String(target.fileRow));
    await page.screenshot({ path: path.join(screenshotDir, 'app-imported.png') });
  });

  it('sorts on the server by a column, both ways', async () => {
    const consignees = fixture.filter((line) => line.billOfLadingNumber).map((line) => line.consigneeName ?? '');
    const ascending = [...consignees].sort();
    const header = page.locator('table[aria-label="Shipments"] thead th').filter({ hasText: 'Consignee' });

    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => columnValues('Consignee')).toEqual(ascending);

    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => columnValues('Consignee')).toEqual([...ascending].reverse());
  });

  it('filters by text across B/L, parties, goods, container and vessel', async () => {
    const term = 'harbourline';
    const searched: ManifestFieldId[] = ['billOfLadingNumber', 'shipperName', 'consigneeName', 'notifyPartyName', 'goodsDescription', 'containerNumber', 'vesselName', 'hsCode'];
    const matching = fixture.filter((line) => line.billOfLadingNumber && searched.some((field) => line[field]?.toLowerCase().includes(term)));
    expect(matching.length).toBeGreaterThan(1);

    const filter = page.getByRole('searchbox', { name: 'Filter shipments' });
    await filter.fill(term);
    await expect.poll(() => shipmentRows().count()).toBe(matching.length);
    expect(await page.getByText(`${matching.length} matching lines`).isVisible()).toBe(true);
    expect(new Set(await columnValues('B/L No.'))).toEqual(new Set(matching.map((line) => line.billOfLadingNumber)));

    await filter.fill('');
    await expect.poll(() => shipmentRows().count()).toBe(fixture.length - 2);
  });

  it('saves the workspace as an encrypted .mlens download and opens it again with its passphrase', async () => {
    const passphrase = 'felixstowe harbour at dawn';
    await page.getByRole('button', { name: 'Save workspace' }).click();
    const setPrompt = page.getByRole('dialog', { name: 'Set a workspace passphrase' });
    await setPrompt.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await setPrompt.getByLabel('Passphrase again').fill(passphrase);
    const [download] = await Promise.all([page.waitForEvent('download'), setPrompt.getByRole('button', { name: 'Set passphrase' }).click()]);
    expect(download.suggestedFilename()).toBe('Untitled workspace.mlens');
    const savedPath = path.join(userDataDir, 'saved.mlens');
    await download.saveAs(savedPath);
    const saved = await readFile(savedPath);
    expect([...saved.subarray(0, 12)]).toEqual([0x89, 0x4d, 0x4c, 0x57, 0x53, 0x0d, 0x0a, 0x1a, 2, 0, 1, 0]);
    expect(saved.includes(Buffer.from('manifest-small.csv'))).toBe(false);
    expect(await page.getByText('Workspace saved as Untitled workspace.mlens (encrypted).').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'New', exact: true }).click();
    const newDialog = page.getByRole('dialog', { name: 'New workspace' });
    await newDialog.getByLabel('Name').fill('Scratch');
    await newDialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('dialog', { name: 'Set a workspace passphrase' }).getByRole('button', { name: 'Not now' }).click();
    await page.getByText('This workspace has no manifest lines yet.').waitFor();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles(savedPath);
    const openPrompt = page.getByRole('dialog', { name: 'Encrypted workspace' });
    await openPrompt.getByLabel('Passphrase').fill('not the passphrase');
    await openPrompt.getByRole('button', { name: 'Unlock' }).click();
    await openPrompt.getByRole('alert').filter({ hasText: 'Wrong passphrase' }).waitFor();
    await openPrompt.getByLabel('Passphrase').fill(passphrase);
    await openPrompt.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => shipmentRows().count()).toBe(fixture.length - 2);
    expect(await page.getByRole('banner').textContent()).toContain('Untitled workspace');
    expect(await page.getByRole('list', { name: 'Import batches' }).textContent()).toContain('manifest-small.csv');
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await shipmentRows().nth(3).click();
    await page.screenshot({ path: path.join(screenshotDir, 'app-imported-dark.png') });

    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Engine ready' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Switch to light theme' }).isVisible()).toBe(true);
  });

  it('talked to no origin but its own, loaded the engine from it, and logged no errors', () => {
    const urls = [...session.requestedUrls];
    expect(foreignRequests(session)).toEqual([]);
    expect(urls.some((url) => /\/assets\/engine\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(urls.some((url) => /\/assets\/sql-wasm-[\w-]+\.wasm$/.test(url))).toBe(true);
    // No demo on a later start: its generator is never fetched.
    expect(urls.some((url) => /\/assets\/demoWorkspace-[\w-]+\.js$/.test(url))).toBe(false);
    expect(session.consoleErrors).toEqual([]);
  });
});
