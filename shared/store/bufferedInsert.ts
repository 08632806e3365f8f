import type { Database, SqlValue, Statement } from 'sql.js';

export interface BufferedColumn {
  readonly name: string;
  /** A text column: where its values are long, they travel in the statement's one text blob. */
  readonly text?: boolean;
  /**
   * Left out of a statement when it is null in all of the statement's rows (often the case), so
   * that it costs nothing. Only for columns whose default is NULL.
   */
  readonly omitWhenNull?: boolean;
}

/**
 * Rows for one table, buffered and written with multi-row INSERT statements. sql.js pays for every
 * call into SQLite's WebAssembly, and for every string it binds by the character (allocated,
 * encoded in a JavaScript loop, freed), so rows are written 64 to a statement, and long text
 * (addresses, descriptions) travels as one blob: each such value is encoded once, natively, into
 * the statement's blob, which the statement takes back apart with
 * `CAST(substr(blob, start, length) AS TEXT)`, start and length packed into one bound integer
 * (start * 65536 + length: a value is at most maxTextBytes long). Short text (codes, dates), numbers
 * and nulls are bound as they are, which is cheaper for them: a text column goes in the blob in a
 * statement where its values average `blobFromLength` characters or more. The stored values are
 * exactly the strings given.
 *
 * Columns marked `omitWhenNull` are left out of a statement whose rows all have them null.
 *
 * The caller pushes a row's values into `values` in column order and calls `rowAdded()`; `flush()`
 * writes every pending row in order: full statements of `rowsPerStatement` rows, then the remainder
 * in statements of 32, 16, ... 1 rows; a statement is prepared once per row count and set of
 * columns left out.
 */
export class BufferedInsert {
  /** Values of the pending rows, row after row: push into it, then call rowAdded(). */
  readonly values: SqlValue[] = [];
  private pendingRows = 0;
  /** Prepared statements by row count and set of columns left out. */
  private readonly statements = new Map<string, Statement>();
  private readonly parameters: SqlValue[] = [];
  private readonly texts: string[] = [];
  private readonly isText: readonly boolean[];
  private readonly omittable: readonly boolean[];
  /** Columns of the statement being built: whether each is left out, and whether it travels in the blob. */
  private readonly omitted: boolean[];
  private readonly blobbed: boolean[];
  private blob = new Uint8Array(64 * 1024);
  /** TextEncoder.encodeInto is in every runtime the engine runs in (shared/platform declares only `encode`). */
  private readonly encoder = new TextEncoder() as TextEncoder & { encodeInto(source: string, destination: Uint8Array): { read: number; written: number } };

  constructor(
    private readonly database: Database,
    private readonly table: string,
    private readonly columns: readonly BufferedColumn[],
    readonly rowsPerStatement = 64,
  ) {
    this.isText = columns.map((column) => column.text === true);
    this.omittable = columns.map((column) => column.omitWhenNull === true);
    this.omitted = columns.map(() => false);
    this.blobbed = columns.map(() => false);
  }

  get pending(): number {
    return this.pendingRows;
  }

  /** Call after pushing one row's values; returns the number of rows pending. */
  rowAdded(): number {
    return ++this.pendingRows;
  }

  flush(): void {
    if (this.pendingRows === 0) return;
    const width = this.columns.length;
    if (this.values.length !== this.pendingRows * width) throw new Error(`${this.table}: ${this.values.length} values for ${this.pendingRows} rows of ${width} columns`);
    let row = 0;
    while (row < this.pendingRows) {
      const left = this.pendingRows - row;
      const rows = left >= this.rowsPerStatement ? this.rowsPerStatement : highestPowerOfTwoAtMost(left);
      const parameters = this.parametersFor(row, rows);
      this.statement(rows).run(parameters);
      row += rows;
    }
    this.values.length = 0;
    this.parameters.length = 0;
    this.pendingRows = 0;
  }

  close(): void {
    for (const statement of this.statements.values()) statement.free();
    this.statements.clear();
  }

