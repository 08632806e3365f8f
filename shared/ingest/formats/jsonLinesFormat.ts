import { describeJsonValue, isJsonObject } from '../json/flattenJson';
import { KeyedColumns } from '../json/keyedColumns';
import { createTextDecoderStream } from '../textDecoding';
import type { FormatReader, ImportFormat, RecordSink } from './importFormat';
import { describeCharacters, inputLimits, JsonDepthError } from '../inputLimits';

const fileNamePattern = /\.(?:jsonl|ndjson|jsonlines|ldjson)$/i;

/**
 * JSON Lines (NDJSON): one JSON object per line, streamed line by line. Each line stands alone,
 * so a line that does not parse is one rejected row, with its line number and the parser's
 * reason, and the rest of the file is read. Nested objects are flattened to dotted keys; blank
 * lines are skipped. Record numbers are line numbers.
 *
 * Claimed by name (.jsonl, .ndjson, ...) or by content, when the text starts with '{' and its
 * first line is an object on its own followed by more lines, or an object with no array of
 * records (which would make it a JSON document); or when the first line is not a lone '{' (as a
 * pretty-printed document's is) and does not parse, but a later line is an object on its own.
 */
export const jsonLinesFormat: ImportFormat = {
  id: 'json-lines',
  description: 'JSON Lines (one object per line)',
  matches(head, fileName) {
    if (fileNamePattern.test(fileName)) return true;
    const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
    if (!text.trimStart().startsWith('{')) return false;
    const lastBreak = text.lastIndexOf('\n');
    const wholeFileInHead = lastBreak < 0 || text.slice(lastBreak).trim() === '';
    const completeLines = (lastBreak < 0 ? [text] : text.slice(0, lastBreak).split('\n')).map((line) => line.trim()).filter((line) => line !== '');
    const [first, ...rest] = completeLines;
    if (first === undefined) return false;
    const firstObject = parseObject(first);
    if (firstObject !== null) return rest.length > 0 || (wholeFileInHead && !Object.values(firstObject).some((value) => Array.isArray(value)));
    return first !== '{' && rest.some((line) => parseObject(line) !== null);
  },
  createReader(sink: RecordSink): FormatReader {
    const decoder = createTextDecoderStream();
    const columns = new KeyedColumns();
    let pending = '';
    let lineNumber = 0;
    let blankLines = 0;
    let started = false;
    const start = (): void => {
      if (started) return;
      started = true;
      sink.beginTable({ sheetName: null, layout: { kind: 'keyed', columns: columns.names } });
    };
    const readLine = (rawLine: string): void => {
      lineNumber++;
      const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
      if (line.trim() === '') {
        blankLines++;
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        sink.record({ recordNumber: lineNumber, fields: [], defect: { column: null, value: preview(line), reason: `not valid JSON: ${(error as Error).message}` } });
        return;
      }
      if (!isJsonObject(value)) {
        sink.record({ recordNumber: lineNumber, fields: [], defect: { column: null, value: preview(line), reason: `line holds ${describeJsonValue(value)}, not an object` } });
        return;
      }
      let fields: string[];
      try {
        fields = columns.fieldsOf(value);
      } catch (error) {
        if (!(error instanceof JsonDepthError)) throw error;
        sink.record({ recordNumber: lineNumber, fields: [], defect: { column: null, value: preview(line), reason: `the line is ${error.message}` } });
        return;
      }
      sink.record({ recordNumber: lineNumber, fields });
    };
    /** True while the rest of an overlong line is passed over, up to its line break. */
    let skipping = false;
    const readText = (text: string, final: boolean): void => {
      start();
      if (skipping) {
        const lineEnd = text.indexOf('\n');
        if (lineEnd < 0 && !final) return;
        skipping = false;
        text = lineEnd < 0 ? '' : text.slice(lineEnd + 1);
      }
      const lines = (pending + text).split('\n');
      // Not final: the last piece may be a line still arriving. Final: after a closing line break it is the end of the file, not a line.
      const last = lines.pop() as string;
      pending = final ? '' : last;
      if (final && last !== '') lines.push(last);
      for (const line of lines) readLine(line);
      // A line longer than any record is rejected as it arrives, and the rest of it passed over,
      // instead of being joined and split again with every chunk.
      if (pending.length > inputLimits.maxRecordCharacters) {
        lineNumber++;
        sink.record({ recordNumber: lineNumber, fields: [], defect: { column: null, value: preview(pending), reason: `the line is longer than ${describeCharacters(inputLimits.maxRecordCharacters)}; not read` } });
        pending = '';
        skipping = true;
      }
    };
    return {
      push(chunk) {
        readText(decoder.decode(chunk), false);
      },
      async finish() {
        readText(decoder.decode(new Uint8Array(0), true), true);
        const fallback = decoder.fallbackOffset();
        if (fallback !== null && fallback > 0) sink.note(`bytes from offset ${fallback} are not UTF-8; read from there on as Windows-1252`);
        if (blankLines > 0) sink.note(`${blankLines} blank lines skipped (not counted as rows)`);
      },
      encoding: () => decoder.encoding(),
      delimiter: () => '',
    };
  },
};

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return isJsonObject(value) ? value : null;
  } catch {
    return null;
  }
}

function preview(line: string): string {
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
