import { createTextDecoderStream } from '../ingest/textDecoding';
import type { ReportFlag } from './reportHeader';
import { checkWordPackage } from './wordPackageCheck';

/**
 * The text of an intelligence report file, whatever its format: plain text and Markdown decoded
 * as imports decode (UTF-8, else Windows-1252), e-mail (.eml, MIME) read with postal-mime,
 * Word (.docx) with mammoth, PDF (its text layer) with PDF.js. The libraries are loaded when a
 * file of their format is first read (a separate chunk in the app's worker), run in the same
 * thread (PDF.js included: its worker code runs in place, no second worker) and never touch the
 * network. What a format holds that is not read (an e-mail's attachments, a PDF without text) is
 * flagged, never dropped: the file itself is kept byte for byte as the source document.
 */

export const reportFormats = [
  { id: 'text', label: 'Plain text', extensions: ['txt', 'text'] },
  { id: 'markdown', label: 'Markdown', extensions: ['md', 'markdown'] },
  { id: 'email', label: 'E-mail (MIME)', extensions: ['eml'] },
  { id: 'docx', label: 'Word document', extensions: ['docx'] },
  { id: 'pdf', label: 'PDF (text layer)', extensions: ['pdf'] },
] as const;

export type ReportFormat = (typeof reportFormats)[number]['id'];

/** Every extension a report file may have, without the dot. */
export const reportFileExtensions: readonly string[] = reportFormats.flatMap((format) => [...format.extensions]);

export function reportFormatOf(fileName: string): ReportFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return reportFormats.find((format) => (format.extensions as readonly string[]).includes(extension ?? ''))?.id ?? null;
}

/** What the format says about the document beside its text (the e-mail's headers, the PDF's pages). */
export interface ReportMetadata {
  readonly encoding?: string;
  readonly emailFrom?: string;
  readonly emailTo?: string;
  readonly emailSubject?: string;
  readonly emailDate?: string;
  readonly attachments?: readonly string[];
  readonly pages?: number;
}

export interface ExtractedReportText {
  readonly text: string;
  readonly metadata: ReportMetadata;
  readonly flags: readonly ReportFlag[];
}

export class ReportFormatError extends Error {}

/**
 * The longest text a report is read into (about 2,000 pages): indexing and mention extraction of
 * more would hold the engine for minutes. A longer file is refused with the reason (and kept as a
 * source document, as every report file is).
 */
export const maxReportTextLength = 4 * 1024 * 1024;

export async function extractReportText(format: ReportFormat, bytes: Uint8Array): Promise<ExtractedReportText> {
  const extracted = await extractByFormat(format, bytes);
  if (extracted.text.length > maxReportTextLength) {
    throw new ReportFormatError(`its text is ${(extracted.text.length / (1024 * 1024)).toFixed(1)} MiB long, more than the ${maxReportTextLength / (1024 * 1024)} MiB a report is read up to`);
  }
  return extracted;
}

async function extractByFormat(format: ReportFormat, bytes: Uint8Array): Promise<ExtractedReportText> {
  switch (format) {
    case 'text':
    case 'markdown': {
      const decoder = createTextDecoderStream();
      const text = decoder.decode(bytes, true);
      return { text: normaliseReportText(text), metadata: { encoding: decoder.encoding() }, flags: [] };
    }
    case 'email':
      return extractEmail(bytes);
    case 'docx':
      return extractDocx(bytes);
    case 'pdf':
      return extractPdf(bytes);
  }
}

/**
 * The stored form of a report's text: line ends as "\n", no byte-order mark, no control
 * characters other than newline and tab (they would be invisible, and the search's highlight
 * markers are control characters), trailing spaces of lines removed.
 */
export function normaliseReportText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+/, '');
}

