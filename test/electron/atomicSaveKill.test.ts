import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/node/atomicFile';
import { joinWorkspaceFileParts, decodeWorkspaceFile } from '../../shared/workspace/workspaceFile';
import { newEngine } from '../support/engineHarness';

/**
 * Kills a real writer (a child Node process running writeFileAtomic on a large workspace file)
 * with SIGKILL at several points of its save, and checks what the analyst would find next: the
 * previous workspace file intact and opening, and the writer's leftover temp file harmless.
 */
const child = new URL('./support/atomicWriterChild.ts', import.meta.url).pathname;
const passphrase = 'kill -9 proof';
const mebibytes = 64;

let directory: string;
let target: string;
let previous: Uint8Array;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'mlens-kill-'));
  target = path.join(directory, 'Operation Kestrel.mlens');
  const engine = await newEngine();
  await engine.newWorkspace('Operation Kestrel', 'OFFICIAL-SENSITIVE');
  await engine.setWorkspacePassphrase(passphrase);
  previous = joinWorkspaceFileParts(await engine.saveWorkspace());
  await writeFile(target, previous);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

interface KillOutcome {
  /** Bytes of the writer's temp file when it was killed (null: none existed yet). */
  readonly tempBytesAtKill: number | null;
  readonly totalBytes: number;
  readonly completed: boolean;
}

/** Runs the writer and SIGKILLs it once its temp file holds at least `fraction` of the file (0: as soon as it exists; null: as soon as it says it is writing). */
async function killWriterAt(fraction: number | null): Promise<KillOutcome> {
  // Node itself with tsx's loader (not the tsx launcher, which runs the code in a second process): the pid killed is the writer's.
  const writer = spawn(process.execPath, ['--import', 'tsx', child, target, String(mebibytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  writer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => writer.once('exit', () => resolve()));
  const tempPrefix = `.${path.basename(target)}.${writer.pid}.`;
  let tempBytesAtKill: number | null = null;
  let totalBytes = 0;
  for (;;) {
    if (output.includes('saved') || writer.exitCode !== null) break;
    const writing = /writing (\d+)/.exec(output);
    if (writing !== null) {
      totalBytes = Number(writing[1]);
      const temp = (await readdir(directory)).find((name) => name.startsWith(tempPrefix));
      const size = temp === undefined ? null : await stat(path.join(directory, temp)).then((info) => info.size, () => null);
      if (fraction === null || (size !== null && size >= fraction * totalBytes)) {
        writer.kill('SIGKILL');
        tempBytesAtKill = size;
        break;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await exited;
  return { tempBytesAtKill, totalBytes, completed: output.includes('saved') };
}

async function expectPreviousWorkspaceIntact(): Promise<void> {
  const bytes = new Uint8Array(await readFile(target));
  expect(bytes).toEqual(previous);
  const summary = await (await newEngine()).openWorkspace(path.basename(target), bytes, passphrase);
  expect(summary).toMatchObject({ name: 'Operation Kestrel', marking: 'OFFICIAL-SENSITIVE' });
}

describe('a workspace save killed mid-write', () => {
  it.each([
    ['as soon as it starts writing', null],
    ['once its temp file exists', 0],
    ['a third of the way through', 1 / 3],
    ['two thirds of the way through', 2 / 3],
    ['with every byte written, during the flush', 1],
  ] as const)('leaves the previous file intact and opening when killed %s', async (_point, fraction) => {
    let outcome = await killWriterAt(fraction);
    // A machine quick enough to finish before the kill lands gets another try at the same point.
    for (let attempt = 0; outcome.completed && attempt < 3; attempt++) {
      await writeFile(target, previous);
      outcome = await killWriterAt(fraction);
    }
    expect(outcome.completed).toBe(false);
    if (fraction !== null && fraction < 1) {
      expect(outcome.tempBytesAtKill).not.toBeNull();
      expect(outcome.tempBytesAtKill as number).toBeLessThan(outcome.totalBytes);
    }
    await expectPreviousWorkspaceIntact();
  }, 120_000);

  it('leaves only temp files no open reads, which the next save removes; that save is complete', async () => {
    const leftovers = (await readdir(directory)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers.length).toBeGreaterThan(0);
    await expectPreviousWorkspaceIntact();
    const outcome = await killWriterAt(2); // never reached: the writer completes
    expect(outcome.completed).toBe(true);
    expect(await readdir(directory)).toEqual([path.basename(target)]);
    const saved = new Uint8Array(await readFile(target));
    expect(saved.length).toBe(outcome.totalBytes);
    expect((await decodeWorkspaceFile(saved)).length).toBe(mebibytes * 1024 * 1024);
    // And a save from this process after all that is the complete new version.
    await writeFileAtomic(target, previous);
    await expectPreviousWorkspaceIntact();
  }, 120_000);
});
