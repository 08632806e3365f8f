import { FileUnusableError } from '../formats/importFormat';
import { inputLimits } from '../inputLimits';

/**
 * Watches the bytes of a worksheet's XML as they are inflated: a run of text with no tag in it
 * longer than any cell can hold (Excel: 32,767 characters) is refused as it arrives, before the
 * XML parser buffers it (a zip bomb of blank text would otherwise be held whole). A run inside one
 * inflated chunk is bounded by the chunk; runs across chunks are counted.
 */
export class XmlTextRunGuard {
  /** Bytes since the last '<' seen. */
  private run = 0;

  constructor(private readonly partName: string, private readonly limit: number = inputLimits.maxXmlTextRun) {}

  check(chunk: Uint8Array): void {
    const firstTag = chunk.indexOf(0x3c);
    if (firstTag < 0) {
      this.run += chunk.length;
    } else {
      // The run ends at the chunk's first tag; a new one starts after its last.
      if (this.run + firstTag > this.limit) this.refuse();
      this.run = chunk.length - chunk.lastIndexOf(0x3c) - 1;
    }
    if (this.run > this.limit) this.refuse();
  }

  private refuse(): never {
    throw new FileUnusableError(`${this.partName} has more than ${Math.round(this.limit / (1024 * 1024))} MiB of text between two tags, more than any cell holds; refused (a zip bomb, or not a worksheet)`);
  }
}
