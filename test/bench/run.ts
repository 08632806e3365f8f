/**
 * npm run bench -- [ID ...] [--lines N] [--seed N] [--work-dir DIR]
 *
 * Runs the named benchmarks (all when none is named) and prints each figure, with its goal and
 * whether it is met. Exits 1 when a benchmark fails to run; missing a goal is reported, not fatal.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { meetsGoal } from './benchmark';
import type { BenchmarkFigure } from './benchmark';
import { benchmarks } from './benchmarks';
import { engineV8Flags } from '../../electron/main/engineV8Flags';

const { values, positionals } = parseArgs({
  options: { lines: { type: 'string' }, seed: { type: 'string', default: '1' }, 'work-dir': { type: 'string', default: join(tmpdir(), 'manifest-lens-bench') } },
  allowPositionals: true,
});
const unknown = positionals.filter((id) => !benchmarks.some((benchmark) => benchmark.id === id));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')}; available: ${benchmarks.map((benchmark) => benchmark.id).join(', ')}\n`);
  process.exit(2);
}

function formatFigure(figure: BenchmarkFigure, nameWidth: number): string {
  const value = Number.isInteger(figure.value) ? figure.value.toLocaleString('en-GB') : figure.value.toFixed(2);
  const met = meetsGoal(figure);
  const goal = figure.goal ? `   goal ${figure.goal.bound === 'max' ? '≤' : '≥'} ${figure.goal.value} ${figure.unit}: ${met ? 'met' : 'NOT MET'}` : '';
  return `  ${figure.name.padEnd(nameWidth)} ${value.padStart(14)} ${figure.unit}${goal}`;
}

// The engine runs under the product's V8 settings (electron/main/engineV8Flags.ts), as `npm run bench` starts it.
const missingFlags = engineV8Flags.filter((flag) => !process.execArgv.includes(flag));
process.stdout.write(missingFlags.length === 0 ? `engine V8 flags: ${engineV8Flags.join(' ')} (as in the product)\n` : `WARNING: running without the product's V8 flags ${missingFlags.join(' ')}: start with npm run bench for the product's figures\n`);

let failed = false;
for (const benchmark of benchmarks.filter((candidate) => positionals.length === 0 || positionals.includes(candidate.id))) {
  const lines = values.lines ? Number(values.lines) : benchmark.defaultLines;
  process.stdout.write(`\n${benchmark.id}: ${benchmark.title} (${lines.toLocaleString('en-GB')} lines)\n`);
  try {
    const figures = await benchmark.run({ lines, seed: Number(values.seed), workDir: values['work-dir'] as string }, (line) => process.stdout.write(`  · ${line}\n`));
    const nameWidth = Math.max(32, ...figures.map((figure) => figure.name.length));
    for (const figure of figures) process.stdout.write(`${formatFigure(figure, nameWidth)}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`  FAILED: ${(error as Error).message}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
