/**
 * npm run generate -- --seed N --lines N --out DIR [--start-date YYYY-MM-DD] [--force]
 *
 * Writes a synthetic manifest world: DIR/manifests.csv, DIR/reports/*.txt, DIR/watchlist.csv,
 * DIR/outcomes.csv and DIR/truth.json. The CSV files are streamed to disk with backpressure, so
 * memory stays flat however many lines are asked for.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { generateManifestWorld, validateGenerateOptions, type GenerateOptions } from '../../../shared/generator/index';

const usage = 'usage: npm run generate -- --seed N --lines N --out DIR [--start-date YYYY-MM-DD] [--force]';

export interface GenerateArguments {
  readonly options: GenerateOptions;
  readonly outDir: string;
  readonly force: boolean;
}

export class UsageError extends Error {}

function wholeNumber(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new UsageError(`${flag} needs a whole number, got ${text === undefined ? 'nothing' : `"${text}"`}`);
  return Number(text);
}

export function parseGenerateArguments(argv: readonly string[]): GenerateArguments {
  let seed: number | undefined;
  let lines: number | undefined;
  let outDir: string | undefined;
  let startDate: string | undefined;
  let force = false;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] as string;
    const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string | undefined => inline ?? argv[++index];
    switch (name) {
      case '--seed':
        seed = wholeNumber('--seed', value());
        break;
      case '--lines':
        lines = wholeNumber('--lines', value());
        break;
      case '--out': {
        const dir = value();
        if (!dir || dir.startsWith('--')) throw new UsageError('--out needs a directory');
        outDir = dir;
        break;
      }
      case '--start-date':
        startDate = value();
        break;
      case '--force':
        force = true;
        break;
      default:
        throw new UsageError(`unknown argument "${flag}"`);
    }
  }
  if (seed === undefined) throw new UsageError('--seed is required');
  if (lines === undefined) throw new UsageError('--lines is required');
  if (outDir === undefined) throw new UsageError('--out is required');
  const options: GenerateOptions = startDate === undefined ? { seed, lines } : { seed, lines, startDate };
  try {
    validateGenerateOptions(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { options, outDir: path.resolve(outDir), force };
}

async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

const outputNames = ['manifests.csv', 'watchlist.csv', 'outcomes.csv', 'truth.json', 'reports'];

function prepareOutDir(outDir: string, force: boolean): void {
  if (existsSync(outDir)) {
    const present = readdirSync(outDir).filter((name) => outputNames.includes(name));
    if (present.length > 0 && !force) throw new UsageError(`${outDir} already holds ${present.join(', ')}; pass --force to replace them`);
    for (const name of present) rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
  mkdirSync(path.join(outDir, 'reports'), { recursive: true });
}

export async function runGenerate(argv: readonly string[]): Promise<string> {
  const { options, outDir, force } = parseGenerateArguments(argv);
  prepareOutDir(outDir, force);
  const started = performance.now();
  const manifests = createWriteStream(path.join(outDir, 'manifests.csv'), { encoding: 'utf8', highWaterMark: 1 << 20 });
  const outcomes = createWriteStream(path.join(outDir, 'outcomes.csv'), { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => {
    manifests.once('error', reject);
    outcomes.once('error', reject);
  });
  const summary = await Promise.race([
    failed,
    generateManifestWorld(options, {
      manifests: (chunk) => write(manifests, chunk),
      outcomes: (chunk) => write(outcomes, chunk),
      report: (fileName, text) => writeFile(path.join(outDir, 'reports', fileName), text, 'utf8'),
      watchlist: (text) => writeFile(path.join(outDir, 'watchlist.csv'), text, 'utf8'),
      truth: (truth) => writeFile(path.join(outDir, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`, 'utf8'),
    }),
  ]);
  manifests.end();
  outcomes.end();
  await Promise.all([finished(manifests), finished(outcomes)]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `wrote ${summary.lines} cargo lines on ${summary.billsOfLading} bills of lading (${summary.portCalls} port calls), ${summary.reports} reports, ${summary.watchlistEntries} watchlist entries, ${summary.examinationOutcomes} examination outcomes to ${outDir} in ${seconds} s`;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  runGenerate(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`generate: ${error.message} (${usage})`);
        process.exitCode = 2;
      } else {
        console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    },
  );
}
