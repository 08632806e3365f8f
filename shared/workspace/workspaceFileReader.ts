import { decodeEncryptedWorkspaceFile } from './encryptedWorkspaceFile';
import type { Unlock } from './encryptedWorkspaceFile';
import type { PassphraseKey } from './passphraseKey';
import { wasmSha256 } from './sha256';
import type { Sha256Factory } from './sha256';
import { decodeWorkspaceFile, readWorkspaceFileHeader } from './workspaceFile';

/** A workspace file's SQLite image and, for an encrypted file, the passphrase key that opened it. */
export interface OpenedWorkspaceImage {
  readonly image: Uint8Array;
  /** Null for a plain (version 1) file: saving it again needs a passphrase. */
  readonly key: PassphraseKey | null;
}

/**
 * Reads any workspace file this build knows: a plain one (version 1, checksum) or an encrypted one
 * (version 2), which needs `unlock`. Throws a WorkspaceFileError of a specific kind otherwise.
 */
export async function readWorkspaceImage(file: Uint8Array, unlock: Unlock | null, sha256: Sha256Factory = wasmSha256): Promise<OpenedWorkspaceImage> {
  if (readWorkspaceFileHeader(file).encrypted) {
    return decodeEncryptedWorkspaceFile(file, unlock, sha256);
  }
  return { image: await decodeWorkspaceFile(file, sha256), key: null };
}
