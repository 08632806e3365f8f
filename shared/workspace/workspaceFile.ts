import { wasmSha256 } from './sha256';
import type { Sha256Factory } from './sha256';

/**
 * The workspace file (`.mlens`): a versioned envelope around the SQLite image of the store.
 *
 *   offset  size  field
 *   0       8     magic 89 'M' 'L' 'W' 'S' 0D 0A 1A (PNG-style: catches text-mode mangling)
 *   8       2     format version, little-endian (this build writes 1)
 *   10      2     flags, little-endian (0 = plain image)
 *   12      8     payload length, little-endian
 *   20      n     payload: the SQLite database image
 *   20+n    32    SHA-256 of the payload
 *
 * That is format version 1, the plain file. Version 2 is the encrypted file (flags 1), laid out in
 * shared/workspace/encryptedWorkspaceFile.ts; both begin with the same 20 bytes.
 * Every way a file can be wrong is reported with a specific reason, never as garbage data.
 */
export const workspaceFileExtension = 'mlens';
/** The plain file's version. */
export const workspaceFormatVersion = 1;
/** The newest version this build reads (the encrypted file). */
export const newestWorkspaceFormatVersion = 2;
export const workspaceFileMagic = Uint8Array.of(0x89, 0x4d, 0x4c, 0x57, 0x53, 0x0d, 0x0a, 0x1a);
const magic = workspaceFileMagic;
/** Bytes of the header every version begins with (magic, version, flags, payload length). */
export const commonHeaderLength = 20;
const headerLength = commonHeaderLength;
const digestLength = 32;

/** Each way a workspace file can fail to open, for the UI to act on (ask again for a wrong passphrase). */
export type WorkspaceFileErrorKind =
  | 'not-a-workspace'
  | 'truncated'
  | 'trailing-bytes'
  | 'newer-version'
  | 'unsupported'
  | 'checksum-mismatch'
  | 'header-corrupted'
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'data-corrupted';

