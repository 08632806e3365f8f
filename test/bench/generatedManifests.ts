import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
const generateCli = new URL('../../electron/node/cli/generate.ts', import.meta.url).pathname;

/**
 * The generator's world for a seed and size, written once with `npm run generate` and reused by
 * later runs. Returns the directory (manifests.csv, reports/, watchlist.csv, outcomes.csv, truth.json).
 */
export async function generatedWorld(workDir: string, seed: number, lines: number, log: (line: string) => void): Promise<string> {
  const dir = join(workDir, `world-seed${seed}-lines${lines}`);
  if (existsSync(join(dir, 'truth.json'))) return dir;
  log(`generating ${lines.toLocaleString('en-GB')} lines (seed ${seed}) into ${dir} …`);
  const started = performance.now();
  await run(tsx, [generateCli, '--seed', String(seed), '--lines', String(lines), '--out', dir, '--force'], { maxBuffer: 16 * 1024 * 1024 });
  log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}
