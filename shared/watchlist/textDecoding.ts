/**
 * Decoding list files from bytes, explicitly: ISO-8859-1 (Latin-1, as OFAC publishes its CSV
 * files: every byte is the code point of the same value, so no byte is ever refused) and UTF-8
 * (strict: a malformed byte sequence is an error naming its offset, and a byte-order mark is
 * dropped). The WHATWG "latin1" label means windows-1252, which differs in 0x80-0x9F, so Latin-1
 * is decoded here rather than through TextDecoder.
 */

export function decodeLatin1(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + chunk)));
  }
  return chunks.join('');
}

export class TextDecodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextDecodingError';
  }
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
function firstMalformedByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next += 1) if (((bytes[index + next] as number) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return -1;
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TextDecodingError(`not UTF-8: malformed byte sequence at byte ${Math.max(0, firstMalformedByte(bytes))}`);
  }
}
