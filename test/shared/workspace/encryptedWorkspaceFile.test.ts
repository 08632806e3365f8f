import { describe, expect, it } from 'vitest';
import {
  decodeEncryptedWorkspaceFile,
  encodeEncryptedWorkspaceFileParts,
  encryptedPreambleLength,
} from '../../../shared/workspace/encryptedWorkspaceFile';
import { defaultArgon2idParameters, derivePassphraseKey } from '../../../shared/workspace/passphraseKey';
import type { Argon2idParameters } from '../../../shared/workspace/passphraseKey';
import {
  encodeWorkspaceFile,
  joinWorkspaceFileParts,
  readWorkspaceFileHeader,
  WorkspaceFileError,
  workspaceFileErrorKind,
  wrongPassphraseMessage,
} from '../../../shared/workspace/workspaceFile';
import type { WorkspaceFileErrorKind } from '../../../shared/workspace/workspaceFile';
import { readWorkspaceImage } from '../../../shared/workspace/workspaceFileReader';

/** Cheap Argon2id parameters for the many decodes below; the file says which it used, the defaults are tested apart. */
const testParameters: Argon2idParameters = { memoryKiB: 64, iterations: 1, parallelism: 1 };
const passphrase = 'correct horse battery staple';

function imageOf(length: number): Uint8Array {
  const image = new Uint8Array(length);
  for (let index = 0; index < length; index++) image[index] = (index * 31 + 7) & 0xff;
  return image;
}

async function encryptedFile(image: Uint8Array, segmentLength = 1024): Promise<Uint8Array> {
  const key = await derivePassphraseKey(passphrase, testParameters);
  return joinWorkspaceFileParts(await encodeEncryptedWorkspaceFileParts(image.slice(), key, { segmentLength }));
}

async function kindOf(promise: Promise<unknown>): Promise<WorkspaceFileErrorKind | 'opened'> {
  try {
    await promise;
    return 'opened';
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceFileError);
    return (error as WorkspaceFileError).kind;
  }
}

