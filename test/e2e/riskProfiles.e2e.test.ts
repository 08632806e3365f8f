import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOutcomesFileName, demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import { loadExcelJs, targetListSheetName } from '../../shared/exports/targetListXlsx';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import { riskProfileFileFormat, riskProfileFileName, riskProfileFileVersion } from '../../shared/risk/riskProfileFile';
import type { AppSession } from './support/appSession';
import { foreignRequests, screenshotDir, startAppSession } from './support/appSession';
import { downloadBytes, scoreAndAddTopTarget, sidebarButton } from './support/workstationSteps';

/**
 * Issue 8's risk profiles and feedback loop, and issue 9's XLSX target list, on the real engine in
 * its Web Worker, in Chromium (saves are downloads). One session on the demo workspace, in order:
 * the target list as XLSX (marked first and last row, formula-looking text neutralised); the demo's
 * examination outcomes learned from and applied as a new profile version that scoring uses; a
 * profile edited (a rule's weight to 0, a higher target threshold), used for scoring, exported as
 * JSON and imported into a fresh workspace, a wrong file refused with its reason.
 */
let session: AppSession;
let page: Page;
let directory: string;

beforeAll(async () => {
  session = await startAppSession({ firstStartDone: false });
  page = session.page;
  directory = await mkdtemp(path.join(tmpdir(), 'mlens-e2e-risk-profiles-'));
});

