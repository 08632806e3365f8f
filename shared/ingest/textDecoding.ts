/**
 * Streaming bytes-to-text for imported files. Detects a byte-order mark (UTF-8, UTF-16LE/BE);
 * without one, decodes as strict UTF-8 and, at the first byte sequence that is not UTF-8,
 * switches to Windows-1252 (the WHATWG "latin1") for the rest of the file, reporting the byte
 * offset. Never drops bytes silently: every byte decodes to some character.
 */
export interface DecodedTextStream {
  /** Decodes the next chunk; call once with `final: true` at the end (the chunk may be empty). */
  decode(chunk: Uint8Array, final?: boolean): string;
  /** The encoding in effect: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252' or 'utf-8 then windows-1252'. */
  encoding(): string;
  /** Offset of the first byte that was not valid UTF-8, when the decoder fell back. */
  fallbackOffset(): number | null;
}

type Mode = 'undecided' | 'utf-8' | 'utf-16' | 'windows-1252';

export function createTextDecoderStream(): DecodedTextStream {
  let mode: Mode = 'undecided';
  let label = 'utf-8';
  let fallbackAt: number | null = null;
  let carry: Uint8Array = new Uint8Array(0);
  let carryOffset = 0;
  let otherDecoder: TextDecoder | null = null;
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

  const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const decodeUtf8 = (bytes: Uint8Array, startOffset: number, final: boolean): string => {
    // Fast path: the native strict decoder over everything but a possibly cut-off last sequence.
    const completeLength = final ? bytes.length : bytes.length - incompleteTailLength(bytes);
    try {
      const text = strictUtf8.decode(bytes.subarray(0, completeLength));
      carry = bytes.slice(completeLength);
      carryOffset = startOffset + completeLength;
      return text;
    } catch {
      // Not UTF-8 somewhere: find where, below.
    }
    const validLength = validUtf8PrefixLength(bytes);
    if (validLength === bytes.length) {
      carry = new Uint8Array(0);
      return utf8.decode(bytes);
    }
    const rest = bytes.subarray(validLength);
    if (!final && rest.length < 4 && isIncompleteUtf8Sequence(rest)) {
      carry = rest.slice();
      carryOffset = startOffset + validLength;
      return utf8.decode(bytes.subarray(0, validLength));
    }
    fallbackAt = startOffset + validLength;
    label = fallbackAt === 0 ? 'windows-1252' : 'utf-8 then windows-1252';
    mode = 'windows-1252';
    otherDecoder = new TextDecoder('windows-1252');
    carry = new Uint8Array(0);
    return utf8.decode(bytes.subarray(0, validLength)) + decodeWindows1252(otherDecoder, rest, final);
  };

  let consumed = 0;
  return {
    decode(chunk, final = false) {
      const startOffset = consumed;
      consumed += chunk.length;
      if (mode === 'undecided') {
        const head = concatBytes(carry, chunk);
        if (head.length < 3 && !final) {
          carry = head;
          return '';
        }
        carry = new Uint8Array(0);
        if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
          label = head[0] === 0xff ? 'utf-16le' : 'utf-16be';
          mode = 'utf-16';
          otherDecoder = new TextDecoder(label);
          return otherDecoder.decode(head, { stream: !final });
        }
        mode = 'utf-8';
        if (hasUtf8Bom(head)) return decodeUtf8(head.subarray(3), 3, final);
        return decodeUtf8(head, 0, final);
      }
      if (mode === 'utf-8') {
        const bytes = concatBytes(carry, chunk);
        return decodeUtf8(bytes, carry.length > 0 ? carryOffset : startOffset, final);
      }
      if (mode === 'windows-1252') return decodeWindows1252(otherDecoder as TextDecoder, chunk, final);
      return (otherDecoder as TextDecoder).decode(chunk, { stream: !final });
    },
    encoding: () => label,
    fallbackOffset: () => fallbackAt,
  };
}

/**
 * Windows-1252 bytes always through the streaming decoder, flushed at the end: Node 20 (since
 * 20.18.3) decodes a non-streaming call as ISO-8859-1, turning 0x80-0x9F (€, ‘ ’, “ ”, –, ™...)
 * into control characters (nodejs/node#60888); the streaming path maps them as browsers do.
 */
function decodeWindows1252(decoder: TextDecoder, bytes: Uint8Array, final: boolean): string {
  const text = decoder.decode(bytes, { stream: true });
  return final ? text + decoder.decode() : text;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function concatBytes(first: Uint8Array, second: Uint8Array): Uint8Array {
  if (first.length === 0) return second;
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first, 0);
  joined.set(second, first.length);
  return joined;
}

/** Expected length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Valid range of the byte after a lead byte (excludes overlongs, surrogates, > U+10FFFF). */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceIsValid(bytes: Uint8Array, index: number, length: number): boolean {
  const lead = bytes[index] as number;
  for (let offset = 1; offset < length; offset++) {
    const byte = bytes[index + offset] as number;
    const [low, high] = offset === 1 ? secondByteRange(lead) : [0x80, 0xbf];
    if (byte < low || byte > high) return false;
  }
  return true;
}

/** Length of the longest prefix made only of complete, valid UTF-8 sequences. */
export function validUtf8PrefixLength(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0 || index + length > bytes.length || !sequenceIsValid(bytes, index, length)) return index;
    index += length;
  }
  return index;
}

/** True when the bytes are the valid beginning of a UTF-8 sequence cut off by the chunk's end. */
function isIncompleteUtf8Sequence(bytes: Uint8Array): boolean {
  const length = sequenceLength(bytes[0] as number);
  if (length <= 1 || bytes.length >= length) return false;
  return sequenceIsValid(bytes, 0, bytes.length);
}

/** Bytes at the end that start a multi-byte sequence the chunk cut off (0 to 3). */
function incompleteTailLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const length = sequenceLength(byte);
    return length > back ? back : 0;
  }
  return 0;
}
