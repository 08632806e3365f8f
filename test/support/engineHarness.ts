import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EngineApi, ManifestImportSource } from '../../shared/engine/engineApi';
import { createManifestEngine } from '../../shared/engine/manifestEngine';
import type { WorkspaceStore } from '../../shared/store/workspaceStore';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';

export const fixturePath = (relative: string): string => new URL(`../fixtures/${relative}`, import.meta.url).pathname;

export async function newEngine(): Promise<EngineApi> {
  return createManifestEngine(await loadSqlJsForNode());
}

/** An import source over in-memory bytes, split at the given chunk size. */
export function bytesSource(fileName: string, bytes: Uint8Array, chunkSize = 64 * 1024): ManifestImportSource {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
  }
  return { fileName, byteLength: bytes.length, chunks: chunks() };
}

export function textSource(fileName: string, text: string, chunkSize?: number): ManifestImportSource {
  return bytesSource(fileName, new TextEncoder().encode(text), chunkSize);
}

export async function fixtureSource(relative: string, chunkSize?: number): Promise<ManifestImportSource> {
  return bytesSource(basename(relative), new Uint8Array(await readFile(fixturePath(relative))), chunkSize);
}

export type { WorkspaceStore };
