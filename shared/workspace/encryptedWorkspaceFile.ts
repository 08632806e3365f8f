import { argon2idParameterProblem, derivePassphraseKey, kdfArgon2id, saltLength } from './passphraseKey';
import type { Argon2idParameters, PassphraseKey } from './passphraseKey';
import { wasmSha256 } from './sha256';
import type { Sha256Factory } from './sha256';
import {
  passphraseRequiredMessage,
  readWorkspaceFileHeader,
  workspaceFileMagic,
  WorkspaceFileError,
  wrongPassphraseMessage,
} from './workspaceFile';
import type { WorkspaceFileParts } from './workspaceFile';

/**
 * The encrypted workspace file (format version 2): the SQLite image envelope-encrypted with
 * AES-256-GCM. Each save draws a random 256-bit data key; the data key is wrapped (AES-256-GCM) by
 * the passphrase key (Argon2id, shared/workspace/passphraseKey.ts). All integers little-endian.
 *
 *   offset  size  field
 *   0       8     magic (as version 1)
 *   8       2     format version: 2
 *   10      2     flags: 1 (encrypted)
 *   12      8     image length n (plaintext bytes)
 *   20      1     KDF id: 1 = Argon2id (version 0x13)
 *   21      3     reserved, zero
 *   24      4     Argon2id memory (KiB)
 *   28      4     Argon2id iterations
 *   32      4     Argon2id parallelism
 *   36      16    salt
 *   52      4     segment length s (plaintext bytes per segment)
 *   56      12    key-wrap IV
 *   68      8     data nonce prefix (random)
 *   76      48    wrapped data key: its 32 bytes encrypted under the passphrase key, then the 16-byte tag;
 *                 additional data: bytes 0–75
 *   124     32    SHA-256 of bytes 0–123: tells a damaged header from a wrong passphrase
 *   156     n     the image encrypted under the data key in k = max(1, ⌈n / s⌉) segments, each as long
 *                 as its plaintext
 *   156+n   16·k  the segments' GCM tags, in order
 *
 * Segment i (from 0) has the nonce prefix ‖ i (4 bytes, big-endian) and the additional data bytes
 * 0–123 ‖ i (4 bytes, big-endian) ‖ 1 for the last segment else 0: the whole header is
 * authenticated with every segment, and segments cannot be reordered, dropped or cut short.
 *
 * Why segments: WebCrypto's AES-GCM takes and returns whole buffers. A workspace of a million
 * manifest lines is an image of about 600 MB; one call would need the image, its ciphertext and the
 * call's own copies at once. Encrypting segment by segment (4 MiB) and writing each ciphertext back
 * over its plaintext (GCM ciphertext is exactly as long) turns the exported image into the file's
 * body in place: a save holds one image, as the plain format did, plus one segment in flight.
 * Decryption works in place the same way, each segment verified before it is written back.
 */
export const encryptedWorkspaceFormatVersion = 2;
export const defaultSegmentLength = 4 * 1024 * 1024;
export const segmentLengthBounds = { min: 1024, max: 64 * 1024 * 1024 } as const;
const encryptedHeaderLength = 124;
const headerDigestLength = 32;
/** Bytes before the ciphertext. */
export const encryptedPreambleLength = encryptedHeaderLength + headerDigestLength;
const tagLength = 16;
const dataKeyLength = 32;
const ivLength = 12;
const noncePrefixLength = 8;
const offsets = {
  kdf: 20,
  memory: 24,
  iterations: 28,
  parallelism: 32,
  salt: 36,
  segmentLength: 52,
  wrapIv: 56,
  noncePrefix: 68,
  wrappedKey: 76,
} as const;

export interface EncryptionOptions {
  /** Plaintext bytes per segment (tests use small ones to have several). */
  readonly segmentLength?: number;
  readonly sha256?: Sha256Factory;
}

/**
 * The encrypted workspace file around `sqliteImage`, as parts (header, header digest, body, tags).
 * The image is encrypted IN PLACE: the array given becomes the ciphertext body (the engine hands
 * over a fresh export of its database, used for nothing else).
 */
