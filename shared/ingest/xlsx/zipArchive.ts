import { Inflate } from 'fflate';
import { FileUnusableError } from '../formats/importFormat';
import type { ReadPacing } from '../formats/importFormat';
import { Crc32 } from './crc32';

/**
 * Random access to the entries of a zip archive held in memory (an XLSX workbook), with every
 * entry inflated as a stream whose real output is counted against a budget: a zip bomb is refused
 * as soon as it inflates past the limit, whatever sizes its directory declares. Inflation is
 * fflate's; this file reads the zip container (APPNOTE 6.3: end of central directory, ZIP64,
 * central directory, local headers) and checks each entry's CRC-32.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

/** Bytes all the entries read from one archive may inflate to, shared across entries. */
export class InflateBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) {
      throw new FileUnusableError(`the workbook inflates to more than ${formatMebibytes(this.limit)} uncompressed; refused (a zip bomb, or too large to import)`);
    }
  }

  /** Refuses up front when the sizes the directory declares already exceed the limit. */
  checkDeclared(bytes: number): void {
    if (bytes > this.limit) {
      throw new FileUnusableError(`the workbook declares ${formatMebibytes(bytes)} uncompressed, over the limit of ${formatMebibytes(this.limit)}; refused`);
    }
  }
}

const endOfCentralDirectory = 0x06054b50;
const zip64EndLocator = 0x07064b50;
const zip64End = 0x06064b50;
const centralDirectoryEntry = 0x02014b50;
const localFileHeader = 0x04034b50;
const compressedSliceLength = 64 * 1024;
/** Inflated bytes between two pacing checkpoints. */
const checkpointInterval = 1024 * 1024;

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  private constructor(private readonly bytes: Uint8Array) {}

  static open(bytes: Uint8Array): ZipArchive {
    const archive = new ZipArchive(bytes);
    archive.readCentralDirectory();
    return archive;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }

  /** Sum of the sizes the directory declares for the entries. */
  declaredSize(names: readonly string[]): number {
    return names.reduce((sum, name) => sum + (this.entries.get(name)?.declaredSize ?? 0), 0);
  }

  /** Inflates a small entry whole (workbook parts other than worksheets). */
  async read(entry: ZipEntry, budget: InflateBudget, pacing: ReadPacing): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    await this.inflate(entry, budget, pacing, (chunk) => parts.push(chunk));
    return concat(parts);
  }

  /** Streams an entry's inflated bytes to `onData`, checkpointing every MiB. */
  async inflate(entry: ZipEntry, budget: InflateBudget, pacing: ReadPacing, onData: (chunk: Uint8Array) => void): Promise<void> {
    if (entry.flags & 1) throw new FileUnusableError(`the workbook is encrypted (password-protected); save an unprotected copy and import that`);
    const start = this.dataOffset(entry);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new FileUnusableError(`the workbook is truncated (entry ${entry.name} runs past the end of the file)`);
    const crc = new Crc32();
    let sinceCheckpoint = 0;
    let inflated = 0;
    const deliver = (chunk: Uint8Array): void => {
      budget.spend(chunk.length);
      crc.update(chunk);
      inflated += chunk.length;
      sinceCheckpoint += chunk.length;
      onData(chunk);
    };
    if (entry.method === 0) {
      for (let offset = start; offset < end; offset += compressedSliceLength) {
        deliver(this.bytes.subarray(offset, Math.min(offset + compressedSliceLength, end)));
        if (sinceCheckpoint >= checkpointInterval) {
          sinceCheckpoint = 0;
          await pacing.checkpoint();
        }
      }
    } else if (entry.method === 8) {
      const inflater = new Inflate((chunk) => deliver(chunk));
      for (let offset = start; offset < end; offset += compressedSliceLength) {
        const sliceEnd = Math.min(offset + compressedSliceLength, end);
        try {
          inflater.push(this.bytes.subarray(offset, sliceEnd), sliceEnd === end);
        } catch (error) {
          if (error instanceof FileUnusableError) throw error;
          throw new FileUnusableError(`the workbook is corrupt (entry ${entry.name} does not inflate: ${(error as Error).message})`);
        }
        if (sinceCheckpoint >= checkpointInterval) {
          sinceCheckpoint = 0;
          await pacing.checkpoint();
        }
      }
      if (start === end) inflater.push(new Uint8Array(0), true);
    } else {
      throw new FileUnusableError(`the workbook uses zip compression method ${entry.method}, which is not supported (only stored and deflate)`);
    }
    if (crc.value() !== entry.crc32 || (entry.declaredSize !== inflated && entry.declaredSize !== 0xffffffff)) {
      throw new FileUnusableError(`the workbook is corrupt (entry ${entry.name} fails its CRC-32 or size check)`);
    }
  }

  private dataOffset(entry: ZipEntry): number {
    const view = viewOf(this.bytes);
    const offset = entry.localHeaderOffset;
    if (offset + 30 > this.bytes.length || view.getUint32(offset, true) !== localFileHeader) {
      throw new FileUnusableError(`the workbook is corrupt (no local header for entry ${entry.name})`);
    }
    return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  }

  private readCentralDirectory(): void {
    const bytes = this.bytes;
    const view = viewOf(bytes);
    const end = findEndOfCentralDirectory(bytes);
    if (end < 0) throw new FileUnusableError('the file starts like a zip archive (an XLSX workbook) but has no zip directory: truncated or not a workbook');
    let entryCount = view.getUint16(end + 10, true);
    let directoryOffset = view.getUint32(end + 16, true);
    if (entryCount === 0xffff || directoryOffset === 0xffffffff) {
      const locator = end - 20;
      if (locator < 0 || view.getUint32(locator, true) !== zip64EndLocator) throw new FileUnusableError('the workbook is corrupt (ZIP64 directory missing)');
      const zip64 = Number(view.getBigUint64(locator + 8, true));
      if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== zip64End) throw new FileUnusableError('the workbook is corrupt (ZIP64 directory missing)');
      entryCount = Number(view.getBigUint64(zip64 + 32, true));
      directoryOffset = Number(view.getBigUint64(zip64 + 48, true));
    }
    const names = new TextDecoder('utf-8');
    let offset = directoryOffset;
    for (let index = 0; index < entryCount; index++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== centralDirectoryEntry) {
        throw new FileUnusableError('the workbook is corrupt (its zip directory is damaged)');
      }
      const nameLength = view.getUint16(offset + 28, true);
      const extraLength = view.getUint16(offset + 30, true);
      const commentLength = view.getUint16(offset + 32, true);
      const name = names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
      const sizes = {
        compressedSize: view.getUint32(offset + 20, true),
        declaredSize: view.getUint32(offset + 24, true),
        localHeaderOffset: view.getUint32(offset + 42, true),
      };
      readZip64Extra(view, offset + 46 + nameLength, extraLength, sizes);
      this.entries.set(name.replace(/\\/g, '/'), {
        name,
        flags: view.getUint16(offset + 8, true),
        method: view.getUint16(offset + 10, true),
        crc32: view.getUint32(offset + 16, true),
        ...sizes,
      });
      offset += 46 + nameLength + extraLength + commentLength;
    }
  }
}

/** Replaces 0xFFFFFFFF sizes and offset with their 64-bit values from the ZIP64 extra field. */
function readZip64Extra(view: DataView, start: number, length: number, sizes: { declaredSize: number; compressedSize: number; localHeaderOffset: number }): void {
  let offset = start;
  while (offset + 4 <= start + length) {
    const id = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    if (id === 0x0001) {
      let field = offset + 4;
      const next = (): number => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.declaredSize === 0xffffffff) sizes.declaredSize = next();
      if (sizes.compressedSize === 0xffffffff) sizes.compressedSize = next();
      if (sizes.localHeaderOffset === 0xffffffff) sizes.localHeaderOffset = next();
      return;
    }
    offset += 4 + size;
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const view = viewOf(bytes);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) return offset;
  }
  return -1;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function formatMebibytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}
