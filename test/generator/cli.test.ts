import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../reference/csvText';
import { parseGenerateArguments, runGenerate, UsageError } from '../../electron/node/cli/generate';
import type { WorldTruth } from '../../shared/generator/truth';

const scratch = mkdtempSync(path.join(tmpdir(), 'manifest-lens-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generate CLI', () => {
  it('writes manifests, reports, watchlist, outcomes and truth to the directory', async () => {
    const outDir = path.join(scratch, 'world');
    const message = await runGenerate(['--seed', '5', '--lines', '2500', '--out', outDir]);
    expect(message).toMatch(/^wrote 2500 cargo lines/);
    expect(readdirSync(outDir).sort()).toEqual(['manifests.csv', 'outcomes.csv', 'reports', 'truth.json', 'watchlist.csv']);
    const manifests = parseCsv(readFileSync(path.join(outDir, 'manifests.csv'), 'utf8'));
    expect(manifests).toHaveLength(2501);
    expect(new Set(manifests.map((record) => record.length)).size).toBe(1);
    const truth = JSON.parse(readFileSync(path.join(outDir, 'truth.json'), 'utf8')) as WorldTruth;
    expect(truth.generator).toMatchObject({ seed: 5, lines: 2500 });
    expect(readdirSync(path.join(outDir, 'reports')).sort()).toEqual(Object.keys(truth.reports).sort());
  });

  it('refuses to overwrite an earlier world without --force, and replaces it with --force', async () => {
    const outDir = path.join(scratch, 'again');
    await runGenerate(['--seed', '1', '--lines', '1000', '--out', outDir]);
    await expect(runGenerate(['--seed', '2', '--lines', '1000', '--out', outDir])).rejects.toThrow(/--force/);
    writeFileSync(path.join(outDir, 'reports', 'stale.txt'), 'old');
    await runGenerate(['--seed=2', '--lines=1000', `--out=${outDir}`, '--force']);
    expect(readdirSync(path.join(outDir, 'reports'))).not.toContain('stale.txt');
    expect((JSON.parse(readFileSync(path.join(outDir, 'truth.json'), 'utf8')) as WorldTruth).generator.seed).toBe(2);
  });

  it('explains bad arguments in one line', () => {
    const cases: [string[], RegExp][] = [
      [['--lines', '1000', '--out', 'x'], /--seed is required/],
      [['--seed', '1', '--out', 'x'], /--lines is required/],
      [['--seed', '1', '--lines', '1000'], /--out is required/],
      [['--seed', 'abc', '--lines', '1000', '--out', 'x'], /--seed needs a whole number, got "abc"/],
      [['--seed', '1', '--lines', '-5', '--out', 'x'], /--lines needs a whole number/],
      [['--seed', '1', '--lines', '10', '--out', 'x'], /lines must be a whole number from 1000/],
      [['--seed', '1', '--lines', '1000', '--out'], /--out needs a directory/],
      [['--seed', '1', '--lines', '1000', '--out', 'x', '--start-date', '2024-13-01'], /startDate must be a calendar date/],
      [['--seed', '1', '--lines', '1000', '--out', 'x', '--colour'], /unknown argument "--colour"/],
    ];
    for (const [argv, message] of cases) {
      expect(() => parseGenerateArguments(argv)).toThrow(UsageError);
      expect(() => parseGenerateArguments(argv)).toThrow(message);
    }
  });

  it('exits non-zero with a one-line message when run with bad arguments', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('electron/node/cli/generate.ts'), '--seed', 'x'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^generate: --seed needs a whole number/);
  });
});
