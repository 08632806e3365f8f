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

  /** Base64 of a string of byte values (0–255 each): Node 16+, windows and workers alike. */
  function btoa(data: string): string;

  interface Crypto {
    getRandomValues<T extends ArrayBufferView>(array: T): T;
    randomUUID(): string;
    readonly subtle: SubtleCrypto;
  }
  /** WebCrypto, only the AES-GCM calls the workspace file's encryption makes (shared/workspace). */
  interface CryptoKey {
    readonly type: string;
  }
  interface AesGcmParams {
    name: string;
    iv: ArrayBufferView;
    additionalData?: ArrayBufferView;
    tagLength?: number;
  }
  interface SubtleCrypto {
    importKey(format: 'raw', keyData: ArrayBufferView, algorithm: { name: string }, extractable: boolean, keyUsages: ('encrypt' | 'decrypt')[]): Promise<CryptoKey>;
    encrypt(algorithm: AesGcmParams, key: CryptoKey, data: ArrayBufferView): Promise<ArrayBuffer>;
    decrypt(algorithm: AesGcmParams, key: CryptoKey, data: ArrayBufferView): Promise<ArrayBuffer>;
  }
  var crypto: Crypto;

  function queueMicrotask(callback: () => void): void;
  function setTimeout(handler: () => void, timeout?: number): unknown;
}

export {};