afterAll(async () => {
  await session?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

/** The header's "Scored … with the profile NAME" once a scoring with that profile is listed. */
async function waitForScoringWith(profileName: string): Promise<void> {
  await expect.poll(async () => page.locator('.view-header__count').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^Scored .* with the profile ${profileName}$`));
}

/** Clicks "Score again" and returns the notice it leaves ("Scored N shipments …: X shipments and Y traders at or above T points"). */
async function scoreAgain(): Promise<{ readonly shipmentTargets: number; readonly threshold: number }> {
  const notice = page.getByRole('status').filter({ hasText: /^Scored [\d,]+ shipments/ });
  if ((await notice.count()) > 0) await page.getByRole('button', { name: 'Dismiss message' }).first().click();
  await page.getByRole('button', { name: 'Score again' }).click();
  await notice.waitFor({ timeout: 60_000 });
  const text = (await notice.textContent()) ?? '';
  const match = /: ([\d,]+) shipments? and [\d,]+ traders? at or above ([\d.]+) points/.exec(text);
  expect(match, text).not.toBeNull();
  return { shipmentTargets: Number(match?.[1]?.replace(/,/g, '')), threshold: Number(match?.[2]) };
}

/** Every rule id in the reasons of the ranked shipments on the first page, each row opened. */
async function ruleIdsInReasons(risks: Locator): Promise<Set<string>> {
  const closed = risks.getByRole('button', { expanded: false });
  while ((await closed.count()) > 0) await closed.first().click();
  const ids = await risks.locator('.risk-reason__rule').allTextContents();
  return new Set(ids.map((text) => text.split(' via ')[0] ?? text));
}

describe('risk profiles and examination outcomes in the demo workspace', () => {
  it('exports the target list as an XLSX workbook, marked first and last, formula text neutralised', async () => {
    await page.goto(`${session.appOrigin}/`);
    await page.waitForFunction((name) => document.querySelector('.toolbar__workspace')?.textContent === name, demoWorkspaceName, { timeout: 60_000 });
    await sidebarButton(page, /^Targets/).click();
    const { ref, list } = await scoreAndAddTopTarget(page);
    const notes = list.getByRole('textbox', { name: `Notes on ${ref}` });
    await notes.fill('=HYPERLINK("http://x","click")');
    await notes.press('Enter');
    const agency = list.getByRole('textbox', { name: `Agency of ${ref}` });
    await agency.fill('@SUM(1+1)');
    await agency.press('Enter');
    await expect.poll(async () => list.getByRole('textbox', { name: `Agency of ${ref}` }).inputValue()).toBe('@SUM(1+1)');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export XLSX' }).click();
    const xlsx = await download;
    expect(xlsx.suggestedFilename()).toBe(`OFFICIAL-SENSITIVE - ${demoWorkspaceName} - targets.xlsx`);
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadBytes(xlsx)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(targetListSheetName);
    if (!sheet) throw new Error('the workbook has no Targets sheet');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell(1, 1).value).toBe('OFFICIAL-SENSITIVE');
    expect(sheet.getCell(sheet.rowCount, 1).value).toBe('OFFICIAL-SENSITIVE');
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['rank', 'kind', 'ref', 'name']);
    const row = sheet.getRow(3);
    expect(row.getCell(header.indexOf('ref') + 1).value).toBe(ref);
    expect(row.getCell(header.indexOf('notes') + 1).value).toBe('\'=HYPERLINK("http://x","click")');
    expect(row.getCell(header.indexOf('agency') + 1).value).toBe('\'@SUM(1+1)');
    expect(typeof row.getCell(header.indexOf('current_score') + 1).value).toBe('number');
    // No cell of the workbook is a formula, and no text cell starts as one would.
    sheet.eachRow((sheetRow) =>
      sheetRow.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  }, 180_000);

  it('learns weights from the demo examination outcomes and scores with the applied profile', async () => {
    const dataset = generateDemoDataset();
    const outcomeRows = dataset.outcomesCsv.trimEnd().split(/\r?\n/).length - 1;
    expect(outcomeRows).toBeGreaterThan(10);
    const outcomesPath = path.join(directory, demoOutcomesFileName);
    await writeFile(outcomesPath, dataset.outcomesCsv);

    await page.getByRole('button', { name: 'Learn from outcomes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Learn from outcomes' });
    await dialog.getByLabel('Import outcomes file').setInputFiles(outcomesPath);
    const read = dialog.getByRole('status').filter({ hasText: `from ${demoOutcomesFileName}` });
    await read.waitFor({ timeout: 60_000 });
    const readText = (await read.textContent()) ?? '';
    const readMatch = /^Read ([\d,]+) examination outcomes from .*\(([\d,]+) seizures, ([\d,]+) no find\), ([\d,]+) of their bills in this workspace\.$/.exec(readText);
    expect(readMatch, readText).not.toBeNull();
    const [outcomes, seizures, noFinds, inWorkspace] = (readMatch ?? []).slice(1).map((value) => Number(value.replace(/,/g, '')));
    expect(outcomes).toBe(outcomeRows);
    expect((seizures ?? 0) + (noFinds ?? 0)).toBe(outcomes);
    expect(seizures).toBeGreaterThan(0);
    expect(inWorkspace).toBe(outcomes);

    // Per-rule hit rates and lift on the examined bills.
    const hitRates = dialog.getByRole('table', { name: 'Hit rates' });
    const heading = dialog.getByRole('heading', { name: /^Hit rates on / });
    await expect.poll(async () => (await heading.textContent())?.replace(/,/g, '')).toMatch(new RegExp(`^Hit rates on ${inWorkspace} examined bills: ${seizures} seizures \\(\\d+ %\\)$`));
    const rateRows = hitRates.locator('tbody tr');
    expect(await rateRows.count()).toBe(8);
    const rates = await rateRows.evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
    expect(rates.map((cells) => cells[0])).toContain('Undervaluation');
    const withLift = rates.filter((cells) => /^\d+\.\d\d$/.test(cells[4] ?? ''));
    expect(withLift.length).toBeGreaterThan(0);
    for (const cells of withLift) expect(cells[3]).toMatch(/^\d+ %$/);

    // The demo's few examinations are too few to move a weight: each rule says so and keeps its weight.
    await dialog.getByRole('button', { name: 'Propose weights' }).click();
    const proposal = dialog.getByRole('region', { name: 'Proposed weights' });
    const weights = proposal.getByRole('table', { name: 'Current and proposed weights' });
    const weightRows = () => weights.locator('tbody tr').evaluateAll((rows) => rows.map((row) => ({ rule: row.getAttribute('data-rule') ?? '', cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '') })));
    await weights.waitFor({ timeout: 60_000 });
    const few = await weightRows();
    expect(few).toHaveLength(8);
    for (const { cells } of few) {
      expect(cells[4]).toMatch(/^found \d+ examined bills?, fewer than 5: kept$/);
      expect(cells[3]).toBe(cells[2]);
    }

    // A later file of examinations of the demo's bills (its planted consignments seized, its decoys and
    // other bills found clean), read on top: now the rules that found enough examined bills are re-weighted.
    const demoExamined = new Set(dataset.outcomesCsv.split(/\r?\n/).slice(1).map((line) => line.split(',')[0]));
    const seized = [...new Set(Object.values(dataset.truth.schemes).flatMap((scheme) => scheme.billsOfLading))].filter((bill) => !demoExamined.has(bill));
    const cleared = new Set([...Object.values(dataset.truth.decoys).flatMap((decoy) => decoy.billsOfLading)].filter((bill) => !demoExamined.has(bill) && !seized.includes(bill)));
    for (const line of dataset.manifestsCsv.split(/\r?\n/).slice(1)) {
      const bill = line.split(',')[0] ?? '';
      if (cleared.size >= 120) break;
      if (bill !== '' && !demoExamined.has(bill) && !seized.includes(bill)) cleared.add(bill);
    }
    const laterPath = path.join(directory, 'later-examinations.csv');
    await writeFile(laterPath, ['bill_of_lading_number,examination_date,result', ...seized.map((bill) => `${bill},2024-03-01,seizure`), ...[...cleared].map((bill) => `${bill},2024-03-01,no find`), ''].join('\n'));
    await dialog.getByLabel('Import outcomes file').setInputFiles(laterPath);
    await dialog.getByRole('status').filter({ hasText: `Read ${(seized.length + cleared.size).toLocaleString('en-GB')} examination outcomes from later-examinations.csv (${seized.length} seizures, ${cleared.size} no find), ${(seized.length + cleared.size).toLocaleString('en-GB')} of their bills in this workspace.` }).waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await heading.textContent())?.replace(/,/g, '')).toMatch(new RegExp(`^Hit rates on ${(inWorkspace ?? 0) + seized.length + cleared.size} examined bills: `));
    await dialog.getByRole('button', { name: 'Propose weights' }).click();
    await weights.waitFor({ timeout: 60_000 });
    const evaluation = proposal.getByRole('table', { name: 'Held-out evaluation' });
    expect(await evaluation.locator('caption').textContent()).toMatch(/^Held out: .*cross-validation/);
    for (const which of ['Current', 'Proposed']) {
      const auc = Number(await evaluation.getByRole('row', { name: new RegExp(`^${which}`) }).locator('td').first().textContent());
      expect(auc).toBeGreaterThan(0.5);
      expect(auc).toBeLessThanOrEqual(1);
    }
    const learned = await weightRows();
    expect(learned).toHaveLength(8);
    expect(learned.every(({ cells }) => Number.isFinite(Number(cells[2])) && Number.isFinite(Number(cells[3])))).toBe(true);
    const changed = learned.filter(({ cells }) => cells[2] !== cells[3]);
    expect(changed.length).toBeGreaterThan(0);
    const proposedWeights = Object.fromEntries(learned.map(({ rule, cells }) => [rule, Number(cells[3])]));
    expect(await proposal.getByLabel('Name of the learned profile').inputValue()).toBe('Learned from outcomes');
    await page.screenshot({ path: path.join(screenshotDir, 'learn-from-outcomes.png') });

    await proposal.getByRole('button', { name: 'Apply as a new profile version' }).click();
    await dialog.getByRole('status').filter({ hasText: /^Saved the learned weights as 'Learned from outcomes' \(version 1\); scoring uses it\./ }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await scoreAgain();
    await waitForScoringWith('Learned from outcomes');

    // The profile dialog shows it in use, with the learned weights and the record of its learning.
    await page.getByRole('button', { name: 'Risk profile…' }).click();
    const profiles = page.getByRole('dialog', { name: 'Risk profile' });
    await expect.poll(async () => profiles.getByTestId('profile-in-use').textContent()).toBe("the profile 'Learned from outcomes'");
    await profiles.getByText(/weights learned from examination outcomes/).waitFor();
    for (const [rule, weight] of Object.entries(proposedWeights)) {
      expect(Number(await profiles.locator(`tr[data-rule="${rule}"] input[aria-label^="Weight of"]`).inputValue())).toBe(weight);
    }
    await profiles.getByRole('button', { name: 'Close', exact: true }).click();
    expect(session.consoleErrors).toEqual([]);
  }, 240_000);

  it('edits a profile, scores with it, exports it and imports it into a fresh workspace', async () => {
    const risks = page.getByRole('table', { name: 'Ranked risks' });
    // The ranking before the edit: the default profile, threshold 3; undervaluation among the reasons.
    await page.getByRole('button', { name: 'Risk profile…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Risk profile' });
    await dialog.getByLabel('Profile to edit').selectOption('');
    await dialog.getByRole('button', { name: 'Use the default' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Scoring uses the built-in default profile' }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    const before = await scoreAgain();
    expect(before.threshold).toBe(3);
    expect(await ruleIdsInReasons(risks)).toContain('undervaluation');

    await page.getByRole('button', { name: 'Risk profile…' }).click();
    dialog = page.getByRole('dialog', { name: 'Risk profile' });
    await dialog.getByLabel('Profile to edit').selectOption('');
    await dialog.getByLabel('Profile name').fill('Port team');
    await dialog.getByLabel('Target threshold').fill('5');
    await dialog.getByLabel('Weight of Undervaluation').fill('0');
    await dialog.getByRole('button', { name: 'Save as a new profile' }).click();
    await dialog.getByRole('status').filter({ hasText: "Saved the risk profile 'Port team' (version 1)." }).waitFor();
    expect(await dialog.getByLabel('Profile to edit').inputValue()).toBe('Port team');
    await dialog.getByRole('button', { name: 'Use for scoring' }).click();
    await dialog.getByRole('status').filter({ hasText: "Scoring uses the profile 'Port team': score again to rank with it." }).waitFor();
    expect(await dialog.getByTestId('profile-in-use').textContent()).toBe("the profile 'Port team'");
    await page.screenshot({ path: path.join(screenshotDir, 'risk-profile.png') });

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const exported = await download;
    expect(exported.suggestedFilename()).toBe(riskProfileFileName(demoWorkspaceName, 'OFFICIAL-SENSITIVE', 'Port team'));
    expect(exported.suggestedFilename()).toMatch(/^OFFICIAL-SENSITIVE - .* - risk profile Port team\.json$/);
    const profileText = (await downloadBytes(exported)).toString('utf8');
    const file = JSON.parse(profileText) as { marking?: string; format?: string; version?: number; name?: string; weights?: Record<string, number>; thresholds?: { target?: number } };
    expect(file).toMatchObject({ marking: 'OFFICIAL-SENSITIVE', format: riskProfileFileFormat, version: riskProfileFileVersion, name: 'Port team', thresholds: { target: 5 } });
    expect(file.weights?.undervaluation).toBe(0);
    expect(Object.keys(file.weights ?? {})).toHaveLength(8);
    await dialog.getByRole('status').filter({ hasText: `Exported the risk profile 'Port team' as ${exported.suggestedFilename()}.` }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // Scored again with it: fewer targets at the higher threshold, undervaluation nowhere in the reasons.
    const after = await scoreAgain();
    await waitForScoringWith('Port team');
    expect(after.threshold).toBe(5);
    expect(after.shipmentTargets).toBeLessThan(before.shipmentTargets);
    const ruleIds = await ruleIdsInReasons(risks);
    expect(ruleIds.size).toBeGreaterThan(0);
    expect(ruleIds).not.toContain('undervaluation');

    // A fresh workspace: a wrong file is refused with its reason, the exported one is imported.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const newDialog = page.getByRole('dialog', { name: 'New workspace' });
    await newDialog.getByLabel('Name').fill('Fresh');
    await newDialog.getByRole('button', { name: /^(Discard changes and create|Create)$/ }).click();
    const passphrase = page.getByRole('dialog', { name: 'Set a workspace passphrase' });
    await passphrase.getByRole('button', { name: 'Not now' }).click();
    await page.waitForFunction(() => document.querySelector('.toolbar__workspace')?.textContent === 'Fresh');
    await sidebarButton(page, /^Targets/).click();
    await page.getByRole('button', { name: 'Risk profile…' }).click();
    dialog = page.getByRole('dialog', { name: 'Risk profile' });
    await expect.poll(async () => dialog.getByLabel('Profile to edit').locator('option').allTextContents()).toEqual(['Default (built-in) — in use']);
    expect(await dialog.getByTestId('profile-in-use').textContent()).toBe('the built-in default profile');

    const importInput = dialog.getByLabel('Import risk profile file');
    await importInput.setInputFiles({ name: 'columns.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'manifest-lens-import-profile', version: 1, name: 'Columns' })) });
    const refused = dialog.getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/columns\.json.*an import profile file, not a risk profile file/);
    await importInput.setInputFiles({ name: 'weights.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: riskProfileFileFormat, version: 1, name: 'Bad', weights: { undervaluation: -1 }, parameters: {}, thresholds: { target: 3 } })) });
    await expect.poll(async () => refused.textContent()).toMatch(/weights\.json.*weight of undervaluation must be a number ≥ 0/);
    expect(await dialog.getByLabel('Profile to edit').locator('option').count()).toBe(1);

    await importInput.setInputFiles({ name: exported.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(profileText) });
    await dialog.getByRole('status').filter({ hasText: `Imported the risk profile 'Port team' from ${exported.suggestedFilename()} (version 1).` }).waitFor();
    expect(await dialog.getByLabel('Profile to edit').inputValue()).toBe('Port team');
    expect(await dialog.getByLabel('Weight of Undervaluation').inputValue()).toBe('0');
    expect(await dialog.getByLabel('Target threshold').inputValue()).toBe('5');

    expect(foreignRequests(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);
});
