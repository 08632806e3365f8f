import { JSONParser } from '@streamparser/json';
import { describeJsonValue, isJsonObject } from '../json/flattenJson';
import { KeyedColumns } from '../json/keyedColumns';
import { FileUnusableError } from './importFormat';
import type { FormatReader, ImportFormat, RecordSink } from './importFormat';
import { JsonDepthError } from '../inputLimits';

/**
 * A JSON document holding records: an array of objects (`[{...}, {...}]`), an array of arrays
 * whose first is the header (`[["B/L No.", ...], [...]]`), or an object with an array property
 * (`{"exportedAt": "...", "bills": [{...}]}`; the first array of objects is the records). Parsed as
 * a stream (@streamparser/json): each record is handed on and dropped as soon as it is complete,
 * so a large array never sits in memory whole. Nested objects are flattened to dotted keys.
 * Record numbers are 1-based positions in the array. A document that is not valid JSON cannot be
 * imported (a JSON Lines file, where each line stands alone, can be partly).
 */
export const jsonDocumentFormat: ImportFormat = {
  id: 'json',
  description: 'JSON document',
  matches(head) {
    const first = firstSignificantByte(head);
    return first === 0x5b || first === 0x7b;
  },
  createReader(sink: RecordSink): FormatReader {
    let parser: JSONParser | null = null;
    let callbackError: unknown = null;
    let rootKind: 'array' | 'object' | null = null;
    let lead: Uint8Array = new Uint8Array(0);
    let layout: 'keyed' | 'rows' | null = null;
    const columns = new KeyedColumns();
    let recordProperty: string | null = null;
    const ignoredArrays = new Map<string, number>();

    const begin = (firstRecord: unknown): void => {
      layout = Array.isArray(firstRecord) ? 'rows' : 'keyed';
      sink.beginTable({ sheetName: null, layout: layout === 'rows' ? { kind: 'header-row', strictFieldCount: false } : { kind: 'keyed', columns: columns.names } });
    };
    const emitRecord = (value: unknown, index: number): void => {
      if (layout === null) begin(value);
      const recordNumber = index + 1;
      if (layout === 'rows') {
        if (Array.isArray(value)) sink.record({ recordNumber, fields: value.map(cellText) });
        else sink.record({ recordNumber, fields: [], defect: { column: null, value: preview(value), reason: `element ${recordNumber} is ${describeJsonValue(value)}, not an array like the header` } });
      } else if (isJsonObject(value)) {
        let fields: string[];
        try {
          fields = columns.fieldsOf(value);
        } catch (error) {
          if (!(error instanceof JsonDepthError)) throw error;
          sink.record({ recordNumber, fields: [], defect: { column: null, value: null, reason: `element ${recordNumber} is ${error.message}` } });
          return;
        }
        sink.record({ recordNumber, fields });
      } else {
        sink.record({ recordNumber, fields: [], defect: { column: null, value: preview(value), reason: `element ${recordNumber} is ${describeJsonValue(value)}, not an object` } });
      }
    };
    const onArrayRootValue = (value: unknown, key: unknown): void => emitRecord(value, Number(key));
    const onObjectRootValue = (value: unknown, key: unknown, parent: unknown, propertyName: string): void => {
      if (Array.isArray(parent)) {
        if (recordProperty === null && isJsonObject(value)) recordProperty = propertyName;
        if (propertyName === recordProperty) emitRecord(value, Number(key));
        else ignoredArrays.set(propertyName, (ignoredArrays.get(propertyName) ?? 0) + 1);
        return;
      }
      // A property of a wrapper object ({"data": {"bills": [...]}}): an array of objects there is read whole.
      const path = `${propertyName}.${String(key)}`;
      if (Array.isArray(value) && value.length > 0 && isJsonObject(value[0])) {
        if (recordProperty === null) {
          recordProperty = path;
          value.forEach((item, index) => emitRecord(item, index));
        } else ignoredArrays.set(path, value.length);
      }
    };

    /** Starts the parser once the document's first character is known; returns the bytes to parse. */
    const start = (bytes: Uint8Array): Uint8Array => {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new FileUnusableError('this JSON file is UTF-16; JSON is read as UTF-8 (RFC 8259): save it as UTF-8');
      }
      const rootIsArray = firstSignificantByte(bytes) === 0x5b;
      rootKind = rootIsArray ? 'array' : 'object';
      parser = new JSONParser({ paths: rootIsArray ? ['$.*'] : ['$.*.*'], keepStack: false });
      parser.onValue = ({ value, key, parent, stack }) => {
        if (callbackError !== null) return;
        try {
          if (rootIsArray) onArrayRootValue(value, key);
          else onObjectRootValue(value, key, parent, String(stack[1]?.key));
        } catch (error) {
          callbackError = error;
        }
      };
      return bytes;
    };
    const guarded = (work: () => void): void => {
      try {
        work();
      } catch (error) {
        if (callbackError === null) throw new FileUnusableError(`not valid JSON: ${(error as Error).message}`);
      }
      if (callbackError !== null) throw callbackError;
    };

    return {
      push(chunk) {
        if (chunk.length === 0) return;
        if (parser === null) {
          lead = concatBytes(lead, chunk);
          // Wait for the first character (past a byte-order mark) to know the root's kind.
          if (lead.length < 4 || firstSignificantByte(lead) === undefined) return;
          chunk = start(lead);
        }
        const active = parser as JSONParser | null;
        if (active === null) return;
        if (active.isEnded) {
          if (firstSignificantByte(chunk) !== undefined) throw new FileUnusableError('not valid JSON: more data after the end of the document (one object per line is JSON Lines: name the file .jsonl)');
          return;
        }
        guarded(() => active.write(chunk));
      },
      async finish() {
        if (parser === null && firstSignificantByte(lead) !== undefined) {
          const bytes = start(lead);
          const active = parser as JSONParser | null;
          if (active !== null) guarded(() => active.write(bytes));
        }
        const active = parser as JSONParser | null;
        if (active === null) throw new FileUnusableError('the file is empty');
        if (!active.isEnded) guarded(() => active.end());
        if (layout === null) {
          if (rootKind === 'object') throw new FileUnusableError('the JSON object has no array of objects to read as records');
          sink.beginTable({ sheetName: null, layout: { kind: 'keyed', columns: columns.names } });
        }
        for (const [property, count] of ignoredArrays) {
          sink.note(`property "${property}" (${count} items) was not read: the records are the objects in "${recordProperty ?? '(none)'}"`);
        }
      },
      encoding: () => 'utf-8',
      delimiter: () => '',
    };
  },
};

function firstSignificantByte(bytes: Uint8Array): number | undefined {
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length && (bytes[index] === 0x20 || bytes[index] === 0x09 || bytes[index] === 0x0a || bytes[index] === 0x0d)) index++;
  return bytes[index];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function concatBytes(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first, 0);
  joined.set(second, first.length);
  return joined;
}
