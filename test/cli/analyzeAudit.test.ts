import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePath, newEngine } from '../support/engineHarness';

const run = promisify(execFile);
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('../../electron/node/cli/analyze.ts', import.meta.url).pathname;

/** `analyze` keeps its actions and the CSV files it writes in the workspace's audit trail. */
describe('npm run analyze and the audit trail', () => {
  it('records the import, the resolution, the scoring and each CSV export in the workspace it writes', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-audit-'));
    await run(tsx, [cli, '--manifest', fixturePath('manifests/mixed-quality.csv'), '--out', out]);
    const engine = await newEngine();
    await engine.openWorkspace('workspace.mlens', new Uint8Array(await readFile(join(out, 'workspace.mlens'))));
    const records = [...(await engine.auditTrail({ limit: 500 })).records].reverse();
    expect(records.map((record) => `${record.action} ${record.objectId} ${record.outcome}`)).toEqual([
      'manifest.import mixed-quality.csv done',
      expect.stringMatching(/^entities\.resolve .* done$/),
      expect.stringMatching(/^risk\.score .* done$/),
      'entities.export entities.csv done',
      'watchlist-hits.export watchlist-hits.csv done',
      'targets.export targets.csv done',
    ]);
    expect(records.every((record) => record.actor === 'analyst')).toBe(true);
    expect(await engine.verifyAuditTrail()).toMatchObject({ ok: true, records: 6 });
  }, 120_000);
});
