import { createHash } from 'node:crypto';
import type { Sha256Factory } from '../../shared/workspace/sha256';

/** SHA-256 by node:crypto (native, several times faster than WebAssembly), for engines run in Node. */
export const nodeSha256: Sha256Factory = async () => {
  const hash = createHash('sha256');
  return {
    update: (bytes) => void hash.update(bytes),
    digest: () => new Uint8Array(hash.digest()),
  };
};