export async function encodeEncryptedWorkspaceFileParts(sqliteImage: Uint8Array, key: PassphraseKey, options: EncryptionOptions = {}): Promise<WorkspaceFileParts> {
  const segmentLength = options.segmentLength ?? defaultSegmentLength;
  if (!Number.isInteger(segmentLength) || segmentLength < segmentLengthBounds.min || segmentLength > segmentLengthBounds.max) {
    throw new Error(`segment length ${segmentLength} is outside ${segmentLengthBounds.min}–${segmentLengthBounds.max}`);
  }
  const header = new Uint8Array(encryptedHeaderLength);
  const view = new DataView(header.buffer);
  header.set(workspaceFileMagic, 0);
  view.setUint16(8, encryptedWorkspaceFormatVersion, true);
  view.setUint16(10, 1, true);
  view.setBigUint64(12, BigInt(sqliteImage.length), true);
  header[offsets.kdf] = key.kdf;
  view.setUint32(offsets.memory, key.parameters.memoryKiB, true);
  view.setUint32(offsets.iterations, key.parameters.iterations, true);
  view.setUint32(offsets.parallelism, key.parameters.parallelism, true);
  header.set(key.salt, offsets.salt);
  view.setUint32(offsets.segmentLength, segmentLength, true);
  const wrapIv = crypto.getRandomValues(new Uint8Array(ivLength));
  header.set(wrapIv, offsets.wrapIv);
  header.set(crypto.getRandomValues(new Uint8Array(noncePrefixLength)), offsets.noncePrefix);

  const dataKeyBytes = crypto.getRandomValues(new Uint8Array(dataKeyLength));
  let dataKey: CryptoKey;
  try {
    const wrapped = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv: wrapIv, additionalData: header.subarray(0, offsets.wrappedKey), tagLength: 128 }, key.key, dataKeyBytes),
    );
    header.set(wrapped, offsets.wrappedKey);
    dataKey = await crypto.subtle.importKey('raw', dataKeyBytes, { name: 'AES-GCM' }, false, ['encrypt']);
  } finally {
    dataKeyBytes.fill(0);
  }
  const headerDigest = await digestOf(header, options.sha256 ?? wasmSha256);

  const count = segmentCount(sqliteImage.length, segmentLength);
  const tags = new Uint8Array(count * tagLength);
  const noncePrefix = header.subarray(offsets.noncePrefix, offsets.noncePrefix + noncePrefixLength);
  for (let index = 0; index < count; index++) {
    const start = index * segmentLength;
    const end = Math.min(start + segmentLength, sqliteImage.length);
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: segmentNonce(noncePrefix, index), additionalData: segmentAdditionalData(header, index, index === count - 1), tagLength: 128 },
        dataKey,
        sqliteImage.subarray(start, end),
      ),
    );
    sqliteImage.set(sealed.subarray(0, end - start), start);
    tags.set(sealed.subarray(end - start), index * tagLength);
  }
  return [header, headerDigest, sqliteImage, tags];
}

/** How to unlock an encrypted file: the analyst's passphrase, or the key the engine kept from an earlier open or save. */
export type Unlock = { readonly passphrase: string } | { readonly key: PassphraseKey };

export interface DecryptedWorkspace {
  /** The SQLite image: a view into the file's own bytes, decrypted in place. */
  readonly image: Uint8Array;
  /** The passphrase key that opened it (to save again without asking). */
  readonly key: PassphraseKey;
}

/**
 * Checks and decrypts an encrypted workspace file IN PLACE (the file's bytes become the image; a
 * file refused for a wrong or missing passphrase, or a damaged header, is left untouched, so the
 * analyst can try another passphrase on the same bytes). Throws a WorkspaceFileError of a specific
 * kind: truncated or trailing bytes, newer version, unsupported KDF or parameters, damaged header,
 * passphrase required, wrong passphrase, or a damaged segment (data-corrupted).
 */
