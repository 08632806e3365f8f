import { argon2id } from 'hash-wasm';

/**
 * The key derived from the analyst's passphrase, which wraps (encrypts) each saved workspace's
 * random data key. Argon2id (RFC 9106) from hash-wasm, memory-hard, in WebAssembly in every runtime
 * the engine runs in. The parameters and salt are stored in the file's header, so a file states how
 * its key is derived and stronger defaults later still open older files.
 */
export interface Argon2idParameters {
  /** Memory in KiB. */
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/** KDF ids as stored in the header. */
export const kdfArgon2id = 1;

/**
 * This build's parameters for new passphrases: 64 MiB, 3 passes, 1 lane (stronger than OWASP's
 * Argon2id minimum of 19 MiB and 2 passes; about half a second in the engine's worker).
 */
export const defaultArgon2idParameters: Argon2idParameters = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

/**
 * What a file may ask of the KDF. A file states its own parameters; these bounds keep a hostile or
 * damaged header from making the engine allocate gigabytes or spin for hours. The lower bounds are
 * Argon2's own (8 KiB per lane, 1 pass).
 */
export const argon2idBounds = {
  maxMemoryKiB: 1024 * 1024,
  maxIterations: 64,
  maxParallelism: 16,
} as const;

export const saltLength = 16;
const keyLength = 32;

/** Why parameters are out of bounds, or null when they are acceptable. */
export function argon2idParameterProblem(parameters: Argon2idParameters): string | null {
  const { memoryKiB, iterations, parallelism } = parameters;
  if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > argon2idBounds.maxParallelism) {
    return `Argon2id parallelism ${parallelism} is outside 1–${argon2idBounds.maxParallelism}`;
  }
  if (!Number.isInteger(memoryKiB) || memoryKiB < 8 * parallelism || memoryKiB > argon2idBounds.maxMemoryKiB) {
    return `Argon2id memory ${memoryKiB} KiB is outside ${8 * parallelism}–${argon2idBounds.maxMemoryKiB} KiB`;
  }
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > argon2idBounds.maxIterations) {
    return `Argon2id iterations ${iterations} is outside 1–${argon2idBounds.maxIterations}`;
  }
  return null;
}

/**
 * A passphrase key: the AES-256-GCM key derived from a passphrase with a salt and parameters, kept
 * as a non-extractable WebCrypto key. The engine keeps it while a workspace is open so that saves
 * and autosaves need not ask again; the passphrase itself is not kept.
 */
export interface PassphraseKey {
  readonly kdf: typeof kdfArgon2id;
  readonly parameters: Argon2idParameters;
  readonly salt: Uint8Array;
  readonly key: CryptoKey;
}

/**
 * Derives the passphrase key. The passphrase is NFC-normalised first (the same words typed on
 * another keyboard or system give the same key); an empty one is refused. With no salt, a fresh
 * random one is drawn.
 */
export async function derivePassphraseKey(
  passphrase: string,
  parameters: Argon2idParameters = defaultArgon2idParameters,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(saltLength)),
): Promise<PassphraseKey> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new Error('the passphrase is empty');
  const problem = argon2idParameterProblem(parameters);
  if (problem !== null) throw new Error(problem);
  if (salt.length !== saltLength) throw new Error(`the salt must be ${saltLength} bytes`);
  const password = new TextEncoder().encode(passphrase.normalize('NFC'));
  const keyBytes = await argon2id({
    password,
    salt,
    memorySize: parameters.memoryKiB,
    iterations: parameters.iterations,
    parallelism: parameters.parallelism,
    hashLength: keyLength,
    outputType: 'binary',
  });
  password.fill(0);
  try {
    const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    return { kdf: kdfArgon2id, parameters: { ...parameters }, salt: salt.slice(), key };
  } finally {
    keyBytes.fill(0);
  }
}
