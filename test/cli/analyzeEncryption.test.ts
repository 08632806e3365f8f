import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { passphraseFromEnvironment } from '../../electron/node/cli/passphraseEnvironment';
import { readWorkspaceFileHeader } from '../../shared/workspace/workspaceFile';
import { fixturePath, newEngine } from '../support/engineHarness';

const run = promisify(execFile);
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('../../electron/node/cli/analyze.ts', import.meta.url).pathname;

describe('npm run analyze and the workspace passphrase', () => {
  it('encrypts workspace.mlens with the passphrase in MANIFEST_LENS_PASSPHRASE, never printing it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-encrypted-'));
    const passphrase = 'tide tables at Felixstowe';
    const { stdout, stderr } = await run(tsx, [cli, '--manifest', fixturePath('manifests/mixed-quality.csv'), '--out', out], {
      env: { ...process.env, MANIFEST_LENS_PASSPHRASE: passphrase },
    });
    expect(stdout).toMatch(/workspace\.mlens is encrypted \(AES-256-GCM, key from the passphrase in MANIFEST_LENS_PASSPHRASE by Argon2id\)/);
    expect(`${stdout}${stderr}`).not.toContain(passphrase);
    const file = new Uint8Array(await readFile(join(out, 'workspace.mlens')));
    expect(readWorkspaceFileHeader(file)).toMatchObject({ version: 2, encrypted: true });
    const engine = await newEngine();
    await expect(engine.openWorkspace('workspace.mlens', file.slice())).rejects.toThrow(/passphrase is needed/);
    expect((await engine.openWorkspace('workspace.mlens', file, passphrase)).counts.manifestLines).toBe(5);
  });

  it('writes a plain file when no passphrase is set, and says so', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-plain-'));
    const environment = { ...process.env };
    delete environment['MANIFEST_LENS_PASSPHRASE'];
    const { stdout, stderr } = await run(tsx, [cli, '--manifest', fixturePath('manifests/mixed-quality.csv'), '--out', out], { env: environment });
    expect(stdout).toMatch(/workspace\.mlens is NOT encrypted \(set MANIFEST_LENS_PASSPHRASE to encrypt it\)/);
    expect(stderr).toBe('');
    expect(readWorkspaceFileHeader(new Uint8Array(await readFile(join(out, 'workspace.mlens'))))).toMatchObject({ version: 1, encrypted: false });
    const refused = await run(tsx, [cli, '--manifest', fixturePath('manifests/mixed-quality.csv'), '--out', out], { env: { ...environment, MANIFEST_LENS_PASSPHRASE: '' } }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toMatch(/MANIFEST_LENS_PASSPHRASE is set but empty/);
  });

  it('reads the passphrase from the environment only: unset writes a plain file, empty is refused', () => {
    expect(passphraseFromEnvironment({})).toBeUndefined();
    expect(passphraseFromEnvironment({ MANIFEST_LENS_PASSPHRASE: 'x y z' })).toBe('x y z');
    expect(() => passphraseFromEnvironment({ MANIFEST_LENS_PASSPHRASE: '' })).toThrow(/set but empty/);
  });
});