export async function decodeEncryptedWorkspaceFile(file: Uint8Array, unlock: Unlock | null, sha256: Sha256Factory = wasmSha256): Promise<DecryptedWorkspace> {
  const { header, parameters, salt, segmentLength, imageLength } = await readEncryptedHeader(file, sha256);
  const count = segmentCount(imageLength, segmentLength);
  const expectedLength = encryptedPreambleLength + imageLength + count * tagLength;
  if (file.length !== expectedLength) {
    const kind = file.length < expectedLength ? 'truncated' : 'trailing-bytes';
    throw new WorkspaceFileError(kind, `workspace file is ${kind === 'truncated' ? 'truncated' : 'followed by trailing bytes'} (${file.length} bytes, header says ${expectedLength})`);
  }
  const { key, dataKey } = await unwrapDataKey(header, parameters, salt, unlock);
  const noncePrefix = header.subarray(offsets.noncePrefix, offsets.noncePrefix + noncePrefixLength);
  const image = file.subarray(encryptedPreambleLength, encryptedPreambleLength + imageLength);
  const tags = file.subarray(encryptedPreambleLength + imageLength);
  const sealed = new Uint8Array(Math.min(segmentLength, imageLength) + tagLength);
  for (let index = 0; index < count; index++) {
    const start = index * segmentLength;
    const end = Math.min(start + segmentLength, imageLength);
    const length = end - start;
    sealed.set(image.subarray(start, end), 0);
    sealed.set(tags.subarray(index * tagLength, (index + 1) * tagLength), length);
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: segmentNonce(noncePrefix, index), additionalData: segmentAdditionalData(header, index, index === count - 1), tagLength: 128 },
        dataKey,
        sealed.subarray(0, length + tagLength),
      );
    } catch {
      throw new WorkspaceFileError('data-corrupted', `workspace file is damaged or was altered: segment ${index + 1} of ${count} (bytes ${start}–${end - 1} of the image) failed authentication`);
    }
    image.set(new Uint8Array(plain), start);
  }
  return { image, key };
}

/**
 * Checks a passphrase against an encrypted file's header alone (its first encryptedPreambleLength
 * bytes are enough): the passphrase key when it unlocks the file's data key. The UI asks this before
 * handing the whole file over, so that a wrong passphrase costs no copy of a large file.
 */
export async function unlockEncryptedWorkspaceHeader(fileHead: Uint8Array, unlock: Unlock, sha256: Sha256Factory = wasmSha256): Promise<PassphraseKey> {
  const { header, parameters, salt } = await readEncryptedHeader(fileHead, sha256);
  return (await unwrapDataKey(header, parameters, salt, unlock)).key;
}

interface EncryptedHeader {
  readonly header: Uint8Array;
  readonly parameters: Argon2idParameters;
  readonly salt: Uint8Array;
  readonly segmentLength: number;
  readonly imageLength: number;
}

async function readEncryptedHeader(file: Uint8Array, sha256: Sha256Factory): Promise<EncryptedHeader> {
  const common = readWorkspaceFileHeader(file);
  if (!common.encrypted) {
    throw new WorkspaceFileError('unsupported', 'this workspace file is not encrypted');
  }
  if (file.length < encryptedPreambleLength) {
    throw new WorkspaceFileError('truncated', `workspace file is truncated (${file.length} bytes, its header alone is ${encryptedPreambleLength})`);
  }
  const header = file.slice(0, encryptedHeaderLength);
  const storedDigest = file.subarray(encryptedHeaderLength, encryptedPreambleLength);
  const actualDigest = await digestOf(header, sha256);
  if (actualDigest.some((byte, index) => byte !== storedDigest[index])) {
    throw new WorkspaceFileError('header-corrupted', 'workspace file header is damaged (header checksum mismatch)');
  }
  const view = new DataView(header.buffer, header.byteOffset, encryptedHeaderLength);
  const kdf = header[offsets.kdf];
  if (kdf !== kdfArgon2id || header[21] !== 0 || header[22] !== 0 || header[23] !== 0) {
    throw new WorkspaceFileError('unsupported', `workspace file uses a key derivation this build does not know (id ${kdf})`);
  }
  const parameters: Argon2idParameters = {
    memoryKiB: view.getUint32(offsets.memory, true),
    iterations: view.getUint32(offsets.iterations, true),
    parallelism: view.getUint32(offsets.parallelism, true),
  };
  const parameterProblem = argon2idParameterProblem(parameters);
  if (parameterProblem !== null) {
    throw new WorkspaceFileError('unsupported', `workspace file asks for key derivation this build refuses: ${parameterProblem}`);
  }
  const segmentLength = view.getUint32(offsets.segmentLength, true);
  if (segmentLength < segmentLengthBounds.min || segmentLength > segmentLengthBounds.max) {
    throw new WorkspaceFileError('unsupported', `workspace file segment length ${segmentLength} is outside ${segmentLengthBounds.min}–${segmentLengthBounds.max}`);
  }
  if (common.payloadLength > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new WorkspaceFileError('unsupported', `workspace file says its image is ${common.payloadLength} bytes`);
  }
  const salt = header.slice(offsets.salt, offsets.salt + saltLength);
  return { header, parameters, salt, segmentLength, imageLength: Number(common.payloadLength) };
}

