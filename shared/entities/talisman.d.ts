/**
 * Types for the two talisman modules the engine uses (talisman ships no declarations). Each
 * module is plain ES2015 with no Node or DOM dependency.
 */
declare module 'talisman/metrics/jaro-winkler' {
  /** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, boost threshold 0.7). */
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}

declare module 'talisman/phonetics/double-metaphone' {
  /** The primary and alternate Double Metaphone codes of one word. */
  const doubleMetaphone: (word: string) => [string, string];
  export default doubleMetaphone;
}
