import { errorMessage, formatBytes } from '../format/format';

/** How a dialog reads one file the analyst picked: its size limit, and how its problems are named. */
export interface FileImportKind {
  /** A larger file is refused before it is read. */
  readonly maxBytes: number;
  /** The file's kind with its article, as in "too large for an import profile file". */
  readonly kind: string;
  /** What failed, before the file name: "Importing the profile file". */
  readonly failure: string;
  /** Whether the size refusal states the limit ("(at most 1 MB)"); it does unless false. */
  readonly statesLimit?: boolean;
}

/**
 * Reads one picked file through `read` (after refusing one over the size limit); any failure is
 * rethrown naming what failed and the file ("Importing the profile file a.json failed: …").
 */
export async function importPickedFile<Result>(file: File, kind: FileImportKind, read: () => Promise<Result>): Promise<Result> {
  try {
    if (file.size > kind.maxBytes) {
      const limit = kind.statesLimit === false ? '' : ` (at most ${formatBytes(kind.maxBytes)})`;
      throw new Error(`${file.name}: ${formatBytes(file.size)} is too large for ${kind.kind}${limit}`);
    }
    return await read();
  } catch (error) {
    throw new Error(`${kind.failure} ${file.name} failed: ${errorMessage(error)}`);
  }
}
