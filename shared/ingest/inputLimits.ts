/**
 * The bounds every manifest reader enforces on hostile or broken input, before it allocates more
 * (test/robustness/hostileInputs.test.ts feeds each one its worst case). None is near what a
 * real manifest needs: a row of a few hundred columns and a few KB, a JSON record a few levels
 * deep, an XLSX cell of at most 32,767 characters.
 */
export const inputLimits = {
  /** Columns of a table (CSV fields of a row, distinct keys of JSON records). */
  maxColumns: 10_000,
  /** Characters of one CSV record or JSON line, read before it ends. */
  maxRecordCharacters: 1024 * 1024,
  /** Nesting of objects and arrays in a JSON record. */
  maxJsonDepth: 64,
  /** Bytes of worksheet XML text in one run, between two tags. */
  maxXmlTextRun: 1024 * 1024,
} as const;

/** A JSON record nested deeper than inputLimits.maxJsonDepth: that record is rejected, not the file. */
export class JsonDepthError extends Error {
  constructor() {
    super(`nested deeper than ${inputLimits.maxJsonDepth} levels of objects and arrays; not read`);
    this.name = 'JsonDepthError';
  }
}

/** "1 MiB", "10,000": a limit in the words of a refusal. */
export function describeCharacters(characters: number): string {
  return characters >= 1024 * 1024 && characters % (1024 * 1024) === 0 ? `${characters / (1024 * 1024)} MiB` : `${characters.toLocaleString('en-GB')} characters`;
}