  /**
   * The parameters of one statement: the text blob (when the table has text columns), then each
   * value, a text value as its packed (start, length) in the blob. The text is joined and encoded
   * in one native call; when all of it is ASCII (the usual case) a value's bytes are its characters.
   */
  private parametersFor(firstRow: number, rows: number): SqlValue[] {
    const parameters = this.parameters;
    parameters.length = 0;
    const width = this.columns.length;
    const isText = this.isText;
    const values = this.values;
    const texts = this.texts;
    texts.length = 0;
    const omitted = this.omitted;
    const blobbed = this.blobbed;
    let anyBlobbed = false;
    for (let column = 0; column < width; column++) {
      let present = 0;
      let characters = 0;
      for (let index = firstRow * width + column, end = (firstRow + rows) * width; index < end; index += width) {
        const value = values[index];
        if (value === null) continue;
        present++;
        if (typeof value === 'string') characters += value.length;
      }
      omitted[column] = present === 0 && this.omittable[column] === true;
      blobbed[column] = isText[column] === true && present > 0 && characters >= blobFromLength * present;
      anyBlobbed ||= blobbed[column] as boolean;
    }
    if (anyBlobbed) parameters.push(null);
    let length = 0;
    for (let index = firstRow * width, end = (firstRow + rows) * width, column = 0; index < end; index++) {
      const value = values[index] as SqlValue;
      if (omitted[column] === true) {
        // left out of this statement
      } else if (value !== null && blobbed[column] === true) {
        const text = value as string;
        if (text.length > maxTextBytes) throw new RangeError(`${this.table}.${(this.columns[column] as BufferedColumn).name}: a value of ${text.length} characters (at most ${maxTextBytes} bytes)`);
        texts.push(text);
        parameters.push((length + 1) * textLengthRange + text.length);
        length += text.length;
      } else {
        parameters.push(value);
      }
      column = column + 1 === width ? 0 : column + 1;
    }
    if (!anyBlobbed) return parameters;
    const joined = texts.join('');
    if (this.blob.length < joined.length) this.blob = new Uint8Array(Math.max(joined.length, this.blob.length * 2));
    const { read, written } = this.encoder.encodeInto(joined, this.blob);
    if (read === joined.length && written === read) {
      parameters[0] = this.blob.subarray(0, written);
      return parameters;
    }
    return this.parametersWithUtf8(parameters, texts);
  }

  /** Not all ASCII: encodes value by value and takes byte offsets from the encoding. */
  private parametersWithUtf8(parameters: SqlValue[], texts: readonly string[]): SqlValue[] {
    const parameterIsText = this.blobbed.filter((_, column) => this.omitted[column] !== true);
    let offset = 0;
    let next = 0;
    for (let index = 1; index < parameters.length; index++) {
      const parameter = parameters[index];
      if (typeof parameter !== 'number' || parameterIsText[(index - 1) % parameterIsText.length] !== true) continue;
      const text = texts[next++] as string;
      if (this.blob.length < offset + text.length * 3) {
        const grown = new Uint8Array(Math.max(offset + text.length * 3, this.blob.length * 2));
        grown.set(this.blob.subarray(0, offset));
        this.blob = grown;
      }
      const bytes = this.encoder.encodeInto(text, this.blob.subarray(offset)).written;
      if (bytes > maxTextBytes) throw new RangeError(`${this.table}: a text value of ${bytes} bytes (at most ${maxTextBytes})`);
      parameters[index] = (offset + 1) * textLengthRange + bytes;
      offset += bytes;
    }
    parameters[0] = this.blob.subarray(0, offset);
    return parameters;
  }

  /** The statement for `rows` rows, without the columns `omitted` marks, taking the `blobbed` ones from the blob. */
  private statement(rows: number): Statement {
    const key = `${rows}:${this.columns.map((_, index) => (this.omitted[index] === true ? 'o' : this.blobbed[index] === true ? 'b' : '-')).join('')}`;
    let statement = this.statements.get(key);
    if (statement === undefined) {
      const included = this.columns.flatMap((column, index) => (this.omitted[index] === true ? [] : [{ name: column.name, text: this.blobbed[index] === true }]));
      let parameter = included.some((column) => column.text) ? 2 : 1;
      const value = (text: boolean): string => {
        const number = parameter++;
        return text ? `CAST(substr(?1, ?${number} / ${textLengthRange}, ?${number} % ${textLengthRange}) AS TEXT)` : `?${number}`;
      };
      const tuple = (): string => `(${included.map((column) => value(column.text)).join(', ')})`;
      statement = this.database.prepare(`INSERT INTO ${this.table} (${included.map((column) => column.name).join(', ')}) VALUES ${Array.from({ length: rows }, tuple).join(', ')}`);
      if (this.statements.size >= maxPreparedStatements) {
        // Data whose empty columns keep changing: let the oldest statement go.
        const [oldestKey, oldest] = this.statements.entries().next().value as [string, Statement];
        oldest.free();
        this.statements.delete(oldestKey);
      }
      this.statements.set(key, statement);
    }
    return statement;
  }
}

/** Average length (characters) from which a column's text is cheaper to pass in the blob than to bind value by value. */
export const blobFromLength = 20;

/** Statements kept prepared per table (one per row count and set of columns left out or in the blob). */
const maxPreparedStatements = 48;

/** Longest text value, in UTF-8 bytes (manifest fields are at most 4,096 characters). */
export const maxTextBytes = 65535;
const textLengthRange = 65536;

function highestPowerOfTwoAtMost(count: number): number {
  let power = 1;
  while (power * 2 <= count) power *= 2;
  return power;
}
