import { delimitedTextFormat } from './delimitedTextFormat';
import type { ImportFormat } from './importFormat';
import { jsonDocumentFormat } from './jsonDocumentFormat';
import { jsonLinesFormat } from './jsonLinesFormat';
import { xlsxFormat } from './xlsxFormat';

/**
 * The import formats, in the order they are asked whether a file is theirs: a zip archive is a
 * workbook, text starting with '[' or '{' is JSON Lines or a JSON document, anything else is
 * delimited text. To add a format, write its ImportFormat in a file beside this one and list it
 * here, before the formats it must take precedence over.
 */
export const importFormats: readonly ImportFormat[] = [xlsxFormat, jsonLinesFormat, jsonDocumentFormat, delimitedTextFormat];

/** The format of a file, from its first bytes and its name (delimited text when nothing else claims it). */
export function detectImportFormat(head: Uint8Array, fileName: string): ImportFormat {
  return importFormats.find((format) => format.matches(head, fileName)) ?? delimitedTextFormat;
}
