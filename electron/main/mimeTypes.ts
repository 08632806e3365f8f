import path from 'node:path';

/**
 * Content types of the files the renderer bundle contains. Chromium refuses module scripts and
 * workers without a JavaScript type, and WebAssembly.instantiateStreaming requires
 * application/wasm, so these are exact rather than sniffed (the responses also carry nosniff).
 */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export const fallbackContentType = 'application/octet-stream';

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? fallbackContentType;
}
