import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

/** Initialises sql.js in Node with the wasm binary from the installed package (never a CDN). */
export async function loadSqlJsForNode(): Promise<SqlJsStatic> {
  const require = createRequire(import.meta.url);
  const wasmBinary = await readFile(require.resolve('sql.js/dist/sql-wasm.wasm'));
  return initSqlJs({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
}