async function extractEmail(bytes: Uint8Array): Promise<ExtractedReportText> {
  const { default: PostalMime } = await import('postal-mime');
  const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  const flags: ReportFlag[] = [];
  let text = email.text ?? '';
  if (text.trim() === '' && email.html) text = htmlToText(email.html);
  if (text.trim() === '') flags.push({ field: 'text', text: null, reason: 'the e-mail has no text body', line: null });
  const attachments = email.attachments.map((attachment, index) => attachment.filename ?? `attachment ${index + 1} (${attachment.mimeType})`);
  for (const name of attachments) {
    flags.push({ field: 'attachment', text: name, reason: 'attachments of an e-mail are not read as reports: import the attachment on its own', line: null });
  }
  const mailbox = (address: { name?: string; address?: string } | undefined): string | undefined =>
    address === undefined ? undefined : address.name && address.address ? `${address.name} <${address.address}>` : (address.address ?? address.name);
  const metadata: ReportMetadata = {
    ...(email.from ? { emailFrom: mailbox(email.from as { name?: string; address?: string }) ?? '' } : {}),
    ...(email.to && email.to.length > 0 ? { emailTo: email.to.map((to) => mailbox(to as { name?: string; address?: string }) ?? '').join(', ') } : {}),
    ...(email.subject ? { emailSubject: email.subject } : {}),
    ...(email.date ? { emailDate: email.date } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
  return { text: normaliseReportText(text), metadata, flags };
}

async function extractDocx(bytes: Uint8Array): Promise<ExtractedReportText> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ReportFormatError('not a Word document (.docx is a ZIP package)');
  try {
    await checkWordPackage(bytes);
  } catch (error) {
    throw new ReportFormatError((error as Error).message);
  }
  const mammothModule = await import('mammoth');
  const mammoth = (mammothModule as unknown as { default?: typeof mammothModule }).default ?? mammothModule;
  const arrayBuffer = bytes.slice().buffer;
  // mammoth reads `arrayBuffer` in its browser build and `buffer` in Node's; both accept the bytes.
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
  let result;
  try {
    result = await mammoth.extractRawText(input);
  } catch (error) {
    throw new ReportFormatError(`the Word document could not be read: ${(error as Error).message}`);
  }
  const flags: ReportFlag[] = result.messages
    .filter((message) => message.type === 'error')
    .map((message) => ({ field: 'text' as const, text: null, reason: `Word document: ${message.message}`, line: null }));
  // extractRawText ends every paragraph with a blank line (header lines too: the header parser
  // passes blank lines over).
  const text = normaliseReportText(result.value).replace(/\n{3,}/g, '\n\n').trimEnd();
  return { text: `${text}\n`, metadata: {}, flags };
}

interface PdfTextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

async function extractPdf(bytes: Uint8Array): Promise<ExtractedReportText> {
  if (!startsWithPdfSignature(bytes)) throw new ReportFormatError('not a PDF file (no %PDF- signature)');
  // The worker code is loaded into this thread first: it registers itself (globalThis.pdfjsWorker)
  // and PDF.js then runs it in place instead of starting a worker of its own from a URL.
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new ReportFormatError(name === 'PasswordException' ? 'the PDF is encrypted with a password' : `the PDF could not be read: ${(error as Error).message}`);
  }
  try {
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      let pageText = '';
      for (const item of content.items as readonly PdfTextItem[]) {
        if (typeof item.str !== 'string') continue;
        pageText += item.str;
        if (item.hasEOL) pageText += '\n';
      }
      pages.push(pageText.trimEnd());
      page.cleanup();
    }
    const text = normaliseReportText(pages.join('\n\n'));
    const flags: ReportFlag[] = text.trim() === ''
      ? [{ field: 'text', text: null, reason: 'the PDF has no text layer (a scan?): its text cannot be read without OCR', line: null }]
      : [];
    return { text, metadata: { pages: document.numPages }, flags };
  } finally {
    await document.destroy();
  }
}

function startsWithPdfSignature(bytes: Uint8Array): boolean {
  // The signature may follow up to 1024 bytes of junk (PDF 1.7, 7.5.2).
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML e-mail body: markup dropped, blocks as lines, entities decoded. Text only, never rendered. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|table|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), entity);
      if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), entity);
      return namedEntities[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function safeCodePoint(codePoint: number, fallback: string): string {
  return Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : fallback;
}