describe('encrypted workspace file', () => {
  it('round-trips an image of several segments, with the passphrase and with the key kept from opening it', async () => {
    const image = imageOf(5000);
    const file = await encryptedFile(image);
    expect(readWorkspaceFileHeader(file)).toEqual({ version: 2, encrypted: true, payloadLength: 5000n });
    // 5 segments of 1,024 bytes or less, one 16-byte tag each.
    expect(file.length).toBe(encryptedPreambleLength + 5000 + 5 * 16);
    const opened = await decodeEncryptedWorkspaceFile(file.slice(), { passphrase });
    expect(opened.image).toEqual(image);
    const again = await decodeEncryptedWorkspaceFile(file.slice(), { key: opened.key });
    expect(again.image).toEqual(image);
    expect(again.key).toBe(opened.key);
  });

  it('never stores the image in the clear and draws a new data key and nonces on every save', async () => {
    const image = new TextEncoder().encode('SQLite format 3\u0000 consignee ACME TRADING LTD '.repeat(40));
    const first = await encryptedFile(image);
    const second = await encryptedFile(image);
    const text = new TextDecoder('latin1').decode(first);
    expect(text).not.toContain('ACME');
    expect(text).not.toContain('SQLite format');
    expect(first.subarray(encryptedPreambleLength)).not.toEqual(second.subarray(encryptedPreambleLength));
  });

  it('encrypts the exported image in place: the body part is the array given, a file as parts is never joined', async () => {
    const key = await derivePassphraseKey(passphrase, testParameters);
    const image = imageOf(3000);
    const parts = await encodeEncryptedWorkspaceFileParts(image, key, { segmentLength: 1024 });
    expect(parts).toHaveLength(4);
    expect(parts[2]).toBe(image);
    expect(image).not.toEqual(imageOf(3000));
    expect((await readWorkspaceImage(joinWorkspaceFileParts(parts), { passphrase })).image).toEqual(imageOf(3000));
  });

  it('tells a wrong passphrase from damage, and leaves the bytes intact so the analyst can try again', async () => {
    const file = await encryptedFile(imageOf(2000));
    const pristine = file.slice();
    await expect(decodeEncryptedWorkspaceFile(file, { passphrase: 'correct horse battery stapler' })).rejects.toThrow(wrongPassphraseMessage);
    expect(file).toEqual(pristine);
    expect(await kindOf(decodeEncryptedWorkspaceFile(file, null))).toBe('passphrase-required');
    expect(await kindOf(readWorkspaceImage(file, null))).toBe('passphrase-required');
    expect(file).toEqual(pristine);
    expect((await decodeEncryptedWorkspaceFile(file, { passphrase })).image).toEqual(imageOf(2000));
  });

  it('gives the same key for the same words typed composed or decomposed (NFC)', async () => {
    const composed = 'Café Kestrel';
    const file = joinWorkspaceFileParts(await encodeEncryptedWorkspaceFileParts(imageOf(100), await derivePassphraseKey(composed, testParameters)));
    expect((await decodeEncryptedWorkspaceFile(file, { passphrase: 'Cafe\u0301 Kestrel' })).image).toEqual(imageOf(100));
  });

  it('detects a flipped bit in every byte of the file, each region with its own kind', async () => {
    const image = imageOf(1100); // two segments, the second short
    const file = await encryptedFile(image);
    // The key as the engine keeps it after an open (same salt and parameters): no derivation per try.
    const { key } = await decodeEncryptedWorkspaceFile(file.slice(), { passphrase });
    const tagsStart = encryptedPreambleLength + image.length;
    const regions: { readonly name: string; readonly from: number; readonly to: number; readonly kinds: readonly WorkspaceFileErrorKind[] }[] = [
      // Magic: not a workspace; version and flags: newer or unsupported; image length: the file's length no longer matches.
      { name: 'magic', from: 0, to: 8, kinds: ['not-a-workspace'] },
      { name: 'version and flags', from: 8, to: 12, kinds: ['newer-version', 'unsupported'] },
      { name: 'image length', from: 12, to: 20, kinds: ['header-corrupted'] },
      { name: 'KDF, parameters, salt, segment length, IVs', from: 20, to: 76, kinds: ['header-corrupted'] },
      { name: 'wrapped key and its tag', from: 76, to: 124, kinds: ['header-corrupted'] },
      { name: 'header checksum', from: 124, to: 156, kinds: ['header-corrupted'] },
      { name: 'ciphertext', from: encryptedPreambleLength, to: tagsStart, kinds: ['data-corrupted'] },
      { name: 'tags', from: tagsStart, to: file.length, kinds: ['data-corrupted'] },
    ];
    expect(regions.at(-1)?.to).toBe(file.length);
    for (const region of regions) {
      for (let offset = region.from; offset < region.to; offset++) {
        const damaged = file.slice();
        damaged[offset] = (damaged[offset] as number) ^ (1 << (offset % 8));
        const kind = await kindOf(readWorkspaceImage(damaged, { key }));
        expect(region.kinds, `${region.name}, byte ${offset}: ${kind}`).toContain(kind);
      }
    }
  });

  it('refuses a header whose checksum was recomputed after an edit: the key cannot be unlocked', async () => {
    const file = await encryptedFile(imageOf(1500));
    const { createHash } = await import('node:crypto');
    const forged = file.slice();
    forged[12] = (forged[12] as number) - 1; // a shorter image: an attempt to drop the last bytes...
    forged.set(createHash('sha256').update(forged.subarray(0, 124)).digest(), 124);
    expect(await kindOf(readWorkspaceImage(forged.subarray(0, forged.length - 1), { passphrase }))).toBe('wrong-passphrase');
  });

  it('refuses truncated files, trailing bytes and dropped or swapped segments', async () => {
    const image = imageOf(3000);
    const file = await encryptedFile(image);
    for (const length of [0, 5, 12, 100, encryptedPreambleLength, encryptedPreambleLength + 1, file.length - 16, file.length - 1]) {
      const kind = await kindOf(readWorkspaceImage(file.slice(0, length), { passphrase }));
      expect(['truncated', 'not-a-workspace'], `cut at ${length}`).toContain(kind);
    }
    expect(await kindOf(readWorkspaceImage(file.subarray(0, 5), { passphrase }))).toBe('not-a-workspace');
    expect(await kindOf(readWorkspaceImage(file.subarray(0, 100), { passphrase }))).toBe('truncated');
    const longer = new Uint8Array(file.length + 3);
    longer.set(file);
    expect(await kindOf(readWorkspaceImage(longer, { passphrase }))).toBe('trailing-bytes');
    // Swap the first two 1,024-byte segments and their tags: each is authenticated with its index.
    const swapped = file.slice();
    swapped.set(file.subarray(encryptedPreambleLength + 1024, encryptedPreambleLength + 2048), encryptedPreambleLength);
    swapped.set(file.subarray(encryptedPreambleLength, encryptedPreambleLength + 1024), encryptedPreambleLength + 1024);
    const tags = encryptedPreambleLength + image.length;
    swapped.set(file.subarray(tags + 16, tags + 32), tags);
    swapped.set(file.subarray(tags, tags + 16), tags + 16);
    await expect(readWorkspaceImage(swapped, { passphrase })).rejects.toThrow(/segment 1 of 3/);
  });

  it('refuses a newer format version and hostile KDF parameters before deriving anything', async () => {
    const file = await encryptedFile(imageOf(100));
    const newer = file.slice();
    newer[8] = 3;
    await expect(readWorkspaceImage(newer, { passphrase })).rejects.toThrow(/version 3 is newer than this build supports \(2\)/);
    const { createHash } = await import('node:crypto');
    const greedy = file.slice();
    new DataView(greedy.buffer).setUint32(24, 64 * 1024 * 1024, true); // 64 GiB of memory
    greedy.set(createHash('sha256').update(greedy.subarray(0, 124)).digest(), 124);
    await expect(readWorkspaceImage(greedy, { passphrase })).rejects.toThrow(/Argon2id memory 67108864 KiB is outside/);
    expect(await kindOf(readWorkspaceImage(greedy, { passphrase }))).toBe('unsupported');
  });

  it('keeps reading plain version 1 files, which need no passphrase and have no key to save with', async () => {
    const plain = await encodeWorkspaceFile(imageOf(300));
    expect(readWorkspaceFileHeader(plain).encrypted).toBe(false);
    expect(await readWorkspaceImage(plain, null)).toEqual({ image: imageOf(300), key: null });
  });

  it('tells the kinds the UI acts on after an error crossed the worker boundary as a plain Error', () => {
    const crossed = Object.assign(new Error(wrongPassphraseMessage), { name: 'WorkspaceFileError' });
    expect(workspaceFileErrorKind(crossed)).toBe('wrong-passphrase');
    expect(workspaceFileErrorKind(new Error(wrongPassphraseMessage))).toBeNull();
    expect(workspaceFileErrorKind(new WorkspaceFileError('data-corrupted', 'x'))).toBe('data-corrupted');
  });

  it('derives with the default parameters (64 MiB Argon2id) and opens what it saved', async () => {
    expect(defaultArgon2idParameters).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
    const key = await derivePassphraseKey(passphrase);
    const file = joinWorkspaceFileParts(await encodeEncryptedWorkspaceFileParts(imageOf(10), key));
    expect(new DataView(file.buffer).getUint32(24, true)).toBe(65536);
    expect((await readWorkspaceImage(file, { passphrase })).image).toEqual(imageOf(10));
    await expect(derivePassphraseKey('')).rejects.toThrow(/empty/);
  });
});
