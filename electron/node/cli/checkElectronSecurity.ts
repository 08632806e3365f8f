import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { judgeElectronegativityFindings, parseElectronegativityCsv } from '../security/electronegativityReport';
import type { ElectronegativityFinding } from '../security/electronegativityReport';

/**
 * `npm run check:electron-security`: runs Electronegativity (pinned in devDependencies) over the
 * main and preload sources for the pinned Electron version, reads its CSV report (it always exits
 * 0) and fails on HIGH findings and on findings of the decisive checks that no waiver covers
 * (electron/node/security/electronegativityPolicy.ts). Offline: its attempts to fetch Electron's
 * release list and translations fail and are ignored.
 */
const root = new URL('../../../', import.meta.url).pathname;
const run = promisify(execFile);

async function main(): Promise<void> {
  const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const electronVersion = packageJson.devDependencies['electron'];
  if (electronVersion === undefined) throw new Error('package.json pins no electron version');
  const folder = await mkdtemp(join(tmpdir(), 'mlens-electronegativity-'));
  const reportPath = join(folder, 'electronegativity.csv');
  try {
    const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    await run(process.execPath, [cli, '-i', join(root, 'electron'), '-r', '-e', electronVersion, '-o', reportPath], { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    const verdict = judgeElectronegativityFindings(parseElectronegativityCsv(await readFile(reportPath, 'utf8')));
    for (const { finding, waiver } of verdict.waived) {
      process.stdout.write(`waived  ${describe(finding)}: ${waiver.reason} (proven by ${waiver.provenBy.join(', ')})\n`);
    }
    for (const finding of verdict.noted) process.stdout.write(`noted   ${describe(finding)}\n`);
    for (const waiver of verdict.unusedWaivers) process.stdout.write(`unused waiver: ${waiver.check} in ${waiver.file} (no such finding any more: remove it)\n`);
    for (const finding of verdict.failing) process.stderr.write(`FAILING ${describe(finding)}\n`);
    process.stdout.write(
      `electronegativity (electron ${electronVersion}): ${verdict.failing.length} failing, ${verdict.waived.length} waived, ${verdict.noted.length} noted\n`,
    );
    if (verdict.failing.length > 0) process.exitCode = 1;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function describe(finding: ElectronegativityFinding): string {
  return `${finding.severity} ${finding.check} ${finding.file}:${finding.location} ${finding.description}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`check:electron-security: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