export class WorkspaceFileError extends Error {
  override readonly name = 'WorkspaceFileError';
  constructor(
    readonly kind: WorkspaceFileErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The reason given for a wrong passphrase: the same text on both sides of the worker boundary, which keeps only an error's name and message. */
export const wrongPassphraseMessage = 'wrong passphrase: the workspace key could not be unlocked with it';
/** The reason given when an encrypted file is opened without a passphrase. */
export const passphraseRequiredMessage = 'this workspace file is encrypted: a passphrase is needed to open it';

/**
 * The kind of a workspace file error. After it crossed the worker boundary as a plain Error (which
 * keeps name and message only) the kinds the UI acts on, a wrong or missing passphrase, are told by
 * their fixed message; null for any other error.
 */
export function workspaceFileErrorKind(error: unknown): WorkspaceFileErrorKind | null {
  if (error instanceof WorkspaceFileError) return error.kind;
  if (!(error instanceof Error) || error.name !== 'WorkspaceFileError') return null;
  if (error.message === wrongPassphraseMessage) return 'wrong-passphrase';
  if (error.message === passphraseRequiredMessage) return 'passphrase-required';
  return null;
}

/** What the first bytes of a workspace file say: its version and whether it is encrypted. Throws a WorkspaceFileError for a foreign, truncated or newer file. */
export interface WorkspaceFileHeader {
  readonly version: number;
  readonly encrypted: boolean;
  readonly payloadLength: bigint;
}

export function readWorkspaceFileHeader(file: Uint8Array): WorkspaceFileHeader {
  if (file.length < magic.length || magic.some((byte, index) => file[index] !== byte)) {
    throw new WorkspaceFileError('not-a-workspace', 'not a Manifest Lens workspace file (unrecognised header)');
  }
  if (file.length < headerLength) {
    throw new WorkspaceFileError('truncated', `workspace file is truncated (${file.length} bytes)`);
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const version = view.getUint16(8, true);
  if (version > newestWorkspaceFormatVersion) {
    throw new WorkspaceFileError('newer-version', `workspace file format version ${version} is newer than this build supports (${newestWorkspaceFormatVersion})`);
  }
  const flags = view.getUint16(10, true);
  const expectedFlags = version === 2 ? 1 : 0;
  if (version === 0 || flags !== expectedFlags) {
    throw new WorkspaceFileError('unsupported', `workspace file uses features this build does not support (version ${version}, flags ${flags})`);
  }
  return { version, encrypted: version === 2, payloadLength: view.getBigUint64(12, true) };
}

/**
 * A workspace file as the parts it is written in, in order: the header, the SQLite image and its
 * digest. Written one after the other they are the file, byte for byte; hosts write them so, never
 * joined, so that saving a large workspace does not hold a second whole copy of its image.
 */
export type WorkspaceFileParts = readonly Uint8Array[];

/** The workspace file around `sqliteImage`, as parts (the image is one of them, not copied); `sha256` hashes it (hash-wasm by default). */
export async function encodeWorkspaceFileParts(sqliteImage: Uint8Array, sha256: Sha256Factory = wasmSha256): Promise<WorkspaceFileParts> {
  const header = new Uint8Array(headerLength);
  const view = new DataView(header.buffer);
  header.set(magic, 0);
  view.setUint16(8, workspaceFormatVersion, true);
  view.setUint16(10, 0, true);
  view.setBigUint64(12, BigInt(sqliteImage.length), true);
  return [header, sqliteImage, await digestOf(sqliteImage, sha256)];
}

/** The workspace file around `sqliteImage`, in one array (small images, tests). */
export async function encodeWorkspaceFile(sqliteImage: Uint8Array): Promise<Uint8Array> {
  return joinWorkspaceFileParts(await encodeWorkspaceFileParts(sqliteImage));
}

/** The parts of a workspace file joined into one array (a copy: for files that are small, or must be one). */
export function joinWorkspaceFileParts(parts: WorkspaceFileParts): Uint8Array {
  const file = new Uint8Array(workspaceFilePartsLength(parts));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}

/** Bytes in a file written from these parts. */
export function workspaceFilePartsLength(parts: WorkspaceFileParts): number {
  return parts.reduce((total, part) => total + part.length, 0);
}

/**
 * Returns the SQLite image inside a plain (version 1) workspace file, or throws a WorkspaceFileError
 * saying why not (an encrypted file: 'passphrase-required'); `sha256` checks its digest (hash-wasm by default).
 */
export async function decodeWorkspaceFile(file: Uint8Array, sha256: Sha256Factory = wasmSha256): Promise<Uint8Array> {
  const header = readWorkspaceFileHeader(file);
  if (header.encrypted) {
    throw new WorkspaceFileError('passphrase-required', passphraseRequiredMessage);
  }
  if (file.length < headerLength + digestLength) {
    throw new WorkspaceFileError('truncated', `workspace file is truncated (${file.length} bytes)`);
  }
  const payloadLength = header.payloadLength;
  const expectedLength = BigInt(headerLength + digestLength) + payloadLength;
  if (BigInt(file.length) !== expectedLength) {
    const kind = BigInt(file.length) < expectedLength ? 'truncated' : 'trailing-bytes';
    throw new WorkspaceFileError(kind, `workspace file is truncated or has trailing bytes (${file.length} bytes, header says ${expectedLength})`);
  }
  const payloadEnd = headerLength + Number(payloadLength);
  const payload = file.subarray(headerLength, payloadEnd);
  const storedDigest = file.subarray(payloadEnd);
  const actualDigest = await digestOf(payload, sha256);
  if (actualDigest.some((byte, index) => byte !== storedDigest[index])) {
    throw new WorkspaceFileError('checksum-mismatch', 'workspace file is corrupted (checksum mismatch)');
  }
  return payload;
}

async function digestOf(bytes: Uint8Array, sha256: Sha256Factory): Promise<Uint8Array> {
  const hasher = await sha256();
  hasher.update(bytes);
  return hasher.digest();
}
