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
    const engine = await newEngine();
    await engine.openWorkspace('workspace.mlens', new Uint8Array(await readFile(join(out, 'workspace.mlens'))));
    expect((await engine.listReports()).total).toBe(4);
    expect((await engine.searchText({ text: 'wardrobes' })).reports.hits.map((hit) => hit.fileName)).toEqual(['report.docx']);
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
