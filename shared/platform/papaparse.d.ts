/**
 * Types for the part of papaparse 5 the engine uses. @types/papaparse pulls in Node's types
 * (`/// <reference types="node" />`), which would break the platform-neutral shared/ layer, so
 * the build maps 'papaparse' here instead (tsconfig.base.json `paths`).
 */
export interface PapaParseError {
  readonly type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  readonly code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
  readonly message: string;
  /** Index of the record within the data returned by this parse call. */
  readonly row?: number;
  readonly index?: number;
}

export interface PapaParseMeta {
  readonly delimiter: string;
  readonly linebreak: string;
  readonly aborted: boolean;
  readonly truncated: boolean;
  readonly cursor: number;
}

export interface PapaParseResult {
  readonly data: string[][];
  readonly errors: PapaParseError[];
  readonly meta: PapaParseMeta;
}

export interface PapaCoreParserConfig {
  readonly delimiter: string;
  readonly newline: '\n' | '\r' | '\r\n';
  readonly quoteChar?: string;
  readonly escapeChar?: string;
}

/** The core incremental parser (papaparse's `Parser`), driven chunk by chunk. */
export class Parser {
  constructor(config: PapaCoreParserConfig);
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaParseResult;
}

export interface PapaSampleConfig {
  readonly preview?: number;
  readonly delimitersToGuess?: readonly string[];
  readonly skipEmptyLines?: boolean;
}

export interface PapaUnparseConfig {
  readonly quotes?: boolean | boolean[];
  readonly delimiter?: string;
  readonly newline?: string;
  readonly header?: boolean;
  readonly escapeFormulae?: boolean | RegExp;
}

/** The duplex stream papaparse returns for NODE_STREAM_INPUT (Node only; used by benchmarks). */
export interface PapaNodeStream {
  on(event: 'data', listener: (record: string[]) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}

declare const Papa: {
  readonly Parser: typeof Parser;
  readonly NODE_STREAM_INPUT: unique symbol;
  parse(input: string, config?: PapaSampleConfig): PapaParseResult;
  parse(input: symbol, config?: PapaSampleConfig): PapaNodeStream;
  unparse(data: readonly (readonly unknown[])[] | { fields: readonly string[]; data: readonly (readonly unknown[])[] }, config?: PapaUnparseConfig): string;
};
export default Papa;
