import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { decodeWorkspaceFile, encodeWorkspaceFile, encodeWorkspaceFileParts, joinWorkspaceFileParts, WorkspaceFileError } from '../../../shared/workspace/workspaceFile';
import { fixtureSource, newEngine } from '../../support/engineHarness';

describe('workspace file', () => {
  it('round-trips a workspace with its data, marking and name', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('Operation Kestrel', 'OFFICIAL-SENSITIVE');
    await engine.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    const parts = await engine.saveWorkspace();
    const reopened = await newEngine();
    const summary = await reopened.openWorkspace('file.mlens', joinWorkspaceFileParts(parts));
    expect(summary).toMatchObject({ name: 'Operation Kestrel', marking: 'OFFICIAL-SENSITIVE', counts: { manifestLines: 5, billsOfLading: 4 } });
    expect((await reopened.listShipments({ text: 'PALM OLEIN' })).total).toBe(1);
  });

  it('is written in parts (header, the image itself, digest) that make the documented layout byte for byte', async () => {
    const image = Uint8Array.from([1, 2, 3, 4, 5]);
    const parts = await encodeWorkspaceFileParts(image);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toBe(image);
    expect([...(parts[0] as Uint8Array)]).toEqual([0x89, 0x4d, 0x4c, 0x57, 0x53, 0x0d, 0x0a, 0x1a, 1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0]);
    expect(Buffer.from(parts[2] as Uint8Array).toString('hex')).toBe(createHash('sha256').update(image).digest('hex'));
    const file = joinWorkspaceFileParts(parts);
    expect(file).toEqual(await encodeWorkspaceFile(image));
    expect(await decodeWorkspaceFile(file)).toEqual(image);
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
