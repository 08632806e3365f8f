/** CRC-32 (IEEE 802.3, as zip archives use it), to check that an inflated entry is intact. */
const table: Uint32Array = (() => {
  const entries = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let value = byte;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    entries[byte] = value >>> 0;
  }
  return entries;
})();

/** A running CRC-32: `update` with each chunk, then `value`. */
export class Crc32 {
  private crc = 0xffffffff;

  update(bytes: Uint8Array): void {
    let crc = this.crc;
    for (let index = 0; index < bytes.length; index++) crc = (table[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
    this.crc = crc;
  }

  value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }
}
