import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePath, newEngine } from '../support/engineHarness';

const run = promisify(execFile);
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('../../electron/node/cli/analyze.ts', import.meta.url).pathname;

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run analyze -- --reports DIR', () => {
  it('reads every report file of the folder into the workspace and accounts for each in import-report.json', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-reports-'));
    const result = await analyze('--manifest', fixturePath('manifests/mixed-quality.csv'), '--reports', fixturePath('reports/formats'), '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('intelligence reports: 4 read, 0 already present, 0 not read, 1 with fields flagged');
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.intelligenceReports).toMatchObject({ imported: 4, alreadyPresent: 0, failed: 0, flagged: 1 });
    // The folder's other files (the fixture script) are not reports and are not read.
    expect(report.intelligenceReports.files.map((file: { fileName: string; reference: string; grading: string }) => [file.fileName, file.reference, file.grading])).toEqual([
      ['report.docx', 'IR/2026/0412', 'B2'],
      ['report.eml', 'NIR 0413/26', 'B3'],
      ['report.md', 'INT-26-0501', 'C3'],
      ['report.pdf', 'CIU-2026-0077', 'A1'],
    ]);
    expect(report.intelligenceReports.files[1].flags[0]).toMatchObject({ field: 'attachment', text: 'stowage-plan.xlsx' });
    // Mentions per report and in total, per kind: found, and linked to what the workspace holds.
    expect(result.stdout).toContain('report mentions: 6 found, 5 linked to the workspace');
    const none = { found: 0, linked: 0 };
    expect(report.intelligenceReports.mentions).toEqual({
      found: 6, linked: 5,
      byKind: { container: { found: 2, linked: 2 }, 'imo-number': { found: 1, linked: 0 }, vessel: none, 'bill-of-lading': none, 'hs-code': none, port: { found: 3, linked: 3 }, phone: none, email: none, trader: none },
    });
    expect(report.intelligenceReports.files.map((file: { fileName: string; mentions: { found: number; linked: number } }) => [file.fileName, file.mentions.found, file.mentions.linked])).toEqual([
      ['report.docx', 3, 2],
      ['report.eml', 1, 1],
      ['report.md', 1, 1],
      ['report.pdf', 1, 1],
    ]);
    expect(report.intelligenceReports.files[0].mentions.byKind).toMatchObject({ container: { found: 1, linked: 1 }, 'imo-number': { found: 1, linked: 0 }, port: { found: 1, linked: 1 } });
    const engine = await newEngine();
    await engine.openWorkspace('workspace.mlens', new Uint8Array(await readFile(join(out, 'workspace.mlens'))));
    expect((await engine.listReports()).total).toBe(4);
    expect((await engine.searchText({ text: 'wardrobes' })).reports.hits.map((hit) => hit.fileName)).toEqual(['report.docx']);
  });

  it('counts trader mentions linked once the traders are resolved, and scores the traders credible reports name', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-reports-'));
    const result = await analyze('--demo', '--out', out);
    expect(result.code).toBe(0);
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    type Counts = { found: number; linked: number; byKind: Record<string, { found: number; linked: number }> };
    const files = report.intelligenceReports.files as { fileName: string; grading: string; mentions: Counts }[];
    const total = report.intelligenceReports.mentions as Counts;
    // The reports were read before the demo's traders were resolved: the counts are of the mentions found again after.
    expect(total.byKind.trader?.found).toBeGreaterThan(0);
    expect(total.byKind.trader?.linked).toBe(total.byKind.trader?.found);
    expect(files.every((file) => file.mentions.byKind.trader !== undefined && file.mentions.byKind.trader.found > 0)).toBe(true);
    expect(total.found).toBe(files.reduce((sum, file) => sum + file.mentions.found, 0));
    expect(total.linked).toBe(files.reduce((sum, file) => sum + file.mentions.linked, 0));
    expect(result.stdout).toContain(`report mentions: ${total.found} found, ${total.linked} linked to the workspace`);
    // Traders named in reports graded A or B, 1 or 2 are targets; those of the low-graded ones are not.
    const targets = await readFile(join(out, 'targets.csv'), 'utf8');
    const named = targets.split('\n').filter((line) => line.split(',')[1] === 'trader' && line.includes('intelligence-corroboration'));
    expect(named.length).toBeGreaterThan(0);
    for (const file of files.filter((candidate) => /^[AB][12]$/.test(candidate.grading))) expect(targets).toContain(`(${file.grading}, `);
    for (const file of files.filter((candidate) => !/^[AB][12]$/.test(candidate.grading))) expect(targets).not.toContain(`(${file.grading}, `);
  });

  it('refuses a missing folder or one without report files, naming it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-reports-'));
    const missing = await analyze('--manifest', fixturePath('manifests/mixed-quality.csv'), '--reports', join(out, 'nowhere'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${join(out, 'nowhere')}: reports folder not found`);
    const empty = await analyze('--manifest', fixturePath('manifests/mixed-quality.csv'), '--reports', fixturePath('manifests'), '--out', out);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/manifests: no report files \(\.txt, \.text, \.md, \.markdown, \.eml, \.docx, \.pdf\) in the folder/);
  });
});
