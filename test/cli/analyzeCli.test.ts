import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

describe('npm run analyze', () => {
  it('loads manifests and writes the workspace and an import report that accounts for every row', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-'));
    const second = join(out, 'second.csv');
    await writeFile(second, 'Bill of Lading,Consignee,Gross Weight\nZZ1,ACME,12 kg\nZZ2,,abc\n');
    const result = await analyze('--manifest', fixturePath('manifests/mixed-quality.csv'), '--manifest', second, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('mixed-quality.csv: 7 rows read, 5 stored, 2 rejected');
    expect(result.stdout).toContain('second.csv: 2 rows read, 2 stored, 0 rejected');
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.totals).toEqual({ rowsRead: 9, rowsStored: 7, rowsRejected: 2 });
    expect(report.files[0].rejections[0]).toMatchObject({ fileName: 'mixed-quality.csv', row: 4, column: 'B/L No.', reason: 'bill-of-lading number is empty' });
    expect(report.files[1].warnings[0]).toMatchObject({ row: 3, column: 'Gross Weight', value: 'abc' });
    const engine = await newEngine();
    const summary = await engine.openWorkspace('workspace.mlens', new Uint8Array(await readFile(join(out, 'workspace.mlens'))));
    expect(summary.counts.manifestLines).toBe(7);
    expect(summary.datasets.map((dataset) => dataset.sourceFile)).toEqual(['mixed-quality.csv', 'second.csv']);
  });

  it('exits non-zero with a one-line reason naming the file when an input is unusable', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-'));
    const missing = await analyze('--manifest', join(out, 'nope.csv'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`analyze: ${join(out, 'nope.csv')}: manifest file not found`);
    const wrong = join(out, 'wrong.csv');
    await writeFile(wrong, 'Name,Amount\nA,1\n');
    const unusable = await analyze('--manifest', wrong, '--out', out);
    expect(unusable.code).toBe(2);
    expect(unusable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unusable.stderr).toMatch(/^analyze: wrong\.csv: no column for the bill-of-lading number/);
    const noArgs = await analyze('--out', out);
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toMatch(/--manifest/);
  });
});