async function unwrapDataKey(header: Uint8Array, parameters: Argon2idParameters, salt: Uint8Array, unlock: Unlock | null): Promise<{ key: PassphraseKey; dataKey: CryptoKey }> {
  if (unlock === null) {
    throw new WorkspaceFileError('passphrase-required', passphraseRequiredMessage);
  }
  const key = 'key' in unlock && sameDerivation(unlock.key, parameters, salt) ? unlock.key : await keyFromPassphrase(unlock, parameters, salt);
  try {
    const dataKeyBytes = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: header.subarray(offsets.wrapIv, offsets.wrapIv + ivLength),
          additionalData: header.subarray(0, offsets.wrappedKey),
          tagLength: 128,
        },
        key.key,
        header.subarray(offsets.wrappedKey, offsets.wrappedKey + dataKeyLength + tagLength),
      ),
    );
    try {
      return { key, dataKey: await crypto.subtle.importKey('raw', dataKeyBytes, { name: 'AES-GCM' }, false, ['decrypt']) };
    } finally {
      dataKeyBytes.fill(0);
    }
  } catch {
    throw new WorkspaceFileError('wrong-passphrase', wrongPassphraseMessage);
  }
}

async function keyFromPassphrase(unlock: Unlock, parameters: Argon2idParameters, salt: Uint8Array): Promise<PassphraseKey> {
  if (!('passphrase' in unlock) || typeof unlock.passphrase !== 'string' || unlock.passphrase.length === 0) {
    throw new WorkspaceFileError('passphrase-required', passphraseRequiredMessage);
  }
  return derivePassphraseKey(unlock.passphrase, parameters, salt);
}

function sameDerivation(key: PassphraseKey, parameters: Argon2idParameters, salt: Uint8Array): boolean {
  return (
    key.parameters.memoryKiB === parameters.memoryKiB &&
    key.parameters.iterations === parameters.iterations &&
    key.parameters.parallelism === parameters.parallelism &&
    key.salt.length === salt.length &&
    key.salt.every((byte, index) => byte === salt[index])
  );
}

function segmentCount(imageLength: number, segmentLength: number): number {
  return Math.max(1, Math.ceil(imageLength / segmentLength));
}

function segmentNonce(prefix: Uint8Array, index: number): Uint8Array {
  const nonce = new Uint8Array(ivLength);
  nonce.set(prefix, 0);
  new DataView(nonce.buffer).setUint32(noncePrefixLength, index, false);
  return nonce;
}

function segmentAdditionalData(header: Uint8Array, index: number, last: boolean): Uint8Array {
  const data = new Uint8Array(encryptedHeaderLength + 5);
  data.set(header.subarray(0, encryptedHeaderLength), 0);
  new DataView(data.buffer).setUint32(encryptedHeaderLength, index, false);
  data[encryptedHeaderLength + 4] = last ? 1 : 0;
  return data;
}

async function digestOf(bytes: Uint8Array, sha256: Sha256Factory): Promise<Uint8Array> {
  const hasher = await sha256();
  hasher.update(bytes);
  return hasher.digest();
}

