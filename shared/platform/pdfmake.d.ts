/**
 * Types for the part of pdfmake 0.3 the briefing pack uses. @types/pdfmake pulls in the DOM's and
 * Node's types (`/// <reference lib="dom" />`, `types="node"`), which would break the
 * platform-neutral shared/ layer, so the build maps 'pdfmake' here instead (tsconfig.base.json
 * `paths`), as it does for papaparse. Node resolves pdfmake's server build, Vite its browser build;
 * both have this API.
 */

/** A node of a pdfmake document: text, a stack, columns, a table, an image... (pdfmake's own shapes). */
export type PdfContent = string | readonly PdfContent[] | { readonly [key: string]: unknown };

export interface PdfPageSize {
  readonly width: number;
  readonly height: number;
}

export interface PdfDocumentDefinition {
  readonly content: readonly PdfContent[];
  readonly pageSize?: string;
  readonly pageOrientation?: 'portrait' | 'landscape';
  readonly pageMargins?: readonly [number, number, number, number];
  readonly header?: (currentPage: number, pageCount: number, pageSize: PdfPageSize) => PdfContent;
  readonly footer?: (currentPage: number, pageCount: number, pageSize: PdfPageSize) => PdfContent;
  readonly info?: Readonly<Record<string, string>>;
  readonly defaultStyle?: Readonly<Record<string, unknown>>;
  readonly styles?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly images?: Readonly<Record<string, string>>;
  readonly compress?: boolean;
}

export interface PdfFontFiles {
  readonly normal: string;
  readonly bold: string;
  readonly italics: string;
  readonly bolditalics: string;
}

export interface PdfOutput {
  /** The PDF file (a Buffer in Node, pdfmake's Buffer polyfill in a browser: both Uint8Arrays). */
  getBuffer(): Promise<Uint8Array>;
}

export interface PdfMake {
  /** Where fonts and images are read from by name: nothing is read from disk or network. */
  readonly virtualfs: { writeFileSync(fileName: string, content: string, encoding: 'base64'): void };
  setFonts(fonts: Readonly<Record<string, PdfFontFiles>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  /** Only in the server build. */
  setLocalAccessPolicy?(allow: (path: string) => boolean): void;
  createPdf(document: PdfDocumentDefinition): PdfOutput;
}

declare const pdfmake: PdfMake;
export default pdfmake;
