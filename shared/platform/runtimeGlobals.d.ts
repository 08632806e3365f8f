/**
 * The few Web-standard globals that every runtime of the engine provides: Node 20, browser
 * windows and Web Workers alike (the WinterCG "minimum common API"). shared/ compiles without
 * DOM and without Node types, so these are declared here, narrowly, instead of pulling either in.
 */
declare global {
  interface Console {
    log(...data: unknown[]): void;
    info(...data: unknown[]): void;
    warn(...data: unknown[]): void;
    error(...data: unknown[]): void;
    debug(...data: unknown[]): void;
  }
  var console: Console;

  interface TextDecoderOptions { fatal?: boolean; ignoreBOM?: boolean }
  interface TextDecodeOptions { stream?: boolean }
  interface TextDecoder {
    readonly encoding: string;
    readonly fatal: boolean;
    decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
  }
  var TextDecoder: { new (label?: string, options?: TextDecoderOptions): TextDecoder; prototype: TextDecoder };

  interface TextEncoder {
    readonly encoding: string;
    encode(input?: string): Uint8Array;
  }
  var TextEncoder: { new (): TextEncoder; prototype: TextEncoder };

  interface Crypto {
    getRandomValues<T extends ArrayBufferView>(array: T): T;
    randomUUID(): string;
  }
  var crypto: Crypto;

  function queueMicrotask(callback: () => void): void;
  function setTimeout(handler: () => void, timeout?: number): unknown;
}

export {};
