/** PDF.js's worker code, imported for its side effect: it registers globalThis.pdfjsWorker (see reportText.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
