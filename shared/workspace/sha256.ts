import { createSHA256 } from 'hash-wasm';

/** An incremental SHA-256: bytes in, in order, then the 32-byte digest (once). */
export interface Sha256Hasher {
  update(bytes: Uint8Array): void;
  digest(): Uint8Array;
}

/**
 * Makes SHA-256 hashers. The engine hashes every imported file and every workspace image it saves
 * or opens; by default with hash-wasm (WebAssembly, in every runtime the engine runs in). A host with
 * a native SHA-256 (Node's node:crypto: several times faster) may give its own; the digests are the
 * same, so files and workspaces hashed either way agree.
 */
export type Sha256Factory = () => Promise<Sha256Hasher>;

/** SHA-256 in WebAssembly (hash-wasm): the default. */
export const wasmSha256: Sha256Factory = async () => {
  const hasher = await createSHA256();
  hasher.init();
  return {
    update: (bytes) => void hasher.update(bytes),
    digest: () => hasher.digest('binary'),
  };
};

/** The digest as lower-case hex, as stored (content_sha256). */
export function digestHex(digest: Uint8Array): string {
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
