import { describe, expect, it } from 'vitest';
import { decodeWorkspaceFile, encodeWorkspaceFile, WorkspaceFileError } from '../../../shared/workspace/workspaceFile';
import { fixtureSource, newEngine } from '../../support/engineHarness';

describe('workspace file', () => {
  it('round-trips a workspace with its data, marking and name', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('Operation Kestrel', 'OFFICIAL-SENSITIVE');
    await engine.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    const image = await engine.saveWorkspace();
    const reopened = await newEngine();
    const summary = await reopened.openWorkspace('file.mlens', image);
    expect(summary).toMatchObject({ name: 'Operation Kestrel', marking: 'OFFICIAL-SENSITIVE', counts: { manifestLines: 5, billsOfLading: 4 } });
    expect((await reopened.listShipments({ text: 'PALM OLEIN' })).total).toBe(1);
  });

  it('detects a modified byte, truncation and foreign files with specific reasons', async () => {
    const file = await encodeWorkspaceFile(Uint8Array.from([1, 2, 3, 4, 5]));
    expect(await decodeWorkspaceFile(file)).toEqual(Uint8Array.from([1, 2, 3, 4, 5]));
    const flipped = file.slice();
    flipped[21] = (flipped[21] as number) ^ 0xff;
    await expect(decodeWorkspaceFile(flipped)).rejects.toThrow(/checksum mismatch/);
    await expect(decodeWorkspaceFile(file.subarray(0, file.length - 1))).rejects.toThrow(/truncated/);
    await expect(decodeWorkspaceFile(new TextEncoder().encode('SQLite format 3\u0000'))).rejects.toThrow(WorkspaceFileError);
    const future = file.slice();
    future[8] = 9;
    await expect(decodeWorkspaceFile(future)).rejects.toThrow(/version 9 is newer/);
  });

  it('refuses to open a workspace file whose payload is not a database', async () => {
    const engine = await newEngine();
    await expect(engine.openWorkspace('x.mlens', await encodeWorkspaceFile(new TextEncoder().encode('not sqlite at all, just text')))).rejects.toThrow();
    expect((await engine.summary()).counts.manifestLines).toBe(0);
  });
});
