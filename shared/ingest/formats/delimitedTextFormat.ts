import { CsvRecordReader } from '../csv/csvRecordReader';
import { createTextDecoderStream } from '../textDecoding';
import { FileUnusableError } from './importFormat';
import type { FormatReader, ImportFormat, RecordSink } from './importFormat';

/** Bytes at the start of a file that are searched for NUL, the mark of a binary file. */
const binaryProbeLength = 8192;

/**
 * CSV, TSV and other delimited text (',', ';', tab, '|'), streamed: bytes are decoded (BOM,
 * UTF-8 with a Windows-1252 fallback) and parsed chunk by chunk, whatever the chunk boundaries.
 * The fallback format: it claims every file no other format does.
 */
export const delimitedTextFormat: ImportFormat = {
  id: 'delimited-text',
  description: 'delimited text (CSV, TSV)',
  matches: () => true,
  createReader(sink: RecordSink): FormatReader {
    const decoder = createTextDecoderStream();
    const reader = new CsvRecordReader((record) => {
      sink.record(record.structuralError === undefined ? record : { ...record, defect: { column: null, value: null, reason: record.structuralError } });
    });
    let bytesSeen = 0;
    let firstBytes: number[] = [];
    let started = false;
    const start = (): void => {
      if (started) return;
      started = true;
      sink.beginTable({ sheetName: null, layout: { kind: 'header-row', strictFieldCount: true } });
    };
    return {
      push(chunk) {
        if (firstBytes.length < 4) firstBytes = [...firstBytes, ...chunk.subarray(0, 4 - firstBytes.length)];
        if (bytesSeen < binaryProbeLength && chunk.subarray(0, binaryProbeLength - bytesSeen).includes(0) && !startsWithUtf16Bom(firstBytes)) {
          throw new FileUnusableError(describeBinary(firstBytes));
        }
        bytesSeen += chunk.length;
        start();
        reader.push(decoder.decode(chunk));
      },
      async finish() {
        start();
        reader.push(decoder.decode(new Uint8Array(0), true), true);
        const fallback = decoder.fallbackOffset();
        if (fallback !== null && fallback > 0) sink.note(`bytes from offset ${fallback} are not UTF-8; read from there on as Windows-1252`);
        if (reader.blankLinesSkipped() > 0) sink.note(`${reader.blankLinesSkipped()} blank lines skipped (not counted as rows)`);
      },
      encoding: () => decoder.encoding(),
      delimiter: () => reader.dialect()?.delimiter ?? ',',
    };
  },
};

/** UTF-16 text has NUL bytes in it; its byte-order mark tells it from a binary file. */
function startsWithUtf16Bom(bytes: readonly number[]): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function describeBinary(firstBytes: readonly number[]): string {
  const isOle2 = firstBytes[0] === 0xd0 && firstBytes[1] === 0xcf && firstBytes[2] === 0x11 && firstBytes[3] === 0xe0;
  if (isOle2) return 'this is a legacy Excel .xls (or other OLE2) file; save it as .xlsx or CSV and import that';
  return 'this is a binary file, not a CSV/TSV manifest (NUL bytes in the first 8 KiB)';
}
