import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases } from '../fixtures/hostile/hostileCases';

/**
 * The corpus of hostile inputs (test/fixtures/hostile: built here, nothing large committed), each
 * fed to its parser the way the app feeds it, in a child process whose JavaScript heap is capped
 * (--max-old-space-size): running out of it fails the case. Each must end in the clear, specific
 * outcome below within bounded memory (peak resident memory of the process, measured by the OS,
 * at most `maxGrowthMiB` above the engine loaded and idle) and bounded time.
 */
const runnerSource = fileURLToPath(new URL('../fixtures/hostile/runHostileCase.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The runner bundled once (sql.js and PDF.js stay in node_modules), so each case starts in well under a second. */
let bundleDir = '';
let runner = '';
const heapCapMiB = 384;
const maxGrowthMiB = 320;
const maxMilliseconds = 20_000;

const expected: Readonly<Record<keyof typeof hostileCases, RegExp>> = {
  'manifest CSV with a million columns': /^refused: wide\.csv: row 1 has more than 10,000 columns; a table is read up to 10,000$/,
  'manifest CSV with a quote never closed before 32 MiB': /^refused: unclosed\.csv: row 2 runs past 1 MiB without ending \(a quoted field never closed, or the file is not a table\)$/,
  'manifest CSV with a 16 MiB field': /^refused: huge-field\.csv: row 2 runs past 1 MiB without ending/,
  // Documented behaviour: delimited text that is not UTF-8 is read as Windows-1252 from there on, and said so.
  'manifest CSV with invalid UTF-8': /^read: 2 stored, 0 rejected, encoding utf-8 then windows-1252; row 0: bytes from offset 44 are not UTF-8; read from there on as Windows-1252$/,
  'manifest JSON nested 100,000 levels': /^read: 1 stored, 1 rejected, encoding utf-8; row 2: element 2 is nested deeper than 64 levels of objects and arrays; not read$/,
  'manifest JSON Lines nested 100,000 levels': /^read: 1 stored, 1 rejected, encoding utf-8; row 2: the line is nested deeper than 64 levels of objects and arrays; not read$/,
  'manifest JSON with invalid UTF-8': /^refused: bad\.json: not valid JSON: .*not valid for encoding utf-8/,
  'manifest JSON Lines with a 32 MiB line': /^read: 1 stored, 1 rejected, encoding utf-8; row 1: the line is longer than 1 MiB; not read$/,
  'XLSX zip bomb declaring 1 GiB': /^refused: bomb\.xlsx: the workbook declares 1024 MiB uncompressed, over the limit of 512 MiB; refused$/,
  'XLSX zip bomb declaring 1 KiB, inflating to 1 GiB': /^refused: bomb\.xlsx: xl\/worksheets\/sheet1\.xml has more than 1 MiB of text between two tags, more than any cell holds; refused \(a zip bomb, or not a worksheet\)$/,
  'DOCX zip bomb declaring 1 GiB': /^refused: the text could not be read: the Word document declares 1024 MiB uncompressed, over the limit of 256 MiB; refused$/,
  'DOCX zip bomb declaring 1 KiB, inflating to 1 GiB': /^refused: the text could not be read: the Word document inflates to more than 32 MiB uncompressed; refused \(a zip bomb, or too large to import\)$/,
  // Documented behaviour: report text that is not UTF-8 is read as Windows-1252.
  'report text with invalid UTF-8': /^read: imported, reference INT-26-0001$/,
  'report text of one 32 MiB line': /^refused: the text could not be read: its text is 32\.0 MiB long, more than the 4 MiB a report is read up to$/,
  'report header of 100,000 lines of separators': /^read: \d+ flags$/,
  // Nesting in what FollowTheMoney does not define is passed over; the entities are read.
  'watchlist FollowTheMoney nested 100,000 levels': /^read: 2 entries, 0 rejected$/,
  'watchlist FollowTheMoney with invalid UTF-8': /^refused: not UTF-8: malformed byte sequence at byte 45$/,
  'watchlist FollowTheMoney with a 32 MiB line': /^read: 0 entries, 1 rejected: row 1: the line is 33,554,510 characters long, more than the 1,048,576 an entity is read up to$/,
  'watchlist CSV with a million columns': /^refused: row 1 has 1,000,001 columns; the file is read up to 10,000$/,
  'watchlist CSV with a quote never closed before 32 MiB': /^refused: row 2 has a field of 33,554,454 characters \(a quote never closed\?\); fields are read up to 65,536$/,
  'import profile JSON nested 100,000 levels': /^refused: deep\.json: tables\[0\]\.sheet must be a string or null$/,
  'import profile JSON of 32 MiB': /^refused: huge\.json: 32\.0 MiB is too large for an import profile \(at most 1 MiB\)$/,
  'examination outcomes CSV with a million columns': /^refused: row 1 has 1,000,002 columns; the file is read up to 10,000$/,
};

interface CaseResult {
  readonly name: string;
  readonly outcome: string;
  readonly milliseconds: number;
  readonly baselineRssMiB: number;
  readonly peakRssMiB: number;
}

async function runCase(name: string): Promise<CaseResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapCapMiB}`, runner, name], { maxBuffer: 1024 * 1024, timeout: 120_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as CaseResult;
}

beforeAll(async () => {
  // Inside the repository, so the bundle resolves the packages (sql.js and its wasm) from node_modules.
  bundleDir = await mkdtemp(path.join(repoRoot, 'node_modules', '.hostile-runner-'));
  runner = path.join(bundleDir, 'runHostileCase.mjs');
  await build({ entryPoints: [runnerSource], outfile: runner, bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['sql.js', 'pdfjs-dist'], logLevel: 'silent' });
});

afterAll(async () => {
  if (bundleDir !== '') await rm(bundleDir, { recursive: true, force: true });
});

describe('hostile inputs are refused (or read as documented) with a specific reason, in bounded memory and time', () => {
  it('has an expectation for every case of the corpus', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(hostileCases).sort());
  });

  it.each(Object.keys(hostileCases))('%s', async (name) => {
    const result = await runCase(name);
    console.log(`hostile: ${name}: ${result.milliseconds} ms, peak RSS ${result.peakRssMiB} MiB (baseline ${result.baselineRssMiB}); ${result.outcome.slice(0, 160)}`);
    expect(result.outcome).toMatch(expected[name as keyof typeof expected] as RegExp);
    expect(result.peakRssMiB - result.baselineRssMiB).toBeLessThanOrEqual(maxGrowthMiB);
    expect(result.milliseconds).toBeLessThanOrEqual(maxMilliseconds);
  }, 150_000);
});
