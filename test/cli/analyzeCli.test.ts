import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePath, newEngine } from '../support/engineHarness';
import { queryWorkspace } from '../shared/ingest/support/workspaceImage';

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
  it('--demo analyses the demo workspace: manifests accounted for, reports, watchlist and outcomes kept', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-demo-'));
    const result = await analyze('--demo', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/demo-manifests\.csv: (\d+) rows read, \1 stored, 0 rejected/);
    expect(result.stdout).toMatch(/source documents kept: \d+ added, 0 already present/);
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.totals.rowsRead).toBeGreaterThanOrEqual(1000);
    expect(report.sourceDocuments.length).toBeGreaterThan(2);
    const engine = await newEngine();
    const summary = await engine.openWorkspace('workspace.mlens', new Uint8Array(await readFile(join(out, 'workspace.mlens'))));
    expect(summary).toMatchObject({ marking: 'OFFICIAL-SENSITIVE', counts: { manifestLines: report.totals.rowsStored, sourceDocuments: report.sourceDocuments.length } });
    const refused = await analyze('--demo', '--manifest', 'x.csv', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cannot be combined with --manifest/);
  });

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

  it('imports an XLSX workbook sheet by sheet and reports the sheets it skipped', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-'));
    const result = await analyze('--manifest', fixturePath('ingest/openpyxl-two-manifest-sheets.xlsx'), '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('openpyxl-two-manifest-sheets.xlsx: 5 rows read, 4 stored, 1 rejected\n');
    expect(result.stdout).toContain('  sheet "Bills B": 2 rows read, 2 stored, 0 rejected\n');
    expect(result.stdout).toContain('  sheet "Notes": skipped: no column for the bill-of-lading number (headers: Prepared by, Desk 4)\n');
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.files[0]).toMatchObject({ format: 'xlsx', rowsStored: 4, rejections: [expect.objectContaining({ sheet: 'Bills A', row: 4, reason: 'bill-of-lading number is empty' })] });
  });

  it('groups AMS table files given with other manifests into one release, reporting each file in the order given', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-'));
    const amsDirectory = fixturePath('ingest/ams');
    const tables = (await readdir(amsDirectory)).filter((name) => name.endsWith('.csv')).sort();
    const consigneeCopy = join(out, 'consignees-2020-01-07.csv');
    await writeFile(consigneeCopy, await readFile(join(amsDirectory, 'ams__consignee_2020__202001070600.csv')));
    const headerAndBillgen = tables.filter((name) => /ams__(header|billgen)_/.test(name)).map((name) => join(amsDirectory, name));
    const args = [fixturePath('manifests/mixed-quality.csv'), ...headerAndBillgen, consigneeCopy].flatMap((file) => ['--manifest', file]);
    const result = await analyze(...args, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'mixed-quality.csv: 7 rows read, 5 stored, 2 rejected',
      'ams__billgen_2020__202001070600.csv: 6 rows read, 5 stored, 1 rejected [AMS billgen]',
      'ams__header_2020__202001070600.csv: 12 rows read, 10 stored, 2 rejected [AMS header]',
      'consignees-2020-01-07.csv: 11 rows read, 9 stored, 2 rejected [AMS consignee]',
    ]);
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.totals).toEqual({ rowsRead: 36, rowsStored: 29, rowsRejected: 7 });
    expect(report.files[3].rejections.map((issue: { row: number }) => issue.row)).toEqual([11, 12]);
    const engine = await newEngine();
    await engine.openWorkspace('workspace.mlens', new Uint8Array(await readFile(join(out, 'workspace.mlens'))));
    expect(await queryWorkspace(engine, 'SELECT count(*) AS releases FROM import_release')).toEqual([{ releases: 1 }]);
    expect(await queryWorkspace(engine, 'SELECT source_file AS file, source_table AS tableName FROM import_batch WHERE release_id IS NOT NULL ORDER BY id')).toEqual([
      { file: 'ams__billgen_2020__202001070600.csv', tableName: 'billgen' },
      { file: 'ams__header_2020__202001070600.csv', tableName: 'header' },
      { file: 'consignees-2020-01-07.csv', tableName: 'consignee' },
    ]);
  });

  it('--profile FILE maps every manifest by the profile, keeps it in the workspace, and fails a file lacking a mapped header with the header named', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-profile-'));
    const profilePath = join(out, 'felixstowe.json');
    await writeFile(
      profilePath,
      JSON.stringify({
        format: 'manifest-lens-import-profile',
        version: 1,
        name: 'Port of Felixstowe daily',
        tables: [{ sheet: null, columns: [{ header: 'F1', field: 'billOfLadingNumber' }, { header: 'F2', field: 'notifyPartyName' }, { header: 'F3', field: null }] }],
      }),
    );
    const daily = join(out, 'daily.csv');
    await writeFile(daily, 'F1,F2,F3\nFXT0001,HARBOUR IMPORTS LTD,ignored\nFXT0002,ACME TRADING CO,ignored\n');
    const result = await analyze('--manifest', daily, '--profile', profilePath, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("daily.csv: 2 rows read, 2 stored, 0 rejected\n  mapping: Layout matches profile 'Port of Felixstowe daily' (given to the import)");
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.files[0].mapping).toMatchObject({ kind: 'given-profile', profileName: 'Port of Felixstowe daily' });
    expect(report.files[0].columnMapping).toEqual({ F1: 'billOfLadingNumber', F2: 'notifyPartyName' });
    const engine = await newEngine();
    await engine.openWorkspace('workspace.mlens', new Uint8Array(await readFile(join(out, 'workspace.mlens'))));
    expect((await engine.listImportProfiles()).map((profile) => profile.name)).toEqual(['Port of Felixstowe daily']);
    expect(await queryWorkspace(engine, "SELECT raw_name AS name FROM party_occurrence WHERE role = 'notify_party' ORDER BY id")).toEqual([{ name: 'HARBOUR IMPORTS LTD' }, { name: 'ACME TRADING CO' }]);

    const other = join(out, 'other.csv');
    await writeFile(other, 'F1,Consignee\nFXT0003,ACME\n');
    const lacking = await analyze('--manifest', other, '--profile', profilePath, '--out', out);
    expect(lacking.code).toBe(2);
    expect(lacking.stderr).toBe("analyze: other.csv: no row among the first 10 holds the mapped headers 'F1', 'F2' (headers: F1, Consignee)\n");
    const missing = await analyze('--manifest', daily, '--profile', join(out, 'nope.json'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`analyze: ${join(out, 'nope.json')}: profile file not found\n`);
    await writeFile(profilePath, '{"format":"something-else"}');
    const foreign = await analyze('--manifest', daily, '--profile', profilePath, '--out', out);
    expect(foreign.stderr).toBe(`analyze: ${profilePath}: not an import profile ("format" must be "manifest-lens-import-profile")\n`);
  });
});
