/**
 * `npm run analyze` with --outcomes, end to end on a generated world: targets.csv ranks shipments
 * (B/L numbers exactly as in the input) and traders with their reasons, spreadsheet-safe; the
 * outcomes are kept and read, and import-report.json gives the rules' hit rates and lift on them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateParsedWorld } from '../generator/worldFixture';
import { parseCsvObjects } from '../reference/csvText';
import { targetsCsvHeader } from '../../shared/exports/targetsCsv';

const run = promisify(execFile);
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('../../electron/node/cli/analyze.ts', import.meta.url).pathname;

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Two extra bills with formula-like names, receipt in another country than the origin. */
const extraBills = [
  'B/L No.,Arrival Date,Vessel,IMO No.,Voyage,Place of Receipt,Port of Loading,Port of Discharge,Country of Origin,Shipper Name,Consignee Name,HS Code,Goods Description,Gross Weight (kg),Declared Value (USD)',
  ' xpl/0001 ,2024-01-20,GLORIA,7406784,7E,CNSHA,AEJEA,GBFXT,AE,=HYPERLINK("x"),@EVIL TRADING LTD,,GENERAL CARGO,1000,100',
].join('\n');

describe('npm run analyze: targets.csv and --outcomes', () => {
  it('writes the ranked targets with reasons and reports per-rule hit rates on the outcomes', async () => {
    const world = generateParsedWorld(3, 8000);
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-targets-'));
    await writeFile(join(out, 'manifests.csv'), world.manifestsCsv);
    await writeFile(join(out, 'extra.csv'), extraBills);
    await writeFile(join(out, 'watchlist.csv'), world.watchlistCsv);
    await writeFile(join(out, 'outcomes.csv'), world.outcomesCsv);
    const result = await analyze('--manifest', join(out, 'manifests.csv'), '--manifest', join(out, 'extra.csv'), '--watchlist', join(out, 'watchlist.csv'), '--outcomes', join(out, 'outcomes.csv'), '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const seizures = world.outcomes.filter((row) => row.result === 'seizure').length;
    expect(result.stdout).toContain(`outcomes.csv: ${world.outcomes.length} examination outcomes (${seizures} seizures, ${world.outcomes.length - seizures} no find), 0 rejected`);
    expect(result.stdout).toMatch(/risk: \d+ bills and \d+ traders scored in [\d.]+ s; \d+ shipments and \d+ traders at or above 3 points/);
    // The rules' hit rates and lift on the outcomes, one line per rule.
    expect(result.stdout).toMatch(/\noutcomes: \d+ examined bills of the workspace, \d+ seizures \(seizure rate [\d.]+ %\); \d+ of them at or above the target threshold/);
    expect(result.stdout).toMatch(/\n {2}origin-laundering: hit rate [\d.]+ % \(\d+ seizures of \d+ examined bills found\), lift [\d.]+\n/);

    const targets = parseCsvObjects(await readFile(join(out, 'targets.csv'), 'utf8'));
    expect(targets.header).toEqual([...targetsCsvHeader]);
    expect(targets.rows.length).toBeGreaterThan(20);
    expect(targets.rows.map((row) => Number(row.rank))).toEqual(targets.rows.map((_row, index) => index + 1));
    const scores = targets.rows.map((row) => Number(row.score));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(targets.rows.map((row) => row.kind))).toEqual(new Set(['shipment', 'trader']));
    const planted = new Set(Object.values(world.truth.schemes).flatMap((scheme) => scheme.billsOfLading));
    const shipments = targets.rows.filter((row) => row.kind === 'shipment');
    // Refs are B/L numbers as written; most of the top 20 shipments are planted.
    expect(shipments.slice(0, 20).filter((row) => planted.has(row.ref as string)).length).toBeGreaterThanOrEqual(16);
    for (const row of targets.rows.filter((candidate) => candidate.kind === 'trader')) expect(row.ref).toMatch(/^T:\d+$/);
    // The extra bill: its number as written (trimmed by import, case kept), its formula-like consignee made safe.
    const extra = shipments.find((row) => row.ref === 'xpl/0001');
    expect(extra).toBeDefined();
    expect(extra?.name).toBe("'@EVIL TRADING LTD");
    expect(extra?.reasons).toContain('[+3.00] received at CNSHA (CN), declared origin AE');
    expect(extra?.reasons).toContain('generic goods wording "GENERAL CARGO"; no HS code');
    expect(extra?.rules).toBe('misdeclared-goods; origin-laundering');
    const text = await readFile(join(out, 'targets.csv'), 'utf8');
    expect(text).not.toMatch(/(^|,)[=+@]/m);

    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.outcomes).toMatchObject({ fileName: 'outcomes.csv', outcomes: world.outcomes.length, seizures });
    expect(report.risk.outcomes.examinedBills).toBe(new Set(world.outcomes.map((row) => row.bill_of_lading_number)).size);
    const rules = report.risk.outcomes.rules as { ruleId: string; examinedFound: number; seizuresFound: number; lift: number | null }[];
    for (const rule of rules) expect(rule.seizuresFound).toBeLessThanOrEqual(rule.examinedFound);
    // Seizures come from planted consignments: the rules that find them lift the seizure rate.
    expect(rules.find((rule) => rule.ruleId === 'origin-laundering')?.lift ?? 0).toBeGreaterThan(1);
  }, 120_000);

  it('refuses an outcomes file it cannot read, naming it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-outcomes-'));
    await writeFile(join(out, 'm.csv'), extraBills);
    await writeFile(join(out, 'bad.csv'), 'name,colour\nx,y\n');
    const missing = await analyze('--manifest', join(out, 'm.csv'), '--outcomes', join(out, 'nope.csv'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: outcomes file not found');
    const bad = await analyze('--manifest', join(out, 'm.csv'), '--outcomes', join(out, 'bad.csv'), '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.csv: not an examination outcomes file (needs columns bill_of_lading_number and result)');
  }, 60_000);
});
