import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { nodeSha256 } from '../../../electron/node/nodeSha256';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { digestHex, wasmSha256 } from '../../../shared/workspace/sha256';
import type { Sha256Factory } from '../../../shared/workspace/sha256';
import { decodeWorkspaceFile, encodeWorkspaceFileParts, joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import { fixtureSource } from '../../support/engineHarness';

/** Bytes fed in uneven pieces, as a file arrives in chunks. */
async function hashInPieces(factory: Sha256Factory, bytes: Uint8Array, pieces: readonly number[]): Promise<string> {
  const hasher = await factory();
  let offset = 0;
  for (const piece of pieces) {
    hasher.update(bytes.subarray(offset, offset + piece));
    offset += piece;
  }
  hasher.update(bytes.subarray(offset));
  return digestHex(hasher.digest());
}

describe('SHA-256 of the engine (hash-wasm, or the host\'s native one)', () => {
  const bytes = Uint8Array.from({ length: 200_003 }, (_, index) => (index * 7919 + (index >> 5)) & 0xff);
  const expected = createHash('sha256').update(bytes).digest('hex');

  it('gives the standard digest whichever hasher, however the bytes are split', async () => {
    for (const factory of [wasmSha256, nodeSha256]) {
      expect(await hashInPieces(factory, bytes, [])).toBe(expected);
      expect(await hashInPieces(factory, bytes, [1, 63, 64, 65, 100_000, 0, 7])).toBe(expected);
      expect(await hashInPieces(factory, new Uint8Array(0), [])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    }
  });

  it('writes the same workspace file either way, and each opens what the other wrote', async () => {
    const image = bytes.subarray(0, 4096);
    const native = joinWorkspaceFileParts(await encodeWorkspaceFileParts(image, nodeSha256));
    expect(native).toEqual(joinWorkspaceFileParts(await encodeWorkspaceFileParts(image)));
    expect(await decodeWorkspaceFile(native)).toEqual(image);
    const flipped = native.slice();
    flipped[30] = (flipped[30] as number) ^ 1;
    await expect(decodeWorkspaceFile(flipped, nodeSha256)).rejects.toThrow(/checksum mismatch/);
  });

  it('records the same content digest for an import, and re-importing adds nothing across hashers', async () => {
    const sqlJs = await loadSqlJsForNode();
    const native = await createManifestEngine(sqlJs, { sha256: nodeSha256 });
    const first = await native.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    const wasm = await createManifestEngine(sqlJs);
    const other = await wasm.importManifest(await fixtureSource('manifests/mixed-quality.csv'));
    expect(first.status).toBe('completed');
    expect(first.contentSha256).toBe(other.contentSha256);
    const reopened = await createManifestEngine(sqlJs);
    await reopened.openWorkspace('w.mlens', joinWorkspaceFileParts(await native.saveWorkspace()));
    expect((await reopened.importManifest(await fixtureSource('manifests/mixed-quality.csv'))).status).toBe('already-imported');
  });
});
