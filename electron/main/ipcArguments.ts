import { findExportFormat, type ExportFormat } from '../../shared/host/exportFormats';
import { isPlainFileName, maxHostFileBytes, maxHostFileParts } from '../../shared/host/hostApi';

/**
 * Validators for what the renderer sends over IPC. The renderer is treated as untrusted input:
 * each returns the value with its proper type or throws an Error that names the problem.
 */
export function requireArgumentCount(channel: string, args: readonly unknown[], expected: number): void {
  if (args.length !== expected) {
    throw new Error(`${channel}: expected ${expected} argument(s), received ${args.length}.`);
  }
}

export function requireFileBytes(value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new Error('File contents must be a Uint8Array.');
  }
  if (value.byteLength > maxHostFileBytes) {
    throw new Error(`File contents exceed the ${maxHostFileBytes}-byte limit.`);
  }
  return value;
}

/** A file given as parts written one after the other (a workspace file: header, image, digest). */
export function requireFileParts(value: unknown): Uint8Array[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > maxHostFileParts) {
    throw new Error(`File contents must be an array of 1 to ${maxHostFileParts} Uint8Array parts.`);
  }
  let total = 0;
  const parts: Uint8Array[] = [];
  for (const part of value as unknown[]) {
    if (!(part instanceof Uint8Array)) {
      throw new Error('Each part of the file contents must be a Uint8Array.');
    }
    total += part.byteLength;
    parts.push(part);
  }
  if (total > maxHostFileBytes) {
    throw new Error(`File contents exceed the ${maxHostFileBytes}-byte limit.`);
  }
  return parts;
}

export function requireFileName(value: unknown): string {
  if (!isPlainFileName(value)) {
    throw new Error('The suggested name must be a plain file name without directories or special characters.');
  }
  return value;
}

export function requireExportFormat(value: unknown): ExportFormat {
  const format = typeof value === 'string' ? findExportFormat(value) : undefined;
  if (format === undefined) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : `a value of type ${typeof value}`;
    throw new Error(`Unknown export format: ${shown}.`);
  }
  return format;
}

export interface ValidExportRequest {
  readonly format: ExportFormat;
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
}

export function requireExportRequest(value: unknown): ValidExportRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('The export request must be an object with format, suggestedName and bytes.');
  }
  const request = value as Record<string, unknown>;
  return {
    format: requireExportFormat(request.format),
    suggestedName: requireFileName(request.suggestedName),
    bytes: requireFileBytes(request.bytes),
  };
}
