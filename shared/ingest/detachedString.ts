/**
 * A copy of `text` that does not keep the text it was cut from alive. A field the CSV parser
 * returns is a slice of the whole chunk of the file it came from (a megabyte or more); a string
 * kept for the rest of the import (a map key, a cached value, a listed issue) would keep that chunk
 * in memory with it, and a few hundred of them the whole file. Short strings are copied by the
 * engine anyway; longer ones are rebuilt from a concatenation, which the engine flattens into a
 * string of their own.
 */
export function detachedString(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
}

export function detachedOrNull(text: string | null): string | null {
  return text === null ? null : detachedString(text);
}
