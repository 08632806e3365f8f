import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { FileUnusableError } from '../formats/importFormat';

/**
 * Small helpers over saxes, the streaming XML parser every workbook part is read with. Names are
 * compared without their namespace prefix (`x:row` is `row`), as writers differ in prefixes.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A streaming parser for one part: `write` text chunks, then `close`. Malformed XML is a FileUnusableError naming the part. */
export function createXmlStream(partName: string, handlers: XmlHandlers): { write(text: string): void; close(): void } {
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  }
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.text) parser.on('cdata', handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));
  }
  const fail = (error: unknown): never => {
    if (error instanceof FileUnusableError) throw error;
    throw new FileUnusableError(`the workbook is corrupt (${partName} is not well-formed XML: ${(error as Error).message})`);
  };
  return {
    write(text) {
      try {
        parser.write(text);
      } catch (error) {
        fail(error);
      }
    },
    close() {
      try {
        parser.close();
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** Parses a whole part (already inflated) with the handlers. */
export function parseXmlPart(partName: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const stream = createXmlStream(partName, handlers);
  stream.write(decodeXmlBytes(bytes));
  stream.close();
}

/** OOXML parts are UTF-8 or UTF-16 with a byte-order mark. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Decodes the `_xHHHH_` escapes OOXML uses for characters XML cannot hold (ECMA-376 22.9.2.19). */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
