import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

/** What a measured child process reports on its last stdout line (JSON). */
export interface ChildMeasurement {
  readonly rows: number;
  readonly milliseconds: number;
  /** Peak resident set size of the child process, in MiB. */
  readonly peakRssMiB: number;
  readonly details?: Readonly<Record<string, number | string>>;
}

/**
 * Runs a measurement script in its own Node process, so each side's peak memory is its own, and
 * parses the JSON it prints last.
 */
export async function measureInChild(script: string, args: readonly string[]): Promise<ChildMeasurement> {
  const { stdout } = await run(tsx, [new URL(script, import.meta.url).pathname, ...args], { maxBuffer: 64 * 1024 * 1024 });
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as ChildMeasurement;
}

/**
 * CPU time (user + system, all threads) this process has used since `start`, in milliseconds: on
 * a machine shared with other work it varies less than the wall-clock time.
 */
export function cpuMillisecondsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Peak RSS of this process so far, in MiB (ru_maxrss is in KiB on Linux). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
