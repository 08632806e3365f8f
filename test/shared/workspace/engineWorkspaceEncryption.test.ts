import { describe, expect, it } from 'vitest';
import { encryptedPreambleLength } from '../../../shared/workspace/encryptedWorkspaceFile';
import { joinWorkspaceFileParts, readWorkspaceFileHeader, WorkspaceFileError, wrongPassphraseMessage } from '../../../shared/workspace/workspaceFile';
import { fixtureSource, newEngine } from '../../support/engineHarness';

const passphrase = 'Kestrel harbour 2026!';

describe('the engine and encrypted workspace files', () => {
  it('saves encrypted once a passphrase is set, opens with it, keeps the key for the next save and refuses a wrong one', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('Operation Kestrel', 'OFFICIAL-SENSITIVE');
    await engine.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    expect(await engine.workspaceEncrypted()).toBe(false);
    await engine.setWorkspacePassphrase(passphrase);
    expect(await engine.workspaceEncrypted()).toBe(true);
    const file = joinWorkspaceFileParts(await engine.saveWorkspace());
    expect(readWorkspaceFileHeader(file)).toMatchObject({ version: 2, encrypted: true });
    expect(new TextDecoder('latin1').decode(file)).not.toContain('PALM OLEIN');

    const reopened = await newEngine();
    await expect(reopened.openWorkspace('file.mlens', file.slice())).rejects.toThrow(/encrypted: a passphrase is needed/);
    await expect(reopened.openWorkspace('file.mlens', file.slice(), 'kestrel harbour 2026!')).rejects.toThrow(wrongPassphraseMessage);
    // A refused file leaves the open workspace as it was.
    expect((await reopened.summary()).name).toBe('Untitled workspace');
    const summary = await reopened.openWorkspace('file.mlens', file.slice(), passphrase);
    expect(summary).toMatchObject({ name: 'Operation Kestrel', marking: 'OFFICIAL-SENSITIVE', counts: { manifestLines: 5, billsOfLading: 4 } });
    expect((await reopened.listShipments({ text: 'PALM OLEIN' })).total).toBe(1);
    // Saved again without asking: the key kept from opening (same salt), a new data key.
    expect(await reopened.workspaceEncrypted()).toBe(true);
    const again = joinWorkspaceFileParts(await reopened.saveWorkspace());
    expect(again.subarray(36, 52)).toEqual(file.subarray(36, 52));
    expect(again.subarray(76, 124)).not.toEqual(file.subarray(76, 124));
    expect((await (await newEngine()).openWorkspace('again.mlens', again, passphrase)).counts.manifestLines).toBe(5);
  });

  it('checks a passphrase on the file head alone, then opens the file with the key it kept', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('Head check');
    await engine.setWorkspacePassphrase(passphrase);
    const file = joinWorkspaceFileParts(await engine.saveWorkspace());
    const head = file.slice(0, encryptedPreambleLength);
    const other = await newEngine();
    expect(await other.unlockWorkspaceFile(head, 'not it')).toBe(false);
    expect(await other.unlockWorkspaceFile(head, passphrase)).toBe(true);
    expect((await other.openWorkspace('head.mlens', file)).name).toBe('Head check');
    expect(await other.workspaceEncrypted()).toBe(true);
    // A damaged head is an error of its own, not a wrong passphrase.
    const damaged = head.slice();
    damaged[40] = (damaged[40] as number) ^ 1;
    await expect(other.unlockWorkspaceFile(damaged, passphrase)).rejects.toThrow(WorkspaceFileError);
    await expect(other.unlockWorkspaceFile(damaged, passphrase)).rejects.toThrow(/header is damaged/);
  });

  it('opens an old plain file without a passphrase and has no key for it: the next save needs one (the app asks)', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('Plain');
    const plain = joinWorkspaceFileParts(await engine.saveWorkspace());
    expect(readWorkspaceFileHeader(plain)).toMatchObject({ version: 1, encrypted: false });
    const other = await newEngine();
    await other.setWorkspacePassphrase(passphrase);
    expect((await other.openWorkspace('plain.mlens', plain)).name).toBe('Plain');
    expect(await other.workspaceEncrypted()).toBe(false);
    await other.newWorkspace('Fresh');
    expect(await other.workspaceEncrypted()).toBe(false);
  });
});
